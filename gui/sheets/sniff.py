"""Recognise a file's real format from its bytes, and refuse unsafe or unreadable files before parsing."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from gui.core.table import WorkbookError

XLSX, XLSB, ODS, XLS, CSV = "xlsx", "xlsb", "ods", "xls", "csv"
SPREADSHEET_SUFFIXES = {".xlsx": XLSX, ".xlsm": XLSX, ".xlsb": XLSB, ".ods": ODS, ".xls": XLS}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}

MAX_UNCOMPRESSED = 2 * 1024**3     # bytes, all members together
MAX_RATIO = 200                    # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 10 * 1024**2         # small members may compress very well (styles, empty sheets)
MAX_ROWS = 2_000_000
MAX_COLS = 16_384

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]*)(\d*)(?::([A-Z]+)(\d+))?"')


def where(path: Path) -> str:
    """How a file is named in messages."""
    return f'"{path.name}"'


def read_head(path: Path, size: int = 8192) -> bytes:
    """The first bytes of a file, or WorkbookError if it cannot be opened."""
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except FileNotFoundError:
        raise WorkbookError(f"{where(path)} was not found ({path}).") from None
    except IsADirectoryError:
        raise WorkbookError(f"{where(path)} is a folder, not a workbook.") from None
    except PermissionError:
        raise WorkbookError(f"{where(path)} cannot be opened: permission denied "
                            "(it may be open in another program, or you may not have access).") from None
    except OSError as exc:
        raise WorkbookError(f"{where(path)} cannot be read: {exc.strerror or exc}.") from None


def detect(path: Path) -> str:
    """The file's real format (XLSX, XLSB, ODS, XLS or CSV), from its content; WorkbookError if none."""
    head = read_head(path)
    suffix = path.suffix.lower()
    if not head:
        raise WorkbookError(f"{where(path)} is empty (0 bytes).")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(path)
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(path)
    if suffix in TEXT_SUFFIXES:
        return CSV
    lowered = head.lstrip()[:512].lower()
    if head.startswith(b"%PDF"):
        what = "a PDF document"
    elif lowered.startswith((b"<!doctype html", b"<html", b"<table")) or b"<html" in lowered:
        what = "a web page (HTML) with a spreadsheet name"
    elif lowered.startswith(b"<?xml"):
        what = "an XML file (perhaps the old Excel 2003 XML format)"
    elif head.startswith(b"PK"):
        what = "a damaged zip file"
    elif _looks_like_text(head):
        what = "a text file"
    else:
        what = "not a file type this app can read"
    if suffix in SPREADSHEET_SUFFIXES:
        raise WorkbookError(f"{where(path)} is not a workbook: it is {what}. "
                            "Open it in Excel and save it as .xlsx, or save it as .csv.")
    raise WorkbookError(f"{where(path)} is not a workbook or CSV file: it is {what}.")


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    return b"\x00" not in head[:1024] and sum(b < 9 or 13 < b < 32 for b in head[:1024]) == 0


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            check_zip_sizes(path, infos)
            if "xl/workbook.xml" in names:
                return XLSX
            if "xl/workbook.bin" in names:
                return XLSB
            if "content.xml" in names and b"spreadsheet" in _member(archive, "mimetype", 200):
                return ODS
    except zipfile.BadZipFile:
        raise WorkbookError(f"{where(path)} is damaged: it is an incomplete or corrupt zip file "
                            "(perhaps the download or copy was cut short).") from None
    except (OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise WorkbookError(f"{where(path)} is damaged and cannot be read ({exc}).") from None
    if "word/document.xml" in names:
        what = "a Word document"
    elif "ppt/presentation.xml" in names:
        what = "a PowerPoint presentation"
    elif "content.xml" in names:
        what = "an OpenDocument file that is not a spreadsheet"
    else:
        what = "a zip file that holds no spreadsheet"
    raise WorkbookError(f"{where(path)} is not a workbook: it is {what}.")


def _member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        with archive.open(name) as handle:
            return handle.read(limit)
    except KeyError:
        return b""


def check_zip_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a zip whose members would inflate absurdly (a zip bomb), before anything is inflated."""
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise WorkbookError(f"{where(path)} was refused: its part {info.filename} would expand "
                                f"{ratio:,.0f} times to {info.file_size / 1024**2:,.0f} MB (a zip bomb?).")
    if total > MAX_UNCOMPRESSED:
        raise WorkbookError(f"{where(path)} was refused: it would expand to {total / 1024**3:,.1f} GB, "
                            f"more than the {MAX_UNCOMPRESSED // 1024**3} GB this app reads.")


def check_dimension(path: Path, sheet: str, head: bytes) -> None:
    """Refuse a sheet whose declared size (<dimension ref=...>) is absurd, before it is parsed."""
    match = _DIMENSION.search(head)
    if not match or not match.group(3):
        return
    rows = int(match.group(4))
    cols = column_index(match.group(3)) + 1
    if rows > MAX_ROWS or cols > MAX_COLS:
        raise WorkbookError(f'{where(path)}, sheet "{sheet}" was refused: it claims {rows:,} rows and '
                            f"{cols:,} columns, more than a spreadsheet can hold.")


def column_index(letters: str | bytes) -> int:
    """0-based index of an Excel column letter ('A' -> 0, 'AA' -> 26)."""
    if isinstance(letters, bytes):
        letters = letters.decode("ascii")
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index - 1


def _ole_kind(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise WorkbookError(f"{where(path)} cannot be read: {exc.strerror or exc}.") from None
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        raise WorkbookError(f"{where(path)} is protected with a password. Open it in Excel, remove the "
                            "password (File > Info > Protect Workbook), save, and try again.")
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return XLS
    if "WordDocument".encode("utf-16-le") in data:
        raise WorkbookError(f"{where(path)} is not a workbook: it is a Word document.")
    raise WorkbookError(f"{where(path)} is not a workbook: it is another kind of Office file.")
