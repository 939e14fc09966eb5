"""Saving the rows as edited in the app to a new workbook."""

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from gui.core.rowbuild import Options
from gui.core.schedule import Row, Schedule
from gui.core.table import Table, WorkbookError
from gui.core.vocab import Outcome
from gui.sheets.edited import save_edited

HEADERS = ["External ID", "Provider", "Title", "Start", "End"]
NAMES = ["external_id", "calendar", "title", "start_time", "end_time"]
START = dt.datetime(2026, 12, 1, 9, 0)


def test_added_rows_are_written_deleted_rows_are_not_and_sent_rows_keep_ids_and_status(tmp_path):
    rows = [(n + 2, [f"E{n}", "Dr A", f"T{n}", START, START + dt.timedelta(minutes=30)]) for n in range(3)]
    table = Table(Path(tmp_path / "in.xlsx"), "Sheet1", 1, HEADERS, list("ABCDE"), [(n, list(v)) for n, v in rows])
    schedule = Schedule(HEADERS, NAMES, rows, Options(default_time_zone="America/Chicago"), sheet="Sheet1")
    schedule.remove_rows([1])
    schedule.insert_rows([(1, Row(5, [None, "Dr B", "Added"], added=True))])
    column = schedule.ensure_column("id")
    schedule.set_values([(0, column, 901), (0, 2, "Edited")])
    schedule.rows[0].outcome = Outcome("created", "", id=901)
    out = save_edited(tmp_path / "out.xlsx", schedule, table)
    sheet = openpyxl.load_workbook(out).active
    values = [[c.value for c in r] for r in sheet.iter_rows()]
    assert values[0] == [*HEADERS, "id", "Send status", "Send message"]
    assert values[1][:3] == ["E0", "Dr A", "Edited"] and values[1][5:7] == [901, "created"]
    assert values[2][:3] == [None, "Dr B", "Added"]
    assert values[3][:3] == ["E2", "Dr A", "T2"]
    assert len(values) == 4
    with pytest.raises(WorkbookError):
        save_edited(table.path, schedule, table)
