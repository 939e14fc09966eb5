"""What Compare calls unchanged is what a send leaves unchanged, and an undo restores only what the send changed: the
time zone of an event Apptoto holds without one (the sandbox's demo events) against the sandbox, with answers that
carry `time_zone` and with answers that do not (`--terse`)."""

from __future__ import annotations

import pytest

from gui.apptoto.diff import RowEvent, compare_rows
from gui.apptoto.history import find_run
from gui.apptoto.journal import Journal
from gui.apptoto.ratelimit import Pacer, RateLimiter
from gui.apptoto.sandbox import SandboxServer
from gui.apptoto.send import send
from gui.apptoto.sendspec import SendItem, SendOptions
from gui.apptoto.undo import NOTHING, RESTORE, execute, plan_undo
from gui.core.vocab import UNCHANGED, UPDATE
from tests.helpers.apptoto import client_for, wire_event

FILE = "/nowhere/schedule.xlsx"
ZONE = "America/New_York"


@pytest.fixture(params=["plain", "terse"])
def sandbox(request):
    with SandboxServer() as sb:
        if request.param == "terse":          # as `apptoto-sheets sandbox --terse`
            sb.store.calendar_names = sb.store.echo_external_id = sb.store.echo_time_zone = False
        yield sb


def _compare(sb, event):
    return compare_rows([RowEvent(0, 2, event)], client_for(sb), RateLimiter(600_000))[0]


def _send_and_plan(sb, tmp_path, clock, event):
    journal = Journal(tmp_path / "journal")
    options = SendOptions(rate_per_minute=600_000, seed=1)
    send([SendItem(2, dict(event), UPDATE)], client_for(sb), options, FILE, journal=journal, sleep=clock.sleep,
         clock=clock)
    client = client_for(sb)
    run = find_run(journal, "last", client.base_url, client.user)
    return plan_undo(journal, run, client, Pacer(RateLimiter(600_000))), journal, options


def test_a_time_zone_the_event_lacks_is_a_change_and_its_undo_takes_it_back(sandbox, tmp_path, clock):
    seeded, = sandbox.store.seed([wire_event(1, external_id="E-1")])         # no time zone, as the demo events
    row = dict(wire_event(1, external_id="E-1"), time_zone=ZONE)
    diff = _compare(sandbox, row)
    plan, journal, options = _send_and_plan(sandbox, tmp_path, clock, row)
    assert sandbox.store.events[seeded["id"]]["time_zone"] == ZONE          # the send wrote it
    step, = plan.steps
    if sandbox.store.echo_time_zone:
        assert diff.kind == UPDATE and diff.changes == {"time_zone": (None, ZONE)}
        assert step.action == RESTORE and step.changes == {"time_zone": (ZONE, None)}
        execute(plan, client_for(sandbox), options, journal, sleep=clock.sleep, clock=clock)
        assert sandbox.store.events[seeded["id"]]["time_zone"] is None
    else:                                     # Apptoto does not say its zone: neither Compare nor undo can know it
        assert diff.kind == UNCHANGED
        assert step.action == NOTHING


def test_an_undo_never_clears_a_time_zone_it_could_not_see(sandbox, tmp_path, clock):
    seeded, = sandbox.store.seed([wire_event(1, external_id="E-1", time_zone="America/Chicago")])
    row = dict(wire_event(1, external_id="E-1", title="Moved on"), time_zone="America/Chicago")
    plan, journal, options = _send_and_plan(sandbox, tmp_path, clock, row)
    step, = plan.steps
    assert step.action == RESTORE and "time_zone" not in step.changes
    if not sandbox.store.echo_time_zone:
        assert "time_zone" not in step.body                # unknown before: left alone, not written as null
    execute(plan, client_for(sandbox), options, journal, sleep=clock.sleep, clock=clock)
    event = sandbox.store.events[seeded["id"]]
    assert (event["title"], event["time_zone"]) == ("Check-up 1", "America/Chicago")


def test_unchanged_means_the_send_changes_nothing(sandbox, tmp_path, clock):
    seeded, = sandbox.store.seed([wire_event(1, external_id="E-1", time_zone=ZONE)])
    row = dict(wire_event(1, external_id="E-1"), time_zone=ZONE)
    assert _compare(sandbox, row).kind == UNCHANGED
    before = dict(sandbox.store.events[seeded["id"]])
    plan, _, _ = _send_and_plan(sandbox, tmp_path, clock, row)
    assert sandbox.store.events[seeded["id"]] == before
    assert [s.action for s in plan.steps] == [NOTHING]
