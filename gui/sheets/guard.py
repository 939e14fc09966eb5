"""What is checked before calamine reads a workbook, so that no file can make it abort or run out of memory.

calamine (Rust) aborts the whole process when an allocation fails, and it sizes its allocations from what a
file says: the rectangle up to the farthest cell, a zip part's contents, a compound file's tables. Each check
here reads only what calamine would read, and refuses with one plain line before calamine sees the file:

- .xlsx / .xlsm: the parts calamine reads when opening (their real unpacked size), and each sheet's extent
  before the sheet is read (xlsx_extent);
- .xlsb: the parts calamine reads when opening, and every sheet's extent (xlsb_extent: binary records can
  only be walked one by one, in Python, which takes about as long again as calamine's reading);
- .ods, .xls: calamine reads every sheet when it opens the file, so every sheet's extent is checked first
  (ods_extent, xls_extent).
"""

from __future__ import annotations

import os
import re
import sys
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from gui.core.i18n import tr
from gui.core.table import WorkbookError
from gui.sheets.sniff import ODS, XLS, XLSB, XLSX, where
from gui.sheets.xlsx_extent import check_sheet
from gui.sheets.xlsx_parts import folders, parts_of
from gui.sheets.zipparts import Package

_SHARED_LIMIT = 512 * 1024**2      # bytes of shared strings: calamine keeps them all as strings
_OPENING_PARTS = ("sharedStrings.xml", "styles.xml", "sharedStrings.bin", "styles.bin", "workbook.bin",
                  "_rels/workbook.bin.rels")


def before_opening(path: Path, kind: str) -> Package | None:
    """Check what calamine reads when it opens the file; the zip package for later checks (None for .xls)."""
    if kind == XLS:           # the checks of the rarer kinds are imported when one is opened
        from gui.sheets import xls_extent

        xls_extent.check_workbook(path)
        return None
    package = Package(path)
    if kind == ODS:
        from gui.sheets import ods_extent

        ods_extent.check_workbook(package)
    elif kind in (XLSX, XLSB):
        if kind == XLSB:
            from gui.sheets import xlsb_extent

            xlsb_extent.check_workbook(package)
        book = "workbook.xml" if kind == XLSX else "workbook.bin"
        found = folders(package)
        if found and not any(package.find(folder + book) for folder in found):
            raise WorkbookError(tr("files", "{file} is damaged: its part {part}, the list of its sheets, is missing.",
                                   file=where(package.path), part=min(found) + book))
        for folder in found or {"xl/"}:
            for name in _OPENING_PARTS:
                for info in package.find(folder + name):
                    size = package.measure(info, _SHARED_LIMIT)
                    if name == "sharedStrings.xml":
                        _check_string_count(package, info, size)
    return package


_SST = re.compile(rb"<(?:[^\s<>/!?:]+:)?sst(?=[\s/>])[^>]*?\suniqueCount\s*=\s*[\"']\s*\+?(\d+)")


def _check_string_count(package: Package, info: zipfile.ZipInfo, size: int) -> None:
    """calamine reserves room for the number of strings the shared strings part says it holds (24 bytes
    each) before reading them; a string takes at least 7 bytes of XML, so more than that is a lie."""
    head = next(package.pieces(info, 64 * 1024), b"")
    match = _SST.search(head)
    if match and len(match.group(1)) < 30 and int(match.group(1)) > max(size // 7, 100_000):
        raise WorkbookError(tr("files", "{file} is damaged: its shared strings claim {count} strings in {size} bytes. "
                               "Open it in Excel and save it again.", file=where(package.path),
                               count=f"{int(match.group(1)):,}", size=f"{size:,}"))


def before_sheet(package: Package | None, kind: str, sheet: str
                 ) -> tuple[zipfile.ZipInfo, list[bytes] | None] | None:
    """Check one sheet before calamine reads it. For an .xlsx: (the part that holds its cells, that part as
    already unpacked or None when it was too large to keep); None for other kinds."""
    if kind != XLSX or package is None:
        return None
    parts = parts_of(package, sheet)
    kept = [check_sheet(package, info, sheet) for info in parts]
    return (parts[0], kept[0]) if parts else None


_quiet_lock = threading.Lock()
_quiet_users = 0
_saved_stderr: int | None = None


@contextmanager
def quiet_panics() -> Iterator[None]:
    """While calamine runs, the process's stderr goes to the null device: when calamine panics (a file it
    cannot read), Rust prints the panic and a backtrace straight to stderr before it becomes a Python
    exception, whose message our one line already gives."""
    global _quiet_users, _saved_stderr
    with _quiet_lock:
        if _quiet_users == 0:
            try:
                sys.stderr.flush()
                saved = os.dup(2)
                null = os.open(os.devnull, os.O_WRONLY)
            except (OSError, AttributeError, ValueError):
                saved = None                      # no stderr to quiet (a windowed app without a console)
            else:
                os.dup2(null, 2)
                os.close(null)
            _saved_stderr = saved
        _quiet_users += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_users -= 1
            if _quiet_users == 0 and _saved_stderr is not None:
                os.dup2(_saved_stderr, 2)
                os.close(_saved_stderr)
                _saved_stderr = None
