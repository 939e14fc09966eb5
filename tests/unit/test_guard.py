"""The guard against duplicates: a new row that is an appointment Apptoto already has is sent as an update of it;
one that may be is held back (or created when the user says so); two appointments are never merged."""

from __future__ import annotations

from gui.apptoto.engine import SendItem, SendOptions, submit
from gui.apptoto.presend import assign_external_ids
from tests.helpers.apptoto import client_for, wire_event


def send(sandbox, clock, *events, **kwargs):
    items = [SendItem(n + 2, dict(event), "new") for n, event in enumerate(events)]
    return submit(items, client_for(sandbox), SendOptions(seed=1), sleep=clock.sleep, clock=clock, **kwargs)


def existing(sandbox, *events):
    """Events another program put in Apptoto (no external_id of ours)."""
    return sandbox.store.seed([dict(e) for e in events])


def methods(sandbox):
    return [(m, p.split("?")[0]) for m, p in sandbox.requests]


def test_the_same_appointment_entered_elsewhere_is_updated_not_created(sandbox, clock):
    [there] = existing(sandbox, wire_event(1))
    result = send(sandbox, clock, wire_event(1, title="Check-up (edited)"))
    assert len(sandbox.events) == 1 and sandbox.events[0]["title"] == "Check-up (edited)"
    assert result[2].state == "updated" and result[2].id == there["id"]
    assert result[2].message.startswith(f"Already in Apptoto as event #{there['id']}, so it was updated")
    assert result[2].why == "already_there"
    assert sandbox.events[0]["external_id"] == result[2].external_id          # it now carries our id


def test_another_person_in_the_same_slot_is_another_appointment(sandbox, clock):
    existing(sandbox, wire_event(1))
    other = wire_event(1, participants=[{"name": "Someone Else", "email": "else@example.com"}])
    result = send(sandbox, clock, other)
    assert result[2].state == "created" and len(sandbox.events) == 2


def test_the_same_person_at_another_time_that_day_is_held_back_unless_asked_to_create(sandbox, clock):
    [there] = existing(sandbox, wire_event(1))
    moved = wire_event(3, participants=wire_event(1)["participants"])          # same day, an hour later
    result = send(sandbox, clock, moved)
    assert result[2].state == "skipped" and len(sandbox.events) == 1
    assert f"may already be in Apptoto as event #{there['id']}" in result[2].message
    assert "same participant and calendar on the same day" in result[2].message
    [uncertain] = result.check.uncertain
    assert uncertain.key == 2 and uncertain.candidate["id"] == there["id"]
    assert uncertain.event["start_time"] == moved["start_time"]
    assert (result[2].why, result[2].maybe_id) == ("held_back", there["id"]) and result.check.held_back(result)
    # Apptoto answers in its own offset (the sandbox: Los Angeles); the row's reader sees the time as the row has it
    assert there["start_time"] == "2025-03-03T06:30:00-08:00"
    assert "“Check-up 1” on Mon 3 Mar 2025 09:30: the same participant" in uncertain.line()
    assert uncertain.appointment() == "“Check-up 3” on Mon 3 Mar 2025 10:30 with Pat 1"
    again = send(sandbox, clock, moved, create_anyway={2})
    assert again[2].state == "created" and len(sandbox.events) == 2
    assert again.check.held_back(again) == [] and again[2].why == ""


def test_the_same_slot_without_participants_and_another_title_is_uncertain(sandbox, clock):
    existing(sandbox, wire_event(1, participants=[], title="Staff meeting"))
    result = send(sandbox, clock, wire_event(1, participants=[], title="Team meeting"))
    assert result[2].state == "skipped" and "another title (Staff meeting)" in result[2].message
    same = send(sandbox, clock, wire_event(1, participants=[], title="staff  MEETING"))
    assert same[2].state == "updated" and len(sandbox.events) == 1


def test_two_rows_never_take_the_same_event(sandbox, clock):
    [there] = existing(sandbox, wire_event(1, title="Cleaning"))
    xray = wire_event(1, title="X-ray")                        # the same person and slot, listed first
    cleaning = wire_event(1, title="Cleaning")
    result = send(sandbox, clock, xray, cleaning)
    assert (result[3].state, result[3].id) == ("updated", there["id"])       # the same title takes it
    assert result[2].state == "created" and len(sandbox.events) == 2


def test_several_events_that_match_are_uncertain(sandbox, clock):
    existing(sandbox, wire_event(1), wire_event(1, title="Other"))
    result = send(sandbox, clock, wire_event(1))
    assert result[2].state == "skipped" and "2 appointments in Apptoto have" in result[2].message


def test_an_event_known_by_another_external_id(sandbox, clock):
    [there] = existing(sandbox, wire_event(1, external_id="EHR-77"))
    mine = send(sandbox, clock, wire_event(1, external_id="PM-5"))          # the user's own id: ask
    assert mine[2].state == "skipped" and "another external ID (EHR-77)" in mine[2].message
    ours = send(sandbox, clock, wire_event(1))                               # a derived id: it is that event
    assert (ours[2].state, ours[2].id, ours[2].external_id) == ("updated", there["id"], "EHR-77")
    assert [e["external_id"] for e in sandbox.events] == ["EHR-77"]          # its own id is kept


def test_a_deleted_event_is_not_an_appointment_to_update(sandbox, clock):
    existing(sandbox, wire_event(1, external_id="gone"))
    sandbox.store.delete(external_id="gone")
    result = send(sandbox, clock, wire_event(1))
    assert result[2].state == "created" and len(sandbox.events) == 2


def test_answers_without_external_id_or_calendar_name(sandbox, clock):
    """A terser Apptoto: the listing cannot find a row by its external_id, nor compare calendar names."""
    sandbox.store.echo_external_id = False
    sandbox.store.calendar_names = False
    first = send(sandbox, clock, *[wire_event(n) for n in range(4)])
    assert first.counts()["created"] == 4
    assert set(first.calendars.values()) == {"Dr Adams"}                    # learned from what was created
    before = len(sandbox.requests)
    again = send(sandbox, clock, *[wire_event(n) for n in range(4)])         # nothing remembered: ask each
    assert again.counts()["updated"] == 4 and len(sandbox.events) == 4
    assert methods(sandbox)[before:] == [("GET", "/v1/events")] * 2 + [("GET", "/v1/event")] * 4 + [
        ("PUT", "/v1/events")]
    before = len(sandbox.requests)
    third = send(sandbox, clock, *[wire_event(n) for n in range(4)], calendars=first.calendars)
    assert third.counts()["updated"] == 4 and len(sandbox.events) == 4       # names known: no GET per row
    assert methods(sandbox)[before:] == [("GET", "/v1/events")] * 2 + [("PUT", "/v1/events")]


def test_ids_are_derived_alike_on_every_computer_and_edits_that_keep_the_identity_keep_the_id():
    a = [SendItem(1, wire_event(1)), SendItem(2, wire_event(2))]
    b = [SendItem(9, wire_event(2, content="notes", custom_data={"token": "s3cret"})),
         SendItem(8, wire_event(1, title="Renamed", location="Room 4"))]
    assign_external_ids(a)
    assign_external_ids(b)
    assert a[0].event["external_id"] == b[1].event["external_id"]
    assert a[1].event["external_id"] == b[0].event["external_id"]
    moved = [SendItem(1, wire_event(1, start_time="2025-03-03T10:00:00-05:00"))]
    assign_external_ids(moved)
    assert moved[0].event["external_id"] != a[0].event["external_id"]
    utc = [SendItem(1, wire_event(1, start_time="2025-03-03T14:30:00Z", calendar=" dr ADAMS "))]
    assign_external_ids(utc)                             # the same instant and calendar written otherwise
    assert utc[0].event["external_id"] == a[0].event["external_id"]
