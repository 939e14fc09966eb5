"""Apptoto ▸ Send history ▸ Undo this send… (issue 17), on real threads against the seeded sandbox: a send that
creates, updates and fails rows is undone after the confirmation, and the account is as it was before the send; a
second undo does nothing; an event changed since the send is a conflict, skipped unless ticked; the grid can be
edited while the undo runs; Cancel mid-undo leaves every row's state known; a send to another account is refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from gui.apptoto.journal import Journal
from gui.apptoto.sandbox import SandboxServer
from gui.apptoto.send import send as send_rows
from gui.apptoto.sendspec import SendItem, SendOptions
from gui.core.vocab import NEW
from gui.qt import tasks
from gui.qt.history_dialog import HistoryDialog
from gui.qt.schedule_model import FIRST_DATA
from tests.gui import send_helpers
from tests.gui.gated import GatedRunner, PausingClient
from tests.gui.helpers import schedule_row
from tests.gui.send_helpers import status_text
from tests.helpers.apptoto import client_for, wire_event

sandbox, stubs, win, journal_dir = send_helpers.sandbox, send_helpers.stubs, send_helpers.win, send_helpers.journal_dir
UNKNOWN_ID = 999_999                 # row 16 names an Apptoto event that does not exist: Apptoto refuses it


@pytest.fixture
def sent(win, sandbox, stubs, threads, qtbot):
    """The window after a send that created, updated and failed rows; (window, the account before the send)."""
    before = sandbox.events
    row = schedule_row(win, 16)
    win.model.set_cells([(row, win.model.ensure_column("id"), UNKNOWN_ID)])
    # row 7's client was reminded already; the send moves the visit to another room (so its undo restores it)
    win.model.set_cells([(schedule_row(win, 7), win.model.ensure_column("location"), "Hygiene Room 4")])
    with qtbot.waitSignal(win.sending.finished, timeout=30000) as done:
        assert win.sending.send()
    counts = done.args[0].counts()
    assert counts["created"] and counts["updated"] and counts["failed"] == 1
    return win, before


def open_history(win, qtbot) -> HistoryDialog:
    win.actions.history.trigger()
    dialog = win.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1, timeout=5000)
    return dialog


def undo_newest_send(win, qtbot, dialog: HistoryDialog, timeout: int = 30000):
    """Choose the newest send in the history and press Undo this send…; the UndoResult (None: nothing was done)."""
    row = next(r for r, entry in enumerate(dialog.model.entries) if not entry.summary.undoes)
    dialog.view.selectRow(row)
    with qtbot.waitSignal(win.history.planned, timeout=timeout):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    if win.busy.job is None:
        return None
    with qtbot.waitSignal(win.history.finished, timeout=timeout) as done:
        pass
    return done.args[0]


def undo_column(dialog: HistoryDialog, run: str) -> str:
    """What the history's Undone column says of the run with this id (the list is read again after an undo)."""
    return dialog.model.index(dialog.model.row_of(run), 7).data() or ""


def by_id(events):
    return {e["id"]: e for e in events}


def without_participant_ids(event):
    return {**event, "participants": [{k: v for k, v in p.items() if k != "id"} for p in event["participants"]]}


def assert_as_before(before, after):
    """Every event the account had is exactly as it was (participants a restore put back have new ids); every
    event the send created is deleted."""
    now = by_id(after)
    for old in before:
        assert without_participant_ids(now[old["id"]]) == without_participant_ids(old), old["id"]
    assert all(now[i]["is_deleted"] for i in set(now) - {e["id"] for e in before})


def statuses(win, numbers):
    return {n: status_text(win, schedule_row(win, n)) for n in numbers}


def test_history_undo_puts_the_account_back_as_before_the_send(sent, sandbox, stubs, qtbot):
    win, before = sent
    rows = win.document.schedule.rows
    created = [r.number for r in rows if r.outcome and r.outcome.state == "created"]
    updated = [r.number for r in rows if r.outcome and r.outcome.state == "updated"]
    dialog = open_history(win, qtbot)
    result = undo_newest_send(win, qtbot, dialog)
    plan = stubs.undo_plans[0]
    assert {s.key for s in plan.acting("delete")} == set(created)
    restored = {s.key for s in plan.acting("restore")}
    unchanged = {s.key for s in plan.steps if s.action == "nothing" and s.why == "already as it was before the send"}
    assert restored | unchanged == set(updated) and {3, 7, 19, 31} <= restored    # 2 and 5: the send changed nothing
    assert [s.action for s in plan.steps if s.key == 16] == ["nothing"]          # it failed: nothing to undo
    assert not plan.conflicts and any(s.messaged for s in plan.acting())        # row 7's client was reminded
    assert result.status == "finished" and result.left == 0
    assert_as_before(before, sandbox.events)
    shown = statuses(win, [*created, *updated, 16])
    assert all(shown[n].startswith("Deleted by undo #") for n in created), shown
    assert all(shown[n].startswith("Restored by undo #") for n in restored), shown
    assert shown[16].startswith("Failed:")                                       # what the send said stays
    assert "undone" in win.busy.panel.results.text()
    qtbot.waitUntil(lambda: undo_column(dialog, plan.run.run_id).startswith("undone "))
    assert any(e.summary.undoes == plan.run.run_id for e in dialog.model.entries)      # the undo's own run
    assert "events undone" in dialog.note.text()
    writes = len(sandbox.requests)
    assert undo_newest_send(win, qtbot, dialog) is None                          # a second undo does nothing
    assert stubs.infos[-1].startswith("Undo this send: Nothing to undo: Apptoto is already as it was")
    assert {method for method, _ in sandbox.requests[writes:]} == {"GET"} and len(stubs.undo_plans) == 1
    assert_as_before(before, sandbox.events)


def test_an_event_changed_since_the_send_is_a_conflict_skipped_unless_ticked(sent, sandbox, stubs, qtbot):
    win, before = sent
    ben = win.document.schedule.rows[schedule_row(win, 19)].outcome.id        # Ben Adler, updated
    sandbox.store.upsert([{"id": ben, "title": "Moved by the front desk"}])
    dialog = open_history(win, qtbot)
    first = undo_newest_send(win, qtbot, dialog)
    [conflict] = stubs.undo_plans[0].conflicts
    assert conflict.key == 19 and "changed in Apptoto since the send (title)" in conflict.conflict
    assert first.left == 1 and [s.key for s in first.held] == [19]
    assert by_id(sandbox.events)[ben]["title"] == "Moved by the front desk"
    assert status_text(win, schedule_row(win, 19)).startswith("Updated #")      # not undone: as the send left it
    send = stubs.undo_plans[0].run.run_id
    qtbot.waitUntil(lambda: undo_column(dialog, send) == "partly undone (1 row left)")
    stubs.undo_ticks = {19}                                                     # this time the user ticks it
    second = undo_newest_send(win, qtbot, dialog)
    assert set(second.outcomes) == {19} and second.left == 0
    assert_as_before(before, sandbox.events)
    assert status_text(win, schedule_row(win, 19)).startswith("Restored by undo #")
    qtbot.waitUntil(lambda: undo_column(dialog, send).startswith("undone "))


def test_the_grid_can_be_edited_while_the_undo_runs(sent, sandbox, stubs, qtbot):
    win, before = sent
    runner = GatedRunner()
    tasks.set_runner(runner)
    stubs.undo_ticks = lambda plan: runner.hold(win.history) or set()       # the undo itself waits at the gate
    dialog = open_history(win, qtbot)
    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: runner.waiting == 1, timeout=10000)
    assert win.busy.job == "undoing" and "Undoing" in win.busy.panel.label.text()
    for action in ("send", "compare", "retry_failed", "open", "reload", "settings"):
        assert not getattr(win.actions, action).isEnabled(), action
    assert win.actions.paste.isEnabled() and win.actions.insert_row.isEnabled()
    created, title = schedule_row(win, 4), win.document.schedule.column_of("title")
    index = win.model.index(win.model.model_row(created), title + FIRST_DATA)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    win.model.set_cells([(created, title, "Edited during the undo")])
    win.model.remove_rows([schedule_row(win, 5)])                               # row 5 (updated) is deleted
    with qtbot.waitSignal(win.history.finished, timeout=30000) as done:
        runner.release()
    runner.wait()
    assert done.args[0].left == 0 and runner.errors == []
    assert_as_before(before, sandbox.events)
    row = win.document.schedule.rows[created]
    assert row.values[title] == "Edited during the undo"
    assert row.outcome.state == "deleted" and row.outcome.edited_since
    assert status_text(win, created).startswith("Deleted by undo #") and "edited since" in status_text(win, created)
    assert win.actions.send.isEnabled() and win.busy.job is None


class PausingDeletes(PausingClient):
    """Stops before its `pause_at`-th DELETE until `go` is set."""

    def __init__(self, inner, pause_at: int) -> None:
        super().__init__(inner, pause_at=pause_at)
        self.deletes = 0

    def delete_event(self, *args, **kwargs):
        self.deletes += 1
        if self.deletes == self.pause_at:
            self._pause()
        return self.inner.delete_event(*args, **kwargs)


def test_cancel_mid_undo_leaves_every_rows_state_known(sent, sandbox, stubs, qtbot, monkeypatch):
    win, before = sent
    real, made = win.account.client, []

    def client(*args, **kwargs):                    # the plan's client, then the undo's: it stops at its 5th DELETE
        made.append(PausingDeletes(real(), pause_at=5) if len(made) == 1 else real())
        return made[-1]

    monkeypatch.setattr(win.account, "client", client)
    dialog = open_history(win, qtbot)
    dialog.view.selectRow(0)
    with qtbot.waitSignal(win.history.planned, timeout=30000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    pausing = made[1]
    try:
        assert pausing.paused.wait(10)
        qtbot.mouseClick(win.busy.panel.cancel, Qt.MouseButton.LeftButton)
        assert "stopping after this request" in win.busy.panel.label.text()
    finally:
        with qtbot.waitSignal(win.history.finished, timeout=30000) as done:
            pausing.go.set()
    result = done.args[0]
    assert result.status == "cancelled" and 0 < len(result.undone()) < len(result.plan.acting())
    events, was = by_id(sandbox.events), by_id(before)
    sent_rows = [r for r in win.document.schedule.rows if r.outcome is not None]
    for row in sent_rows:                            # what each row says is what Apptoto has
        text, event = status_text(win, schedule_row(win, row.number)), events.get(row.outcome.id)
        if text.startswith("Deleted by undo"):
            assert event["is_deleted"], row.number
        elif text.startswith("Created #"):
            assert not event["is_deleted"] and event["title"] == row.event["title"], row.number
        elif text.startswith("Restored by undo"):
            assert without_participant_ids(event) == without_participant_ids(was[event["id"]]), row.number
        elif text.startswith("Updated #"):
            assert event["location"] == row.event.get("location", event["location"]), row.number
        else:
            assert text.startswith("Failed:") and row.number == 16
    assert {r.outcome.why for r in sent_rows} == {"", "undone"}
    qtbot.waitUntil(lambda: undo_column(dialog, result.plan.run.run_id).startswith("partly undone ("))
    stubs.undo_ticks = set()
    assert undo_newest_send(win, qtbot, dialog).left == 0                       # undo again: it finishes
    assert_as_before(before, sandbox.events)


def test_a_send_to_another_account_is_not_undone_from_here(win, sandbox, stubs, qtbot, clock):
    with SandboxServer() as other:
        send_rows([SendItem(2, wire_event(1), NEW)], client_for(other), SendOptions(rate_per_minute=600_000),
                  "/elsewhere/other.xlsx", Journal(), sleep=clock.sleep, clock=clock)
        dialog = open_history(win, qtbot)
        dialog.view.selectRow(0)
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
        assert stubs.errors and "This send went to the sandbox of an earlier session" in stubs.errors[0]
        assert other.url not in stubs.errors[0]
        assert "Nothing was undone" in stubs.errors[0] and stubs.undo_plans == []
        assert win.busy.job is None and not any(e["is_deleted"] for e in other.events)
    assert sandbox.requests == []


def test_closing_the_window_during_an_undo_stops_it_then_closes(sent, sandbox, stubs, qtbot, monkeypatch):
    win, before = sent
    real, made = win.account.client, []
    monkeypatch.setattr(win.account, "client", lambda *a, **k: made.append(
        PausingDeletes(real(), pause_at=2) if made else real()) or made[-1])
    dialog = open_history(win, qtbot)
    dialog.view.selectRow(0)
    with qtbot.waitSignal(win.history.planned, timeout=30000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    try:
        assert made[1].paused.wait(10)
        win.close()                                        # the conftest answers Yes to "stop and close?"
        assert win.isVisible() and win.busy.job == "undoing"
    finally:
        with qtbot.waitSignal(win.history.finished, timeout=30000) as done:
            made[1].go.set()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=10000)
    assert done.args[0].status == "cancelled" and len(done.args[0].undone()) == 2     # the one on its way too
    assert stubs.infos == [] and stubs.errors == []            # nothing pops up as it closes


def test_the_confirmation_lists_each_event_and_the_user_ticks_a_conflict(sent, sandbox, stubs, qtbot):
    """History ▸ Undo with the real confirmation dialog, driven by keyboard and mouse."""
    from gui.qt.undo_dialog import ConfirmUndoDialog

    win, before = sent
    ben = win.document.schedule.rows[schedule_row(win, 19)].outcome.id
    sandbox.store.upsert([{"id": ben, "title": "Moved by the front desk"}])
    seen = {}

    def drive(plan):
        dialog = ConfirmUndoDialog(plan, win)
        qtbot.addWidget(dialog)
        dialog.show()
        model, view = dialog.model, dialog.view
        lines = {model.index(r, 1).data(): [model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())}
        seen.update(lines=lines, button=dialog.undo_button.text(), warning=dialog.warning.text(),
                    default=dialog.cancel_button.isDefault())
        row_of = {model.index(r, 1).data(): r for r in range(model.rowCount())}
        conflict = row_of["19"]
        assert model.index(conflict, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
        check = Qt.ItemDataRole.CheckStateRole
        seen["boxes"] = {n: (model.index(row_of[n], 0).data(check),
                             bool(model.flags(model.index(row_of[n], 0)) & Qt.ItemFlag.ItemIsUserCheckable))
                         for n in ("4", "7", "16", "19")}
        seen["head"] = dialog.head.text()
        warned = model.index(row_of["7"], 2)                          # the warning sign beside "Restore", at its top
        option = QStyleOptionViewItem()
        view.itemDelegate().initStyleOption(option, warned)
        seen["sign"] = (option.decorationAlignment, option.icon.isNull())
        view.setFocus()
        view.setCurrentIndex(model.index(conflict, 0))
        qtbot.keyClick(view, Qt.Key.Key_Space)                       # the user ticks it
        seen["ticked"] = dialog.undo_button.text()
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == ConfirmUndoDialog.DialogCode.Accepted
        return dialog.confirmed()

    stubs.undo_ticks = drive
    dialog = open_history(win, qtbot)
    result = undo_newest_send(win, qtbot, dialog)
    lines = seen["lines"]
    assert lines["4"][:3] == ["", "4", "Delete"] and lines["4"][3].startswith("Event #")
    checked, unchecked = Qt.CheckState.Checked, Qt.CheckState.Unchecked
    assert seen["boxes"] == {"4": (checked, False), "7": (checked, False), "16": (None, False),
                             "19": (unchecked, True)}            # real tick boxes: the conflict's is the user's
    assert "(run " not in seen["head"] and "clinic-week.xlsx on " in seen["head"]
    assert seen["sign"] == (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, False)
    assert lines["3"][2] == "Restore" and "start_time Mon 7 Dec 2026 09:30 → Mon 7 Dec 2026 09:00" in lines["3"][4]
    assert lines["19"][:3] == ["", "19", "Restore (changed since the send)"]
    assert "Conflict: Changed in Apptoto since the send (title)" in lines["19"][4]
    assert "Already messaged: Omar Haddad (reminded): what went out cannot be recalled" in lines["7"][4]
    assert lines["16"][:3] == ["", "16", "Nothing to do"]
    assert "1 of these events has participants Apptoto shows as already reminded" in seen["warning"]
    assert seen["default"] and seen["button"] == "&Undo 31 events" and seen["ticked"] == "&Undo 32 events"
    assert result.left == 0 and 19 in result.outcomes
    assert_as_before(before, sandbox.events)


def test_refused_credentials_stop_the_undo_before_anything_changes(sent, sandbox, stubs, qtbot):
    win, before = sent
    after_send = sandbox.events
    sandbox.users = {"demo@example.com": "another-key"}             # the key was revoked since the send
    dialog = open_history(win, qtbot)
    dialog.view.selectRow(0)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(stubs.errors), timeout=10000)
    assert stubs.errors[0].endswith("(401). Check them in Settings > Integrations > API Keys. Nothing was undone.")
    assert stubs.errors[0].startswith("Apptoto refused") and stubs.undo_plans == []
    assert win.busy.job is None and win.actions.send.isEnabled() and sandbox.events == after_send
