"""The send confirmation dialog: the real Apptoto looks the most serious and Enter never sends there; the sandbox
is lighter and Enter sends once the dialog has been seen; conflicts and calendars not seen before are left out
unless ticked; it fits a 1024 × 700 screen. Facts from a real Compare against the sandbox, answering fully and
tersely."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from gui.apptoto.confirm import confirmation
from gui.apptoto.diff import compare_rows, row_events
from gui.apptoto.engine import SendOptions
from gui.apptoto.ratelimit import RateLimiter
from gui.core.rowbuild import Options
from gui.core.schedule import Schedule
from gui.core.server import Server
from gui.core.snapshot import Snapshot
from gui.qt.send_dialog import Confirmation, ConfirmSendDialog
from tests.helpers.apptoto import client_for

HEADERS = ["id", "external_id", "calendar", "title", "date", "start_time", "end_time"]
APPTOTO = Server("https://api.apptoto.com", "jo@example.com")
SEEDED = [{"id": 880300, "calendar": "Dr Adams", "title": "Check-up", "start_time": "2026-12-07T09:00:00-05:00",
           "end_time": "2026-12-07T09:30:00-05:00"}]


@pytest.fixture(params=["full", "terse"])
def account(request, sandbox):
    """The sandbox's account: Dr Adams and Dr Baker, one event in Dr Adams."""
    for name in ("Dr Adams", "Dr Baker"):
        sandbox.store.add_calendar(name)
    sandbox.store.seed([dict(e) for e in SEEDED])
    if request.param == "terse":
        sandbox.store.calendar_names = sandbox.store.echo_external_id = sandbox.store.echo_time_zone = False
    return sandbox


def schedule(extra: int = 0) -> Schedule:
    rows = [[880300, None, "Dr Baker", None, None, None, None],                       # a calendar move: conflict
            [None, None, "Dr Adams", "New visit", "2026-12-08", "09:00", "09:30"],   # new, zone-less times
            [None, None, "Dr Smiht", "Typo visit", "2026-12-08", "10:00", "10:30"],  # a calendar never seen
            [None, None, "Dr Adams", "Broken", "2026-12-08", "11:00", "10:00"]]      # an error: never sent
    rows += [[None, None, f"Room {n}", "Visit", "2026-12-09", "09:00", "09:30"] for n in range(extra)]
    return Schedule(HEADERS, HEADERS, [(n + 2, r) for n, r in enumerate(rows)],
                    Options(default_time_zone="America/New_York"))


def asked(s: Schedule, server: Server, sandbox=None) -> Confirmation:
    """The confirmation the window builds: the facts, and how to make them again when the user ticks."""
    diffs, where = {}, None
    if sandbox is not None:
        compared = compare_rows(row_events(Snapshot.take(s)), client_for(sandbox), RateLimiter(6000),
                                names=sandbox.calendars)
        diffs, where = {d.index: d for d in compared}, compared.server
    known = ["Dr Adams", "Dr Baker"]

    def facts(include_conflicts: bool = False, create: frozenset[str] = frozenset()):
        return confirmation(s, range(len(s.rows)), server, SendOptions(create_calendars=create), diffs, where, known,
                            include_conflicts=include_conflicts)

    return Confirmation(facts(), f"{server.user} on {server.name()}", ["A warning."], ["A note."], facts)


def shown(qtbot, confirmation: Confirmation) -> ConfirmSendDialog:
    dialog = ConfirmSendDialog(confirmation)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_sandbox_is_lighter_and_enter_sends_only_once_the_dialog_was_seen(qtbot, account):
    dialog = shown(qtbot, asked(schedule(), Server(account.url, "demo@example.com"), account))
    assert dialog.windowTitle() == "Send to the sandbox" and "#fde3b5" in dialog.where.styleSheet()
    assert dialog.where.text().startswith("<b>Send 2 rows to the sandbox? Nothing here reaches real Apptoto.</b>")
    assert not dialog.send_button.isDefault() and not dialog.cancel_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)                    # typed ahead: not taken for having read it
    assert dialog.isVisible() and dialog.result() == 0
    qtbot.waitUntil(lambda: dialog.armed and dialog.send_button.isDefault(), timeout=3000)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == ConfirmSendDialog.DialogCode.Accepted


def test_the_real_apptoto_is_the_most_serious_and_enter_never_sends(qtbot):
    dialog = shown(qtbot, asked(schedule(), APPTOTO))
    assert dialog.windowTitle() == "Send to the REAL Apptoto"
    assert "#b3261e" in dialog.where.styleSheet() and "2px solid" in dialog.where.styleSheet()
    assert ("Send 3 rows to the REAL Apptoto account jo@example.com (api.apptoto.com)? This changes real "
            "appointments.") in dialog.where.text()
    assert "Account: jo@example.com on Apptoto (api.apptoto.com)" in dialog.where.text()
    assert dialog.cancel_button.isDefault() and not dialog.send_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == ConfirmSendDialog.DialogCode.Rejected
    again = shown(qtbot, asked(schedule(), APPTOTO))
    assert again.send_button.text() == "&Send 3 events"                 # Alt+S or a click: a deliberate act
    qtbot.mouseClick(again.send_button, Qt.MouseButton.LeftButton)
    assert again.result() == ConfirmSendDialog.DialogCode.Accepted


def test_esc_cancels(qtbot):
    dialog = shown(qtbot, asked(schedule(), APPTOTO))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == ConfirmSendDialog.DialogCode.Rejected


def test_conflicts_and_new_calendars_are_left_out_unless_ticked(qtbot, account):
    c = asked(schedule(), Server(account.url, "demo@example.com"), account)
    dialog = shown(qtbot, c)
    body = dialog.body.text()
    assert "2 events will be sent: 2 new." in body
    assert "1 row in conflict after the last Compare is left out (unticked): row 2: calendar move" in body
    assert "Times without a zone are read as America/New_York (2 rows)." in body
    assert "It will take about " in body and "A warning." in body and "A note." in body
    assert "1 selected row has errors and will not be sent." in body
    assert dialog.include_conflicts.text() == "Send the row in conflict anyway"
    assert not dialog.include_conflicts.isChecked() and c.facts.rows == [1, 2]
    assert dialog.send_button.text() == "&Send 2 events"
    dialog.include_conflicts.click()                          # send the conflict anyway
    assert c.include_conflicts and c.facts.rows == [0, 1, 2] and dialog.send_button.text() == "&Send 3 events"
    assert "3 events will be sent: 2 new, 1 update." in dialog.body.text()
    ticks = dialog.findChildren(QCheckBox, "confirm_create_calendar")
    assert [t.text() for t in ticks] == ["Let Apptoto create “Dr Smiht” (1 row)"]
    assert not ticks[0].isChecked() and c.create == frozenset()
    assert "will fail and nothing is created" in dialog.body.text()
    ticks[0].click()
    assert c.create == {"Dr Smiht"} and "which Apptoto will create if it does not have it: “Dr Smiht”" in \
        dialog.body.text()


def test_nothing_to_send_cannot_be_sent(qtbot):
    s = schedule()
    facts = confirmation(s, [3], APPTOTO, SendOptions())              # only the row with an error
    dialog = shown(qtbot, Confirmation(facts, "jo@example.com on Apptoto"))
    assert not dialog.send_button.isEnabled() and "Nothing to send" in dialog.body.text()


def test_a_long_confirmation_fits_the_screen_and_scrolls(qtbot):
    dialog = shown(qtbot, asked(schedule(extra=60), APPTOTO))        # 61 calendars not seen before
    room = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= room.height() and dialog.width() <= room.width()
    assert len(dialog.create) == 61
    bar = dialog.scroll.verticalScrollBar()
    assert bar.maximum() > 0                                  # the body scrolls; the buttons stay in view
    assert dialog.send_button.isVisible() and dialog.send_button.mapTo(dialog, dialog.send_button.rect().bottomLeft()
                                                                        ).y() <= dialog.height()
