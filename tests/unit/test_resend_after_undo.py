"""Sending rows again after undoing their send (against the sandbox, with plain and terse answers): an appointment
whose created event the undo deleted is made anew under the next generation of its derived External ID, never
updated in its deleted event; a retry of that re-send still never duplicates; Compare says it is new; a row whose own
External ID names the deleted event is refused plainly; and the same from the command line."""

from __future__ import annotations

import pytest

from gui.apptoto.accounts import AccountFiles
from gui.apptoto.diff import RowEvent, compare_rows
from gui.apptoto.history import find_run
from gui.apptoto.identity import derive_external_id, fresh_external_id, is_derived
from gui.apptoto.journal import Journal
from gui.apptoto.ratelimit import Pacer, RateLimiter
from gui.apptoto.sandbox import SandboxServer
from gui.apptoto.send import send
from gui.apptoto.sendspec import SendItem, SendOptions
from gui.apptoto.undo import execute, plan_undo
from gui.cli import main
from gui.core.vocab import CREATED, FAILED, NEW, UPDATE, UPDATED
from tests.helpers.apptoto import client_for, wire_event, with_calendars

FILE = "/nowhere/schedule.xlsx"


@pytest.fixture(params=["plain", "terse"])
def sandbox(request):
    with with_calendars(SandboxServer()) as sb:
        if request.param == "terse":
            sb.store.calendar_names = sb.store.echo_external_id = sb.store.echo_time_zone = False
        yield sb


@pytest.fixture
def journal(tmp_path):
    return Journal(tmp_path / "journal")


def go(sb, events, journal, clock, kind=NEW):
    items = [SendItem(key, dict(event), kind if "id" not in event else UPDATE) for key, event in events.items()]
    return send(items, client_for(sb), SendOptions(rate_per_minute=600_000, seed=1), FILE, journal=journal,
                sleep=clock.sleep, clock=clock)


def undo_last(sb, journal, clock, back=0):
    """Undo the newest send (`back`: that many sends before it)."""
    client = client_for(sb)
    run = [r for r in journal.runs() if not r.undoes][back] if back else find_run(journal, "last", client.base_url,
                                                                                    client.user)
    plan = plan_undo(journal, run, client, Pacer(RateLimiter(600_000)))
    return execute(plan, client, SendOptions(rate_per_minute=600_000, seed=1), journal, sleep=clock.sleep,
                   clock=clock)


def live(sb):
    return [e for e in sb.events if not e["is_deleted"]]


def test_a_row_sent_again_after_its_send_was_undone_is_created_anew(sandbox, journal, clock):
    rows = {2: wire_event(1), 3: wire_event(2)}
    first = go(sandbox, rows, journal, clock)
    old = {key: (first[key].id, first[key].external_id) for key in rows}
    assert undo_last(sandbox, journal, clock).left == 0 and live(sandbox) == []
    assert AccountFiles(sandbox.url, "demo@example.com").load().retired().ids == {i for i, _ in old.values()}

    diffs = compare_rows([RowEvent(0, 2, rows[2]), RowEvent(1, 3, {**rows[3], "id": old[3][0],
                                                                    "external_id": old[3][1]}, UPDATE)],
                         client_for(sandbox), RateLimiter(600_000))
    assert [d.kind for d in diffs] == ["new", "new"]              # not "conflict: the event was deleted"

    # the window's row 3 kept the id and External ID of its deleted event (a results workbook does too)
    again = go(sandbox, {2: rows[2], 3: {**rows[3], "id": old[3][0], "external_id": old[3][1]}}, journal, clock)
    assert {key: got.state for key, got in again.items()} == {2: CREATED, 3: CREATED}
    for key in rows:
        assert again[key].id != old[key][0] and again[key].external_id != old[key][1]
        assert again[key].external_id == fresh_external_id(rows[key], retired={old[key][1]})
        assert is_derived({**rows[key], "external_id": again[key].external_id}, {old[key][1]})
    assert sorted(e["id"] for e in live(sandbox)) == sorted(got.id for got in again.values())
    deleted = {e["id"]: e for e in sandbox.events if e["is_deleted"]}
    assert set(deleted) == {i for i, _ in old.values()}          # the undone events stay deleted, untouched

    retry = go(sandbox, rows, journal, clock)                     # the same re-send again: updates, never doubles
    assert {key: (got.state, got.id) for key, got in retry.items()} == {k: (UPDATED, again[k].id) for k in rows}
    assert len(live(sandbox)) == 2

    assert undo_last(sandbox, journal, clock).left == 0           # the retry changed nothing: nothing to undo
    assert len(live(sandbox)) == 2
    assert undo_last(sandbox, journal, clock, back=1).left == 0   # the re-send itself: deleted again
    assert live(sandbox) == []
    third = go(sandbox, rows, journal, clock)                     # and a third generation
    assert {got.state for got in third.values()} == {CREATED} and len(live(sandbox)) == 2
    assert {got.external_id for got in third.values()}.isdisjoint({got.external_id for got in again.values()})


def test_without_an_undo_the_derived_id_stays_the_first_generation(sandbox, journal, clock):
    got = go(sandbox, {2: wire_event(1)}, journal, clock)
    assert got[2].external_id == derive_external_id(wire_event(1))
    assert go(sandbox, {2: wire_event(1)}, journal, clock)[2].state == UPDATED


def test_a_users_own_external_id_naming_the_deleted_event_is_refused(sandbox, journal, clock):
    go(sandbox, {2: wire_event(1, external_id="PM-1010")}, journal, clock)
    undo_last(sandbox, journal, clock)
    before = len(sandbox.requests)
    got = go(sandbox, {2: wire_event(1, external_id="PM-1010")}, journal, clock)[2]
    assert got.state == FAILED and "External ID “PM-1010” still names that deleted event" in got.message
    assert [m for m, _ in sandbox.requests[before:] if m != "GET"] == []
    diff, = compare_rows([RowEvent(0, 2, wire_event(1, external_id="PM-1010"))], client_for(sandbox),
                         RateLimiter(600_000))
    assert diff.kind == "conflict" and "still names that deleted event" in diff.reasons[0]


def test_the_sandbox_updates_a_deleted_event_an_upsert_names_and_it_stays_deleted(sandbox):
    event, = sandbox.store.seed([wire_event(1, external_id="GONE")])
    sandbox.store.delete(event["id"])
    answer, = sandbox.store.upsert([{"external_id": "GONE", "title": "Back?"}])
    assert answer["id"] == event["id"] and answer["is_deleted"] and answer["title"] == "Back?"


CSV = ("Calendar,Title,Start,End,Patient,Mobile\n"
       "Dr Adams,Check-up,2026-03-02 09:00,2026-03-02 09:30,Pat 2,5550000002\n"
       "Dr Adams,Filling,2026-03-03 10:00,2026-03-03 10:45,Pat 3,5550000003\n"
       "Dr Adams,X-ray,2026-03-04 11:00,2026-03-04 11:15,Pat 4,5550000004\n")


def test_submit_after_undo_creates_every_row_anew_from_the_file_or_its_results(env, sandbox, capsys):
    schedule, results = env / "s.csv", env / "results.xlsx"
    schedule.write_text(CSV, encoding="utf-8")
    connection = ["--base-url", sandbox.url, "--time-zone", "America/New_York", "--rate-limit", "600000"]
    assert main(["submit", str(schedule), *connection, "--results", str(results)]) == 0
    assert len(live(sandbox)) == 3
    assert main(["undo", "last", "--yes", "--base-url", sandbox.url, "--rate-limit", "600000"]) == 0
    assert live(sandbox) == []
    capsys.readouterr()
    assert main(["submit", str(results), *connection]) == 0       # the results workbook: ids of deleted events
    out, err = capsys.readouterr()
    assert len(live(sandbox)) == 3 and len(sandbox.events) == 6
    assert "Sent: 3 created." in out + err
    assert main(["submit", str(schedule), *connection]) == 0      # the original file: the same three, updated
    assert len(live(sandbox)) == 3 and len(sandbox.events) == 6
    assert "Sent: 3 updated." in "".join(capsys.readouterr())
