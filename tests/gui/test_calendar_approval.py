"""Only the calendars the user approves in the confirmation may be created (issue 15): a row naming a calendar the
account does not have is refused, naming it, unless its tick box "let Apptoto create it" was ticked. Against the
sandbox answering fully and tersely; the send on a real thread."""

from __future__ import annotations

import pytest

from gui.qt import dialogs, tasks
from tests.gui import send_helpers
from tests.gui.helpers import schedule_row
from tests.gui.send_helpers import open_sample, start_sandbox

stubs, journal_dir = send_helpers.stubs, send_helpers.journal_dir
TYPO = "Dr Smiht"


@pytest.fixture(params=["full", "terse"])
def sandbox(request):
    server = start_sandbox()
    if request.param == "terse":
        server.store.echo_external_id = server.store.calendar_names = server.store.echo_time_zone = False
    yield server
    server.stop()


@pytest.fixture
def win(qtbot, sandbox, threads):
    window = open_sample(qtbot, sandbox)
    row = schedule_row(window, 4)
    window.model.set_cells([(row, window.document.schedule.column_of("calendar"), TYPO)])
    window.model.check_only([row, schedule_row(window, 3)])
    return window


def send(qtbot, win, monkeypatch, allow: bool):
    asked = []

    def confirm(parent, confirmation):
        asked.append(confirmation)
        if allow:
            confirmation.choose(False, frozenset({TYPO}))        # the tick box "let Apptoto create it"
        return True

    monkeypatch.setattr(dialogs, "confirm_send", confirm)
    with qtbot.waitSignal(win.sending.finished, timeout=20000) as done:
        assert win.sending.send()
    tasks.runner().wait()
    return asked[0], done.args[0]


def test_a_calendar_not_seen_before_is_not_created_unless_approved(win, sandbox, monkeypatch, qtbot):
    asked, result = send(qtbot, win, monkeypatch, allow=False)
    assert asked.calendars == [TYPO] and asked.create == frozenset()
    assert any(f"“{TYPO}” (1 row)" in line and "will fail and nothing is created" in line
               for line in asked.facts.lines())
    row = win.document.schedule.rows[schedule_row(win, 4)]
    assert row.outcome.state == "failed" and f"Calendar “{TYPO}” does not exist" in row.outcome.message
    assert TYPO not in sandbox.calendars.values()
    assert win.document.schedule.rows[schedule_row(win, 3)].outcome.state in ("created", "updated")
    assert win.model.is_checked(schedule_row(win, 4)) and not win.model.is_checked(schedule_row(win, 3))


def test_a_calendar_approved_in_the_confirmation_is_created(win, sandbox, monkeypatch, qtbot):
    asked, result = send(qtbot, win, monkeypatch, allow=True)
    assert asked.create == {TYPO}
    assert any(f"which Apptoto will create if it does not have it: “{TYPO}” (1 row)" in line
               for line in asked.facts.lines())
    row = win.document.schedule.rows[schedule_row(win, 4)]
    assert row.outcome.state == "created" and TYPO in sandbox.calendars.values()
    assert TYPO in win.document.known_calendars                  # the next confirmation does not call it new
