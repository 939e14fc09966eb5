"""Sending the sample from the window to the sandbox over loopback: confirmation, ids first, outcomes, faults, cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from gui.apptoto.sandbox import DEMO_USER
from gui.qt import dialogs, settings, tasks
from gui.qt.row_look import DIFFERS_BRUSH
from gui.qt.schedule_model import STATUS
from tests.gui import send_helpers
from tests.gui.send_helpers import duplicates, open_sample, outcomes, start_sandbox, status_text

sandbox, stubs, win, journal_dir = send_helpers.sandbox, send_helpers.stubs, send_helpers.win, send_helpers.journal_dir

SENDABLE, CREATED, UPDATED, SEEDED = 35, 29, 6, 6


def test_full_send_of_the_sample(win, sandbox, stubs, qtbot):
    schedule = win.model.schedule
    written, edited = [], []
    win.model.cells_written.connect(lambda edits: written.append((len(sandbox.requests), edits)))
    win.model.cells_edited.connect(edited.append)
    with qtbot.waitSignal(win.sending.finished, timeout=20000) as done:
        assert win.sending.send()
    result = done.args[0]
    text = stubs.confirmations[0].text()
    assert "SANDBOX" in text and DEMO_USER in text
    assert "35 events will be sent: 9 new, 3 updates, 23 updates if found in Apptoto, else new" in text
    assert "participants on new events may receive Apptoto's auto messages" in text
    assert "5 selected rows have errors and will not be sent" in text
    assert "replace all participants" in text
    assert result.status == "finished" and result.counts()["created"] == CREATED
    assert result.counts()["updated"] == UPDATED
    states = outcomes(win)
    assert len(states) == SENDABLE and set(states.values()) == {"created", "updated"}
    # generated external ids were in the grid before the first request; nothing went on the undo stack
    assert written[0][0] == 0 and {value for _row, _col, _old, value in written[0][1]} and not edited
    stored = {e["id"]: e for e in sandbox.events}
    assert len(sandbox.events) == SEEDED + CREATED and not duplicates(sandbox)
    for index, row in enumerate(schedule.rows):
        if row.outcome is None:
            assert schedule.has_errors(index)
            continue
        event = row.event                                    # the grid's cells, read again
        assert event["id"] == row.outcome.id and event["external_id"] == stored[event["id"]]["external_id"]
        shown = status_text(win, index)
        assert shown.startswith("Created #" if row.outcome.state == "created" else "Updated")
    assert "29 created, 6 updated; 1 differs from what was sent" in win.busy.panel.results.text()


def test_a_difference_is_flagged_on_its_row(win, stubs, qtbot):
    with qtbot.waitSignal(win.sending.finished, timeout=20000):
        win.sending.send()
    schedule = win.model.schedule
    moved = [i for i, row in enumerate(schedule.rows) if row.outcome and row.outcome.differences]
    assert moved, "the sample moves one event between calendars, which Apptoto does not do"
    index = win.model.index(win.model.model_row(moved[0]), STATUS)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == DIFFERS_BRUSH
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "not moved" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "differs" in index.data()


def test_what_differs_is_in_the_panel_for_the_current_row_not_only_in_a_tooltip(win, stubs, qtbot):
    """A keyboard user cannot reach a tooltip: the Compare panel shows what the last send did with the current row,
    what Apptoto kept different included, and the status says what it is, not "see tooltip"."""
    with qtbot.waitSignal(win.sending.finished, timeout=20000):
        win.sending.send()
    schedule = win.model.schedule
    moved = next(i for i, row in enumerate(schedule.rows) if row.outcome and row.outcome.differences)
    status = win.model.index(win.model.model_row(moved), STATUS)
    assert status.data().endswith("differs from what was sent") and "tooltip" not in status.data()
    win.view.setFocus()
    win.view.setCurrentIndex(win.proxy.mapFromSource(status))
    text = win.compare_dock.text()
    assert f"Row {schedule.rows[moved].number} — last send: {status.data()}" in text
    assert "Apptoto kept something other than what was sent:" in text and "not moved" in text


def test_send_through_injected_faults_ends_every_row_right(qtbot, stubs):
    server = start_sandbox("429=0.1,5xx=0.1,drop=0.05,seed=3")
    try:
        win = open_sample(qtbot, server)
        with qtbot.waitSignal(win.sending.finished, timeout=30000) as done:
            win.sending.send()
        result = done.args[0]
        assert sum(server.faults_seen.values()) > 0, "the faults were injected"
        assert result.status == "finished"
        states = outcomes(win)
        assert len(states) == SENDABLE and set(states.values()) <= {"created", "updated"}
        assert not duplicates(server)
        stored = {e["id"]: e for e in server.events}
        for row in win.model.schedule.rows:
            if row.outcome is not None:
                assert stored[row.event["id"]]["external_id"] == row.event["external_id"]
    finally:
        server.stop()


def test_cancel_midway_leaves_unsent_rows_known(win, sandbox, stubs, qtbot):
    settings.put(settings.BATCH_SIZE, 5)
    sending = win.sending

    def on_progress(done, total, message):
        if done >= 10:
            sending.cancel()

    sending.progress.connect(on_progress)
    with qtbot.waitSignal(sending.finished, timeout=20000) as done:
        sending.send()
    result = done.args[0]
    assert result.status == "cancelled"
    states = outcomes(win)
    sent = [n for n, s in states.items() if s in ("created", "updated")]
    skipped = [n for n, s in states.items() if s == "skipped"]
    assert 10 <= len(sent) < SENDABLE and len(sent) + len(skipped) == SENDABLE
    schedule = win.model.schedule
    for index, row in enumerate(schedule.rows):
        if row.outcome is not None and row.outcome.state == "skipped":
            assert status_text(win, index) == "Skipped: the run was cancelled."
            assert "external_id" in row.event                  # kept: a later send updates, never duplicates
    created = sum(1 for s in states.values() if s == "created")
    assert len(sandbox.events) == SEEDED + created
    assert not win.busy.panel.bar.isVisible() and win.actions.retry_failed.isEnabled()
    # Retry sends the rest, and only the rest
    sending.progress.disconnect(on_progress)
    with qtbot.waitSignal(sending.finished, timeout=20000) as again:
        assert sending.retry_failed()
    assert len(again.args[0]) == len(skipped)
    assert set(outcomes(win).values()) == {"created", "updated"} and not duplicates(sandbox)


def test_retry_failed_rows_sends_only_them(win, sandbox, stubs, qtbot):
    model, schedule = win.model, win.model.schedule
    column = schedule.column_of("id")
    target = next(i for i, row in enumerate(schedule.rows) if row.event.get("id") == 880105)
    model.set_cells([(target, column, 999999)])               # no such event: Apptoto answers 404
    with qtbot.waitSignal(win.sending.finished, timeout=20000):
        win.sending.send()
    assert schedule.rows[target].outcome.state == "failed"
    assert status_text(win, target).startswith("Failed: ") and "999999" in status_text(win, target)
    model.set_cells([(target, column, 880105)])                # the user fixes the id
    puts_before = sum(1 for method, _ in sandbox.requests if method == "PUT")
    with qtbot.waitSignal(win.sending.finished, timeout=20000) as done:
        assert win.sending.retry_failed()
    assert list(done.args[0]) == [schedule.rows[target].number]
    assert schedule.rows[target].outcome.state == "updated"
    assert sum(1 for method, _ in sandbox.requests if method == "PUT") == puts_before + 1
    assert "already sent" not in stubs.confirmations[-1].text()


def test_unknown_rows_are_retried_only_after_asking(win, stubs, qtbot):
    from gui.core.vocab import Outcome

    schedule = win.model.schedule
    first = next(i for i in range(len(schedule.rows)) if not schedule.has_errors(i))
    schedule.rows[first].outcome = Outcome("unknown", "Unknown: check Apptoto before resending.")
    assert not win.sending.retry_failed()                     # declined, and nothing else failed
    assert ("retry_unknown", 1) in stubs.asked and not stubs.confirmations
    stubs.retry_unknown = True
    with qtbot.waitSignal(win.sending.finished, timeout=20000) as done:
        assert win.sending.retry_failed()
    assert list(done.args[0]) == [schedule.rows[first].number]


def test_sending_again_warns_about_rows_already_sent(win, stubs, qtbot):
    with qtbot.waitSignal(win.sending.finished, timeout=20000):
        win.sending.send()
    stubs.confirm = False
    win.model.check_all()                            # sent rows were unticked: ticked again on purpose
    assert not win.sending.send()
    assert "35 of these rows were already sent in this session" in stubs.confirmations[-1].text()


def test_cancel_in_the_confirmation_sends_nothing(win, sandbox, stubs):
    stubs.confirm = False
    assert not win.sending.send()
    assert not outcomes(win) and len(sandbox.requests) == 0
    assert win.model.schedule.column_of("external_id") is not None        # the sample has the column
    assert all(row.event.get("external_id", "").startswith("PM-") or "external_id" not in row.event
               for row in win.model.schedule.rows)                      # no id generated for nothing


def test_bad_credentials_stop_with_a_clear_message_and_offer_settings(win, sandbox, stubs, qtbot):
    win.account.store_key(DEMO_USER, "wrong-key")
    stubs.fix_credentials = True
    with qtbot.waitSignal(win.sending.finished, timeout=20000) as done:
        win.sending.send()
    assert done.args[0].status == "auth_failed"
    kinds = [kind for kind, _ in stubs.asked]
    assert kinds == ["confirm", "fix", "settings"]
    assert "refused the e-mail or API key" in stubs.asked[1][1]
    assert set(outcomes(win).values()) == {"skipped"} and not duplicates(sandbox)
    assert len(sandbox.events) == SEEDED


def test_credentials_revoked_midway_keep_what_was_done(win, sandbox, stubs, qtbot):
    def on_progress(done, total, message):
        if done >= 15:
            sandbox.users[DEMO_USER] = "revoked"

    win.sending.progress.connect(on_progress)
    with qtbot.waitSignal(win.sending.finished, timeout=20000) as done:
        win.sending.send()
    assert done.args[0].status == "auth_failed"
    states = outcomes(win)
    sent = {n for n, s in states.items() if s in ("created", "updated")}
    assert len(sent) >= 15 and set(states.values()) == {"created", "updated", "skipped"}
    for row in win.model.schedule.rows:
        if row.number in sent:
            assert row.event["id"] == row.outcome.id                    # the ids stay written


def test_send_runs_on_a_worker_thread_with_progress(win, stubs, qtbot):
    runner = tasks.ThreadRunner()
    tasks.set_runner(runner)
    settings.put(settings.BATCH_SIZE, 5)
    seen, panel, shown = [], win.busy.panel, win.busy.panel.show_progress

    def spy(done, total, message):                 # the panel is only ever touched on the GUI thread
        shown(done, total, message)
        seen.append((threading.current_thread() is threading.main_thread(), panel.label.text()))

    panel.show_progress = spy
    with qtbot.waitSignal(win.sending.finished, timeout=30000):
        assert win.sending.send()
        assert win.busy.panel.bar.isVisible() and not win.actions.send.isEnabled()
    runner.wait()
    assert seen and all(on_gui for on_gui, _text in seen)
    assert any(text.startswith("Sending: ") and "/ 35 rows" in text for _on_gui, text in seen)
    assert not win.busy.panel.bar.isVisible() and win.actions.send.isEnabled()
    assert set(outcomes(win).values()) == {"created", "updated"}


def test_a_refused_resend_keeps_what_earlier_sends_did(win, sandbox, stubs, qtbot):
    with qtbot.waitSignal(win.sending.finished, timeout=20000):
        win.sending.send()
    before = {row.number: row.outcome.id for row in win.model.schedule.rows if row.outcome}
    win.account.store_key(DEMO_USER, "wrong-key")
    win.model.check_all()                            # sent rows were unticked: ticked again on purpose
    with qtbot.waitSignal(win.sending.finished, timeout=20000) as done:
        win.sending.send()
    assert done.args[0].status == "auth_failed"
    schedule = win.model.schedule
    for index, row in enumerate(schedule.rows):
        if row.number in before:
            assert row.outcome.state == "skipped" and row.event["id"] == before[row.number]
            assert "Earlier in this session: Created #" in status_text(win, index) or \
                "Earlier in this session: Updated #" in status_text(win, index)
    assert win.actions.retry_failed.isEnabled()


def test_closing_during_a_send_stops_between_batches_then_closes(win, sandbox, stubs, qtbot, monkeypatch):
    settings.put(settings.BATCH_SIZE, 5)
    asked = []
    monkeypatch.setattr(dialogs, "confirm_close_while_sending", lambda parent: asked.append(True) or True)
    sending = win.sending
    win.show()

    def on_progress(done, total, message):
        if done >= 5 and not asked:
            win.close()

    sending.progress.connect(on_progress)
    with qtbot.waitSignal(sending.finished, timeout=20000) as done:
        sending.send()
    assert asked == [True] and done.args[0].status == "cancelled"
    qtbot.waitUntil(lambda: not win.isVisible())
    states = outcomes(win)
    assert set(states.values()) <= {"created", "updated", "skipped"} and "skipped" in states.values()
    assert len(states) == SENDABLE                      # every sendable row's state is known


def test_editing_a_sent_row_says_it_must_be_sent_again(win, sandbox, stubs, qtbot):
    with qtbot.waitSignal(win.sending.finished, timeout=20000):
        win.sending.send()
    schedule = win.model.schedule
    index = next(i for i, row in enumerate(schedule.rows) if row.outcome and row.outcome.state == "created")
    assert "edited since" not in status_text(win, index)
    column = schedule.headers.index("Location")
    win.model.set_cells([(index, column, "Room 9")])
    assert status_text(win, index).endswith(" · edited since: send again")
    other = next(i for i, row in enumerate(schedule.rows) if row.outcome and i != index)
    assert "edited since" not in status_text(win, other)


def test_the_status_column_keeps_its_width_after_sends_and_a_long_status_is_whole_in_tooltip_and_description(
        win, stubs, qtbot):
    """The Send status column jumped to ~280 px after a send, pushing the sheet's columns off a 1024 × 700 screen."""
    from gui.qt.grid import STATUS_WIDTH

    header = win.view.horizontalHeader()
    assert header.sectionSize(STATUS) == STATUS_WIDTH
    for _ in range(2):
        win.model.check_only(list(range(len(win.model.schedule.rows))))
        with qtbot.waitSignal(win.sending.finished, timeout=20000):
            win.sending.send()
        assert header.sectionSize(STATUS) == STATUS_WIDTH
    moved = next(i for i, row in enumerate(win.model.schedule.rows) if row.outcome and row.outcome.differences)
    index = win.model.index(win.model.model_row(moved), STATUS)
    assert win.view.fontMetrics().horizontalAdvance(index.data()) > STATUS_WIDTH      # shown cut: said whole below
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(index.data())
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole).startswith(index.data())
