"""Find what calamine hides in an .xlsx sheet: error cells and formulas without a saved value.

python-calamine returns '' for both, so the sheet's XML is streamed once (in a thread, while calamine
parses with the GIL released) looking for `t="e"` cells and `<f>` cells without a `<v>`.
"""

from __future__ import annotations

import posixpath
import re
import threading
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from gui.core.table import CellError
from gui.sheets.sniff import check_dimension, column_index

_CHUNK = 4 * 1024 * 1024
_MARK = re.compile(rb'<(?:\w+:)?f[\s>/]|\st="e"')
_CELL = re.compile(rb'<(?:\w+:)?c\s([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)', re.S)
_REF = re.compile(rb'\sr="([A-Z]+)(\d+)"')
_TYPE = re.compile(rb'\st="(\w+)"')
_FORMULA = re.compile(rb'<(?:\w+:)?f(?:\s[^>]*)?(?:/>|>(.*?)</(?:\w+:)?f>)', re.S)
_VALUE = re.compile(rb'<(?:\w+:)?v(?:\s[^>]*)?(?:/>|>(.*?)</(?:\w+:)?v>)', re.S)
_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def sheet_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> zip member of its XML, from xl/workbook.xml and its relationships."""
    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(_REL)}
    members: dict[str, str] = {}
    for sheet in book.iterfind("m:sheets/m:sheet", _NS):
        target = targets.get(sheet.get(f"{{{_NS['r']}}}id"), "")
        if target:
            member = target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
            members[sheet.get("name", "")] = member
    return members


class XlsxScan:
    """Scans one sheet's XML for error cells and formulas with no saved value, in a background thread."""

    def __init__(self, path: Path, sheet: str) -> None:
        self.path, self.sheet = path, sheet
        self.errors: dict[tuple[int, int], CellError] = {}   # (Excel row, 0-based column) -> error
        self._archive = zipfile.ZipFile(path)
        self._member = sheet_members(self._archive).get(sheet)
        self._thread: threading.Thread | None = None

    def check_dimension(self) -> None:
        """Refuse an absurd declared sheet size (reads only the first few KB of the sheet)."""
        if self._member:
            with self._archive.open(self._member) as handle:
                check_dimension(self.path, self.sheet, handle.read(4096))

    def start(self) -> None:
        if self._member:
            self._thread = threading.Thread(target=self._run, name="xlsx-scan", daemon=True)
            self._thread.start()

    def result(self) -> dict[tuple[int, int], CellError]:
        if self._thread:
            self._thread.join()
        self._archive.close()
        return self.errors

    def _run(self) -> None:
        try:
            with self._archive.open(self._member) as handle:
                carry = b""
                while True:
                    chunk = handle.read(_CHUNK)
                    if not chunk:
                        break
                    data = carry + chunk
                    cut = data.rfind(b"</row>")
                    if cut < 0:
                        cut = data.rfind(b"</c>")
                    if cut < 0:
                        carry = data
                        continue
                    cut = data.index(b">", cut) + 1
                    self._scan(data[:cut])
                    carry = data[cut:]
                if carry:
                    self._scan(carry)
        except (OSError, zipfile.BadZipFile, EOFError, ValueError):
            pass   # calamine reports a damaged file on its own

    def _scan(self, data: bytes) -> None:
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
            cell = _CELL.match(data, start)
            if not cell:
                pos = mark.end()
                continue
            pos = cell.end()
            self._cell(cell.group(1), cell.group(2) or b"")

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
            what = f"the formula ={shown}" if shown else "a formula"
            self.errors[key] = CellError(f"{what} has no saved result "
                                         "(open the file in Excel, save it, and load it again)")


def _unescape(text: bytes) -> str:
    return (text.decode("utf-8", "replace").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&"))
