"""The raw table read from a workbook or CSV: headers, and data rows keyed by the row number Excel shows (the core types every layer shares)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from gui.core.i18n import tr_noop


class WorkbookError(Exception):
    """A file that cannot be read as a schedule. str(error) is one plain-words line naming the file."""


@dataclass(frozen=True, slots=True)
class CellError:
    """A cell that holds an error or a formula without a cached value, e.g. '#DIV/0!'; `why` says in plain
    words what it is."""

    text: str
    why: str = tr_noop("cells", "a formula error or a formula without a value")    # translated where shown

    def __str__(self) -> str:
        return self.text


@dataclass(slots=True)
class Columns:
    """A table's data cells column by column: cells[j][i] is cell j of row i, normalised as in Table.

    They share the cell objects with the rows but not the lists, so editing a row does not reach them:
    they serve the first build of a Schedule only. `text`: the columns whose cells are all text or None."""

    cells: list[list]
    text: frozenset[int] = frozenset()


@dataclass(slots=True)
class Table:
    """What a reader returns.

    Cell values are normalised: None (blank), str, int (a whole-number float), float, bool,
    datetime.datetime (naive), datetime.date, datetime.time, or CellError.
    """

    path: Path
    sheet: str                                   # sheet name; for CSV the file name
    header_row: int                              # Excel row number of the header row
    headers: list[str]                           # header text per column ('' for a blank header)
    letters: list[str]                           # Excel column letter per column
    rows: list[tuple[int, list]] = field(default_factory=list)  # (Excel row number, values per column)
    sheets: list[str] = field(default_factory=list)             # all visible sheet names in the file
    columns: Columns | None = None     # the same cells column by column (for a fast first build), or None
    notes: list[str] = field(default_factory=list)   # how the file was read, in plain words (e.g. its encoding)
