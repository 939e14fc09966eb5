"""Which zip part holds each sheet of an .xlsx, found the way calamine finds it, so the part we check before
calamine reads a sheet is the part calamine will read.

calamine takes the folder of the workbook from _rels/.rels, the sheets from that folder's workbook.xml and
their parts from its _rels/workbook.xml.rels, without resolving '..'. Where a crafted file could make our
reading and calamine's differ (duplicate ids, escaped characters, relationships inside comments), every
candidate part is returned, never fewer.
"""

from __future__ import annotations

import re
import zipfile
from html import unescape

from gui.core.i18n import tr
from gui.core.table import WorkbookError
from gui.sheets.sniff import where, where_sheet
from gui.sheets.zipparts import Package

_STRUCTURE_LIMIT = 64 * 1024**2      # bytes of _rels/.rels, workbook.xml or its relationships
_OFFICE_DOCUMENT = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_TAG = rb"<(?:[^\s<>/!?:]+:)?%s(?=[\s/>])((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"
_RELATIONSHIP = re.compile(_TAG % b"Relationship")
_SHEET = re.compile(_TAG % b"sheet")
_ATTRIBUTE = re.compile(rb"([^\s=/]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


def _attributes(text: bytes) -> dict[bytes, list[bytes]]:
    found: dict[bytes, list[bytes]] = {}
    for match in _ATTRIBUTE.finditer(text):
        found.setdefault(match.group(1), []).append(match.group(2) if match.group(2) is not None
                                                    else match.group(3))
    return found


def _texts(values: list[bytes]) -> set[str]:
    """An attribute's values as calamine may read them: as written, and with XML escapes undone."""
    out: set[str] = set()
    for value in values:
        text = value.decode("utf-8", "replace")
        out.update((text, unescape(text)))
    return out


def _part(package: Package, name: str) -> bytes | None:
    infos = package.find(name)
    if not infos:
        return None
    data = b"".join(package.read(info, _STRUCTURE_LIMIT) for info in infos)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4]:
        raise WorkbookError(tr("files", "{file} cannot be read: its part {part} is written in UTF-16, which "
                                        "Excel never "
                               "does. Open it in Excel, save it, and try again.", file=where(package.path), part=name))
    return data


def folders(package: Package) -> set[str]:
    """The folders the workbook may be in (normally xl/), from the package relationships."""
    data = _part(package, "_rels/.rels") or b""
    found: set[str] = set()
    for match in _RELATIONSHIP.finditer(data):
        attrs = _attributes(match.group(1))
        if _OFFICE_DOCUMENT not in attrs.get(b"Type", []):
            continue
        for target in _texts(attrs.get(b"Target", [])):
            cut = target.rfind("/")
            found.add(target[:cut + 1].removeprefix("/") if cut >= 0 else "")
    return found


class SheetPart:
    """Where one sheet's cells are: the targets its relationship names, and the parts that exist for them."""

    __slots__ = ("targets", "parts")

    def __init__(self) -> None:
        self.targets: list[str] = []
        self.parts: list[zipfile.ZipInfo] = []


def sheet_parts(package: Package) -> dict[str, SheetPart]:
    """Sheet name -> where calamine may read its cells."""
    sheets: dict[str, SheetPart] = {}
    for folder in folders(package):
        rels = _part(package, f"{folder}_rels/workbook.xml.rels") or b""
        targets: dict[bytes, set[str]] = {}
        for match in _RELATIONSHIP.finditer(rels):
            attrs = _attributes(match.group(1))
            for rel_id in attrs.get(b"Id", []):
                targets.setdefault(rel_id, set()).update(_texts(attrs.get(b"Target", [])))
        book = _part(package, f"{folder}workbook.xml") or b""
        for match in _SHEET.finditer(book):
            attrs = _attributes(match.group(1))
            ids = [value for key, values in attrs.items() if key == b"id" or key.endswith(b":id") for value in values]
            names = [target[1:] if target.startswith("/") else folder + target
                     for rel_id in ids for target in sorted(targets.get(rel_id, ()))]
            for sheet in _texts(attrs.get(b"name", [])):
                found = sheets.setdefault(sheet, SheetPart())
                found.targets += names
                found.parts += [info for name in names for info in package.find(name)]
    return sheets


def sheet_targets(package: Package, rels: str) -> list[zipfile.ZipInfo]:
    """Every worksheet part the workbook's relationships (`rels`, e.g. workbook.bin.rels) name."""
    found: dict[str, zipfile.ZipInfo] = {}
    for folder in folders(package):
        data = _part(package, f"{folder}_rels/{rels}") or b""
        for match in _RELATIONSHIP.finditer(data):
            attrs = _attributes(match.group(1))
            if not any(kind.endswith(b"/worksheet") for kind in attrs.get(b"Type", [])):
                continue
            for target in _texts(attrs.get(b"Target", [])):
                for info in package.find(target[1:] if target.startswith("/") else folder + target):
                    found[info.filename] = info
    return list(found.values())


def parts_of(package: Package, sheet: str) -> list[zipfile.ZipInfo]:
    """The parts calamine may read for `sheet`. A sheet whose part is missing or lies outside the package is
    refused; one our reading does not find gets every sheet's part, and failing that every XML part that is
    not known to be something else."""
    sheets = sheet_parts(package)
    found = sheets.get(sheet)
    if found and found.parts:
        return found.parts
    if found and found.targets:
        target = found.targets[0]
        place = where_sheet(package.path, sheet)
        if ".." in target.split("/"):
            raise WorkbookError(tr("files", "{sheet} is damaged: it points to {part}, outside the workbook.",
                                   sheet=place, part=target))
        raise WorkbookError(tr("files", "{sheet} is damaged: its cells should be in the part {part}, which is missing "
                               "from the file.", sheet=place, part=target))
    every = {info.filename: info for part in sheets.values() for info in part.parts}
    if every:
        return list(every.values())
    return [info for info in package.infos
            if info.filename.lower().endswith(".xml") and not _KNOWN.search(info.filename)]


_KNOWN = re.compile(r"(^|/)(_rels/|\[Content_Types\]|docProps/|theme/|styles\.xml$|sharedStrings\.xml$|workbook\.xml$)",
                    re.IGNORECASE)
