"""Recognise a file's real format from its bytes, and refuse unsafe or unreadable files before parsing."""

from __future__ import annotations

import os
import re
import stat
import zipfile
import zlib
from pathlib import Path

from gui.core.i18n import tr
from gui.core.table import WorkbookError
from gui.sheets.limits import MAX_RATIO, MAX_UNCOMPRESSED, RATIO_FLOOR

XLSX, XLSB, ODS, XLS, CSV = "xlsx", "xlsb", "ods", "xls", "csv"
SPREADSHEET_SUFFIXES = {".xlsx": XLSX, ".xlsm": XLSX, ".xlsb": XLSB, ".ods": ODS, ".xls": XLS}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def where(path: Path) -> str:
    """How a file is named in messages."""
    return f'"{path.name}"'


def where_sheet(path: Path, sheet: str) -> str:
    """How a sheet of a file is named in messages: `"s.xlsx", sheet "Day"`."""
    return tr("files", '{file}, sheet "{sheet}"', file=where(path), sheet=sheet)


def read_head(path: Path, size: int = 8192) -> bytes:
    """The first bytes of a file, or WorkbookError if it cannot be opened or is not a regular file."""
    return read_bytes(path, size)


def read_bytes(path: Path, size: int = -1) -> bytes:
    """Up to `size` bytes (-1: all) of a regular file. Anything else (a folder, a named pipe, a device) is
    refused before it is opened for reading: reading a pipe would wait for a writer for ever."""
    try:
        _check_regular(path, os.stat(path).st_mode)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb", closefd=True) as handle:
            _check_regular(path, os.fstat(handle.fileno()).st_mode)   # swapped for a pipe since os.stat?
            return handle.read(size)
    except FileNotFoundError:
        raise WorkbookError(tr("files", "{file} was not found ({path}).", file=where(path), path=path)) from None
    except IsADirectoryError:
        raise WorkbookError(tr("files", "{file} is a folder, not a workbook.", file=where(path))) from None
    except PermissionError:
        raise WorkbookError(permission_denied(where(path))) from None
    except OSError as exc:
        raise WorkbookError(tr("files", "{file} cannot be read: {reason}.", file=where(path),
                               reason=exc.strerror or exc)) from None


def permission_denied(place: str) -> str:
    """The message for a file (or sheet: `place`) the app may not open."""
    return tr("files", "{file} cannot be opened: permission denied (it may be open in another program, or you may "
              "not have access).", file=place)


def _check_regular(path: Path, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError
    what = (tr("files", "a named pipe") if stat.S_ISFIFO(mode) else tr("files", "a socket") if stat.S_ISSOCK(mode)
            else tr("files", "a device") if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else tr("files", "not an ordinary file"))
    raise WorkbookError(tr("files", "{file} is {what}, not a file with a schedule in it: save the schedule as a file "
                           "and open that.", file=where(path), what=what))


def detect(path: Path) -> str:
    """The file's real format (XLSX, XLSB, ODS, XLS or CSV), from its content; WorkbookError if none."""
    head = read_head(path)
    suffix = path.suffix.lower()
    if not head:
        raise WorkbookError(tr("files", "{file} is empty (0 bytes).", file=where(path)))
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(path)
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(path)
    if suffix in TEXT_SUFFIXES:
        return CSV
    lowered = head.lstrip()[:512].lower()
    if head.startswith(b"%PDF"):
        what = tr("files", "a PDF document")
    elif lowered.startswith((b"<!doctype html", b"<html", b"<table")) or b"<html" in lowered:
        what = tr("files", "a web page (HTML) with a spreadsheet name")
    elif lowered.startswith(b"<?xml"):
        what = tr("files", "an XML file (perhaps the old Excel 2003 XML format)")
    elif head.startswith(b"PK"):
        what = tr("files", "a damaged zip file")
    elif _looks_like_text(head):
        what = tr("files", "a text file")
    else:
        what = tr("files", "not a file type this app can read")
    if suffix in SPREADSHEET_SUFFIXES:
        raise WorkbookError(tr("files", "{file} is not a workbook: it is {what}. Open it in Excel and save it "
                                        "as .xlsx, "
                               "or save it as .csv.", file=where(path), what=what))
    raise WorkbookError(tr("files", "{file} is not a workbook or CSV file: it is {what}.", file=where(path), what=what))


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    return b"\x00" not in head[:1024] and sum(b < 9 or 13 < b < 32 for b in head[:1024]) == 0


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename.replace("\\", "/").lower(): info.filename for info in infos}   # as calamine
            check_zip_sizes(path, infos)
            document = _office_document(archive, names.get("_rels/.rels"))
            if "xl/workbook.xml" in names or document.endswith("workbook.xml"):
                return XLSX
            if "xl/workbook.bin" in names or document.endswith("workbook.bin"):
                return XLSB
            if "content.xml" in names and b"spreadsheet" in _member(archive, names.get("mimetype", ""), 200):
                return ODS
    except zipfile.BadZipFile:
        raise WorkbookError(corrupt_zip(path)) from None
    except (OSError, EOFError, ValueError, NotImplementedError, zlib.error) as exc:
        raise WorkbookError(unreadable(path, exc)) from None
    if "word/document.xml" in names:
        what = tr("files", "a Word document")
    elif "ppt/presentation.xml" in names:
        what = tr("files", "a PowerPoint presentation")
    elif "content.xml" in names:
        what = tr("files", "an OpenDocument file that is not a spreadsheet")
    else:
        what = tr("files", "a zip file that holds no spreadsheet")
    raise WorkbookError(tr("files", "{file} is not a workbook: it is {what}.", file=where(path), what=what))


def corrupt_zip(path: Path) -> str:
    return tr("files", "{file} is damaged: it is an incomplete or corrupt zip file (perhaps the download or copy was "
              "cut short).", file=where(path))


def unreadable(path: Path, exc: object) -> str:
    return tr("files", "{file} is damaged and cannot be read ({reason}).", file=where(path), reason=exc)


_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\s[^>]*>")
_TARGET = re.compile(rb"\sTarget\s*=\s*[\"']([^\"']*)")


def _office_document(archive: zipfile.ZipFile, rels: str | None) -> str:
    """The workbook part the package relationships name (e.g. 'xl/workbook.xml'), lower case; '' if none."""
    for tag in _RELATIONSHIP.findall(_member(archive, rels, 1024 * 1024) if rels else b""):
        target = _TARGET.search(tag)
        if b"relationships/officeDocument" in tag and target:
            return target.group(1).decode("utf-8", "replace").lower()
    return ""


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
            raise WorkbookError(tr("files",
                                   "{file} was refused: its part {part} would expand {ratio} times to {size} MB "
                                   "(a zip bomb?).", file=where(path), part=info.filename, ratio=f"{ratio:,.0f}",
                                   size=f"{info.file_size / 1024**2:,.0f}"))
    if total > MAX_UNCOMPRESSED:
        raise WorkbookError(tr("files", "{file} was refused: it would expand to {size} GB, more than the {most} "
                                        "GB this "
                               "app reads.", file=where(path), size=f"{total / 1024**3:,.1f}",
                               most=MAX_UNCOMPRESSED // 1024**3))


def _ole_kind(path: Path) -> str:
    data = read_bytes(path)
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        raise WorkbookError(tr("files", "{file} is protected with a password. Open it in Excel, remove the password "
                               "(File > Info > Protect Workbook), save, and try again.", file=where(path)))
    if any(name.encode("utf-16-le") in data for name in ("Workbook", "Book", "WORKBOOK", "BOOK")):
        return XLS
    if "WordDocument".encode("utf-16-le") in data:
        raise WorkbookError(tr("files", "{file} is not a workbook: it is {what}.", file=where(path),
                               what=tr("files", "a Word document")))
    raise WorkbookError(tr("files", "{file} is not a workbook: it is {what}.", file=where(path),
                           what=tr("files", "another kind of Office file")))
