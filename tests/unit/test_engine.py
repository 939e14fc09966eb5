"""The submit engine against the sandbox: states, ids, differences, retries, bisect, cancel, auth."""

from __future__ import annotations

import re

import pytest

from gui.apptoto.engine import SendItem, SendOptions, assign_external_ids, submit
from gui.apptoto.errors import NetworkError, RateLimited, ServerError
from gui.apptoto.sandbox import FaultConfig, SandboxServer
from tests.helpers.apptoto import ScriptedClient, client_for, wire_event, with_calendars


def run(items, client, clock, **options):
    opts = SendOptions(seed=1, **options)
    return submit(items, client, opts, sleep=clock.sleep, clock=clock)


def new_items(count, **extra):
    return [SendItem(n + 2, wire_event(n, **extra), "new") for n in range(count)]


def test_new_items_are_created_with_generated_external_ids(sandbox, clock):
    items = new_items(20)
    progress = []
    result = submit(items, client_for(sandbox), SendOptions(), progress=lambda *a: progress.append(a),
                    sleep=clock.sleep, clock=clock)
    assert result.status == "finished" and result.counts()["created"] == 20
    by_ext = {e["external_id"]: e["id"] for e in sandbox.events}
    for item in items:
        outcome = result[item.key]
        assert re.fullmatch(r"as-[0-9a-f]{16}", outcome.external_id)
        assert by_ext[outcome.external_id] == outcome.id
        assert outcome.differences == []
    assert len(by_ext) == 20
    assert progress[-1][:2] == (20, 20)
    assert sum(1 for method, _ in sandbox.requests if method == "PUT") == 2      # 15 + 5
    again = new_items(20)                       # another run, another computer: the same ids
    assign_external_ids(again)
    assert [i.event["external_id"] for i in again] == [result[i.key].external_id for i in items]


def test_external_ids_come_from_the_appointment_and_two_alike_rows_are_told_apart():
    first, second = SendItem(1, wire_event(1)), SendItem(2, wire_event(1, location="Room 2"))
    assign_external_ids([first, second])         # the same calendar, start and participant: extended identity
    ids = first.event["external_id"], second.event["external_id"]
    assert ids[0] != ids[1] and all(re.fullmatch(r"as-[0-9a-f]{16}", x) for x in ids)
    edited = SendItem(3, wire_event(1, title="Renamed"))
    assign_external_ids([edited])                # alone, a changed title keeps the id (the participant decides)
    alone = SendItem(4, wire_event(1))
    assign_external_ids([alone])
    assert edited.event["external_id"] == alone.event["external_id"] not in ids


def test_a_row_repeating_another_is_sent_once_and_reported(sandbox, clock):
    items = [SendItem(2, wire_event(1)), SendItem(3, wire_event(1)), SendItem(4, wire_event(2))]
    result = run(items, client_for(sandbox), clock)
    assert (result[2].state, result[3].state, result[4].state) == ("created", "failed", "created")
    assert "same appointment as row 2" in result[3].message and len(sandbox.events) == 2


def test_assign_external_ids_only_fills_rows_without_a_key():
    items = [SendItem(1, wire_event(1)), SendItem(2, wire_event(2, external_id="mine")),
             SendItem(3, {"id": 77, "title": "x"}, "update")]
    assigned = assign_external_ids(items)
    assert list(assigned) == [1] and items[0].event["external_id"] == assigned[1]
    assert items[1].event["external_id"] == "mine" and "external_id" not in items[2].event
    assert assign_external_ids(items) == {}            # stable: a second call changes nothing


def test_update_by_id_and_by_external_id(sandbox, clock):
    client = client_for(sandbox)
    first = run(new_items(2), client, clock)
    id_a, ext_b = first[2].id, first[3].external_id
    items = [SendItem("a", {"id": id_a, "title": "By id"}, "update"),
             SendItem("b", {"external_id": ext_b, "title": "By ext"}, "update")]
    result = run(items, client, clock)
    assert [result[k].state for k in "ab"] == ["updated", "updated"]
    assert result["b"].id == first[3].id
    assert sorted(e["title"] for e in sandbox.events) == ["By ext", "By id"]
    assert len(sandbox.events) == 2


def test_maybe_update_is_resolved_to_created_or_updated(sandbox, clock):
    client = client_for(sandbox)
    run([SendItem(1, wire_event(1, external_id="known"))], client, clock)
    items = [SendItem("old", wire_event(1, external_id="known", title="Changed"), "maybe_update"),
             SendItem("new", wire_event(2, external_id="fresh"), "maybe_update")]
    result = run(items, client, clock)
    assert (result["old"].state, result["new"].state) == ("updated", "created")
    assert len(sandbox.events) == 2


def test_blank_field_leaves_it_unchanged_and_times_compare_as_instants(sandbox, clock):
    client = client_for(sandbox)
    first = run([SendItem(1, wire_event(1, content="Bring forms"))], client, clock)
    event = {"id": first[1].id, "title": "Renamed", "start_time": wire_event(1)["start_time"]}
    result = run([SendItem(1, event, "update")], client, clock)
    assert result[1].state == "updated" and result[1].differences == []    # -05:00 sent, -08:00 back
    [stored] = sandbox.events
    assert (stored["title"], stored["content"]) == ("Renamed", "Bring forms")


def test_participants_replaced_whole_and_messaged_ones_reported(sandbox, clock):
    client = client_for(sandbox)
    two = [{"name": "Ann", "email": "ann@example.com"}, {"name": "Bob", "email": "bob@example.com"}]
    first = run([SendItem(1, wire_event(1, participants=two))], client, clock)
    sandbox.mark_messaged(first[1].id, "confirmed", who="Ann")
    update = {"id": first[1].id, "participants": [{"name": "Cy", "email": "cy@example.com"}]}
    result = run([SendItem(1, update, "update")], client, clock)
    [stored] = sandbox.events
    assert [p["name"] for p in stored["participants"]] == ["Cy", "Ann"]          # Bob removed, Ann kept
    assert len(result[1].differences) == 1
    assert "Ann" in result[1].differences[0] and "already messaged (confirmed)" in result[1].differences[0]
    assert "Ann" in result[1].message


def test_calendar_move_is_reported(sandbox, clock):
    client = client_for(sandbox)
    first = run([SendItem(1, wire_event(1))], client, clock)
    result = run([SendItem(1, {"id": first[1].id, "calendar": "Dr Baker"}, "update")], client, clock)
    assert result[1].state == "updated"
    assert result[1].differences == [
        "not moved to Dr Baker: the event stays in Dr Adams (Apptoto cannot move events between calendars)"]


def test_time_not_changed_is_reported(sandbox, clock):
    sandbox.store.ignore_time_updates = True
    client = client_for(sandbox)
    first = run([SendItem(1, wire_event(1))], client, clock)
    later = wire_event(9)
    result = run([SendItem(1, {"id": first[1].id, "start_time": later["start_time"],
                               "end_time": later["end_time"]}, "update")], client, clock)
    assert len(result[1].differences) == 2 and "kept the start" in result[1].differences[0]


def test_client_side_rate_limit_spaces_requests(sandbox, clock):
    times = []
    client = client_for(sandbox)
    original = client.put_events
    client.put_events = lambda events, **kw: (times.append(clock()), original(events, **kw))[1]
    run(new_items(10), client, clock, batch_size=1, max_batch=1, rate_per_minute=60)
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert len(gaps) == 9 and min(gaps) >= 0.999


def test_429_honours_retry_after(sandbox, clock):
    client = ScriptedClient(client_for(sandbox), [RateLimited(42.0)])
    result = run(new_items(3), client, clock)
    assert result.counts()["created"] == 3 and len(sandbox.events) == 3
    assert 42.0 <= clock.slept < 43.5            # the server's 42 s, plus the request spacing


def test_5xx_backs_off_exponentially_with_jitter_from_the_second_failure_in_a_row(sandbox, clock):
    client = ScriptedClient(client_for(sandbox), [ServerError(500), ServerError(500), ServerError(500)])
    result = run(new_items(1), client, clock, backoff_base=2.0, rate_per_minute=6000)
    assert result[2].state == "created"
    assert 4.0 <= clock.slept <= 8.5             # 1-2 + 1-2 (chance) + 2-4 s (an outage?) of back-off, + spacing
    assert client.sizes == [1, 1, 1, 1]


def test_502_halves_the_batch_and_it_settles_at_the_size_apptoto_takes(clock):
    with with_calendars(SandboxServer(faults=FaultConfig(max_batch=8))) as sb:
        client = ScriptedClient(client_for(sb), [])
        result = run(new_items(30), client, clock)
        assert result.counts()["created"] == 30 and len(sb.events) == 30
    # 15 too big: halved to 7; grows by 2; 9 too big: back to the 7 that worked, then up to 8, below the 9
    assert client.sizes == [15, 7, 9, 7, 8, 8] and result.largest_batch == 8


def test_timeout_after_commit_is_retried_safely_and_halves(sandbox, clock):
    client = ScriptedClient(client_for(sandbox), ["timeout"])
    result = run(new_items(10), client, clock)
    assert result.counts()["created"] == 10
    assert len(sandbox.events) == 10                                    # applied twice, stored once
    assert client.sizes == [10, 5, 5]


def test_drop_without_external_id_is_unknown_and_not_resent(sandbox, clock):
    client = ScriptedClient(client_for(sandbox), ["drop"])
    result = run(new_items(3), client, clock, generate_external_ids=False)
    assert client.sizes == [3]
    assert {o.state for o in result.values()} == {"unknown"}
    assert all("check Apptoto before resending" in o.message for o in result.values())
    assert len(sandbox.events) == 3


def test_drop_with_external_ids_is_resent_without_duplicates(sandbox, clock):
    client = ScriptedClient(client_for(sandbox), ["drop", "drop"])
    result = run(new_items(4), client, clock)
    assert [o.state for o in result.values()] == ["created"] * 4
    assert len(sandbox.events) == 4 and client.sizes == [4, 4, 4]


def test_refused_connection_is_retried_even_without_external_id(sandbox, clock):
    client = ScriptedClient(client_for(sandbox), [NetworkError("connection", maybe_applied=False)])
    result = run(new_items(2), client, clock, generate_external_ids=False)
    assert [o.state for o in result.values()] == ["created"] * 2 and len(sandbox.events) == 2


def test_a_rejected_batch_is_bisected_to_the_failing_rows(sandbox, clock):
    items = new_items(15)
    for bad in (3, 11):
        del items[bad].event["title"]
    client = ScriptedClient(client_for(sandbox), [])
    result = run(items, client, clock)
    failed = [k for k, o in result.items() if o.state == "failed"]
    assert failed == [items[3].key, items[11].key]
    assert "Apptoto rejected this row" in result[failed[0]].message and "title" in result[failed[0]].message
    assert result.counts()["created"] == 13 and len(sandbox.events) == 13
    assert len(client.sizes) <= 16                # about 2 * log2(15) requests per bad row


def test_gives_up_after_max_retries(sandbox, clock):
    client = ScriptedClient(client_for(sandbox), [ServerError(500)] * 10)
    result = run(new_items(2), client, clock, max_retries=3)
    assert [o.state for o in result.values()] == ["failed", "failed"]
    assert "gave up after 4 tries" in result[2].message and len(client.sizes) == 4


def test_maybe_applied_then_give_up_is_unknown_not_failed(sandbox, clock):
    client = ScriptedClient(client_for(sandbox), ["drop", ServerError(500), ServerError(500)])
    result = run(new_items(1), client, clock, max_retries=2)
    assert result[2].state == "unknown" and "sending it again is safe" in result[2].message


def test_answer_out_of_order_is_matched_by_external_id(sandbox, clock):
    client = ScriptedClient(client_for(sandbox), ["reverse"])
    result = run(new_items(5), client, clock)
    ids = {e["external_id"]: e["id"] for e in sandbox.events}
    assert all(ids[o.external_id] == o.id for o in result.values())


def test_cancel_between_batches(sandbox, clock):
    cancelled = []
    def progress(done, total, message):
        if done >= 15:
            cancelled.append(True)
    result = submit(new_items(40), client_for(sandbox), SendOptions(), progress=progress,
                    cancel=lambda: bool(cancelled), sleep=clock.sleep, clock=clock)
    assert result.status == "cancelled"
    assert result.counts() == {"created": 15, "updated": 0, "deleted": 0, "failed": 0, "unknown": 0, "skipped": 25}
    assert len(sandbox.events) == 15
    assert all("cancelled" in o.message for o in result.values() if o.state == "skipped")


def test_wrong_key_stops_the_run_and_sends_nothing(sandbox, clock):
    result = run(new_items(20), client_for(sandbox, key="wrong"), clock)
    assert result.status == "auth_failed" and "API key" in result.message
    assert result.counts()["skipped"] == 20 and sandbox.events == []
    assert len(sandbox.requests) == 1


def test_key_revoked_mid_run_keeps_what_was_done(sandbox, clock):
    client = client_for(sandbox)
    def progress(done, total, message):
        if done == 15:
            sandbox.users.clear()
    result = submit(new_items(40), client, SendOptions(), progress=progress, sleep=clock.sleep, clock=clock)
    assert result.status == "auth_failed"
    assert result.counts() == {"created": 15, "updated": 0, "deleted": 0, "failed": 0, "unknown": 0, "skipped": 25}
    assert all(result[k].id for k in list(result)[:15])


def test_duplicate_keys_are_refused(sandbox, clock):
    with pytest.raises(ValueError):
        run([SendItem(1, wire_event(1)), SendItem(1, wire_event(2))], client_for(sandbox), clock)


def test_a_halved_batch_is_back_to_the_size_that_worked_after_one_answer(sandbox, clock):
    client = ScriptedClient(client_for(sandbox), [ServerError(502)])
    result = submit(new_items(120), client, SendOptions(seed=1), sleep=clock.sleep, clock=clock, largest_batch=20)
    assert result.counts()["created"] == 120 and len(sandbox.events) == 120
    # 20 worked before (remembered): its 502 is chance: halved to 10, then 20 again at once, then growing
    assert client.sizes[:5] == [20, 10, 20, 22, 24]


def test_a_size_that_never_worked_and_fails_sends_the_size_that_did(sandbox, clock):
    client = ScriptedClient(client_for(sandbox), [None, ServerError(502)])
    result = run(new_items(120), client, clock)
    assert result.counts()["created"] == 120
    # 15 worked, 17 answered 502: back to 15; 16 is allowed, 17 again only after three answers
    assert client.sizes[:7] == [15, 17, 15, 16, 16, 17, 19]


def test_a_timeout_halves_and_additive_growth_starts_from_there(sandbox, clock):
    client = ScriptedClient(client_for(sandbox), ["timeout"])
    result = run(new_items(60), client, clock)
    assert result.counts()["created"] == 60 and len(sandbox.events) == 60     # the first try was applied
    assert client.sizes[:5] == [15, 7, 9, 11, 13] and max(client.sizes) <= 15


def test_maybe_updates_are_resolved_with_one_listing_when_they_exist(sandbox, clock):
    client = client_for(sandbox)
    run([SendItem(n, wire_event(n, external_id=f"known-{n}")) for n in range(5)], client, clock)
    before = len(sandbox.requests)
    items = [SendItem(n, wire_event(n, external_id=f"known-{n}", title="Again"), "maybe_update") for n in range(5)]
    items.append(SendItem("x", wire_event(6, external_id="brand-new"), "maybe_update"))
    result = run(items, client, clock)
    assert [result[n].state for n in range(5)] == ["updated"] * 5 and result["x"].state == "created"
    methods = [m for m, _ in sandbox.requests[before:]]
    assert methods == ["GET", "GET", "PUT"]     # listing page 1, empty page 2 (no lookup: valid as new), the send
