"""How far an .xlsx sheet's cells really reach, read from its XML before calamine reads the sheet.

calamine builds the whole rectangle from the first to the farthest non-empty cell, 32 bytes a cell, before we
see any value: one stray cell at XFD1048576 asks for 512 GB and the process aborts. <dimension> can lie; the
cells' references cannot. The fast pass looks only for references beyond the farthest seen so far (taking
each stretch's last reference as its farthest, as Excel writes them in order) and for cells it cannot place
by their reference. A sheet it cannot vouch for (such cells, prefixed tags, or a rectangle over the limit even
counting empty cells) is read again exactly, placing every cell as calamine does and skipping empty ones.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from gui.core.i18n import tr, tr_noop
from gui.core.problems import cell_name, column_letter
from gui.core.table import WorkbookError
from gui.sheets.limits import MAX_CELLS
from gui.sheets.sniff import where, where_sheet
from gui.sheets.zipparts import Package, ahead

_TAG_LIMIT = 1024 * 1024                 # a tag longer than this is not a spreadsheet's
_REF = re.compile(rb"([A-Za-z]*)(\d+)")
_TOKEN = re.compile(rb"<(/?)(?:[^\s<>/!?:]+:)?(row|c)(?=[\s/>])((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_R_ATTRIBUTE = re.compile(rb"(?:^|\s)r\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_CLOSED = re.compile(rb"\s*</(?:[^\s<>/!?:]+:)?c\s*>")


class Extent:
    """The rectangle calamine will build: first and last row and column (0-based) of the non-empty cells."""

    __slots__ = ("top", "left", "bottom", "right")

    def __init__(self) -> None:
        self.top = self.left = 1 << 62
        self.bottom = self.right = -1

    def add(self, row: int, col: int) -> None:
        self.top, self.bottom = min(self.top, row), max(self.bottom, row)
        self.left, self.right = min(self.left, col), max(self.right, col)

    @property
    def cells(self) -> int:
        return 0 if self.bottom < 0 else (self.bottom - self.top + 1) * (self.right - self.left + 1)


def check_sheet(package: Package, info: zipfile.ZipInfo, sheet: str) -> list[bytes] | None:
    """Refuse a sheet calamine would need more than MAX_CELLS cells for, before calamine reads it.

    Returns the sheet's XML as unpacked (to be looked through again without unpacking it twice), or None
    when it is larger than KEEP_BYTES."""
    kept = _Kept(package, info)
    extent = _fast(package, info, kept)
    if extent is None or extent.cells > MAX_CELLS:
        kept = _Kept(package, info)
        extent = _exact(package, info, kept)
    if extent.cells > MAX_CELLS:
        raise too_far(package.path, sheet, extent)
    return kept.pieces


KEEP_BYTES = 256 * 1024**2


class _Kept:
    """A part's pieces as they are unpacked (ahead, in a helper thread), kept up to KEEP_BYTES."""

    def __init__(self, package: Package, info: zipfile.ZipInfo) -> None:
        self.source = ahead(package.pieces(info))
        self.pieces: list[bytes] | None = []
        self.size = 0

    def __iter__(self) -> Iterator[bytes]:
        for piece in self.source:
            if self.pieces is not None:
                self.size += len(piece)
                if self.size > KEEP_BYTES:
                    self.pieces = None
                else:
                    self.pieces.append(piece)
            yield piece


CTRL_END = tr_noop("files", "In Excel, press Ctrl+End to find that cell, delete the rows and columns you do not use, "
                           "save, and try again.")


def too_far(path: Path, sheet: str, extent: Extent) -> WorkbookError:
    return refusal(where_sheet(path, sheet), cell_name(extent.bottom, extent.right),
                   extent.bottom - extent.top + 1, extent.right - extent.left + 1)


def refusal(place: str, last: str, rows: int, cols: int, advice: str = "") -> WorkbookError:
    """The one line for a sheet whose cells reach too far (for every kind of workbook); `advice` ends it (by
    default CTRL_END)."""
    return WorkbookError(tr("files", "{file} was refused: its cells reach as far as {last} ({rows} rows by {columns} "
                            "columns), more than the {most} cells this app reads. {advice}", file=place, last=last,
                            rows=f"{rows:,}", columns=f"{cols:,}", most=f"{MAX_CELLS:,}",
                            advice=advice or tr("files", CTRL_END)))


def position(ref: bytes, rows_only: bool = False) -> tuple[int, int] | None:
    """A cell reference as calamine reads it: (0-based row, 0-based column), None when calamine refuses it.
    `rows_only`: a row element's number is read too, as (row, -1)."""
    match = _REF.fullmatch(ref)
    if not match or not (match.group(1) or rows_only):
        return None
    col = 0
    for char in match.group(1).upper():
        col = col * 26 + char - 64
    row = int(match.group(2))
    return (row - 1, col - 1) if row else None


def _segments(package: Package, info: zipfile.ZipInfo, pieces: Iterable[bytes]
              ) -> Iterator[tuple[bytes, int, int]]:
    """The sheet's XML as (buffer, start, stop) stretches that never cut a tag: each stretch ends before a
    '<'; the tag cut between two pieces comes as a small stretch of its own (no piece is copied)."""
    carry = b""
    for piece in pieces:
        first = piece.find(b"<")
        if carry:
            if first < 0:
                carry += piece
                if len(carry) > _TAG_LIMIT:
                    raise WorkbookError(tr("files",
                                           "{file} is damaged: its part {part} has a tag longer than {most} MB.",
                                           file=where(package.path), part=info.filename,
                                           most=_TAG_LIMIT // 1024**2))
                continue
            yield carry + piece[:first], 0, len(carry) + first
        elif first < 0:
            yield piece, 0, len(piece)
            continue
        else:
            yield piece, 0, first
        last = piece.rfind(b"<")
        if piece.find(b">", last) >= 0:           # the last tag is whole: what follows it is text
            yield piece, first, len(piece)
            carry = b""
            continue
        yield piece, first, last
        carry = piece[last:]
    if carry:
        yield carry, 0, len(carry)


# ---- the fast pass ----------------------------------------------------------------------------------------

FULL_BYTES = 4 * 1024**2      # of a sheet's XML checked for everything; beyond that, what Excel writes
# What only a crafted file has: prefixed tags, cells without a leading reference, r attributes written with
# spaces or single quotes (a second r in a cell tag would win in calamine). Any of them sends the sheet to the
# exact pass.
_ODD = (re.compile(rb":(?:c|row)[\s/>]"), re.compile(rb'<c(?! r=")[\s/>]'), re.compile(rb"r[\s=][\s=']"))


def _fast(package: Package, info: zipfile.ZipInfo, pieces: Iterable[bytes]) -> Extent | None:
    """An extent no smaller than the real one (from A1 to past the farthest reference, counting empty cells),
    or None when some cell is not placed by a plain reference (then only the exact pass can place it).

    Its first FULL_BYTES are checked for everything a file could hold. Past them (a sheet of more than some
    4,000 rows), checking every reference's row too would cost a sixth of the time of reading the whole
    sheet, so what is checked is what a spreadsheet program writes: every reference's column, and every row
    element's number (rows come in order, so a stray cell far down comes with its own far row element)."""
    bottom, right = 0, 0                  # 1-based: no reference reaches past row `bottom` or column `right`
    pattern, compiled_for = None, None
    seen = 0
    for segment, start, stop in _segments(package, info, pieces):
        full = seen < FULL_BYTES
        seen += stop - start
        if full and any(odd.search(segment, start, stop) for odd in _ODD):
            return None
        last = segment.rfind(b'r="' if full else b'<row r="', start, stop)
        if last >= 0:
            value = segment.index(b'"', last) + 1
            found = position(segment[value:segment.find(b'"', value)], rows_only=not full)
            if found is not None:
                bottom = max(bottom, _round_up(found[0] + 1))
        while True:
            if compiled_for != (bottom, right, full):
                pattern, compiled_for = _beyond(bottom, right, full), (bottom, right, full)
            match = pattern.search(segment, start, stop)
            if match is None:
                break
            start = match.end()
            found = position(segment[match.start(1):segment.find(b'"', match.start(1))], rows_only=True)
            if found is not None:
                bottom, right = max(bottom, _round_up(found[0] + 1)), max(right, found[1] + 1)
    extent = Extent()
    if bottom and right:
        extent.add(0, 0)
        extent.add(bottom - 1, right - 1)
    return extent


def _round_up(row: int) -> int:
    """A row number rounded up after its first digit (123,456 -> 199,999): the pattern then changes rarely
    and stays cheap, and the bound is at most twice the row."""
    scale = 10 ** (len(str(row)) - 1)
    return (row // scale + 1) * scale - 1


def _beyond(bottom: int, right: int, cells_rows: bool) -> re.Pattern[bytes]:
    """A pattern for an r="..." reference past column `right` or past row `bottom` (1-based, of the form
    d99..9; with `cells_rows` false only a row element's number is compared), its value in group 1."""
    letters = column_letter(right - 1) if right else ""
    digits = str(bottom) if bottom else ""
    rows = (rb"[1-9]\d*" if not digits else
            rb"\d{%d}|[%d-9]\d{%d}(?!\d)" % (len(digits) + 1, int(digits[0]) + 1, len(digits) - 1)
            if digits[0] != "9" else rb"\d{%d}" % (len(digits) + 1))
    return re.compile(rb'r="((?:' + _letters_beyond(letters) + rb")|" + (rb"[A-Za-z]*+" if cells_rows else b"")
                      + rb"0*+(?:" + rows + b"))")


def _letters_beyond(letters: str) -> bytes:
    if not letters:
        return rb"[A-Za-z]"
    options = [b"[A-Za-z]{%d}" % (len(letters) + 1)]
    for i, char in enumerate(letters):
        if char != "Z":
            nxt = chr(ord(char) + 1)
            same = b"".join(b"[%s%s]" % (c.encode(), c.lower().encode()) for c in letters[:i])
            options.append(same + b"[%s-Z%s-z]" % (nxt.encode(), nxt.lower().encode())
                           + b"[A-Za-z]{%d}" % (len(letters) - i - 1) + rb"(?![A-Za-z])")
    return b"|".join(options)


# ---- the exact pass ---------------------------------------------------------------------------------------

def _exact(package: Package, info: zipfile.ZipInfo, pieces: Iterable[bytes]) -> Extent:
    """The rectangle of the non-empty cells, every cell placed as calamine places it. Where a tag has more
    than one r attribute (calamine takes the first of a row's, the last of a cell's), every one counts: the
    row and column a cell without a reference gets are then ranges, and both ends count."""
    extent = Extent()
    rows = cols = (0, 0)                  # (lowest, highest) calamine's running row and column may be
    for segment, start, stop in _segments(package, info, pieces):
        for match in _TOKEN.finditer(segment, start, stop):
            closing, tag, attrs = match.groups()
            if closing:
                if tag == b"row":
                    rows, cols = (rows[0] + 1, rows[1] + 1), (0, 0)
                continue
            closed = attrs.rstrip().endswith(b"/")
            places = [p for p in (position(a or b, rows_only=tag == b"row") for a, b in _R_ATTRIBUTE.findall(attrs))
                      if p is not None]
            if tag == b"row":
                if places:
                    rows = (min(row for row, _ in places), max(row for row, _ in places))
                if closed:
                    rows, cols = (rows[0] + 1, rows[1] + 1), (0, 0)
                continue
            if places:
                cols = (min(col for _, col in places), max(col for _, col in places))
            else:
                places = [(rows[0], cols[0]), (rows[1], cols[1])]
            if not (closed or _CLOSED.match(segment, match.end(), stop)):
                for row, col in places:
                    extent.add(row, col)
            cols = (cols[0] + 1, cols[1] + 1)
    return extent
