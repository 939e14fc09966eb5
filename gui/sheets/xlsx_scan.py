"""Find what calamine hides in an .xlsx sheet: error cells, formulas without a saved value, and numbers no
spreadsheet can hold.

python-calamine returns '' for the first two, and turns NaN in a date-formatted cell into 1899-12-30 (an
infinite one makes it panic), so the sheet's XML is looked through once more (in a thread, while calamine
parses with the GIL released) for `t="e"` cells, `<f>` cells without a `<v>`, and values like NaN, INF or
1e400.
"""

from __future__ import annotations

import math
import re
import threading
import zipfile

from gui.core.i18n import tr
from gui.core.table import CellError, WorkbookError
from gui.sheets.normalise import not_finite
from gui.sheets.zipparts import Package

_CHUNK = 4 * 1024 * 1024
_CELL_LIMIT = 256 * 1024      # bytes one cell's XML may take (Excel: 32,767 characters of text)
_MARK = re.compile(rb'<(?:\w+:)?f[\s>/]|\st="e"')
_CELL = re.compile(rb'<(?:\w+:)?c\s([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)', re.S)
_REF = re.compile(rb'\sr="([A-Z]+)(\d+)"')
_TYPE = re.compile(rb'\st="(\w+)"')
_FORMULA = re.compile(rb'<(?:\w+:)?f(?:\s[^>]*)?(?:/>|>(.*?)</(?:\w+:)?f>)', re.S)
_VALUE = re.compile(rb'<(?:\w+:)?v(?:\s[^>]*)?(?:/>|>(.*?)</(?:\w+:)?v>)', re.S)
_NAN = re.compile(rb"<v>[+-]?[nN][aA][nN]")         # cheap: a literal start (NaN is what calamine misreads)
_ODD_NUMBER = re.compile(rb"<(?:\w+:)?v>\s*[+-]?(?:[nN][aA][nN]|[iI][nN][fF]|[0-9.]*[eE]\+?[0-9]{3})")


class XlsxScan:
    """Scans one sheet's XML for error cells and formulas with no saved value, in a background thread."""

    def __init__(self, package: Package, part: zipfile.ZipInfo, pieces: list[bytes] | None = None) -> None:
        self.package, self.part = package, part
        self._pieces = pieces                     # the part as already unpacked, or None to unpack it again
        self.errors: dict[tuple[int, int], CellError] = {}   # (Excel row, 0-based column) -> error
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="xlsx-scan", daemon=True)
        self._thread.start()

    def result(self) -> dict[tuple[int, int], CellError]:
        if self._thread:
            self._thread.join()
        return self.errors

    def _run(self) -> None:
        try:
            carry = b""
            pieces, self._pieces = self._pieces, None
            for chunk in pieces if pieces is not None else self.package.pieces(self.part, _CHUNK):
                data = carry + chunk
                cut = data.rfind(b"</row>")
                if cut < 0:
                    cut = data.rfind(b"</c>")
                if cut < 0 and len(data) < 2 * _CHUNK:
                    carry = data
                    continue
                cut = data.index(b">", cut) + 1 if cut >= 0 else len(data)   # no cell ends here: not a sheet's
                self._scan(data[:cut])
                carry = data[cut:]
            if carry:
                self._scan(carry)
        except WorkbookError:
            pass   # the check before calamine reads the sheet has already said what is wrong

    def odd_numbers(self) -> dict[tuple[int, int], CellError]:
        """Every cell holding infinity or NaN (read again: only asked when calamine failed on the sheet)."""
        self.result()
        found: dict[tuple[int, int], CellError] = {}
        self.errors, kept = found, self.errors
        try:
            for piece in self.package.pieces(self.part):
                for match in _ODD_NUMBER.finditer(piece):
                    self._odd_number(piece, match.start())
        except WorkbookError:
            pass
        self.errors = kept
        return found

    def _scan(self, data: bytes) -> None:
        for match in _NAN.finditer(data):
            self._odd_number(data, match.start())
        if b"<f" not in data and b':f' not in data and b't="e"' not in data:
            return   # the common case: no formula and no error in this chunk
        pos = 0
        while True:
            mark = _MARK.search(data, pos)
            if not mark:
                return
            start = max(data.rfind(b"<c ", 0, mark.start()), data.rfind(b":c ", 0, mark.start()))
            if start < 0:
                pos = mark.end()
                continue
            if data[start] != ord("<"):
                start = data.rfind(b"<", 0, start)
            cell = _CELL.match(data, start, min(len(data), start + _CELL_LIMIT))
            if not cell:
                pos = mark.end()
                continue
            pos = cell.end()
            self._cell(cell.group(1), cell.group(2) or b"")

    def _odd_number(self, data: bytes, at: int) -> None:
        start = max(data.rfind(b"<c ", 0, at), data.rfind(b":c ", 0, at))
        if start >= 0 and data[start] != ord("<"):
            start = data.rfind(b"<", 0, start)
        cell = _CELL.match(data, start, min(len(data), start + _CELL_LIMIT)) if start >= 0 else None
        ref = _REF.search(b" " + cell.group(1)) if cell else None
        value = _VALUE.search(cell.group(2) or b"") if cell else None
        if not (ref and value and value.group(1)):
            return
        try:
            number = float(value.group(1))
        except ValueError:
            return
        if not math.isfinite(number):
            self.errors.setdefault((int(ref.group(2)), column_index(ref.group(1))), not_finite(number))

    def _cell(self, attrs: bytes, body: bytes) -> None:
        ref = _REF.search(b" " + attrs)
        if not ref:
            return
        key = (int(ref.group(2)), column_index(ref.group(1)))
        kind = _TYPE.search(b" " + attrs)
        value = _VALUE.search(body)
        text = value.group(1) if value and value.group(1) is not None else None
        if kind and kind.group(1) == b"e":
            self.errors[key] = CellError(_unescape(text or b"#VALUE!"))
            return
        formula = _FORMULA.search(body)
        if formula is None:
            return
        if text is None or (text == b"" and not (kind and kind.group(1) in (b"str", b"s", b"inlineStr"))):
            shown = _unescape(formula.group(1) or b"")
            self.errors[key] = CellError(
                tr("cells", "the formula ={formula} has no saved result (open the file in Excel, save it, and load "
                   "it again)", formula=shown) if shown else
                tr("cells", "a formula has no saved result (open the file in Excel, save it, and load it again)"))


def column_index(letters: bytes) -> int:
    """0-based index of an Excel column letter (b'A' -> 0, b'AA' -> 26)."""
    index = 0
    for char in letters:
        index = index * 26 + char - 64
    return index - 1


def _unescape(text: bytes) -> str:
    return (text.decode("utf-8", "replace").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&"))
