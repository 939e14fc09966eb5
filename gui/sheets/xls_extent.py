"""Check an .xls before calamine opens it: calamine reads the compound file and every sheet when it opens, and
sizes its allocations from what the file says.

What is followed is what calamine follows (its cfb.rs and xls.rs): the header's table sizes (it reserves them
up front), the chains of sectors that hold the directory, the mini stream and the Workbook stream (a chain
that loops made it read for ever), and in each sheet the DIMENSIONS record (reserved up front) and the
position of every cell record (it builds the rectangle up to the farthest). A file that breaks any of these
is refused with one plain line before calamine sees it.
"""

from __future__ import annotations

import struct
from pathlib import Path

from gui.core.i18n import tr
from gui.core.problems import cell_name
from gui.core.table import WorkbookError
from gui.sheets.limits import MAX_CELLS
from gui.sheets.sniff import read_bytes, where, where_sheet
from gui.sheets.xlsx_extent import refusal

_END_OF_CHAIN, _RESERVED, _DIFAT_SECTOR = 0xFFFFFFFE, 0xFFFFFFFA, 0xFFFFFFFC
_TABLE_LIMIT = 1 << 24          # entries calamine may reserve for a header table (4 bytes each: 64 MB)
_STREAMS = ("Workbook", "Book", "WORKBOOK", "BOOK")
_CELLS = {0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD, 0x0006}    # records calamine turns into cells
_MULRK, _FORMULA, _DIMENSIONS, _EOF, _BOUNDSHEET = 0x00BD, 0x0006, 0x0200, 0x000A, 0x0085
_RECORD = struct.Struct("<HH")
_POSITION = struct.Struct("<HH")


class _Damaged(Exception):
    """What is wrong, in plain words (becomes the end of the one-line message)."""


def check_workbook(path: Path) -> None:
    """Refuse an .xls that would make calamine loop, reserve absurdly, or build more than MAX_CELLS cells."""
    data = read_bytes(path)
    try:
        stream = _workbook_stream(data)
        _check_sheets(path, stream)
    except _Damaged as exc:
        raise WorkbookError(tr("files", "{file} is damaged: {reason} Open it in Excel and save it again, or save it "
                               "as .xlsx.", file=where(path), reason=exc)) from None


# ---- the compound file -----------------------------------------------------------------------------------

def _workbook_stream(data: bytes) -> bytes:
    if len(data) < 512:
        raise _Damaged(tr("files", "it is too short to be a workbook."))
    shift = struct.unpack_from("<H", data, 30)[0]
    if shift not in (9, 12) or struct.unpack_from("<H", data, 32)[0] != 6:
        raise _Damaged(tr("files", "its header is not a spreadsheet's."))
    size = 1 << shift
    fat_sectors, dir_start = struct.unpack_from("<II", data, 44)
    mini_fat_start, mini_fat_sectors, difat_start = struct.unpack_from("<III", data, 60)
    difat_reserve = struct.unpack_from("<I", data, 62)[0]      # calamine reads its DIFAT length from here
    if fat_sectors > _TABLE_LIMIT or difat_reserve > _TABLE_LIMIT:
        raise _Damaged(tr("files", "its header gives absurd table sizes."))
    top = len(data) // size                       # calamine's highest sector number

    def sector(number: int) -> bytes:
        if number > top:
            raise _Damaged(tr("files", "it points past its own end."))
        start = size + number * size              # sector 0 comes right after the header sector
        return data[start:start + size]

    difat = list(struct.unpack_from("<109I", data, 76))
    seen: set[int] = set()
    following = difat_start
    while following < _RESERVED:
        if following in seen:
            raise _Damaged(tr("files", "its table of sectors loops."))
        seen.add(following)
        block = sector(following)
        difat += struct.unpack(f"<{len(block) // 4}I", block[:len(block) // 4 * 4])
        following = difat.pop()
        if len(difat) > top + 110:
            raise _Damaged(tr("files", "its table of sectors is longer than the file."))
    fat: list[int] = []
    for number in difat:
        if number < _DIFAT_SECTOR:
            block = sector(number)
            fat += struct.unpack(f"<{len(block) // 4}I", block[:len(block) // 4 * 4])

    def chain(first: int, length: int | None = None) -> bytes:
        parts, seen_here, total = [], set(), 0
        number = first
        while number != _END_OF_CHAIN:
            if number in seen_here:
                raise _Damaged(tr("files", "a chain of its sectors loops."))
            seen_here.add(number)
            block = sector(number)
            parts.append(block)
            total += len(block)
            if length is not None and total >= length:
                break
            if number >= len(fat):
                raise _Damaged(tr("files", "a chain of its sectors points past its table."))
            number = fat[number]
        return b"".join(parts)[:length]

    directory = chain(dir_start)
    entries = [(directory[i:i + 64].decode("utf-16-le", "replace").split("\x00")[0],
                struct.unpack_from("<I", directory, i + 116)[0],
                struct.unpack_from("<Q" if size > 512 else "<I", directory, i + 120)[0])
               for i in range(0, len(directory) - 127, 128)]
    if not entries:
        raise _Damaged(tr("files", "its directory is empty."))
    mini_stream = b""
    mini_fat: list[int] = []
    if mini_fat_sectors:
        root_start, root_length = entries[0][1], entries[0][2]
        if root_length > len(data) * 2:
            raise _Damaged(tr("files", "its directory gives an absurd size."))
        mini_stream = chain(root_start, root_length)
        table = chain(mini_fat_start, mini_fat_sectors * size)
        mini_fat = list(struct.unpack(f"<{len(table) // 4}I", table[:len(table) // 4 * 4]))
    for name in _STREAMS:
        found = next(((start, length) for entry, start, length in entries if entry == name), None)
        if found is None:
            continue
        start, length = found
        if length > len(data) * 2:
            raise _Damaged(tr("files", "its directory gives an absurd size."))
        if length >= 4096:
            return chain(start, length)
        return _mini_chain(mini_stream, mini_fat, start, length)
    raise _Damaged(tr("files", "it holds no Workbook stream."))


def _mini_chain(stream: bytes, table: list[int], first: int, length: int) -> bytes:
    parts, seen, total, number = [], set(), 0, first
    while number != _END_OF_CHAIN and total < length:
        if number in seen:
            raise _Damaged(tr("files", "a chain of its sectors loops."))
        seen.add(number)
        parts.append(stream[number * 64:number * 64 + 64])
        total += 64
        if total >= length:
            break
        if number >= len(table):
            raise _Damaged(tr("files", "a chain of its small sectors points past its table."))
        number = table[number]
    return b"".join(parts)[:length]


# ---- the sheets ------------------------------------------------------------------------------------------

def _check_sheets(path: Path, stream: bytes) -> None:
    """Every sheet's reserved and built cells, as calamine reads them when it opens the file."""
    positions: list[int] = []
    names: list[str] = []
    for kind, start, end in _records(stream, 0):
        if kind == _BOUNDSHEET and end - start >= 6:
            positions.append(struct.unpack_from("<I", stream, start)[0])
            names.append(_sheet_name(stream[start + 6:end]))
        elif kind == _EOF:
            break
    cells = formulas = 0
    for position, name in zip(positions, names, strict=True):
        if position > len(stream):
            continue                              # calamine stops there with an error of its own
        sheet = _Sheet()
        for kind, start, end in _records(stream, position):
            if kind == _EOF:
                break
            sheet.record(kind, stream, start, end)
        if sheet.reserve > MAX_CELLS:
            raise WorkbookError(tr("files",
                                   "{sheet} is damaged: it claims {count} cells, more than the {most} this app "
                                   "reads. Open it in Excel and save it again.", sheet=where_sheet(path, name),
                                   count=f"{sheet.reserve:,}", most=f"{MAX_CELLS:,}"))
        cells += sheet.cells.area
        formulas += sheet.formulas.area
        if cells > MAX_CELLS or formulas > MAX_CELLS:
            box = sheet.cells if sheet.cells.area >= sheet.formulas.area else sheet.formulas
            raise refusal(where_sheet(path, name), cell_name(box.bottom, box.right), box.rows, box.cols,
                          tr("files", "(An .xls holds all its sheets at once: they count together.) Delete the rows "
                             "and columns you do not use, save, and try again."))


def _records(stream: bytes, position: int):
    """(type, data start, data end) of each record from `position`, CONTINUE records skipped."""
    limit = len(stream)
    while position + 4 <= limit:
        kind, length = _RECORD.unpack_from(stream, position)
        start = position + 4
        if start + length > limit:
            return
        position = start + length
        yield kind, start, position


def _sheet_name(data: bytes) -> str:
    if len(data) < 2:
        return "?"
    count, flags = data[0], data[1]
    text = data[2:2 + count * 2].decode("utf-16-le", "replace") if flags & 1 else data[2:2 + count].decode(
        "latin-1")
    return text or "?"


class _Box:
    __slots__ = ("top", "left", "bottom", "right")

    def __init__(self) -> None:
        self.top = self.left = 1 << 20
        self.bottom = self.right = -1

    def add(self, row: int, first: int, last: int) -> None:
        self.top, self.bottom = min(self.top, row), max(self.bottom, row)
        self.left, self.right = min(self.left, first), max(self.right, last)

    @property
    def rows(self) -> int:
        return self.bottom - self.top + 1 if self.bottom >= 0 else 0

    @property
    def cols(self) -> int:
        return self.right - self.left + 1 if self.bottom >= 0 else 0

    @property
    def area(self) -> int:
        return self.rows * self.cols


class _Sheet:
    """What calamine reserves and builds for one sheet."""

    __slots__ = ("cells", "formulas", "reserve")

    def __init__(self) -> None:
        self.cells, self.formulas, self.reserve = _Box(), _Box(), 0

    def record(self, kind: int, stream: bytes, start: int, end: int) -> None:
        if kind in _CELLS and end - start >= 4:
            row, col = _POSITION.unpack_from(stream, start)
            self.cells.add(row, col, col)
            if kind == _FORMULA:
                self.formulas.add(row, col, col)
        elif kind == _MULRK and end - start >= 6:
            row, first = _POSITION.unpack_from(stream, start)
            last = struct.unpack_from("<H", stream, end - 2)[0]
            self.cells.add(row, min(first, last), max(first, last))
        elif kind == _DIMENSIONS:
            self.reserve = max(self.reserve, _reserved(stream[start:end]))


def _reserved(data: bytes) -> int:
    """How many cells calamine reserves for a DIMENSIONS record (its u32 arithmetic wraps)."""
    if len(data) == 14:
        first_row, last_row, first_col, last_col = struct.unpack_from("<IIHH", data)
    elif len(data) == 10:
        first_row, last_row, first_col, last_col = struct.unpack_from("<HHHH", data)
    else:
        return 0
    if first_col > 0xFF or last_col < first_col:
        first_col = 0
    end_row, end_col = (last_row - 1, last_col - 1) if last_row >= 1 and last_col >= 1 else (first_row, first_col)
    rows = (end_row - first_row + 1) % (1 << 32)
    cols = (end_col - first_col + 1) % (1 << 32)
    return rows * cols
