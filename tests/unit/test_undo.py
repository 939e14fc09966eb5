"""Undo a send (issue 17) against the sandbox: the account restored exactly, a second undo writes nothing, events
changed since the send are conflicts, participants already messaged are reported, an interrupted undo finishes when
run again, cancellations are re-created, and all of it with answers as terse as Apptoto's may be."""

from __future__ import annotations

import os
import stat
from types import SimpleNamespace

import pytest

from gui.apptoto.client import ApptotoClient
from gui.apptoto.history import find_run, list_runs
from gui.apptoto.journal import Journal
from gui.apptoto.ratelimit import Pacer, RateLimiter
from gui.apptoto.sandbox import FaultConfig, SandboxServer
from gui.apptoto.send import send
from gui.apptoto.sendspec import SendItem, SendOptions
from gui.apptoto.undo import (
    CANNOT,
    DELETE,
    NOTHING,
    RECREATE,
    RESTORE,
    UndoRefused,
    execute,
    plan_undo,
    refusal,
)
from gui.core.vocab import CANCEL, NEW, UPDATE
from tests.helpers.apptoto import client_for, wire_event, with_calendars

FILE = "/nowhere/schedule.xlsx"


@pytest.fixture(params=["plain", "terse"])
def sandbox(request):
    """The sandbox as usual, and terse: answers without external_id or calendar names (as Apptoto's may be)."""
    with SandboxServer() as sb:
        if request.param == "terse":
            sb.store.echo_external_id = sb.store.calendar_names = False
        yield sb


@pytest.fixture
def journal(tmp_path):
    return Journal(tmp_path / "journal")


def options(**more):
    return SendOptions(rate_per_minute=600_000, seed=1, **more)


def go(sb, items, journal, clock):
    return send(items, client_for(sb), options(), FILE, journal=journal, sleep=clock.sleep, clock=clock)


def plan(sb, journal, run="last"):
    client = client_for(sb)
    return plan_undo(journal, find_run(journal, run, client.base_url, client.user), client,
                     Pacer(RateLimiter(600_000)))


def undo(sb, journal, clock, confirmed=False, **kwargs):
    return execute(plan(sb, journal), client_for(sb), options(), journal, confirmed, sleep=clock.sleep,
                   clock=clock, **kwargs)


def seed(sb):
    """The account before the send: events with empty and filled fields, custom data and participants."""
    return sb.store.seed([
        wire_event(0, external_id="UPD-1", content="Old notes", custom_data={"room": "1", "plan": "A"}),
        wire_event(1, external_id="UPD-2", location="Suite 4", show_as=1),
        wire_event(2, external_id="UPD-3", participants=[{"name": "Ann", "email": "ann@example.com"},
                                                          {"name": "Bo", "phone": "5551230000"}]),
        wire_event(3, external_id="KEEP"),                      # not in the send
    ])


def the_send(seeded):
    """Creates two, updates three (every field kind), fails two (an unknown id; a row Apptoto rejects)."""
    upd1, upd2, upd3, _ = seeded
    return [
        SendItem(2, wire_event(10), NEW),
        SendItem(3, wire_event(11, content="#auto", custom_data={"x": "y"}), NEW),
        SendItem(4, {"id": upd1["id"], "title": "Changed", "location": "Room 9", "content": "New notes",
                     "time_zone": "America/New_York", "all_day": True, "show_as": 3, "custom_data": {"room": "2"},
                     "participants": [{"name": "Pat Zero", "phone": "5550000000"}, {"name": "Cy", "email": "c@x.org"}],
                     "start_time": "2025-03-03T10:00:00-05:00", "end_time": "2025-03-03T11:00:00-05:00"}, UPDATE),
        SendItem(5, {"external_id": "UPD-2", "location": "", "content": "Bring forms"}, "maybe_update"),
        SendItem(6, {"id": upd3["id"], "participants": [{"name": "Dee", "email": "dee@example.com"}]}, UPDATE),
        SendItem(7, {"id": 999_999, "title": "No such event"}, UPDATE),
        SendItem(8, wire_event(12, end_time="2025-03-01T00:00:00-05:00"), NEW),      # ends before it starts: 422
    ]


def same_but_participant_ids(a, b):
    def strip(e):
        return {**e, "participants": [{k: v for k, v in p.items() if k != "id"} for p in e["participants"]]}
    return strip(a) == strip(b)


def test_undo_restores_the_account_exactly_and_a_second_undo_writes_nothing(sandbox, journal, clock):
    seeded = seed(sandbox)
    before = sandbox.events
    result = go(sandbox, the_send(seeded), journal, clock)
    assert [result[k].state for k in range(2, 9)] == ["created", "created", "updated", "updated", "updated",
                                                      "failed", "failed"]
    created = {result[2].id, result[3].id}
    steps = {s.key: s for s in plan(sandbox, journal).steps}
    assert {k: s.action for k, s in steps.items()} == {2: DELETE, 3: DELETE, 4: RESTORE, 5: RESTORE, 6: RESTORE,
                                                       7: NOTHING, 8: NOTHING}
    assert not any(s.conflict for s in steps.values())
    assert steps[4].body == {"id": seeded[0]["id"], "title": "Check-up 0", "location": "", "content": "Old notes",
                             "time_zone": None, "all_day": False, "show_as": None,
                             "custom_data": {"room": "1", "plan": "A"},
                             "participants": [{"name": "Pat 0", "phone": "5550000000"}],
                             "start_time": seeded[0]["start_time"], "end_time": seeded[0]["end_time"]}
    done = execute(plan(sandbox, journal), client_for(sandbox), options(), journal, sleep=clock.sleep, clock=clock)
    assert done.left == 0 and {k: o.state for k, o in done.outcomes.items()} == {
        2: "deleted", 3: "deleted", 4: "updated", 5: "updated", 6: "updated"}
    assert done.outcomes[4].message.startswith(f"Restored #{seeded[0]['id']} as it was before the send")
    assert {o.why for o in done.outcomes.values()} == {"undone"}                  # the window says "… by undo"
    assert steps[4].changes["start_time"] == ("Mon 3 Mar 2025 10:00", "Mon 3 Mar 2025 09:00")  # as the row wrote its times
    after = {e["id"]: e for e in sandbox.events}
    assert all(after[i]["is_deleted"] for i in created) and len(after) == len(before) + 2
    for old in before:
        if old["id"] == seeded[2]["id"]:      # Ann and Bo were removed by the send: back, with new participant ids
            assert same_but_participant_ids(after[old["id"]], old) and after[old["id"]] != old
        else:
            assert after[old["id"]] == old                     # everything Apptoto answers, exactly
    writes = len(sandbox.requests)
    again = plan(sandbox, journal)
    assert again.nothing_to_do and again.lines()[0].startswith("Nothing to undo: Apptoto is already as it was")
    second = execute(again, client_for(sandbox), options(), journal, sleep=clock.sleep, clock=clock)
    assert second.outcomes == {} and second.message.startswith("Nothing to undo")
    assert {m for m, _ in sandbox.requests[writes:]} <= {"GET"}                     # reads only
    [entry] = list_runs(journal, sends_only=True)
    assert entry.undone and entry.undo_text().startswith("undone ")


def test_the_before_state_is_journaled_privately_before_the_first_change(sandbox, journal, clock):
    seeded = seed(sandbox)
    go(sandbox, the_send(seeded), journal, clock)
    [run] = journal.runs()
    records = journal.read(run)
    kinds = [r["type"] for r in records]
    assert kinds.index("before") < kinds.index("request")
    befores = {b["key"]: b for r in records if r["type"] == "before" for b in r["items"]}
    assert set(befores) == {4, 5, 6, 7}                          # the rows that change an event; not new rows
    assert befores[4]["event"]["content"] == "Old notes" and befores[4]["event"]["participants"][0]["name"] == "Pat 0"
    assert befores[7]["known"] and befores[7]["event"] is None   # no such id: nothing to restore
    assert stat.S_IMODE(os.stat(run.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(journal.directory).st_mode) == 0o700


def test_an_event_changed_after_the_send_is_a_conflict_left_alone_unless_confirmed(sandbox, journal, clock):
    seeded = seed(sandbox)
    result = go(sandbox, the_send(seeded), journal, clock)
    sandbox.store.upsert([{"id": seeded[0]["id"], "title": "Edited by the front desk"}])
    sandbox.store.upsert([{"id": result[2].id, "location": "Room 1"}])
    steps = {s.key: s for s in plan(sandbox, journal).steps}
    assert "changed in Apptoto since the send (title)" in steps[4].conflict
    assert "changed in Apptoto since the send (location)" in steps[2].conflict
    assert "CONFLICT" in steps[4].line() and not steps[5].conflict
    first = undo(sandbox, journal, clock)
    assert {s.key for s in first.held} == {2, 4} and first.left == 2 and set(first.outcomes) == {3, 5, 6}
    events = {e["id"]: e for e in sandbox.events}
    assert events[seeded[0]["id"]]["title"] == "Edited by the front desk" and not events[result[2].id]["is_deleted"]
    [entry] = list_runs(journal, sends_only=True)
    assert not entry.undone and entry.undo_text() == "partly undone (2 rows left)"
    second = undo(sandbox, journal, clock, confirmed=[4])
    assert set(second.outcomes) == {4} and second.left == 1
    assert {e["id"]: e for e in sandbox.events}[seeded[0]["id"]]["title"] == "Check-up 0"
    third = undo(sandbox, journal, clock, confirmed=True)
    assert set(third.outcomes) == {2} and third.left == 0 and list_runs(journal, sends_only=True)[0].undone


def test_participants_already_messaged_are_warned_about_and_kept(sandbox, journal, clock):
    seeded = seed(sandbox)
    result = go(sandbox, the_send(seeded), journal, clock)
    sandbox.mark_messaged(result[2].id, "reminded")
    sandbox.mark_messaged(seeded[0]["id"], "confirmed", who="Cy")          # added by the send
    steps = {s.key: s for s in plan(sandbox, journal).steps}
    assert steps[2].messaged == ["Pat 10 (reminded)"] and "what went out cannot be recalled" in steps[2].line()
    assert steps[4].kept == ["Cy (confirmed)"] and "Apptoto keeps participants already messaged" in steps[4].line()
    done = undo(sandbox, journal, clock)
    assert done.left == 0 and "participant Cy was not removed: already messaged" in done.outcomes[4].message
    event = {e["id"]: e for e in sandbox.events}[seeded[0]["id"]]
    assert [p["name"] for p in event["participants"]] == ["Pat 0", "Cy"]
    assert plan(sandbox, journal).nothing_to_do                  # Cy cannot go: nothing more to undo


def test_an_interrupted_undo_finishes_when_run_again(sandbox, journal, clock):
    seeded = seed(sandbox)
    go(sandbox, the_send(seeded), journal, clock)
    stop = []
    first = undo(sandbox, journal, clock, cancel=lambda: bool(stop),
                 progress=lambda done, total, text: stop.append(1) if done >= 2 else None)
    assert first.status == "cancelled" and first.left > 0
    assert list_runs(journal, sends_only=True)[0].undo_text().startswith("partly undone")
    writes = [m for m, _ in sandbox.requests if m != "GET"]
    second = undo(sandbox, journal, clock)
    assert second.left == 0 and set(second.outcomes) == {2, 3, 4, 5, 6} - set(
        k for k, o in first.outcomes.items() if o.state in ("deleted", "updated"))
    assert len([m for m, _ in sandbox.requests if m != "GET"]) > len(writes)
    assert plan(sandbox, journal).nothing_to_do and list_runs(journal, sends_only=True)[0].undone


def test_a_cancelled_appointment_is_re_created_once(sandbox, journal, clock):
    [gone, _] = sandbox.store.seed([wire_event(0, external_id="GONE", content="Notes", custom_data={"a": "1"}),
                                    wire_event(1, external_id="KEEP")])
    go(sandbox, [SendItem(2, {"external_id": "GONE"}, CANCEL)], journal, clock)
    [step] = plan(sandbox, journal).steps
    assert step.action == RECREATE and "Apptoto cannot bring a deleted event back" in step.line()
    done = undo(sandbox, journal, clock)
    back = next(e for e in sandbox.events if e["id"] == done.outcomes[2].id)
    assert done.outcomes[2].state == "created" and "stays deleted" in done.outcomes[2].message
    for key in ("title", "start_time", "end_time", "content", "custom_data", "calendar_id"):
        assert back[key] == gone[key]
    assert [p["name"] for p in back["participants"]] == ["Pat 0"]
    assert {e["id"]: e for e in sandbox.events}[gone["id"]]["is_deleted"]
    again = plan(sandbox, journal)
    assert again.nothing_to_do and again.steps[0].why == f"re-created already as event #{back['id']}"


def test_an_old_run_without_before_state_restores_nothing_it_cannot(sandbox, journal, clock):
    seeded = seed(sandbox)
    go(sandbox, the_send(seeded), journal, clock)
    [run] = journal.runs()
    lines = run.path.read_text().splitlines(keepends=True)
    run.path.write_text("".join(line for line in lines if '"type": "before"' not in line))
    steps = {s.key: s for s in plan(sandbox, journal).steps}
    assert steps[2].action == DELETE and steps[4].action == CANNOT
    assert "its state before the send was not kept" in steps[4].line()
    assert any("no before-state" in note for note in plan(sandbox, journal).notes)


def test_another_account_cannot_undo_the_send(sandbox, journal, clock):
    go(sandbox, [SendItem(2, wire_event(1), NEW)], journal, clock)
    other = ApptotoClient(sandbox.url, "someone@example.com", "key")
    with pytest.raises(UndoRefused, match="connect to that account") as refused:
        plan_undo(journal, find_run(journal, "last"), other, Pacer(RateLimiter(600_000)))
    assert f"the sandbox ({sandbox.url.split('//')[1]}), account demo@example.com" in str(refused.value)


def test_a_send_to_an_earlier_sandbox_is_said_plainly(sandbox, journal, clock):
    go(sandbox, [SendItem(2, wire_event(1), NEW)], journal, clock)
    with SandboxServer() as restarted:                  # the sandbox of a new session: another port, empty
        with pytest.raises(UndoRefused) as refused:
            plan_undo(journal, find_run(journal, "last"), client_for(restarted), Pacer(RateLimiter(600_000)))
    text = str(refused.value)
    assert text == ("This send went to the sandbox of an earlier session. The sandbox starts afresh each time it is "
                    "started, so nothing that send made is left to undo.")
    assert "127.0.0.1" not in text


def test_a_send_to_another_server_names_it_as_the_app_does():
    run = SimpleNamespace(base_url="https://api.apptoto.com/", user="jo@clinic.example")
    text = refusal(run, "http://127.0.0.1:38467", "demo@example.com")
    assert text == ("This send went to Apptoto (api.apptoto.com), account jo@clinic.example; connect to that account "
                    "to undo it (you are connected to the sandbox (127.0.0.1:38467), account demo@example.com).")
    assert refusal(run, "https://API.apptoto.com", "JO@clinic.example") == ""


def test_a_send_between_the_plan_and_the_undo_is_noticed(sandbox, journal, clock):
    seeded = seed(sandbox)
    go(sandbox, the_send(seeded), journal, clock)
    ready = plan(sandbox, journal)
    go(sandbox, [SendItem(9, {"id": seeded[1]["id"], "content": "Changed again"}, UPDATE)], journal, clock)
    client = client_for(sandbox)
    done = execute(ready, client, options(), journal, sleep=clock.sleep, clock=clock)
    assert [s.key for s in done.held] == [5] and 5 not in done.outcomes and done.left == 1
    assert {e["id"]: e for e in sandbox.events}[seeded[1]["id"]]["content"] == "Changed again"


def test_an_event_the_answer_shows_was_there_before_is_not_deleted_unasked(sandbox, journal, clock):
    """A row's own External ID is looked for among the listed dates only: an appointment moved from further away
    reads as new. Apptoto's answer shows what the row did not send (notes) or participants messaged already."""
    [far] = sandbox.store.seed([wire_event(40, external_id="MOVED", content="Allergic to latex")])
    sandbox.mark_messaged(far["id"])
    go(sandbox, [SendItem(2, wire_event(1, external_id="MOVED"), "maybe_update")], journal, clock)
    [step] = plan(sandbox, journal).steps
    assert step.action == DELETE and "Apptoto may have had it before the send" in step.conflict
    assert "content the row did not send" in step.conflict
    undo(sandbox, journal, clock)
    assert not sandbox.events[0]["is_deleted"]


def test_a_step_apptoto_refuses_is_reported_and_the_rest_is_undone(sandbox, journal, clock, monkeypatch):
    from gui.apptoto.errors import BadRequest

    seeded = seed(sandbox)
    go(sandbox, the_send(seeded), journal, clock)
    client = client_for(sandbox)
    real = client.put_events

    def refuse_upd1(events, **kwargs):
        if any(e.get("id") == seeded[0]["id"] for e in events):
            raise BadRequest(422, '{"error": "time_zone must not be null"}')
        return real(events, **kwargs)

    monkeypatch.setattr(client, "put_events", refuse_upd1)
    ready = plan_undo(journal, find_run(journal, "last"), client, Pacer(RateLimiter(600_000)))
    done = execute(ready, client, options(), journal, sleep=clock.sleep, clock=clock)
    assert done.outcomes[4].state == "failed" and "time_zone must not be null (422)" in done.outcomes[4].message
    assert {k for k, o in done.outcomes.items() if o.state in ("deleted", "updated")} == {2, 3, 5, 6}
    assert done.left == 1 and "row 4: failed: Apptoto rejected this row" in "\n".join(done.lines())
    [entry] = list_runs(journal, sends_only=True)
    assert entry.undo_text() == "partly undone (1 row left)"
    [step] = [s for s in plan(sandbox, journal).steps if s.action != NOTHING]
    assert step.key == 4 and step.action == RESTORE                     # the next undo tries it again


def _methods(sb, since):
    return [m for m, _ in sb.requests[since:]]


def test_the_undo_asks_nothing_again_and_restores_in_batched_puts(journal, clock):
    """The plan read every event: the undo sends one DELETE per created event and the restores in batches (it asked
    one GET per event again before, most of an undo's time); with 502s above two events a batch, the restores are
    split and every row still ends with exactly one outcome."""
    with with_calendars(SandboxServer()) as sb:
        seeded = sb.store.seed([wire_event(100 + n, external_id=f"U-{n}") for n in range(6)])
        items = [SendItem(n, wire_event(n), NEW) for n in range(4)]
        items += [SendItem(10 + n, {"id": e["id"], "title": f"Moved {n}"}, UPDATE) for n, e in enumerate(seeded)]
        before = sb.events
        go(sb, items, journal, clock)
        ready = plan(sb, journal)
        since = len(sb.requests)
        result = execute(ready, client_for(sb), options(), journal, sleep=clock.sleep, clock=clock)
        assert _methods(sb, since) == ["DELETE"] * 4 + ["PUT"]
        assert result.left == 0 and len(result.undone()) == 10
        assert {e["id"]: e["title"] for e in sb.events if e["id"] in {s["id"] for s in seeded}} == \
            {e["id"]: e["title"] for e in before}

    with with_calendars(SandboxServer(faults=FaultConfig.parse("502_above=2"))) as sb:
        seeded = sb.store.seed([wire_event(100 + n, external_id=f"U-{n}") for n in range(6)])
        go(sb, [SendItem(10 + n, {"id": e["id"], "title": f"Moved {n}"}, UPDATE) for n, e in enumerate(seeded)],
           journal, clock)
        ready = plan(sb, journal)
        since = len(sb.requests)
        result = execute(ready, client_for(sb), options(), journal, sleep=clock.sleep, clock=clock)
        assert "GET" not in _methods(sb, since) and _methods(sb, since).count("PUT") >= 3
        assert sorted(result.outcomes) == sorted(10 + n for n in range(6))
        assert {o.state for o in result.outcomes.values()} == {"updated"} and result.left == 0
        assert [e["title"] for e in sb.events] == [e["title"] for e in seeded]
