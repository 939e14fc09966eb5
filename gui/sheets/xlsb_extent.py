"""How far the cells of an .xlsb's sheets reach, read from their binary records before calamine reads them.

calamine builds the rectangle up to the farthest cell as for .xlsx; in an .xlsb a cell's column is a 32-bit
number in its record, so one record can ask for billions of cells. Binary records cannot be searched, only
walked one by one: this walk, in Python, takes about as long again as calamine's reading, which for a format
this rare is the price of never aborting. Every sheet part the workbook's relationships name is walked when
the file is opened (they are few and small in practice).
"""

from __future__ import annotations

import struct

from gui.core.problems import cell_name
from gui.sheets.limits import EXCEL_ROWS, MAX_CELLS
from gui.sheets.sniff import where
from gui.sheets.xlsx_extent import refusal
from gui.sheets.xlsx_parts import sheet_targets
from gui.sheets.zipparts import Package

_ROW, _BEGIN_DATA, _END_DATA = 0x0000, 0x0091, 0x0092
_CELLS = frozenset({0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x0007, 0x0008, 0x0009, 0x000A})   # as calamine
_U32 = struct.Struct("<I")


def check_workbook(package: Package) -> None:
    """Refuse an .xlsb one of whose sheets would make calamine build more than MAX_CELLS cells."""
    for info in sheet_targets(package, "workbook.bin.rels"):
        rows, cols, last = _extent(package.read(info))
        if rows * cols > MAX_CELLS:
            raise refusal(where(package.path), last, rows, cols)


def _extent(data: bytes) -> tuple[int, int, str]:
    """(rows, columns, farthest cell) of the rectangle calamine builds for one sheet part's records."""
    top = left = 1 << 40
    bottom = right = -1
    row, reading = 0, False
    prefix = bytearray(4)                  # calamine reads a cell's column from a buffer records overwrite
    at, end = 0, len(data)
    while at < end:
        kind = data[at]
        at += 1
        if kind & 0x80:
            if at >= end:
                break
            kind = (kind & 0x7F) + ((data[at] & 0x7F) << 7)
            at += 1
        length, shift = 0, 0
        for _ in range(4):
            if at >= end:
                return _result(top, left, bottom, right)
            byte = data[at]
            at += 1
            length += (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                break
        if at + length > end:
            break                          # calamine fails to read the record: it stops with an error
        prefix[:min(length, 4)] = data[at:at + min(length, 4)]
        at += length
        if not reading:
            reading = kind == _BEGIN_DATA
        elif kind == _END_DATA:
            break
        elif kind == _ROW:
            row = _U32.unpack(prefix)[0]
            if row > EXCEL_ROWS:
                break                      # calamine stops reading the sheet at an impossible row
        elif kind in _CELLS:
            col = _U32.unpack(prefix)[0]
            top, bottom = min(top, row), max(bottom, row)
            left, right = min(left, col), max(right, col)
    return _result(top, left, bottom, right)


def _result(top: int, left: int, bottom: int, right: int) -> tuple[int, int, str]:
    if bottom < 0:
        return 0, 0, ""
    last = cell_name(bottom, right)
    return bottom - top + 1, right - left + 1, last

