"""Read a CSV / text export: detect its encoding and delimiter, return its records as rows of text.

Memory stays bounded whatever the file holds: the file's size is checked before it is read, a record's
fields are counted on its raw lines before the csv module splits them into a list, a field longer than the
csv module's limit (131,072 characters) is refused, and the whole table (rows by its widest row) is checked
before rows are padded to one width.
"""

from __future__ import annotations

import codecs
import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from gui.core.i18n import tr, trn
from gui.core.table import WorkbookError
from gui.sheets.limits import EXCEL_COLUMNS, MAX_CELLS, MAX_CSV_BYTES
from gui.sheets.sniff import read_bytes, where

DELIMITERS = (",", ";", "\t", "|")
_SAMPLE_LINES = 50
_LISTED = 10          # rows named in a note; the rest are counted
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")    # lines as csv wants them: ends kept, \r \n \r\n only


@dataclass(slots=True)
class Decoded:
    """A text file's characters, its encoding, and the lines (1-based) read as Windows-1252 in a file whose
    other lines are UTF-8."""

    text: str
    encoding: str
    cp1252_lines: list[int] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of a CSV file's bytes (see decode_lines)."""
    decoded = decode_lines(data)
    return decoded.text, decoded.encoding


def decode_lines(data: bytes) -> Decoded:
    """A CSV file's bytes as text: BOMs first, then BOM-less UTF-16, UTF-8, Windows-1252 (Latin-1 when a byte
    has no Windows-1252 meaning). A file mixing UTF-8 and Windows-1252 lines (a UTF-8 export with rows pasted
    from an older one) is read line by line, each line in the encoding that reads it."""
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[3:].decode("utf-8", "replace"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(data.decode("utf-16", "replace"), "utf-16")
    sample = data[:4096]
    if len(sample) >= 4:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        half = len(sample) // 2
        if odd > half * 0.3 and even < half * 0.05:
            return Decoded(data.decode("utf-16-le", "replace"), "utf-16-le")
        if even > half * 0.3 and odd < half * 0.05:
            return Decoded(data.decode("utf-16-be", "replace"), "utf-16-be")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)
    utf8 = [_utf8(line) for line in lines]
    if any(text is not None and not text.isascii() for text in utf8):
        return Decoded("".join(text if text is not None else _single_byte(line)
                               for text, line in zip(utf8, lines, strict=True)),
                       "utf-8", [n for n, text in enumerate(utf8, start=1) if text is None])
    try:
        return Decoded(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1")


def _utf8(line: bytes) -> str | None:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _single_byte(line: bytes) -> str:
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:
        return line.decode("latin-1")


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines most consistently into two or more fields (',' if none)."""
    lines = [line[:65536] for line in text[:65536].splitlines()[:_SAMPLE_LINES] if line.strip()]
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


@dataclass(slots=True)
class Records:
    """A CSV file's records, each padded to the same width (record i is sheet row i + 1), and notes in plain
    words about how it was read."""

    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)


def read_rows(path: Path) -> Records:
    """All records of a CSV file, within the limits (WorkbookError, one plain line, beyond them)."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0                      # read_bytes says what is wrong
    if size > MAX_CSV_BYTES:
        raise WorkbookError(tr("files", "{file} was refused: it is {size} MB, more than the {most} MB of text this app "
                               "reads.", file=where(path), size=f"{size / 1024**2:,.0f}",
                               most=MAX_CSV_BYTES // 1024**2))
    decoded = decode_lines(read_bytes(path))
    text, decoded.text = decoded.text, ""
    if "\x00" in text:
        text = text.replace("\x00", "")
    first, _, rest = text.partition("\n")
    skipped = 0
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:   # Excel's hint line, not shown
        delimiter, text, skipped = first.strip()[4], rest, 1
    else:
        delimiter = sniff_delimiter(text)
    lines = _Lines(path, text, delimiter)
    del text
    rows: list[list[str]] = []
    spans: list[int] = []             # the last physical line of each record
    cells = width = widest = 0
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        for row in reader:
            rows.append(row)
            spans.append(reader.line_num)
            lines.pending = 0
            lines.start = lines.number + 1
            cells += len(row)
            if len(row) > width:
                width, widest = len(row), len(rows)
            if cells > MAX_CELLS or width * len(rows) > MAX_CELLS:
                raise _too_many(path, len(rows), width, widest)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise WorkbookError(tr("files",
                                   "{file} was refused: line {line} has a field of more than {most} characters "
                                   "(a spreadsheet cell holds at most 32,767).", file=where(path),
                                   line=f"{lines.number:,}", most=f"{csv.field_size_limit():,}")) from None
        raise WorkbookError(tr("files", "{file} is not a readable CSV file: line {line}: {reason}.", file=where(path),
                               line=f"{lines.number:,}", reason=exc)) from None
    notes = _encoding_note(decoded.cp1252_lines, spans, skipped)
    return Records([r + [""] * (width - len(r)) if len(r) < width else r for r in rows], notes)


class _Lines:
    """The physical lines of the text for csv.reader, refusing a record with more fields than a sheet has
    columns before the csv module builds it (a 50 MB line of commas would take gigabytes as a list)."""

    def __init__(self, path: Path, text: str, delimiter: str) -> None:
        self.path, self.delimiter = path, delimiter
        self.stream = _LINE.finditer(text)    # not io.StringIO: it would hold the text as 4 bytes a character
        self.pending = 0                      # delimiters since the last record ended
        self.number = 0
        self.start = 1                        # the line the record being read starts on

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = next(self.stream).group()
        self.number += 1
        if not self.pending:
            self.start = self.number
        self.pending += line.count(self.delimiter)
        if self.pending >= EXCEL_COLUMNS:
            shown = {"\t": tr("files", "tabs"), ",": tr("files", "commas"), ";": tr("files", "semicolons"),
                     "|": tr("files", "bars")}.get(self.delimiter, f"{self.delimiter}s")
            raise WorkbookError(tr("files", "{file} was refused: the row on line {line} has more than {most} fields "
                                   "(separated by {separators}), more columns than a sheet can hold.",
                                   file=where(self.path), line=f"{self.start:,}", most=f"{EXCEL_COLUMNS:,}",
                                   separators=shown))
        return line


def _too_many(path: Path, count: int, width: int, widest: int) -> WorkbookError:
    return WorkbookError(tr("files", "{file} was refused: {rows} rows by {columns} columns (row {widest} is the "
                                     "widest) "
                            "make more than the {most} cells this app reads.", file=where(path), rows=f"{count:,}",
                            columns=f"{width:,}", widest=f"{widest:,}", most=f"{MAX_CELLS:,}"))


def _encoding_note(lines: list[int], spans: list[int], skipped: int) -> list[str]:
    """A note naming the rows that had to be read as Windows-1252 in a UTF-8 file."""
    if not lines:
        return []
    rows: list[int] = []
    record = 0
    for line in lines:
        line -= skipped
        while record < len(spans) and spans[record] < line:
            record += 1
        if line >= 1 and (not rows or rows[-1] != record + 1):
            rows.append(record + 1)
    if not rows:
        return []
    shown = ", ".join(str(n) for n in rows[:_LISTED])
    if len(rows) > _LISTED:
        shown = tr("files", "{rows} and {count} more", rows=shown, count=f"{len(rows) - _LISTED:,}")
    return [trn("files", "Row {rows} is not in UTF-8 like the rest of the file and was read as Windows-1252 (Western "
                "European): check their accented letters.", "Rows {rows} are not in UTF-8 like the rest of the file "
                "and were read as Windows-1252 (Western European): check their accented letters.", len(rows),
                rows=shown)]
