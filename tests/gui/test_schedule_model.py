"""The table model over Schedule: Qt's model contract, roles, edits that touch only the affected rows, sorting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from gui.apptoto.document import Document
from gui.core.review import FAILED
from gui.core.rowbuild import Options
from gui.core.schedule import Schedule
from gui.qt.problems_dock import ProblemsModel
from gui.qt.schedule_model import (
    CHECK,
    FIRST_DATA,
    PROBLEM_ROLE,
    SEVERITY_ROLE,
    SORT_ROLE,
    STATUS,
    ScheduleModel,
    display_text,
)
from gui.qt.schedule_proxy import ScheduleProxy
from gui.qt.sorting import sort_key

HEADERS = ["External ID", "Title", "Start", "End", "Client Name", "Mobile", "Calendar", "Remarks"]
NAMES = ["external_id", "title", "start_time", "end_time", "participant_name", "participant_phone", "calendar", None]
BASE = dt.datetime(2026, 12, 7, 8)


def make_schedule(count: int) -> Schedule:
    rows = [(i + 2, [f"X{i}", "Visit", BASE + dt.timedelta(minutes=i), BASE + dt.timedelta(minutes=i + 30),
                     f"Name {i % 97}", "5551234567", "Dr A", None]) for i in range(count)]
    return Schedule(HEADERS, NAMES, rows, Options("America/New_York"))


def make_model(count: int = 30) -> ScheduleModel:
    return ScheduleModel(Document.of(make_schedule(count)))


def test_model_passes_qt_model_tester(qtmodeltester):
    model = make_model()
    model.set_cells([(3, 3, "2026-12-01 07:00")])          # an error row, so every role has something to say
    qtmodeltester.check(model)
    proxy = ScheduleProxy(model)
    proxy.set_only_problems(True)
    qtmodeltester.check(proxy)


def test_problems_model_passes_qt_model_tester(qtmodeltester):
    model = make_model()
    problems = ProblemsModel()
    model.problems_changed.connect(problems.apply)
    problems.set_review(model.review)
    model.set_cells([(3, 3, "2026-12-01 07:00"), (5, 0, "X6")])
    qtmodeltester.check(problems)
    assert problems.rowCount() == 3


def test_roles_show_status_problems_and_unused_columns():
    model = make_model()
    model.set_cells([(2, 3, "2026-12-01 07:00")])
    end = model.index(2, FIRST_DATA + 3)
    assert end.data(SEVERITY_ROLE) == FAILED
    assert end.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "before" in end.data(Qt.ItemDataRole.ToolTipRole)
    assert [p.column for p in end.data(PROBLEM_ROLE)] == ["End"]
    assert model.index(2, FIRST_DATA + 2).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, STATUS).data() == "Update if found"
    assert model.index(0, CHECK).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(0, FIRST_DATA + 7).data(Qt.ItemDataRole.ForegroundRole) is not None   # unused column
    assert "not used" in model.headerData(FIRST_DATA + 7, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"
    assert model.index(0, FIRST_DATA + 2).data() == "2026-12-07 08:00"
    assert isinstance(model.index(0, FIRST_DATA + 2).data(SORT_ROLE), dt.datetime)


def test_edit_at_100k_rows_touches_only_the_affected_rows(qtbot):
    model = make_model(100_000)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, roles=(): changed.append((a.row(), b.row())))
    with qtbot.assertNotEmitted(model.modelReset):
        index = model.index(50_000, FIRST_DATA)
        assert model.setData(index, "X7")                     # duplicate External ID: rows 7 and 50,000
    assert sorted(changed) == [(7, 7), (50_000, 50_000)]
    assert model.review.counts["errors"] == 2
    assert model.review.severity[7] == FAILED


def test_unchanged_text_keeps_the_native_value():
    model = make_model()
    index = model.index(0, FIRST_DATA + 2)
    assert model.setData(index, index.data(Qt.ItemDataRole.EditRole))
    assert isinstance(model.review.schedule.rows[0].values[2], dt.datetime)


def test_sorting_orders_native_values_blanks_last(qtbot):
    model = make_model(10)
    model.set_cells([(4, 4, None), (7, 4, "aaron")])
    proxy = ScheduleProxy(model)
    proxy.sort(FIRST_DATA + 4, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, FIRST_DATA + 4).data() for r in range(proxy.rowCount())]
    assert names[0] == "aaron" and names[-1] == ""
    proxy.sort(FIRST_DATA + 2, Qt.SortOrder.DescendingOrder)
    starts = [proxy.index(r, FIRST_DATA + 2).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert starts == sorted(starts, reverse=True)
    assert proxy.headerData(0, Qt.Orientation.Vertical) == "11"      # row numbers follow their rows


def test_sort_keys_order_mixed_values():
    values = ["b", None, 3, dt.date(2026, 1, 2), "A", dt.datetime(2026, 1, 1, 9), 1.5, dt.time(8)]
    ordered = sorted(values, key=sort_key)
    assert ordered == [1.5, 3, dt.datetime(2026, 1, 1, 9), dt.date(2026, 1, 2), dt.time(8), "A", "b", None]


def test_ticks_select_all_none_and_problem_rows(qtbot):
    model = make_model(10)
    model.set_cells([(4, 3, "2026-12-01 07:00")])
    with qtbot.waitSignal(model.checked_changed):
        model.check_none()
    assert model.checked_rows() == []
    model.check_problem_rows()
    assert model.checked_rows() == [4]
    model.check_all()
    assert model.checked_count() == 10
    assert model.setData(model.index(2, CHECK), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not model.is_checked(2)


def test_display_text():
    assert display_text(5551234567.0) == "5551234567"
    assert display_text(dt.time(9, 30)) == "09:30"
    assert display_text(True) == "TRUE"
    assert display_text(None) == ""


def test_ensure_column_inserts_a_column_for_the_view(qtbot, qtmodeltester):
    model = make_model(5)
    with qtbot.waitSignal(model.columnsInserted):
        column = model.ensure_column("location")
    assert model.columnCount() == FIRST_DATA + len(HEADERS) + 1
    assert model.ensure_column("location") == column
    model.set_cells([(1, column, "Room 4")])
    assert model.review.schedule.rows[1].event["location"] == "Room 4"
    assert model.index(1, FIRST_DATA + column).data() == "Room 4"
    qtmodeltester.check(model)


def test_model_with_outcomes_compare_results_and_read_only_passes_qt_model_tester(qtmodeltester):
    from gui.apptoto.diff import RowDiff
    from gui.core.vocab import Outcome

    model = make_model(12)
    document = model.document
    document.schedule.rows[1].outcome = Outcome("created", "Created.", id=7)
    document.schedule.rows[2].outcome = Outcome("updated", "Updated. Note: not moved", ["not moved"], 8)
    document.schedule.rows[3].outcome = Outcome("failed", "Apptoto rejected this row: no title (422)")
    document.compare = {4: RowDiff(4, 6, "update", {"title": ("Old", "Visit")}), 5: RowDiff(5, 7, "conflict",
                                                                                           reasons=["moved"])}
    model.refresh_rows(range(6))
    assert model.index(2, STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(4, STATUS).data() == "Will change" and model.index(1, STATUS).data() == "Created #7"
    assert "Old → Visit" in model.index(4, FIRST_DATA + 1).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model)
    model.set_read_only(True)
    assert not model.flags(model.index(0, FIRST_DATA)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, FIRST_DATA), "changed")
    qtmodeltester.check(model)


def test_history_runs_model_passes_qt_model_tester(qtmodeltester, tmp_path):
    from gui.apptoto.history import RunEntry
    from gui.apptoto.journal import RunSummary, Undone
    from gui.qt.history_dialog import RunsModel

    runs = RunsModel()
    entries = [RunEntry(RunSummary(f"r{n}", tmp_path / f"r{n}.jsonl", f"/data/week{n}.xlsx", "2026-05-01T10:00"),
                        f"2026-05-0{n + 1} 10:00", f"week{n}.xlsx", "finished", {"created": n, "failed": 1})
               for n in range(3)]
    entries[0].summary.undone = Undone("2026-05-02T10:00:00+00:00", "u1", 2)       # partly undone by the run u1
    entries.insert(0, RunEntry(RunSummary("u1", tmp_path / "u1.jsonl", "/data/week0.xlsx", "2026-05-02T10:00",
                                          undoes="r0"), "2026-05-02 10:00", "week0.xlsx", "finished", {"deleted": 3}))
    runs.set_entries(entries)
    assert runs.index(3, 3).data() == 2 and runs.index(1, 1).data() == "week0.xlsx"
    assert runs.index(0, 5).data() == 3 and runs.index(0, 7).data() == "an undo of the send of 2026-05-01 10:00"
    assert runs.index(1, 7).data() == "partly undone (2 rows left)" and runs.index(2, 7).data() == ""
    qtmodeltester.check(runs)


def test_a_question_dialogs_tick_list_passes_qt_model_tester(qtmodeltester):
    from gui.qt.tick_list import TickModel, TickRow

    model = TickModel(("Tick", "Row", "What"), [TickRow(2, ("", "2", "delete")),
                                                TickRow(3, ("", "3", "restore"), "why", tickable=True, warn=True)])
    qtmodeltester.check(model)
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable == Qt.ItemFlag.NoItemFlags
    assert not model.set_ticked(2, True) and model.set_ticked(3, True) and model.ticked() == {3}
    assert model.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtmodeltester.check(model)
