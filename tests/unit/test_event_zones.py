"""An update's times written without a zone are read in its event's time zone once Apptoto says which (the pre-send
check, Compare), and the app says which zone was used; without a zone name from Apptoto the default stays, with
what Apptoto's answer shows. Against the sandbox answering fully and tersely (no time_zone in answers)."""

from __future__ import annotations

import json

import pytest

from gui.apptoto.diff import compare_rows, row_events
from gui.apptoto.engine import SendOptions
from gui.apptoto.eventzones import Rezone, apply_zones, event_zone
from gui.apptoto.journal import Journal
from gui.apptoto.ratelimit import RateLimiter
from gui.apptoto.rows import apply_result, index_by_number, send_items
from gui.apptoto.send import send
from gui.cli import main
from gui.core.rowbuild import Options
from gui.core.schedule import Schedule
from gui.core.snapshot import Snapshot
from tests.helpers.apptoto import client_for

PARIS = Options(default_time_zone="Europe/Paris")         # the computer's zone; the events are in Chicago
EVENT = {"id": 880200, "external_id": "PM-7", "calendar": "Dr Adams", "title": "Check-up",
         "start_time": "2026-12-07T09:00:00-06:00", "end_time": "2026-12-07T09:30:00-06:00",
         "time_zone": "America/Chicago"}
HEADERS = ["id", "external_id", "calendar", "date", "start_time", "end_time"]


@pytest.fixture(params=["full", "terse"])
def account(request, sandbox):
    sandbox.store.seed([dict(EVENT)])
    if request.param == "terse":
        sandbox.store.calendar_names = sandbox.store.echo_external_id = sandbox.store.echo_time_zone = False
    return sandbox


def terse(account) -> bool:
    return not account.store.echo_time_zone


def schedule(rows) -> Schedule:
    return Schedule(HEADERS, HEADERS, [(n + 2, list(values)) for n, values in enumerate(rows)], PARIS)


def stored_start(account, event_id=880200) -> str:
    account.store.account_zone = "America/Chicago"
    return account.store.get(event_id)["start_time"]


def test_zone_less_times_of_an_update_are_flagged_and_a_time_with_an_offset_is_not():
    s = schedule([[880200, None, None, "2026-12-07", "10:00", "10:30"],
                  [880201, None, None, None, "2026-12-07T10:00:00-06:00", "2026-12-07T10:30:00-06:00"],
                  [None, None, "Dr Adams", "2026-12-07", "10:00", "10:30"]])
    assert [row.built.zoneless for row in s.rows] == [True, False, True]
    items = send_items(s, [0, 1])
    assert [i.zoneless for i in items] == [True, False]        # a new row's zone-less times are the user's zone
    s.set_zone(0, "America/Chicago")
    assert send_items(s, [0])[0].zoneless is False              # its event's zone is known now


def test_event_zone_takes_names_only_never_an_offset():
    assert event_zone({"time_zone": "America/Chicago"}) == "America/Chicago"
    assert event_zone({"time_zone": "Central Time (US & Canada)"}) == "Central Time (US & Canada)"
    assert event_zone({"time_zone": None, "start_time": "2026-12-07T09:00:00-06:00"}) is None
    assert event_zone({"time_zone": "Mars/Olympus"}) is None and event_zone(None) is None


@pytest.mark.parametrize("key", ["id", "external_id"])
def test_a_send_reads_an_updates_zone_less_time_in_its_events_zone(account, clock, tmp_path, key):
    s = schedule([[880200 if key == "id" else None, "PM-7", "Dr Adams", "2026-12-07", "10:00", "10:30"]])
    items = send_items(s, [0])
    assert items[0].event["start_time"] == "2026-12-07T10:00:00+01:00"        # the computer's zone, before
    result = send(items, client_for(account), SendOptions(seed=1), "s.csv", journal=Journal(tmp_path / "j"),
                  rezone=Rezone(s, index_by_number(s)), sleep=clock.sleep, clock=clock)
    outcome = result[2]
    assert outcome.state == "updated"
    if terse(account):          # no zone name in Apptoto's answers: the default zone, and what the answer shows
        assert stored_start(account) == "2026-12-07T03:00:00-06:00"
        assert result.zones == {}
        assert ("Times without a zone read in Europe/Paris: Apptoto gave no time zone for this event. Apptoto shows "
                "its times at UTC-08:00, not UTC+01:00: if the event is in another zone, fill Time zone"
                ) in outcome.message
    else:
        assert stored_start(account) == "2026-12-07T10:00:00-06:00"
        assert result.zones == {2: "America/Chicago"}
        assert "Times without a zone read in America/Chicago, the event's time zone in Apptoto" in outcome.message
        assert items[0].event["start_time"] == "2026-12-07T10:00:00-06:00"   # what was sent, as journaled
        apply_result(s, result)
        assert s.rows[0].zone == "America/Chicago"
        assert not any("was read in" in p.message for p in s.problems(0))       # the zone warning is gone


def test_without_rezone_the_send_is_as_before(account, clock, tmp_path):
    s = schedule([[880200, None, None, "2026-12-07", "10:00", "10:30"]])
    result = send(send_items(s, [0]), client_for(account), SendOptions(seed=1), "s.csv",
                  journal=Journal(tmp_path / "j"), sleep=clock.sleep, clock=clock)
    assert result[2].state == "updated" and stored_start(account) == "2026-12-07T03:00:00-06:00"
    assert [m for m, _ in account.requests if m != "GET"] == ["PUT"]   # the listing reads before-states (undo)


def test_compare_then_apply_zones_reads_the_row_in_the_events_zone(account):
    s = schedule([[880200, None, None, "2026-12-07", "09:00", "09:30"],    # the event's own times, in Chicago
                  [None, None, "Dr Adams", "2026-12-07", "11:00", "11:30"]])
    diffs = compare_rows(row_events(Snapshot.take(s)), client_for(account), RateLimiter(6000))
    assert diffs[0].kind == "update"                                       # read in Paris: 7 hours off
    changed = apply_zones(s, diffs)
    if terse(account):
        assert changed == [] and s.rows[0].zone is None and diffs[0].kind == "update"
        assert diffs[0].zone_note.startswith("Times without a zone read in Europe/Paris: Apptoto gave no time zone")
    else:
        assert changed == [0] and s.rows[0].zone == "America/Chicago"
        assert diffs[0].kind == "unchanged" and diffs[0].changes == {}
        assert diffs[0].line() == ("row 2: unchanged (Times without a zone read in America/Chicago, the event's time "
                                   "zone in Apptoto)")
        assert diffs[0].as_json()["zone"].startswith("Times without a zone read in America/Chicago")
    assert diffs[1].zone_note == ""                                        # a new row: the user's zone


def test_submit_and_diff_on_the_command_line(env, account, capsys):
    path = env / "s.csv"
    path.write_text("id,date,start_time,end_time\n880200,2026-12-07,10:00,10:30\n", encoding="utf-8")
    common = [str(path), "--base-url", account.url, "--time-zone", "Europe/Paris"]
    assert main(["diff", *common, "--json"]) == 0
    out = capsys.readouterr()
    [row] = json.loads(out.out)
    assert row["kind"] == "update"
    assert main(["submit", *common]) == 0
    err = capsys.readouterr().err
    if terse(account):
        assert stored_start(account) == "2026-12-07T03:00:00-06:00"
        assert 'row 2, column C "start_time": warning: 10:00 was read in Europe/Paris; the event may be' in err
        assert "Apptoto gave no time zone for this event" in err
    else:
        assert row["changes"]["start_time"][1] == "2026-12-07T10:00:00-06:00"
        assert "Times without a zone read in America/Chicago" in row["zone"]
        assert stored_start(account) == "2026-12-07T10:00:00-06:00"
        assert ("s.csv, row 2: updated: Updated. Note: Times without a zone read in America/Chicago, the event's time "
                "zone in Apptoto.") in err
