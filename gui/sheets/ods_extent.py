"""How many cells calamine builds for an .ods file, read from content.xml before calamine opens it.

calamine reads every sheet when it opens an .ods. A cell repeated across columns
(table:number-columns-repeated, up to 16,384) is built once per column, and a row repeated down
(table:number-rows-repeated, up to 1,048,576) once per row when the sheet's rectangle is filled in: one short
line of XML can ask for 100 million cells (3 GB). The same counting is done here on the tags, with empty
cells (the trailing run LibreOffice writes on every row) counted only where calamine keeps them.
"""

from __future__ import annotations

import re

from gui.core.i18n import tr
from gui.core.table import WorkbookError
from gui.sheets.limits import EXCEL_COLUMNS, EXCEL_ROWS, MAX_CELLS
from gui.sheets.sniff import where, where_sheet
from gui.sheets.zipparts import Package

_TOKEN = re.compile(rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])"
                    rb"((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_ATTRIBUTE = re.compile(rb"(?:^|\s)([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_VALUE_KEYS = frozenset({b"office:value", b"office:string-value", b"office:date-value", b"office:time-value",
                         b"office:boolean-value", b"office:value-type", b"table:formula"})
_TAG_LIMIT = 1024 * 1024


def check_workbook(package: Package) -> None:
    """Refuse an .ods whose sheets would make calamine build more than MAX_CELLS cells (all sheets together)."""
    total = 0
    for info in package.find("content.xml"):
        table = _Table(b"")
        carry = b""
        for piece in package.pieces(info):
            data = carry + piece
            cut = data.rfind(b"<")
            carry, data = (data[cut:], data[:cut]) if cut >= 0 else (b"", data)
            if len(carry) > _TAG_LIMIT:
                raise WorkbookError(tr("files", "{file} is damaged: its content has a tag longer than 1 MB.",
                                       file=where(package.path)))
            for match in _TOKEN.finditer(data):
                closing, tag, attrs = match.groups()
                if tag == b"table":
                    if closing:
                        total += table.cells()
                        _check(package, table, total)
                        table = _Table(b"")
                    else:
                        table = _Table(_attributes(attrs).get(b"table:name", b"?"))
                elif tag == b"table-row":
                    if closing:
                        table.end_row()
                    else:
                        table.start_row(_count(_attributes(attrs).get(b"table:number-rows-repeated")))
                        if attrs.rstrip().endswith(b"/"):
                            table.end_row()
                elif not closing:
                    found = _attributes(attrs)
                    table.cell(_count(found.get(b"table:number-columns-repeated")),
                               not _VALUE_KEYS.isdisjoint(found) or not attrs.rstrip().endswith(b"/"))
            _check(package, table, total + table.cells())


def _check(package: Package, table: _Table, total: int) -> None:
    if total > MAX_CELLS:
        raise WorkbookError(tr("files", "{sheet} was refused: its sheets reach {count} cells together (a repeated row "
                               "or column counts each time), more than the {most} this app reads. Delete the rows and "
                               "columns you do not use, save, and try again.",
                               sheet=where_sheet(package.path, table.name.decode("utf-8", "replace")),
                               count=f"{total:,}", most=f"{MAX_CELLS:,}"))


def _attributes(text: bytes) -> dict[bytes, bytes]:
    found: dict[bytes, bytes] = {}
    for match in _ATTRIBUTE.finditer(text):
        found.setdefault(match.group(1), match.group(2) if match.group(2) is not None else match.group(3))
    return found


def _count(value: bytes | None) -> int:
    return int(value) if value and value.isdigit() and len(value) < 19 else 1


class _Table:
    """One sheet's cells as calamine counts them: pushed cells, and the rectangle it fills in."""

    def __init__(self, name: bytes) -> None:
        self.name = name
        self.pushed = 0                  # cells calamine stores before filling in the rectangle
        self.rows = 0                    # rows so far, repeats included (calamine stops at EXCEL_ROWS)
        self.first_row = self.last_row = -1
        self.left, self.right = EXCEL_COLUMNS, -1
        self._repeats = 1
        self._col = 0
        self._row_left, self._row_right = EXCEL_COLUMNS, -1

    def start_row(self, repeats: int) -> None:
        self._repeats = min(repeats, max(EXCEL_ROWS - self.rows, 0))
        self._col = 0
        self._row_left, self._row_right = EXCEL_COLUMNS, -1

    def cell(self, repeats: int, filled: bool) -> None:
        repeats = min(repeats, max(EXCEL_COLUMNS - self._col, 0))
        if filled and repeats:
            self._row_left = min(self._row_left, self._col)
            self._row_right = self._col + repeats - 1
        self._col += repeats

    def end_row(self) -> None:
        if self._row_right >= 0:
            self.pushed += self._row_right + 1
            if self.first_row < 0:
                self.first_row = self.rows
            self.last_row = self.rows + self._repeats - 1
            self.left, self.right = min(self.left, self._row_left), max(self.right, self._row_right)
        self.rows += self._repeats
        self._repeats, self._col = 1, 0
        self._row_left, self._row_right = EXCEL_COLUMNS, -1

    def cells(self) -> int:
        """Cells calamine holds for this sheet: those it stores, and the rectangle it fills in."""
        if self.last_row < 0:
            return self.pushed
        return self.pushed + (self.last_row - self.first_row + 1) * (self.right - self.left + 1)
