"""Read a workbook (.xlsx .xlsm .xls .xlsb .ods via python-calamine) or a CSV file into a Table."""

from __future__ import annotations

import gc
import io
import os
from collections.abc import Iterable, Sequence
from itertools import compress
from pathlib import Path

import python_calamine as calamine

from gui.core.i18n import tr
from gui.core.problems import column_letter
from gui.core.table import CellError, Columns, Table, WorkbookError
from gui.sheets import guard, normalise
from gui.sheets.csv_reader import read_rows
from gui.sheets.header import SEARCH_ROWS, find_header
from gui.sheets.sniff import CSV, SPREADSHEET_SUFFIXES, detect, permission_denied, where, where_sheet
from gui.sheets.xlsx_scan import XlsxScan
from gui.sheets.zipparts import Package

_VISIBLE = calamine.SheetVisibleEnum.Visible
BLOCK = 2048     # rows normalised at a time: their cells stay in the CPU cache through every pass (3x faster)
_WORKSHEET = calamine.SheetTypeEnum.WorkSheet


def list_sheets(path: str | os.PathLike[str]) -> list[str]:
    """The visible worksheet names of a workbook (for a CSV file: its file name)."""
    path = Path(path)
    kind = detect(path)
    if kind == CSV:
        return [path.name]
    book, _package = _open(path, kind)
    with book:
        return _visible(book)


def read_table(path: str | os.PathLike[str], sheet: str | None = None, header_row: int | None = None,
               known_headers: Iterable[str] = ()) -> Table:
    """Read one sheet into a Table.

    `sheet`: a sheet name (hidden sheets only when named); default the first visible sheet with data
    and a recognisable header. `header_row`: the Excel row number of the header; default detected.
    `known_headers`: header texts that count as recognised (e.g. those named in a mapping file).
    Raises WorkbookError (one plain line) for anything that cannot be read.
    """
    path = Path(path)
    kind = detect(path)
    known = tuple(known_headers)
    collecting = gc.isenabled()
    gc.disable()   # millions of new cell objects: the cyclic collector would only slow this down
    try:
        return _read(path, kind, sheet, header_row, known)
    finally:
        if collecting:
            gc.enable()


def _read(path: Path, kind: str, sheet: str | None, header_row: int | None, known: tuple[str, ...]) -> Table:
    if kind == CSV:
        try:
            records = read_rows(path)
        except MemoryError:
            raise WorkbookError(tr("files", "{file} is too large to load into memory.", file=where(path))) from None
        if not _has_text(records.rows):
            raise WorkbookError(tr("files", "{file} is empty: it holds no data.", file=where(path)))
        table = build_table(path, path.name, records.rows, 1, 0, header_row, known, [path.name], {})
        table.notes = records.notes
        return table
    book, package = _open(path, kind)
    with book:
        visible = _visible(book)
        names = [_choose(path, book, sheet)] if sheet is not None else visible
        first_failure: WorkbookError | None = None
        for name in names:
            raw, top, left, errors = _load_sheet(path, kind, book, package, name)
            if not raw:
                if sheet is not None:
                    raise WorkbookError(tr("files", "{file} is empty.", file=where_sheet(path, name)))
                continue
            try:
                return build_table(path, name, raw, top, left, header_row, known, visible, errors)
            except WorkbookError as exc:
                if sheet is not None or header_row is not None:
                    raise
                first_failure = first_failure or exc
        if first_failure:
            raise first_failure
        raise WorkbookError(tr("files", "{file} is empty: none of its sheets holds any data.", file=where(path)))


def _has_text(raw: list[list[str]]) -> bool:
    return any(any(cell.strip() for cell in row) for row in raw)


def _open(path: Path, kind: str) -> tuple[calamine.CalamineWorkbook, Package | None]:
    """The workbook opened by calamine, once what calamine reads on opening has been checked (guard)."""
    package = guard.before_opening(path, kind)
    try:
        with guard.quiet_panics():
            if SPREADSHEET_SUFFIXES.get(path.suffix.lower()) == kind:
                return calamine.CalamineWorkbook.from_path(path), package
            with open(path, "rb") as handle:   # content and name disagree: calamine picks by content
                return calamine.CalamineWorkbook.from_filelike(io.BytesIO(handle.read())), package
    except BaseException as exc:  # noqa: BLE001 - calamine may raise a pyo3 PanicException
        raise _calamine_error(path, "", exc) from None


def _calamine_error(path: Path, sheet: str, exc: BaseException) -> BaseException:
    if isinstance(exc, KeyboardInterrupt | SystemExit | WorkbookError):
        return exc
    place = where_sheet(path, sheet) if sheet else where(path)
    if isinstance(exc, calamine.PasswordError):
        return WorkbookError(tr("files", "{file} is protected with a password. Remove the password in Excel and try "
                                "again.", file=place))
    if isinstance(exc, MemoryError):
        return WorkbookError(tr("files", "{file} is too large to load into memory.", file=place))
    if isinstance(exc, PermissionError):
        return WorkbookError(permission_denied(place))
    detail = " ".join(str(exc).split())[:160] or type(exc).__name__
    return WorkbookError(tr("files", "{file} is damaged or not a workbook this app can read ({reason}).", file=place,
                            reason=detail))


def _visible(book: calamine.CalamineWorkbook) -> list[str]:
    return [m.name for m in book.sheets_metadata if m.visible == _VISIBLE and m.typ == _WORKSHEET]


def _choose(path: Path, book: calamine.CalamineWorkbook, sheet: str) -> str:
    names = book.sheet_names
    if sheet in names:
        return sheet
    folded = [n for n in names if n.strip().casefold() == sheet.strip().casefold()]
    if len(folded) == 1:
        return folded[0]
    listed = ", ".join(f'"{n}"' for n in _visible(book))
    hidden = [n for n in names if n not in _visible(book)]
    if hidden:
        listed = tr("files", "{sheets} (hidden: {hidden})", sheets=listed, hidden=", ".join(f'"{n}"' for n in hidden))
    raise WorkbookError(tr("files", '{file} has no sheet named "{sheet}". Its sheets are: {sheets}.', file=where(path),
                           sheet=sheet, sheets=listed))


def _load_sheet(path: Path, kind: str, book: calamine.CalamineWorkbook, package: Package | None, name: str
                ) -> tuple[list[list], int, int, dict[tuple[int, int], CellError]]:
    """(raw rows, Excel row number of the first, 0-based first column, error cells) of one sheet."""
    checked = guard.before_sheet(package, kind, name)
    scan = XlsxScan(package, *checked) if checked and package is not None else None
    try:
        if scan:
            scan.start()
        try:
            with guard.quiet_panics():
                data = book.get_sheet_by_name(name)
                start = data.start
                raw = data.to_python() if start is not None else []
        except BaseException as exc:  # noqa: BLE001 - calamine may raise a pyo3 PanicException
            odd = sorted(scan.odd_numbers()) if scan and not isinstance(exc, KeyboardInterrupt | SystemExit) else []
            if odd:
                raise WorkbookError(tr("files", "{sheet}, row {row}, column {column}: the cell holds a number no "
                                       "spreadsheet can hold (infinity or NaN), and this app cannot read the sheet "
                                       "around it. Clear that cell in Excel, save, and try again.",
                                       sheet=where_sheet(path, name), row=odd[0][0],
                                       column=column_letter(odd[0][1]))) from None
            raise _calamine_error(path, name, exc) from None
    finally:
        errors = scan.result() if scan else {}
    if not raw:
        return [], 1, 0, {}
    assert start is not None
    return raw, start[0] + 1, start[1], errors


def build_table(path: Path, sheet: str, raw: list[list], top: int, left: int, header_row: int | None,
                known: Sequence[str], sheets: list[str], errors: dict[tuple[int, int], CellError]) -> Table:
    """Find the header in raw rows (row i is Excel row top + i), normalise the data, drop blanks."""
    place = where_sheet(path, sheet)
    if header_row is not None:
        index = header_row - top
        if not 0 <= index < len(raw):
            raise WorkbookError(tr("files", "{sheet}: row {row}, given as the header row, is outside the data (rows "
                                   "{first} to {last}).", sheet=place, row=header_row, first=top,
                                   last=top + len(raw) - 1))
        if all(v in ("", None) for v in raw[index]):
            raise WorkbookError(tr("files", "{sheet}: row {row}, given as the header row, is blank.", sheet=place,
                                   row=header_row))
    else:
        found = find_header(raw, known)
        if found is None:
            raise WorkbookError(tr("files", "{sheet} has no recognisable header row: none of its first {count} rows "
                                   "names known columns such as Title, Start, End or Client Name. Add a header row "
                                   "or choose the columns with a mapping file.", sheet=place, count=SEARCH_ROWS))
        index = found
    headers = [normalise.header_text(v) for v in raw[index]]
    width = len(headers)
    data = raw[index + 1:]
    first = top + index + 1
    columns: list[list] = [[] for _ in headers]
    text = set(range(width))              # columns holding only text (or blanks) so far
    for low in range(0, len(data), BLOCK):
        for j, cells in enumerate(zip(*data[low:low + BLOCK], strict=True)):
            out, only_text = normalise.column_and_kind(cells)
            columns[j] += out
            if not only_text:
                text.discard(j)
    for (row, col), error in errors.items():
        i, j = row - first, col - left
        if 0 <= i < len(data) and 0 <= j < width:
            columns[j][i] = error
            text.discard(j)
    keep = [j for j in range(width) if headers[j] or columns[j].count(None) != len(columns[j])]
    kept = [columns[j] for j in keep]
    rows = list(zip(range(first, first + len(data)), map(list, zip(*kept, strict=True)), strict=True))
    if kept and not any(None not in c for c in kept):    # some row may be blank in every column
        filled = [row[1].count(None) != len(kept) for row in rows]
        if not all(filled):
            rows = list(compress(rows, filled))
            kept = [list(compress(c, filled)) for c in kept]
    return Table(path=path, sheet=sheet, header_row=top + index, headers=[headers[j] for j in keep],
                 letters=[column_letter(left + j) for j in keep], rows=rows, sheets=sheets,
                 columns=Columns(kept, frozenset(k for k, j in enumerate(keep) if j in text)))
