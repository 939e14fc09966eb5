"""The rows as edited in the app, as a table for write_results: added rows in, deleted rows out, renumbered."""

from __future__ import annotations

import os
from pathlib import Path

from gui.core.schedule import Schedule
from gui.core.snapshot import Snapshot
from gui.core.table import Table
from gui.sheets.mapping import ColumnMap
from gui.sheets.results import write_results


def edited_table(schedule: Schedule | Snapshot, table: Table, invalid: dict[int, str] | None = None
                 ) -> tuple[Table, dict[int, dict[str, object]], ColumnMap]:
    """(table of the rows as they are now, results by its row numbers, its column map).

    Rows follow the header row one after another, in the app's order; results carry each sent row's
    status and message (and its ids when the cells lack them). `invalid`: row index -> the first error of
    a row that has errors; such a row not sent gets status "invalid" and that message."""
    first = table.header_row + 1
    rows = [(first + n, list(row.values)) for n, row in enumerate(schedule.rows)]
    edited = Table(table.path, table.sheet, table.header_row, list(schedule.headers), list(schedule.letters), rows)
    results: dict[int, dict[str, object]] = {}
    for n, row in enumerate(schedule.rows):
        outcome = row.outcome
        if outcome is None:
            if invalid and n in invalid:
                results[first + n] = {"status": "invalid", "message": invalid[n]}
            continue
        result: dict[str, object] = {"status": outcome.state, "message": outcome.message}
        if outcome.server is not None:
            result["server"] = outcome.server
        if outcome.id is not None and "id" not in row.event:
            result["id"] = outcome.id
        if outcome.external_id and "external_id" not in row.event:
            result["external_id"] = outcome.external_id
        results[first + n] = result
    return edited, results, ColumnMap(list(schedule.headers), list(schedule.names), [""] * len(schedule.headers))


def save_edited(out_path: str | os.PathLike[str], schedule: Schedule | Snapshot, table: Table,
                invalid: dict[int, str] | None = None) -> Path:
    """Write the edited rows (with ids and statuses) to a new .xlsx; never over the file they came from."""
    edited, results, columns = edited_table(schedule, table, invalid)
    return write_results(out_path, edited, results, column_map=columns)
