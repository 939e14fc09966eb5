"""An update's times written without a zone are read in its event's zone once Apptoto says which (issue 15), in the
window: after a Compare the rows are read again through the document (grid, problems and counts follow), and a send
rebuilds them in the event's zone; the row says which zone was used, or that Apptoto gave none. Against the sandbox
answering with the event's time zone and without it; jobs on real threads."""

from __future__ import annotations

import csv
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from gui.apptoto.ratelimit import RateLimiter
from gui.qt import settings, tasks
from gui.qt.main_window import MainWindow
from gui.qt.schedule_model import STATUS
from tests.gui import send_helpers
from tests.helpers.apptoto import with_calendars
from tests.helpers.fakes import FakeClock

stubs, journal_dir = send_helpers.stubs, send_helpers.journal_dir
CHICAGO = "America/Chicago"
USED = "Times without a zone read in America/Chicago, the event's time zone in Apptoto."
NONE_GIVEN = "Times without a zone read in America/New_York: Apptoto gave no time zone for this event."
# the event Apptoto has: 09:00-09:30 in Chicago; the sheet writes 09:00 without a zone
SEED = {"id": 880400, "calendar": "Dr Adams", "title": "Check-up", "time_zone": CHICAGO,
        "start_time": "2026-12-07T09:00:00-06:00", "end_time": "2026-12-07T09:30:00-06:00"}


@pytest.fixture(params=["zone", "no zone"])
def sandbox(request):
    from gui.apptoto.sandbox import SandboxServer

    server = with_calendars(SandboxServer()).start()
    server.store.seed([dict(SEED)])
    server.store.echo_time_zone = request.param == "zone"
    yield server
    server.stop()


@pytest.fixture
def win(qtbot, sandbox, threads, tmp_path):
    settings.put(settings.TIME_ZONE, "America/New_York")
    path = tmp_path / "updates.csv"
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Apptoto ID", "Title", "Start", "End", "Calendar"])
        writer.writerow([880400, "Check-up", "2026-12-07 09:00", "2026-12-07 09:30", "Dr Adams"])
    window = MainWindow(sandbox=sandbox)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.preview.updated, timeout=10000):
        assert window.open_path(str(path))
    clock = FakeClock()
    window.sending.sleep, window.sending.clock = clock.sleep, clock
    window.compare.limiter = lambda: RateLimiter(600, clock=clock, sleep=clock.sleep)
    return window


def status_tip(window) -> str:
    return window.model.index(0, STATUS).data(Qt.ItemDataRole.ToolTipRole)


def zone_warned(window) -> bool:
    return any("zone" in p.message.lower() for p in window.document.schedule.problems(0))


def test_before_apptoto_is_asked_the_row_warns(win):
    assert win.document.schedule.rows[0].event["start_time"] == "2026-12-07T09:00:00-05:00"
    assert zone_warned(win) and win.counts.labels["warnings"].text() == "1 with warnings"


def test_compare_reads_the_row_in_its_events_zone_or_says_none_was_given(win, sandbox, qtbot):
    with qtbot.waitSignal(win.compare.finished, timeout=20000):
        assert win.compare.start()
    tasks.runner().wait()
    row, diff = win.document.schedule.rows[0], win.document.compare[0]
    if sandbox.store.echo_time_zone:
        assert row.zone == CHICAGO and row.event["start_time"] == "2026-12-07T09:00:00-06:00"
        assert diff.kind == "unchanged" and diff.zone_note == USED     # read in Chicago: exactly what Apptoto has
        assert not zone_warned(win) and win.counts.labels["warnings"].text() == "0 with warnings"
        assert USED in status_tip(win)
    else:
        assert row.zone is None and row.event["start_time"] == "2026-12-07T09:00:00-05:00"
        assert diff.kind == "update" and diff.zone_note.startswith(NONE_GIVEN)
        assert zone_warned(win) and NONE_GIVEN in status_tip(win)
    win.view.setCurrentIndex(win.proxy.index(0, STATUS))
    assert diff.zone_note in win.compare_dock.text()


def test_a_send_reads_the_row_in_its_events_zone_and_says_which(win, sandbox, stubs, qtbot):
    with qtbot.waitSignal(win.sending.finished, timeout=20000) as done:
        assert win.sending.send()
    tasks.runner().wait()
    assert done.args[0].status == "finished"
    stored = next(e for e in sandbox.events if e["id"] == 880400)
    start = dt.datetime.fromisoformat(stored["start_time"])
    row = win.document.schedule.rows[0]
    assert row.outcome.state == "updated"
    if sandbox.store.echo_time_zone:
        assert start == dt.datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo(CHICAGO))
        assert USED in status_tip(win) and row.zone == CHICAGO            # the next send and the preview know it
        assert row.event["start_time"] == "2026-12-07T09:00:00-06:00" and not zone_warned(win)
    else:
        assert start == dt.datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("America/New_York"))
        assert NONE_GIVEN in status_tip(win) and row.zone is None and zone_warned(win)
