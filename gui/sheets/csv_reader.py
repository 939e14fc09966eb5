"""Read a CSV / text export: detect its encoding and delimiter, return its records as rows of text."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from gui.core.table import WorkbookError
from gui.sheets.sniff import MAX_UNCOMPRESSED, where

DELIMITERS = (",", ";", "\t", "|")
_SAMPLE_LINES = 50


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of a CSV file's bytes: BOMs first, then BOM-less UTF-16, UTF-8, Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace"), "utf-16"
    sample = data[:4096]
    if len(sample) >= 4:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        half = len(sample) // 2
        if odd > half * 0.3 and even < half * 0.05:
            return data.decode("utf-16-le", "replace"), "utf-16-le"
        if even > half * 0.3 and odd < half * 0.05:
            return data.decode("utf-16-be", "replace"), "utf-16-be"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines most consistently into two or more fields (',' if none)."""
    lines = [line for line in text[:65536].splitlines()[:_SAMPLE_LINES] if line.strip()]
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
        if not counts:
            continue
        modal = max(set(counts), key=lambda c: (counts.count(c), c))
        if modal < 2:
            continue
        score = (counts.count(modal) / len(counts), modal)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_rows(path: Path) -> list[list[str]]:
    """All records of a CSV file, each padded to the same width. Row i is sheet row i + 1."""
    try:
        size = path.stat().st_size
        if size > MAX_UNCOMPRESSED:
            raise WorkbookError(f"{where(path)} was refused: it is larger than "
                                f"{MAX_UNCOMPRESSED // 1024**3} GB.")
        data = path.read_bytes()
    except PermissionError:
        raise WorkbookError(f"{where(path)} cannot be opened: permission denied "
                            "(it may be open in another program, or you may not have access).") from None
    except OSError as exc:
        raise WorkbookError(f"{where(path)} cannot be read: {exc.strerror or exc}.") from None
    text, _encoding = decode(data)
    if "\x00" in text:
        text = text.replace("\x00", "")
    first, _, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:   # Excel's hint line, not shown
        delimiter, text = first.strip()[4], rest
    else:
        delimiter = sniff_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise WorkbookError(f"{where(path)} is not a readable CSV file ({exc}).") from None
    width = max(map(len, rows), default=0)
    return [r + [""] * (width - len(r)) if len(r) < width else r for r in rows]
