"""What the send confirmation says (Qt-free): how serious the server is, counts with the latest Compare's conflicts
left out (unticked) and its unchanged rows named, the time-zone assumption, calendars that may be new, the time it
takes. Compare runs against the sandbox answering fully and tersely."""

from __future__ import annotations

import pytest

from gui.apptoto.confirm import APPTOTO, SANDBOX, Facts, confirmation
from gui.apptoto.diff import compare_rows, row_events
from gui.apptoto.engine import SendOptions
from gui.apptoto.estimate import estimate_seconds
from gui.apptoto.listing import estimate_pages
from gui.apptoto.ratelimit import RateLimiter
from gui.core.rowbuild import Options
from gui.core.schedule import Schedule
from gui.core.server import Server
from gui.core.snapshot import Snapshot
from gui.core.summary import summarise
from tests.helpers.apptoto import client_for

HEADERS = ["id", "external_id", "calendar", "title", "date", "start_time", "end_time"]
NY = Options(default_time_zone="America/New_York")
SEEDED = [{"id": 880300, "calendar": "Dr Adams", "title": "Check-up", "start_time": "2026-12-07T09:00:00-05:00",
           "end_time": "2026-12-07T09:30:00-05:00"},
          {"id": 880301, "calendar": "Dr Adams", "title": "Cleaning", "start_time": "2026-12-07T10:00:00-05:00",
           "end_time": "2026-12-07T10:30:00-05:00"}]
APPTOTO_ACCOUNT = Server("https://api.apptoto.com", "jo@example.com")


@pytest.fixture(params=["full", "terse"])
def account(request, sandbox):
    sandbox.store.seed([dict(e) for e in SEEDED])
    if request.param == "terse":
        sandbox.store.calendar_names = sandbox.store.echo_external_id = sandbox.store.echo_time_zone = False
    return sandbox


def schedule() -> Schedule:
    rows = [[880300, None, "Dr Baker", None, None, None, None],                       # a calendar move: conflict
            [880301, None, None, "Cleaning", None, None, None],                       # what Apptoto has: unchanged
            [None, None, "Dr Adams", "New visit", "2026-12-08", "09:00", "09:30"],   # new, zone-less times
            [None, None, "Dr Smiht", "Typo visit", "2026-12-08", "10:00", "10:30"],  # new, a calendar never seen
            [None, None, "Dr Adams", "Broken", "2026-12-08", "11:00", "10:00"]]      # an error: never sent
    return Schedule(HEADERS, HEADERS, [(n + 2, r) for n, r in enumerate(rows)], NY)


def compared(account, s):
    """The Compare, knowing the account's calendar names (terse answers carry only ids: a send or an earlier listing
    taught them, as the account's memory keeps them)."""
    diffs = compare_rows(row_events(Snapshot.take(s)), client_for(account), RateLimiter(6000), names=dict(account.calendars))
    return {d.index: d for d in diffs}, diffs.server


def test_conflicts_are_left_out_unchanged_rows_named_and_the_sandbox_is_practice(account):
    s = schedule()
    diffs, where = compared(account, s)
    facts = confirmation(s, range(5), where, SendOptions(), diffs, where, ["Dr Adams", "Dr Baker"])
    assert facts.level == SANDBOX and not facts.serious
    assert facts.rows == [1, 2, 3] and list(facts.untick) == [0]
    assert facts.untick[0].startswith("row 2: calendar move: the event is in ")
    assert facts.unchanged == [1] and facts.kinds == {"update": 1, "new": 2}
    lines = facts.lines()
    assert lines[0] == "Send 3 rows to the sandbox? Nothing here reaches real Apptoto."
    assert lines[1] == "3 events will be sent: 2 new, 1 update."
    assert any(line.startswith("1 row in conflict after the last Compare is left out (unticked): row 2: calendar "
                               "move") and line.endswith("Tick a row to send it anyway.") for line in lines)
    assert "1 row is unchanged in Apptoto since the last Compare: sending changes nothing there." in lines
    assert "Times without a zone are read as America/New_York (2 rows)." in lines
    assert any("“Dr Smiht” (1 row)" in line and "will fail and nothing is created" in line for line in lines)
    assert lines[-1].startswith("It will take about ") and lines[-1].endswith(" at the rate Apptoto allows.")
    assert facts.seconds == estimate_seconds(3, estimate_pages(2), SendOptions())


def test_a_conflict_ticked_on_purpose_is_counted(account):
    s = schedule()
    diffs, where = compared(account, s)
    facts = confirmation(s, range(5), where, SendOptions(), diffs, where, include_conflicts=True)
    assert facts.untick == {} and facts.kinds == {"update": 2, "new": 2}


def test_the_real_apptoto_looks_serious_and_another_servers_compare_is_not_used(account):
    s = schedule()
    diffs, where = compared(account, s)
    facts = confirmation(s, range(5), APPTOTO_ACCOUNT, SendOptions(create_calendars=frozenset({"Dr Smiht"})),
                         diffs, where, ["Dr Adams"], remembered_batch=30, listing_fresh=True)
    assert facts.level == APPTOTO and facts.serious
    assert facts.heading() == ("Send 4 rows to the REAL Apptoto account jo@example.com (api.apptoto.com)? This "
                               "changes real appointments.")
    assert facts.untick == {} and facts.unchanged == []          # the sandbox's Compare says nothing of this account
    assert facts.summary.creatable == ["Dr Smiht"] and facts.summary.unknown_calendars == ["Dr Baker", "Dr Smiht"]
    assert facts.seconds == estimate_seconds(4, 0, SendOptions(), 30)


def test_event_zones_and_kinds_to_come():
    s = schedule()
    s.set_zone(0, "America/Chicago")           # an update with no times: nothing to read in a zone
    zoned = Schedule(["id", "start_time"], ["id", "start_time"], [(2, [7, "2026-12-07 10:00"]),
                                                                  (3, [8, "2026-12-07 11:00"])], NY)
    zoned.set_zone(0, "America/Chicago")
    facts = confirmation(zoned, [0, 1], APPTOTO_ACCOUNT, SendOptions())
    assert facts.zone_line == ("Times without a zone are read as America/New_York (1 row). Times without a zone on "
                               "1 update are read in its event's time zone in Apptoto, America/Chicago.")
    later = Facts(APPTOTO_ACCOUNT, APPTOTO, [0, 1, 2], summarise(s, []), {"new": 1, "cancel": 2})
    assert later.kinds_line() == "3 events will be sent: 1 new, 2 cancellations."


def test_rows_with_errors_are_counted_and_cancellations_alone_are_said():
    s = schedule()
    facts = confirmation(s, range(5), APPTOTO_ACCOUNT, SendOptions())
    assert "1 selected row has errors and will not be sent." in facts.lines()
    later = Facts(APPTOTO_ACCOUNT, APPTOTO, [0], summarise(s, []), {"cancel": 1})
    later.summary.cancellations = 1
    assert "1 appointment will be cancelled in Apptoto: its reminders stop." in later.lines()
