"""Write a results workbook: the input columns plus id, external_id, Send status and Send message, rows in place."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from gui.core import fields
from gui.core.i18n import tr
from gui.core.server import Server
from gui.core.table import CellError, Table, WorkbookError
from gui.sheets.mapping import ColumnMap, map_columns

if TYPE_CHECKING:     # openpyxl is imported when a workbook is written: with numpy it takes 0.3-0.5 s to load,
    import openpyxl  # which the window would otherwise pay at every start

RESULT_KEYS = ("id", "external_id", "status", "message", "server")
# The header each result is written under: the app's status and message get names no export uses (an export's
# "Status" is the appointment's status), and are recognised by these exact names when read back.
RESULT_HEADERS = {"id": "id", "external_id": "external_id", "status": fields.SEND_STATUS,
                  "message": fields.SEND_MESSAGE, "server": fields.SENT_TO}
LEGACY = dict(zip((fields.SEND_STATUS, fields.SEND_MESSAGE), fields.LEGACY_RESULT_COLUMNS, strict=True))
_FORMULA_START = "=+-@"            # what makes Excel take typed text for a formula
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
# Characters XML cannot keep (control characters; a CR becomes a LF when the file is read) and text that reads
# like such an escape: written as Excel writes them, _x000D_ and _x005F_ (spreadsheet programs undo it).
_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b-\x1f]")


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def check_results_path(out_path: str | os.PathLike[str], input_path: str | os.PathLike[str],
                       try_writing: bool = False) -> Path:
    """The results workbook's path if it can be written there; WorkbookError in plain words if not (.xlsx, not the
    input file, an existing folder; with `try_writing`, a file can really be made in that folder)."""
    out = Path(out_path)
    if out.suffix.lower() != ".xlsx":
        raise WorkbookError(tr("results", 'Results workbook "{file}" must end in .xlsx.', file=out.name))
    if _same_file(out, Path(input_path)):
        raise WorkbookError(tr("results", 'Results workbook "{file}" would overwrite the file it was read from; choose '
                               "another name.", file=out.name))
    if not out.parent.is_dir():
        raise WorkbookError(tr("results", 'Results workbook "{file}" cannot be written: the folder {folder} does not '
                               "exist.", file=out.name, folder=out.parent))
    if out.is_dir():
        raise WorkbookError(tr("results", 'Results workbook "{file}" cannot be written: it is a folder.',
                               file=out.name))
    if try_writing:
        if out.exists() and not os.access(out, os.W_OK):
            raise WorkbookError(tr("results", 'Results workbook "{file}" cannot be written: permission denied.',
                                   file=out.name))
        try:
            handle, probe = tempfile.mkstemp(suffix=".xlsx", prefix=".results-", dir=out.parent)
            os.close(handle)
            os.unlink(probe)
        except OSError as exc:
            raise WorkbookError(tr("results", 'Results workbook "{file}" cannot be written in {folder}: {reason}.',
                                   file=out.name, folder=out.parent, reason=exc.strerror or exc)) from None
    return out


def result_columns(table: Table, column_map: ColumnMap | None = None, server: bool = False
                   ) -> tuple[list[str], dict[str, int]]:
    """(headers of the results sheet, column index of id / external_id / status / message / server).

    Existing id / external_id columns and the app's own results columns (Send status / Send message / Sent to, or
    the "status" / "message" pair of older results workbooks) are reused, never duplicated. `server`: add the
    "Sent to" column (which server and account each row was sent to) when the table has none."""
    fields_of = (column_map or map_columns(table.headers)).fields
    headers = list(table.headers)
    ours = {table.headers[i]: i for i in sorted(fields.results_columns(table.headers), reverse=True)}
    where: dict[str, int] = {}
    for key in RESULT_KEYS:
        if key in ("id", "external_id"):
            found = next((i for i, name in enumerate(fields_of) if name == key), None)
        else:
            found = ours.get(RESULT_HEADERS[key], ours.get(LEGACY.get(RESULT_HEADERS[key], "")))
        if found is None and key == "server" and not server:
            continue
        if found is None:
            found = len(headers)
            headers.append(RESULT_HEADERS[key])
        where[key] = found
    return headers, where


def _cell_writer(sheet: object) -> Callable[[object], object]:
    """What to append for one value in `sheet` (a write-only openpyxl sheet): text is never a formula, and
    text Excel would take for one when the cell is edited (=, +, -, @, also after spaces, tabs or a CR) is
    stored with Excel's quote prefix (the ' shown in the formula bar), its characters unchanged."""
    from openpyxl.cell import WriteOnlyCell

    def cell(value: object) -> object:
        if isinstance(value, str):
            risky = value[:1] in _FORMULA_START or value[:1] in "\t\r" or value.lstrip()[:1] in _FORMULA_START
            if _ESCAPE.search(value):
                value = _ESCAPE.sub(_escape, value)
            if risky:
                written = WriteOnlyCell(sheet, value=value)
                written.data_type = "s"       # text, never a formula
                written.quotePrefix = True
                return written
            return value
        if isinstance(value, CellError):
            return cell(str(value))
        return value

    return cell


def _escape(match: re.Match[str]) -> str:
    return "_x005F_" if match.group() == "_" else f"_x{ord(match.group()):04X}_"


def write_results(out_path: str | os.PathLike[str], table: Table, results: Mapping[int, Mapping[str, object]],
                  values: Mapping[int, Sequence[object]] | None = None,
                  column_map: ColumnMap | None = None) -> Path:
    """Write the results workbook to `out_path` (.xlsx) and return its path.

    `results`: Excel row number -> {"id", "external_id", "status", "message", "server"} (any subset; "server": the
    Server it was sent to, written in the "Sent to" column).
    `values`: Excel row number -> edited cell values (one per table column) to write instead of the
    table's. Rows keep the row numbers Excel showed in the input. Refuses to write over the input.
    """
    out = Path(out_path)
    check_results_path(out, table.path)
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    headers, where = result_columns(table, column_map, any(r.get("server") for r in results.values()))
    width = len(headers)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(_BAD_TITLE.sub("_", table.sheet)[:31] or "Results")
    sheet.freeze_panes = f"A{table.header_row + 1}"
    for _ in range(table.header_row - 1):
        sheet.append([])
    bold = Font(bold=True)
    head_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        cell.font = bold
        head_cells.append(cell)
    sheet.append(head_cells)
    cell = _cell_writer(sheet)
    edited = values or {}
    next_row = table.header_row + 1
    for number, row in table.rows:
        while next_row < number:            # keep Excel's row numbers: blank rows stay blank
            sheet.append([])
            next_row += 1
        line = list(edited.get(number, row))
        line += [None] * (width - len(line))
        outcome = results.get(number, {})
        for key in RESULT_KEYS:
            if outcome.get(key) is not None and key in where:
                value = outcome[key]
                line[where[key]] = value.as_text() if isinstance(value, Server) else value
        sheet.append([cell(v) for v in line])
        next_row += 1
    return _save(book, out)


def _save(book: openpyxl.Workbook, out: Path) -> Path:
    """Save through a temporary file in the same folder, so a failure never leaves half a workbook."""
    try:
        handle, temp = tempfile.mkstemp(suffix=".xlsx", prefix=".results-", dir=out.parent)
        os.close(handle)
    except OSError as exc:
        raise _cannot_write(out, exc) from None
    try:
        book.save(temp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)      # mkstemp makes it private; a results workbook is an ordinary file
        os.replace(temp, out)
    except PermissionError:
        raise WorkbookError(tr("results", 'Results workbook "{file}" cannot be written: permission denied (is it open '
                               "in Excel?).", file=out.name)) from None
    except OSError as exc:
        raise _cannot_write(out, exc) from None
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
    return out


def _cannot_write(out: Path, exc: OSError) -> WorkbookError:
    return WorkbookError(tr("results", 'Results workbook "{file}" cannot be written: {reason}.', file=out.name,
                            reason=exc.strerror or exc))
