"""Open a schedule file as a core Schedule: read the table, map its columns, build every row."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from gui.core.rowbuild import Options, gc_paused
from gui.core.schedule import Schedule
from gui.sheets.mapping import ColumnMap, load_mapping, map_columns
from gui.sheets.reader import read_table
from gui.sheets.table import Table


@dataclass(slots=True)
class Loaded:
    """A loaded schedule with what the reader and the column matcher noticed."""

    schedule: Schedule
    table: Table
    columns: ColumnMap
    notes: list[str] = field(default_factory=list)     # unmapped / ambiguous headers, in plain words


def load_schedule(path: str | os.PathLike[str], options: Options, sheet: str | None = None,
                  mapping_path: str | os.PathLike[str] | None = None, header_row: int | None = None) -> Loaded:
    """Read `path` and build a Schedule; raises WorkbookError (one plain line) when it cannot."""
    mapping = load_mapping(mapping_path) if mapping_path else None
    if mapping is not None:
        sheet = sheet or mapping.sheet
        header_row = header_row or mapping.header_row
    known = list(mapping.columns) if mapping else ()
    with gc_paused(freeze=True):       # one pause from reading to the built rows (see gc_paused)
        table = read_table(path, sheet=sheet, header_row=header_row, known_headers=known)
        columns = map_columns(table.headers, mapping.columns if mapping else None)
        schedule = Schedule(table.headers, columns.fields, table.rows, options, letters=table.letters,
                            source=Path(path).name, sheet=table.sheet, columns=table.columns)
        table.columns = None        # only the first build can use them: edits change the rows, not these
    return Loaded(schedule, table, columns, table.notes + columns.problems())
