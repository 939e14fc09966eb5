"""Compare with Apptoto from the window: the worker, row colours and tooltips, the panel, selection, history."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

from gui.apptoto.engine import SendItem, submit
from gui.apptoto.journal import Journal
from gui.apptoto.ratelimit import RateLimiter
from gui.apptoto.sandbox import SandboxServer
from gui.core.vocab import NEW
from gui.qt import dialogs, tasks
from gui.qt.history_dialog import HistoryDialog
from gui.qt.main_window import MainWindow
from gui.qt.row_look import KIND_BRUSH
from gui.qt.schedule_model import CHECK, STATUS
from tests.gui.clinic import seed_clinic
from tests.gui.helpers import CLINIC_PATH, data_column, schedule_row, view_index
from tests.helpers.apptoto import client_for, wire_event, with_calendars
from tests.helpers.fakes import FakeClock

BG, TIP = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def sandbox():
    with with_calendars(SandboxServer()) as sb:
        seed_clinic(sb)
        yield sb


@pytest.fixture
def window(qtbot, sandbox, monkeypatch, tmp_path):
    monkeypatch.setenv("APPTOTO_SHEETS_DATA_DIR", str(tmp_path / "data"))
    win = MainWindow(sandbox=sandbox)
    qtbot.addWidget(win)
    win.show()
    clock = FakeClock()                          # the pacing is real; only its waiting is skipped
    win.compare.limiter = lambda: RateLimiter(90, clock=clock, sleep=clock.sleep)
    with qtbot.waitSignal(win.preview.updated, timeout=5000):
        assert win.open_path(CLINIC_PATH)
    return win


@pytest.fixture
def compared(window, qtbot):
    """The sample compared on a real worker thread, started by clicking the toolbar button."""
    tasks.set_runner(tasks.ThreadRunner())
    button = window.findChild(QToolBar, "main_toolbar").widgetForAction(window.actions.compare)
    with qtbot.waitSignal(window.compare.finished, timeout=20000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    tasks.runner().wait()
    return window


def status(window, number, role=Qt.ItemDataRole.DisplayRole):
    return view_index(window, number, STATUS).data(role)


def test_compare_colours_rows_by_kind_with_old_and_new_in_tooltips(compared):
    window = compared
    assert status(window, 2) == "Unchanged" and status(window, 2, BG) == KIND_BRUSH["unchanged"]
    assert status(window, 3) == "Will change" and status(window, 3, BG) == KIND_BRUSH["update"]
    assert "start_time Mon 7 Dec 2026 09:00 → Mon 7 Dec 2026 09:30" in status(window, 3, TIP)
    assert status(window, 5) == "Conflict" and "cannot move events between calendars" in status(window, 5, TIP)
    assert view_index(window, 5, CHECK).data(BG) == KIND_BRUSH["conflict"]
    assert not window.model.is_checked(schedule_row(window, 5))     # a conflict is left out unless ticked again
    start = view_index(window, 3, data_column(window, "Start Time"))
    assert start.data(BG) == KIND_BRUSH["update"]
    assert start.data(TIP) == "start_time Mon 7 Dec 2026 09:00 → Mon 7 Dec 2026 09:30"
    assert view_index(window, 3, data_column(window, "Location")).data(TIP) is None
    assert window.statusBar().currentMessage() == ("Compared with Apptoto: 34 new, 3 will change, 2 unchanged, 1 conflict; "
                                                   "the conflict unticked. Nothing was sent.")
    assert window.actions.compare.isEnabled() and window.busy.panel.bar.isHidden()


def test_an_unknown_external_id_becomes_a_new_row(compared):
    window = compared
    row = schedule_row(window, 6)                                   # PM-1005: Apptoto does not know it
    assert status(window, 6) == "New" and window.document.schedule.rows[row].known == NEW


def test_the_panel_shows_old_and_new_for_the_current_row(compared):
    window = compared
    window.view.setCurrentIndex(view_index(window, 3, data_column(window, "Location")))
    text = window.compare_dock.text()
    assert "Row 3" in text and "start_time" in text
    assert "Mon 7 Dec 2026 09:00" in text and "Mon 7 Dec 2026 09:30" in text
    window.view.setCurrentIndex(view_index(window, 5, data_column(window, "Location")))
    assert "Conflict" in window.compare_dock.text() and "Dr. Nguyen" in window.compare_dock.text()


def test_select_only_rows_that_change_something(compared):
    window = compared
    window.actions.select_changing.trigger()
    model = window.model
    assert not model.is_checked(schedule_row(window, 2))            # unchanged
    assert not model.is_checked(schedule_row(window, 5))            # conflict
    assert model.is_checked(schedule_row(window, 3)) and model.is_checked(schedule_row(window, 4))
    assert model.checked_count() == 37
    assert "37 rows selected; left out: 2 unchanged." == window.statusBar().currentMessage()   # the conflict was


def test_editing_a_compared_row_forgets_its_result(compared):
    window = compared
    row = schedule_row(window, 3)
    window.model.set_cells([(row, window.document.schedule.column_of("title"), "Changed")])
    assert status(window, 3) != "Will change" and status(window, 3, BG) is None
    assert window.compare.result(row) is None and window.compare.result(schedule_row(window, 2)) is not None


def test_refused_credentials_are_shown_and_nothing_is_coloured(window, qtbot, monkeypatch, sandbox):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append((title, text)))
    sandbox.users = {"demo@example.com": "another-key"}
    window.compare.connect = lambda: client_for(sandbox, key="wrong")
    window.actions.compare.trigger()                                # the conftest runs jobs at once
    assert shown and shown[0][0] == "Cannot compare with Apptoto"
    assert status(window, 2) != "Unchanged" and window.actions.compare.isEnabled()


def test_history_lists_runs_and_opens_one(window, qtbot, sandbox, tmp_path):
    journal = Journal()
    run = journal.start_run(tmp_path / "monday.xlsx", base_url=sandbox.url, total=2)
    clock = FakeClock()
    submit([SendItem(2, wire_event(1)), SendItem(3, {"id": 1, "title": "x"}, "update")], client_for(sandbox),
           journal=run, sleep=clock.sleep, clock=clock)
    window.actions.history.trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert [dialog.model.index(0, c).data() for c in range(8)][1:] == ["monday.xlsx", "finished", 1, 0, 0, 1, ""]
    dialog.view.selectRow(0)
    qtbot.waitUntil(lambda: "Request 1" in dialog.detail.toPlainText())
    text = dialog.detail.toPlainText()
    assert "Check-up 1" in text and "── Answer: 404" in text
    assert re.search(r"── Request 1 at .+ \d\d:\d\d:\d\d: rows ", text)      # the clock's seconds, not "(45 s)"
    dialog.reject()


def numbers(text: str) -> dict[str, int]:
    """`40 rows  9 new  3 updates · 23 updates if found` -> {"rows": 40, "new": 9, ...} (the words after each number)."""
    import re
    return {words: int(n) for n, words in re.findall(r"(\d+) ((?:updates? if found)|with \w+|[a-z]+)", text)}


def test_the_status_bar_and_the_summary_count_the_same_rows_after_load_and_after_compare(window, qtbot):
    """The status bar's new and updates count the rows a send can take (rows with errors apart), as the summary
    does: rows = new + updates + errors; every selected row is in the summary; after Compare, the confirmation
    names the conflict Compare unticked, so its events + that conflict + rows with errors = the sheet's rows."""
    bar = numbers(window.counts.text())
    assert bar["rows"] == bar["new"] + bar["updates"] + bar["updates if found"] + bar["with errors"] == 40   # 5 with errors
    summary = numbers(window.preview.summary_lines[0])
    assert (summary["new"], summary["updates"], summary["updates if found"]) == (
        bar["new"], bar["updates"], bar["updates if found"])         # all 40 rows are selected
    tasks.set_runner(tasks.ThreadRunner())
    with qtbot.waitSignal(window.compare.finished, timeout=20000):
        window.actions.compare.trigger()
    tasks.runner().wait()
    qtbot.waitUntil(lambda: "if found" not in window.preview.summary_lines[0])     # Compare resolved them
    bar, summary = numbers(window.counts.text()), numbers(window.preview.summary_lines[0])
    assert "3 will change" in window.statusBar().currentMessage()       # Compare's own word, as the grid's
    assert bar["rows"] == bar["new"] + bar["updates"] + bar["with errors"] and bar["selected"] == 39
    assert summary["new"] == bar["new"] and summary["updates"] == bar["updates"] - 1     # the conflict, unticked
    confirmations = []
    dialogs_confirm = dialogs.confirm_send
    try:
        dialogs.confirm_send = lambda parent, confirmation: confirmations.append(confirmation) or False
        window.actions.send.trigger()
    finally:
        dialogs.confirm_send = dialogs_confirm
    text = confirmations[0].text()
    assert ("1 row in conflict after the last Compare is left out (unticked in the grid): row 5: calendar move"
            in text and "Tick it in the Send column to send it anyway." in text)
    assert confirmations[0].events + 1 + bar["with errors"] == bar["rows"]


def test_before_any_compare_the_panel_says_one_calm_line_not_row_by_row_noise(window):
    for number in (3, 8):
        window.view.setCurrentIndex(view_index(window, number, data_column(window, "Location")))
        text = window.compare_dock.text()
        assert text == "Not compared yet: use Compare with Apptoto (F5) to see what sending each row would change."


def message_room(window) -> int:
    """Pixels left of the status bar's first permanent widget shown: where its message is painted."""
    bar = window.statusBar()
    shown = [w for w in (window.sheet_switcher, window.mapping_badge, window.busy.panel, window.counts)
             if w.isVisible()]
    return min((w.geometry().x() for w in shown), default=bar.width())


def test_at_1024_by_700_long_status_messages_and_menu_hints_are_whole(window, qtbot):
    """The Compare message ended "…the conflict un" and a menu hint "Ask whether a newer ve", cut by the counts and
    the send results; while a long message shows, the least needed of them step aside, and come back after."""
    window.resize(1024, 700)
    window.busy.panel.show_counts("1 updated, 35 undone; 1 differs from what was sent")
    qtbot.waitUntil(lambda: window.busy.panel.results.isVisible())
    tasks.set_runner(tasks.ThreadRunner())
    with qtbot.waitSignal(window.compare.finished, timeout=20000):
        window.actions.compare.trigger()
    tasks.runner().wait()
    bar = window.statusBar()
    text = bar.currentMessage()
    assert text.endswith("Nothing was sent.")
    qtbot.waitUntil(lambda: message_room(window) >= bar.fontMetrics().horizontalAdvance(text) + 8)
    assert "5 with errors" in window.counts.text() and window.counts.labels["errors"].isVisible()
    window.actions.check_updates.showStatusText(window)        # the hint of a menu item under the mouse
    text = bar.currentMessage()
    assert text.startswith("Ask whether a newer version")
    qtbot.waitUntil(lambda: message_room(window) >= bar.fontMetrics().horizontalAdvance(text) + 8)
    bar.clearMessage()
    qtbot.waitUntil(lambda: window.busy.panel.results.isVisible() and window.counts.labels["rows"].isVisible())
