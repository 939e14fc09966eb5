"""Sending a row again after Send history ▸ Undo this send deleted the event its send created (the tester's row 4),
on real threads against the seeded sandbox: the undo takes the deleted event's id and derived External ID off the
row, which is new again; sending it creates a new appointment that stays (the deleted one stays deleted), never an
update of the deleted event."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.core.vocab import CREATED, NEW
from gui.qt.history_dialog import HistoryDialog
from tests.gui import send_helpers
from tests.gui.helpers import schedule_row
from tests.gui.send_helpers import status_text

sandbox, stubs, win, journal_dir = send_helpers.sandbox, send_helpers.stubs, send_helpers.win, send_helpers.journal_dir


def test_a_row_sent_again_after_its_send_was_undone_is_created_anew(win, sandbox, stubs, threads, qtbot):
    row = schedule_row(win, 4)                                     # a new appointment without an External ID
    win.model.check_only([row])
    with qtbot.waitSignal(win.sending.finished, timeout=30000):
        assert win.sending.send()
    first = win.document.schedule.rows[row].outcome
    assert first.state == CREATED and win.document.schedule.rows[row].event["id"] == first.id
    derived = win.document.schedule.rows[row].event["external_id"]

    win.actions.history.trigger()
    dialog = win.findChild(HistoryDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    dialog.view.selectRow(0)
    with qtbot.waitSignal(win.history.finished, timeout=30000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    dialog.close()
    events = {e["id"]: e for e in sandbox.events}
    assert events[first.id]["is_deleted"]

    again = win.document.schedule.rows[row]
    assert "id" not in again.event and "external_id" not in again.event        # its cells were emptied
    assert again.kind == NEW and status_text(win, row).startswith("Deleted by undo #")
    win.model.check_only([row])
    with qtbot.waitSignal(win.sending.finished, timeout=30000):
        assert win.sending.send()
    assert stubs.confirmations[-1].facts.rows == [row]
    assert not any("already sent" in w for w in stubs.confirmations[-1].warnings)   # undone: not a resend
    outcome = win.document.schedule.rows[row].outcome
    assert outcome.state == CREATED and outcome.id != first.id, outcome.message
    events = {e["id"]: e for e in sandbox.events}
    assert not events[outcome.id]["is_deleted"] and events[first.id]["is_deleted"]
    assert outcome.external_id != derived
    assert win.document.schedule.rows[row].event["external_id"] == outcome.external_id
    assert win.document.schedule.rows[row].event["id"] == outcome.id
