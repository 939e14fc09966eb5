"""The row <-> send item glue shared by the CLI and the window: items, outcomes and ids back, results, reuse."""

import datetime as dt

from gui.apptoto import engine
from gui.apptoto.journal import Journal
from gui.apptoto.rows import (
    apply_result,
    external_id_edits,
    key_edits,
    results_table,
    send_items,
    unfinished_note,
)
from gui.core.rowbuild import Options
from gui.core.schedule import Schedule
from gui.core.vocab import Outcome

HEADERS = ["Provider", "Title", "Start", "End"]
NAMES = ["calendar", "title", "start_time", "end_time"]
START, END = dt.datetime(2026, 12, 1, 9, 0), dt.datetime(2026, 12, 1, 9, 30)


def make():
    rows = [["Dr A", "One", START, END], ["Dr A", "Bad", END, START], ["Dr B", "Three", START, END]]
    return Schedule(HEADERS, NAMES, [(n + 2, r) for n, r in enumerate(rows)], Options("UTC"), source="s.xlsx")


def test_items_are_the_rows_without_errors_keyed_by_sheet_row_number():
    items = send_items(make(), [0, 1, 2], add_auto=True)
    assert [i.key for i in items] == [2, 4] and all(i.kind == "new" for i in items)
    assert items[0].event["content"] == "#auto"


def test_outcomes_and_ids_go_back_onto_the_rows():
    schedule = make()
    column_of = schedule.ensure_column
    result = {2: Outcome("created", "Created.", id=71, external_id="as-1"),
              4: Outcome("failed", "No.", external_id="as-2")}
    assert apply_result(schedule, result) == [0, 2]
    edits = key_edits(schedule, [0, 2], column_of)
    assert [(r, v) for r, _c, v in edits] == [(0, 71), (0, "as-1"), (2, "as-2")]   # no id for a failure
    schedule.set_values(edits)
    assert schedule.rows[0].event["id"] == 71 and schedule.rows[2].event["external_id"] == "as-2"
    assert key_edits(schedule, [0, 2], column_of) == []                                  # nothing left to write
    table = results_table(schedule, range(3))
    assert table[2] == {"id": 71, "external_id": "as-1", "status": "created", "message": "Created."}
    assert table[3]["status"] == "invalid" and table[4]["status"] == "failed"


def test_generated_external_ids_become_cell_edits():
    schedule = make()
    edits = external_id_edits({2: "as-9", 99: "gone"}, {2: 0}, schedule.ensure_column)
    assert edits == [(0, schedule.column_of("external_id"), "as-9")]
    assert external_id_edits({}, {2: 0}, schedule.ensure_column) == []


def test_an_unfinished_run_of_the_file_to_this_account_is_noted(tmp_path):
    journal = Journal(tmp_path)
    first = send_items(make(), [0, 2])
    engine.assign_external_ids(first)
    run = journal.start_run("s.xlsx", base_url="http://a", user="u@x", total=2)
    run.plan([{"key": i.key, "kind": i.kind, "event": i.event} for i in first])
    run.request(1, [2], [first[0].event])
    run.close()                                                  # a crash: no run_end
    note = unfinished_note(journal, "s.xlsx", "http://a", "u@x")
    assert "did not finish: 1 row had been sent, 0 confirmed" in note and "none is created twice" in note
    assert unfinished_note(journal, "s.xlsx", "http://b", "u@x") == ""          # another account
    assert unfinished_note(Journal(tmp_path / "empty"), "s.xlsx", "http://a", "u@x") == ""
