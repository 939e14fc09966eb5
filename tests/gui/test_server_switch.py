"""Switching server tells the truth at once (issue 15): a --sandbox window that sent rows is switched to the real
Apptoto in Settings — the banner says REAL APPTOTO, the sandbox's ids and results are cleared with a note (status bar
and confirmation), the rows sent there are ticked again, and neither the preview nor the confirmation would send a
sandbox id; nothing reaches the network. Sends untick the rows Apptoto confirmed. Jobs on real threads; the sandbox
answering fully and tersely."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from gui.apptoto.confirm import APPTOTO as REAL_LEVEL
from gui.apptoto.confirm import SANDBOX as SANDBOX_LEVEL
from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER, SandboxServer
from gui.qt import dialogs, tasks
from gui.qt.account import APPTOTO, CUSTOM, SANDBOX
from gui.qt.banner import OTHER, REAL
from gui.qt.banner import SANDBOX as SANDBOX_BANNER
from gui.qt.settings_dialog import SettingsDialog
from tests.gui import send_helpers
from tests.gui.gated import GatedRunner
from tests.gui.helpers import schedule_row
from tests.gui.send_helpers import duplicates, open_sample, start_sandbox
from tests.helpers.apptoto import with_calendars

stubs, journal_dir = send_helpers.stubs, send_helpers.journal_dir
SEEDED_IDS = {880105, 880117, 880129}           # the clinic's own Apptoto IDs: events the sandbox was seeded with


@pytest.fixture(params=["full", "terse"])
def sandbox(request):
    server = start_sandbox()
    if request.param == "terse":                 # answers without external_id, calendar names or time zones
        server.store.echo_external_id = server.store.calendar_names = server.store.echo_time_zone = False
    yield server
    server.stop()


@pytest.fixture
def win(qtbot, sandbox, threads):
    return open_sample(qtbot, sandbox)


def choose_server(monkeypatch, server: str) -> None:
    """Settings ▸ Server set to `server`, then OK."""
    def edit(dialog: SettingsDialog) -> bool:
        dialog.server.setCurrentIndex(dialog.server.findData(server))
        dialog.accept()
        return True

    monkeypatch.setattr(dialogs, "edit_settings", edit)


def send_and_wait(qtbot, win, rows=None):
    with qtbot.waitSignal(win.sending.finished, timeout=30000) as done:
        assert win.sending.send(rows)
    tasks.runner().wait()
    return done.args[0]


def shown_body(qtbot, win) -> dict:
    """The JSON the preview shows once it has caught up (built on a worker)."""
    with qtbot.waitSignal(win.preview.updated, timeout=10000):
        win.preview.schedule_update()
    return json.loads(win.preview.text.toPlainText())


def test_switching_to_the_real_apptoto_clears_what_came_from_the_sandbox(win, sandbox, stubs, qtbot, monkeypatch):
    schedule, model = win.document.schedule, win.model
    assert win.banner.kind == SANDBOX_BANNER and win.banner.isVisible()
    assert win.document.id_from.keys() == {schedule_row(win, n) for n in (7, 19, 31)}   # the sandbox's own events
    typed = schedule_row(win, 19)
    model.set_cells([(typed, schedule.column_of("id"), 999999)])          # the user's own id: kept, fails here
    left = [schedule_row(win, n) for n in (20, 21)]
    model.set_checked(left, False)                                        # not sent now
    result = send_and_wait(qtbot, win)
    assert result.status == "finished" and schedule.rows[typed].outcome.state == "failed"
    sent = [i for i, row in enumerate(schedule.rows) if row.outcome is not None and row.outcome.state != "failed"]
    assert len(sent) == 32
    errors = {i for i in range(len(schedule.rows)) if schedule.has_errors(i)}
    assert set(model.checked_rows()) == {typed, *errors}                 # sent rows unticked; failed ones stay
    assert f"{len(errors) + 1} selected" in win.counts.text()
    created = {row.outcome.id for row in schedule.rows if row.outcome and row.outcome.state == "created"}
    events_before, requests_before = len(sandbox.events), len(sandbox.requests)
    assert win.actions.retry_failed.isEnabled() and "1 failed" in win.busy.panel.results.text()
    assert win.busy.panel.results.text().startswith("Results: ")

    choose_server(monkeypatch, APPTOTO)
    win.actions.settings.trigger()

    assert win.banner.kind == REAL and win.banner.isVisible()
    assert win.banner.text().startswith(f"<b>REAL APPTOTO</b> — account {DEMO_USER} at api.apptoto.com.")
    note = win.statusBar().currentMessage()
    assert note.startswith(f"Now sending to Apptoto (api.apptoto.com), account {DEMO_USER}. What came from the "
                           f"sandbox ({sandbox.url[7:]}), account {DEMO_USER} is not used here: 32 Apptoto ids cleared")
    assert "33 send results cleared" in note and "External IDs are kept" in note
    assert all(row.outcome is None for row in schedule.rows)
    assert not win.actions.retry_failed.isEnabled() and win.busy.panel.results.text() == ""
    assert {row.event.get("id") for row in schedule.rows} - {None} == {999999}    # typed by the user: kept
    assert not created & {row.event.get("id") for row in schedule.rows}
    assert set(model.checked_rows()) == {typed, *errors, *sent}           # not sent to this account yet
    assert not set(left) & set(model.checked_rows())                      # what the user unticked stays so
    body = shown_body(qtbot, win)["events"]
    assert [e["id"] for e in body if "id" in e] == [999999]
    assert all(e.get("external_id") for e in body)                        # every row keeps its External ID

    stubs.confirm = False                                                 # look, send nothing
    assert not win.sending.send()
    asked = stubs.confirmations[-1]
    assert asked.facts.level == REAL_LEVEL and asked.facts.serious
    assert asked.facts.heading().startswith(f"Send 33 rows to the REAL Apptoto account {DEMO_USER}")
    assert note in asked.warnings
    sent_body = win.document.snapshot().body(asked.facts.rows)["events"]
    assert {e["id"] for e in sent_body if "id" in e} == {999999} and not SEEDED_IDS & {e.get("id") for e in sent_body}
    assert len(sandbox.requests) == requests_before                       # nothing left this computer

    choose_server(monkeypatch, SANDBOX)                                   # back: External IDs find the same events
    win.actions.settings.trigger()
    assert win.banner.kind == SANDBOX_BANNER and win.banner.text().startswith("<b>SANDBOX</b>")
    stubs.confirm = True
    model.set_cells([(typed, schedule.column_of("id"), 880117)])
    again = send_and_wait(qtbot, win)
    assert stubs.confirmations[-1].facts.level == SANDBOX_LEVEL and not stubs.confirmations[-1].warnings
    # every row found its sandbox event again by its External ID: nothing new was made there (tersely answered, the
    # row whose event is in another calendar is reported "Created", as the engine cannot tell without the echo)
    assert again.counts()["created"] + again.counts()["updated"] == 33
    assert len(sandbox.events) == events_before and not duplicates(sandbox)


def test_a_send_to_another_server_carries_no_id_from_the_sandbox(win, sandbox, stubs, qtbot, monkeypatch):
    """A second sandbox over loopback stands in for the real Apptoto: an empty account with the clinic's calendars.
    After a send to the first, the window is switched to it in Settings; the send there is made on real threads and
    every row it can create is created there (an id from the first would be refused: that account has no such
    event)."""
    first = send_and_wait(qtbot, win)
    assert first.status == "finished" and win.model.checked_rows() == [
        i for i in range(len(win.document.schedule.rows)) if win.document.schedule.has_errors(i)]
    other = with_calendars(SandboxServer()).start()
    try:
        def edit(dialog: SettingsDialog) -> bool:
            dialog.server.setCurrentIndex(dialog.server.findData(CUSTOM))
            dialog.url.setText(other.url)
            dialog.user.setText(DEMO_USER)
            dialog.key.setText(DEMO_KEY)
            dialog.accept()
            return True

        monkeypatch.setattr(dialogs, "edit_settings", edit)
        win.actions.settings.trigger()
        assert win.banner.kind == OTHER and win.banner.isVisible()
        assert win.banner.text().startswith(f"<b>Server {other.url[7:]}</b> — account {DEMO_USER}.")
        assert "Apptoto ids cleared" in win.statusBar().currentMessage()
        schedule = win.document.schedule
        assert not any("id" in row.event for row in schedule.rows)      # the sample has no id of the user's own
        sendable = [i for i in range(len(schedule.rows)) if not schedule.has_errors(i)]
        assert [i for i in win.model.checked_rows() if i in sendable] == sendable     # ticked again: not sent here
        result = send_and_wait(qtbot, win)
        asked = stubs.confirmations[-1]
        assert asked.facts.server.base_url == other.url and any("ids cleared" in w for w in asked.warnings)
        failed = [i for i in sendable if schedule.rows[i].outcome.state == "failed"]
        # the one row that fails there is a partial update by External ID alone (no title or times): that account
        # never had its event; no row is refused for an id (the first sandbox's ids were never sent)
        assert [schedule.rows[i].event.get("external_id") for i in failed] == ["PM-1030"]
        assert "needs title, start_time, end_time" in schedule.rows[failed[0]].outcome.message
        assert result.status == "finished" and result.counts()["created"] == len(sendable) - 1
        assert len(other.events) == len(sendable) - 1
        assert {row.outcome.id for row in schedule.rows if row.outcome} - {None} == {e["id"] for e in other.events}
        assert [m for m, _path in other.requests].count("PUT") >= 1 and not duplicates(other)
    finally:
        other.stop()


def test_the_same_server_and_account_again_clears_nothing(win, stubs, qtbot, monkeypatch):
    send_and_wait(qtbot, win)
    ids = [row.event.get("id") for row in win.document.schedule.rows]
    choose_server(monkeypatch, SANDBOX)
    win.actions.settings.trigger()
    assert [row.event.get("id") for row in win.document.schedule.rows] == ids
    assert all(row.outcome is not None for row in win.document.schedule.rows if "id" in row.event)
    assert win.banner.kind == SANDBOX_BANNER and not win.document.notice


def test_another_account_on_the_same_server_clears_what_came_from_the_first(win, stubs, qtbot, monkeypatch):
    send_and_wait(qtbot, win)

    def edit(dialog: SettingsDialog) -> bool:
        dialog.user.setText("other@example.com")
        dialog.accept()
        return True

    monkeypatch.setattr(dialogs, "edit_settings", edit)
    win.actions.settings.trigger()
    assert all(row.outcome is None for row in win.document.schedule.rows)
    assert "account other@example.com" in win.statusBar().currentMessage()
    assert win.banner.kind == SANDBOX_BANNER                              # still the sandbox


def test_a_preview_on_its_way_during_a_switch_never_shows_the_old_servers_ids(qtbot, sandbox, stubs, monkeypatch):
    runner = GatedRunner()
    tasks.set_runner(runner)
    try:
        win = open_sample(qtbot, sandbox)
        with qtbot.waitSignal(win.sending.finished, timeout=30000):
            assert win.sending.send()
        runner.wait()
        win.model.check_all()
        runner.hold(win.preview)
        before = runner.waiting
        win.preview.schedule_update()
        qtbot.waitUntil(lambda: runner.waiting > before, timeout=5000)     # built from the rows with sandbox ids
        choose_server(monkeypatch, APPTOTO)
        win.actions.settings.trigger()                                      # meanwhile the rows go elsewhere
        with qtbot.waitSignal(win.preview.updated, timeout=10000):
            runner.release()
        qtbot.waitUntil(lambda: runner.pool.activeThreadCount() == 0)
        ids = {e.get("id") for e in json.loads(win.preview.text.toPlainText())["events"]}
        assert ids == {None} and runner.errors == []
    finally:
        runner.release()
        runner.wait()


def test_a_row_edited_while_it_is_sent_stays_ticked(qtbot, sandbox, stubs):
    runner = GatedRunner()
    tasks.set_runner(runner)
    try:
        win = open_sample(qtbot, sandbox)
        runner.hold(win.sending)
        before = runner.waiting
        assert win.sending.send()
        qtbot.waitUntil(lambda: runner.waiting > before, timeout=5000)
        row = schedule_row(win, 16)
        win.model.set_cells([(row, win.document.schedule.column_of("location"), "Room 99")])
        with qtbot.waitSignal(win.sending.finished, timeout=30000):
            runner.release()
        assert win.document.schedule.rows[row].outcome.edited_since
        assert win.model.is_checked(row)                                  # Apptoto lacks the edit: send again
        assert not win.model.is_checked(schedule_row(win, 18))
    finally:
        runner.release()
        runner.wait()


def test_a_results_workbook_from_the_sandbox_opened_for_the_real_apptoto(win, stubs, qtbot, tmp_path, monkeypatch):
    """The "Sent to" column says where each id came from: opening it in a window on another server clears them."""
    send_and_wait(qtbot, win)
    stubs.save_path = str(tmp_path / "results.xlsx")
    with qtbot.waitSignal(win.keeper.workbook_saved, timeout=10000):
        assert win.keeper.save_results()
    choose_server(monkeypatch, APPTOTO)
    win.actions.settings.trigger()
    with qtbot.waitSignal(win.preview.updated, timeout=10000):
        assert win.open_path(str(tmp_path / "results.xlsx"))
    ids = {row.event.get("id") for row in win.document.schedule.rows}
    assert ids == {None} and "Apptoto ids cleared" in win.statusBar().currentMessage()
    assert win.model.checked_count() == len(win.document.schedule.rows)


def test_test_connection_is_forgotten_when_the_server_changes(qtbot, sandbox):
    from gui.qt.account import Account

    runner = GatedRunner()
    tasks.set_runner(runner)
    try:
        dialog = SettingsDialog(Account(sandbox))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10000)
        assert dialog.test_result.text() == (f"✔ The account works: the sandbox ({sandbox.url[7:]}) accepted "
                                             f"{DEMO_USER}.")
        dialog.server.setCurrentIndex(dialog.server.findData(APPTOTO))
        assert dialog.test_result.text() == "" and dialog.test_result.isHidden()
        dialog.server.setCurrentIndex(dialog.server.findData(SANDBOX))
        runner.hold(dialog)                                               # a test on its way ...
        before = runner.waiting
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: runner.waiting > before, timeout=5000)
        qtbot.keyClicks(dialog.user, "x")                                 # ... when the account changes
        runner.release()
        runner.wait()
        qtbot.wait(50)                                                    # its answer is delivered, then dropped
        assert dialog.test_result.isHidden() and dialog.test_button.isEnabled()
    finally:
        runner.release()
        runner.wait()
