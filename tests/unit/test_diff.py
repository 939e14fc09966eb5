"""Compare with Apptoto against the sandbox: every kind of row, and unknown external_ids becoming new."""

from __future__ import annotations

import pytest

from gui.apptoto.diff import RowEvent, apply_known, classify, compare_rows, counts, row_events
from gui.apptoto.errors import AuthError, ServerError
from gui.apptoto.ratelimit import RateLimiter
from gui.core.schedule import Schedule
from gui.core.snapshot import Snapshot
from gui.core.vocab import NEW, UPDATE
from tests.helpers.apptoto import client_for, wire_event
from tests.helpers.fakes import FakeClock


def limiter():
    clock = FakeClock()
    return RateLimiter(90, clock=clock, sleep=clock.sleep)


def compare(sandbox, *events, **kwargs):
    rows = [RowEvent(i, i + 2, event) for i, event in enumerate(events)]
    return compare_rows(rows, client_for(sandbox), limiter(), **kwargs)


def seeded(sandbox, **extra):
    """One existing event (external_id 'E-1', calendar 'Dr Adams'); returns it as the sandbox answers it."""
    return sandbox.store.seed([wire_event(1, external_id="E-1", custom_data={"insurance": "Aetna"}, **extra)])[0]


def test_a_row_without_key_and_an_unknown_external_id_are_new(sandbox):
    no_key, unknown = compare(sandbox, wire_event(1), wire_event(2, external_id="nobody"))
    assert (no_key.kind, no_key.known, no_key.changes) == ("new", None, {})
    assert (unknown.kind, unknown.known) == ("new", NEW)
    assert [m for m, _ in sandbox.requests] == ["GET"]          # only the unknown one was asked about


def test_the_same_event_written_differently_is_unchanged(sandbox):
    seeded(sandbox)
    same = wire_event(1, external_id="E-1", custom_data={"insurance": "Aetna"})
    same["start_time"] = "2025-03-03T14:30:00+00:00"             # the same instants in UTC
    same["end_time"] = "2025-03-03T15:00:00Z"
    same["participants"] = [{"name": "Pat 1", "phone": "+1 (555) 000-0001"}]
    same["time_zone"] = "America/New_York"                      # Apptoto's answer names no zone: not compared
    sandbox.store.echo_time_zone = False                        # (an answer of `time_zone: null` is a change)
    diff, = compare(sandbox, same)
    assert (diff.kind, diff.changes, diff.reasons, diff.known) == ("unchanged", {}, [], UPDATE)
    assert diff.current["external_id"] == "E-1"


def test_an_update_lists_each_field_old_to_new(sandbox):
    seeded(sandbox)
    row = wire_event(1, external_id="E-1", title="Cleaning", custom_data={"insurance": "Cigna"})
    row["start_time"] = "2025-03-03T09:15:00-05:00"          # was 09:30
    row["participants"] = [{"name": "Pat 1", "phone": "5550000001", "email": "pat@example.com"}]
    diff, = compare(sandbox, row)
    assert diff.kind == "update" and diff.reasons == []
    assert diff.changes["start_time"] == ("2025-03-03T09:30:00-05:00", "2025-03-03T09:15:00-05:00")
    assert diff.changes["title"] == ("Check-up 1", "Cleaning")
    assert diff.changes["custom_data"] == ({"insurance": "Aetna"}, {"insurance": "Cigna"})
    old, new = diff.changes["participants"]
    assert old == [{"name": "Pat 1", "phone": "5550000001"}] and new[0]["email"] == "pat@example.com"
    assert set(diff.changes) == {"start_time", "title", "custom_data", "participants"}
    assert diff.as_json()["changes"]["title"] == ["Check-up 1", "Cleaning"]
    assert "title Check-up 1 → Cleaning" in diff.line()
    assert diff.line().startswith("row 2: update: start_time Mon 3 Mar 2025 09:30 → Mon 3 Mar 2025 09:15")


def test_a_calendar_move_is_a_conflict(sandbox):
    seeded(sandbox)
    diff, = compare(sandbox, wire_event(1, external_id="E-1", calendar="Dr Baker"))
    assert diff.kind == "conflict"
    assert "Dr Adams" in diff.reasons[0] and "Dr Baker" in diff.reasons[0]
    assert "cannot move" in diff.reasons[0]
    assert diff.as_json()["reasons"] == diff.reasons


def test_dropping_a_participant_who_was_messaged_is_a_conflict(sandbox):
    event = seeded(sandbox)
    sandbox.mark_messaged(event["id"])
    row = wire_event(1, external_id="E-1", custom_data={"insurance": "Aetna"},
                     participants=[{"name": "Sam Other", "phone": "5559998888"}])
    diff, = compare(sandbox, row)
    assert diff.kind == "conflict"
    assert diff.reasons == ["participant Pat 1 would be dropped but was already messaged (reminded): "
                            "Apptoto keeps them"]
    assert "participants" in diff.changes


def test_dropping_a_participant_not_yet_messaged_is_an_update(sandbox):
    seeded(sandbox)
    row = wire_event(1, external_id="E-1", custom_data={"insurance": "Aetna"},
                     participants=[{"name": "Sam Other", "phone": "5559998888"}])
    diff, = compare(sandbox, row)
    assert diff.kind == "update" and list(diff.changes) == ["participants"]


def test_an_id_that_does_not_exist_is_a_conflict(sandbox):
    diff, = compare(sandbox, {"id": 424242, "title": "Moved"})
    assert (diff.kind, diff.reasons) == ("conflict", ["id 424242 does not exist in Apptoto"])
    assert diff.known is None


def test_a_row_with_an_id_and_no_times_is_found_in_the_listing_or_looked_up_by_id(sandbox):
    event = seeded(sandbox)
    far = sandbox.store.seed([wire_event(400, external_id="far")])[0]       # months after the other rows
    diffs = compare(sandbox, {"id": event["id"], "location": "Room 2"}, {"id": far["id"], "title": "Moved"},
                    wire_event(2, external_id="x2"), wire_event(3, external_id="x3"))
    assert diffs[0].kind == "update" and diffs[0].changes == {"location": ("", "Room 2")}
    assert diffs[1].kind == "update" and diffs[1].changes == {"title": ("Check-up 400", "Moved")}
    paths = [p for _, p in sandbox.requests]
    assert f"/v1/event?id={far['id']}" in paths and f"/v1/event?id={event['id']}" not in paths
    assert sum(p.startswith("/v1/events?") for p in paths) == 2 and len(paths) == 3


def test_a_deleted_event_is_a_conflict(sandbox):
    seeded(sandbox)
    sandbox.store.delete(external_id="E-1")
    diff, = compare(sandbox, wire_event(1, external_id="E-1", custom_data={"insurance": "Aetna"}))
    assert diff.kind == "conflict" and diff.reasons == ["the event was deleted in Apptoto"]


def test_zones_named_two_ways_are_the_same():
    current = dict(wire_event(1, external_id="E"), time_zone="Eastern Time (US & Canada)")
    same = classify(RowEvent(0, 2, dict(wire_event(1, external_id="E"), time_zone="America/New_York")), current)
    other = classify(RowEvent(0, 2, dict(wire_event(1, external_id="E"), time_zone="America/Chicago")), current)
    assert same.kind == "unchanged"
    assert other.changes == {"time_zone": ("Eastern Time (US & Canada)", "America/Chicago")}


class FailingClient:
    """Answers every GET with a 503."""

    def get_event(self, **_):
        raise ServerError(503, "down")


class RefusingClient:
    def get_event(self, **_):
        raise AuthError(401)


def test_a_row_apptoto_could_not_be_asked_about_is_unknown():
    diff, = compare_rows([RowEvent(0, 2, {"external_id": "E", "title": "x"})], FailingClient(), limiter())
    assert diff.kind == "unknown" and "could not ask Apptoto" in diff.reasons[0]
    assert counts([diff])["unknown"] == 1


def test_refused_credentials_stop_the_compare():
    with pytest.raises(AuthError):
        compare_rows([RowEvent(0, 2, {"external_id": "E"})], RefusingClient(), limiter())


def test_an_unknown_external_id_makes_the_required_fields_errors(sandbox):
    seeded(sandbox)
    schedule = Schedule(["external_id", "calendar", "title"], ["external_id", "calendar", "title"],
                        [(2, ["E-1", "Dr Adams", "Renamed"]), (3, ["nobody", "Dr Adams", "Lost"])])
    assert not schedule.has_errors(1)                       # maybe an update: warnings only
    diffs = compare_rows(row_events(Snapshot.take(schedule)), client_for(sandbox), limiter())
    assert [d.kind for d in diffs] == ["update", "new"]
    assert apply_known(schedule, diffs) == [0, 1]
    assert schedule.rows[1].known == NEW and schedule.has_errors(1)
    errors = [p.message for p in schedule.problems(1) if p.is_error]
    hint = " (no column is used as {}: choose one in Columns… or a mapping file)"
    assert errors == ["Start is empty: a new appointment needs it" + hint.format("Start"),
                      "End is empty: a new appointment needs it" + hint.format("End")]
    assert schedule.rows[0].known == UPDATE and not schedule.has_errors(0)
    assert apply_known(schedule, diffs) == []               # already known: nothing rebuilt


def test_changed_fields_point_at_the_sheet_columns_they_come_from():
    from gui.apptoto.diff import field_columns

    names = ["id", "date", "start_time", "duration_minutes", "participant_name", "participant2_phone",
             "custom_data.insurance", None, "title"]
    assert field_columns("start_time", names) == [1, 2]
    assert field_columns("end_time", names) == [3]
    assert field_columns("participants", names) == [4, 5]
    assert field_columns("custom_data", names) == [6]
    assert field_columns("title", names) == [8] and field_columns("location", names) == []
