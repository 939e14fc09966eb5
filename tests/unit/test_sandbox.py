"""The sandbox follows Apptoto's documented rules: upsert, patch, participants, calendars, rate limit, faults."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import requests

from gui.apptoto.client import ApptotoClient
from gui.apptoto.errors import BadRequest, RateLimited
from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER, FaultConfig, SandboxServer
from tests.helpers.apptoto import client_for, wire_event
from tests.helpers.fakes import FakeClock


@pytest.fixture
def client(sandbox):
    return client_for(sandbox)


def test_listens_on_loopback_only():
    with pytest.raises(ValueError):
        SandboxServer(host="0.0.0.0")
    with SandboxServer() as sb:
        assert sb.url.startswith("http://127.0.0.1:")


def test_create_then_update_by_id_and_by_external_id(sandbox, client):
    [a] = client.put_events([wire_event(1, external_id="x-1")])
    [b] = client.put_events([{"id": a["id"], "title": "Renamed"}])
    [c] = client.put_events([{"external_id": "x-1", "location": "Room 2"}])
    assert a["id"] == b["id"] == c["id"]
    assert len(sandbox.events) == 1
    event = client.get_event(id=a["id"])
    assert (event["title"], event["location"], event["content"]) == ("Renamed", "Room 2", "")


def test_a_missing_key_leaves_the_field_unchanged(client):
    [a] = client.put_events([wire_event(1, external_id="x-1", content="Bring forms")])
    [b] = client.put_events([{"external_id": "x-1", "title": "New title"}])
    assert b["content"] == "Bring forms"
    assert b["participants"] == a["participants"]
    assert b["start_time"] == a["start_time"]


def test_without_id_or_external_id_every_put_creates(sandbox, client):
    client.put_events([wire_event(1)])
    client.put_events([wire_event(1)])
    assert len(sandbox.events) == 2


def test_participants_and_custom_data_are_replaced_whole(client):
    first = wire_event(1, external_id="x-1", custom_data={"a": "1", "b": "2"},
                       participants=[{"name": "Ann", "email": "ann@example.com"}, {"name": "Bob", "phone": "5550001111"}])
    client.put_events([first])
    [b] = client.put_events([{"external_id": "x-1", "custom_data": {"c": "3"},
                              "participants": [{"name": "Cy", "email": "cy@example.com"}]}])
    assert b["custom_data"] == {"c": "3"}
    assert [p["name"] for p in b["participants"]] == ["Cy"]


def test_messaged_participants_are_kept(sandbox, client):
    [a] = client.put_events([wire_event(1, external_id="x-1", participants=[
        {"name": "Ann", "email": "ann@example.com"}, {"name": "Bob", "phone": "5550001111"}])])
    sandbox.mark_messaged(a["id"], "reminded", who="Ann")
    [b] = client.put_events([{"external_id": "x-1", "participants": [{"name": "Cy", "email": "cy@example.com"}]}])
    assert [(p["name"], p["state"]) for p in b["participants"]] == [("Cy", "initial"), ("Ann", "reminded")]


def test_admin_endpoint_marks_participants_messaged(sandbox, client):
    [a] = client.put_events([wire_event(1)])
    r = requests.post(f"{sandbox.url}/_sandbox/messaged", json={"event_id": a["id"], "state": "confirmed"},
                      auth=(DEMO_USER, DEMO_KEY), timeout=5)
    assert r.status_code == 200 and len(r.json()["participants"]) == 1
    assert client.get_event(id=a["id"])["participants"][0]["state"] == "confirmed"


def test_without_the_flag_an_unknown_calendar_name_creates_one_and_events_never_move():
    with SandboxServer() as sandbox:                   # an account without calendars
        client = client_for(sandbox)
        [a] = client.put_events([wire_event(1, external_id="x-1")], prevent_calendar_creation=False)
        [b] = client.put_events([{"external_id": "x-1", "calendar": "Dr Baker"}], prevent_calendar_creation=False)
        assert sorted(sandbox.calendars.values()) == ["Dr Adams", "Dr Baker"]
        assert b["calendar_id"] == a["calendar_id"] and b["calendar"] == "Dr Adams"


def test_prevent_calendar_creation_refuses_the_whole_request_naming_the_calendar(sandbox, client):
    before = dict(sandbox.calendars)
    with pytest.raises(BadRequest) as info:
        client.put_events([wire_event(1), wire_event(2, calendar="Dr Smiht"), wire_event(3)])
    assert info.value.status == 422
    assert "event 2" in info.value.body and "Dr Smiht" in info.value.body
    assert sandbox.events == [] and sandbox.calendars == before         # nothing applied, nothing created
    [ok] = client.put_events([wire_event(1), wire_event(3)])[:1]        # calendars the account has: accepted
    assert ok["calendar"] == "Dr Adams"


def test_the_body_flag_is_what_the_client_sends_by_default(sandbox, client):
    with pytest.raises(BadRequest, match="Dr Smiht"):
        client.put_events([wire_event(1, calendar="Dr Smiht")])
    [made] = client.put_events([wire_event(1, calendar="Dr Smiht")], prevent_calendar_creation=False)
    assert sandbox.calendars[made["calendar_id"]] == "Dr Smiht"


def test_an_update_naming_an_unknown_calendar_is_refused_under_the_flag(sandbox, client):
    [a] = client.put_events([wire_event(1, external_id="x-1")])
    with pytest.raises(BadRequest, match="Dr Smiht"):
        client.put_events([{"external_id": "x-1", "calendar": "Dr Smiht", "title": "Moved?"}])
    assert "Dr Smiht" not in sandbox.calendars.values() and sandbox.store.get(a["id"])["title"] == "Check-up 1"


def test_a_sandbox_that_ignores_the_flag_creates_the_calendar_all_the_same(sandbox, client):
    sandbox.store.honour_prevent_calendar_creation = False
    [made] = client.put_events([wire_event(1, calendar="Dr Smiht")])
    assert sandbox.calendars[made["calendar_id"]] == "Dr Smiht"


def test_a_terse_sandbox_answers_without_calendar_name_external_id_or_time_zone(sandbox, client):
    sandbox.store.calendar_names = sandbox.store.echo_external_id = sandbox.store.echo_time_zone = False
    [a] = client.put_events([wire_event(1, external_id="x-1", time_zone="America/Chicago")])
    assert {"calendar", "external_id", "time_zone"}.isdisjoint(a) and isinstance(a["calendar_id"], int)
    sandbox.store.echo_time_zone = True
    assert sandbox.store.get(a["id"])["time_zone"] == "America/Chicago"


def test_unknown_calendar_id_is_rejected(client):
    with pytest.raises(BadRequest, match="calendar_id"):
        client.put_events([wire_event(1, calendar_id=999999)])


def test_times_are_answered_in_the_account_zone(client):
    [a] = client.put_events([wire_event(0)])           # 09:00 -05:00
    assert a["start_time"] == "2025-03-03T06:00:00-08:00"


def test_a_batch_with_one_bad_event_changes_nothing(sandbox, client):
    before = dict(sandbox.calendars)
    with pytest.raises(BadRequest, match="event 2"):
        client.put_events([wire_event(1, calendar="New Cal"), {"calendar": "X", "title": "no times"}],
                          prevent_calendar_creation=False)
    assert sandbox.events == [] and sandbox.calendars == before          # "New Cal" made, then undone


def test_post_creates_only(client):
    client.post_events([wire_event(1, external_id="x-1")])
    with pytest.raises(BadRequest, match="already taken"):
        client.post_events([wire_event(1, external_id="x-1")])


def test_update_of_unknown_id_is_404(client):
    with pytest.raises(BadRequest) as info:
        client.put_events([{"id": 424242, "title": "x"}])
    assert info.value.status == 404


def test_delete_marks_deleted_and_listing_hides_it(client):
    [a] = client.put_events([wire_event(1, external_id="x-1")])
    assert client.delete_event(external_id="x-1")["is_deleted"] is True
    span = ("2025-03-01T00:00:00Z", "2025-03-30T00:00:00Z")
    assert list(client.list_events(*span)) == []
    assert [e["id"] for e in client.list_events(*span, include_deleted=True)] == [a["id"]]


def test_delete_by_id_keeps_the_event_marked_and_an_unknown_one_is_404(sandbox, client):
    [a] = client.put_events([wire_event(1, external_id="x-1")])
    assert client.delete_event(id=a["id"])["is_deleted"] is True
    assert client.get_event(id=a["id"])["is_deleted"] is True            # found, deleted (Apptoto deletes by marking)
    assert client.get_event(external_id="x-1")["id"] == a["id"]
    with pytest.raises(BadRequest) as info:
        client.delete_event(id=424242)
    assert info.value.status == 404
    with pytest.raises(BadRequest):
        client.delete_event(external_id="nobody")
    assert [m for m, _ in sandbox.requests].count("DELETE") == 3


def test_a_patch_puts_fields_back_to_empty(client):
    """What an undo sends: "" for text, null for a time zone and show-as, {} and [] for custom data and people."""
    [a] = client.put_events([wire_event(1, location="Room 9", time_zone="America/New_York", show_as=3, all_day=True,
                                        custom_data={"k": "v"})])
    [b] = client.put_events([{"id": a["id"], "location": "", "time_zone": None, "show_as": None, "all_day": False,
                              "custom_data": {}, "participants": []}])
    assert (b["location"], b["time_zone"], b["show_as"], b["all_day"]) == ("", None, None, False)
    assert b["custom_data"] == {} and b["participants"] == [] and b["title"] == a["title"]


def test_listing_filters_by_date_span(client):
    client.put_events([wire_event(n) for n in range(24)])     # 8 a day over 3 days
    got = list(client.list_events("2025-03-04T00:00:00-05:00", "2025-03-04T23:59:59-05:00", page_size=5))
    assert [e["title"] for e in got] == [f"Check-up {n}" for n in range(8, 16)]


def test_rate_limit_answers_429_with_retry_after():
    clock = FakeClock()
    with SandboxServer(faults=FaultConfig(rate_limit=3, rate_window=60), clock=clock) as sb:
        client = client_for(sb)
        for _ in range(3):
            client.check()
        with pytest.raises(RateLimited) as info:
            client.check()
        assert 1 <= info.value.retry_after <= 60
        clock.now += 61
        client.check()


def test_faults_are_deterministic_for_a_seed():
    def run(seed):
        outcomes = []
        with SandboxServer(faults=FaultConfig(rate_429=0.3, rate_5xx=0.3, seed=seed)) as sb:
            client = client_for(sb)
            for _ in range(20):
                try:
                    client.check()
                    outcomes.append("ok")
                except Exception as exc:  # noqa: BLE001 - we record which error came
                    outcomes.append(type(exc).__name__)
        return outcomes

    first = run(7)
    assert first == run(7)
    assert len(set(first)) == 3            # ok, RateLimited and ServerError all occur
    assert first != run(8)


def test_fault_spec_parsing():
    f = FaultConfig.parse("429=0.1, 5xx=0.05,drop=0.02,502_above=10,latency=0.2,rate=100,seed=3")
    assert (f.rate_429, f.rate_5xx, f.rate_drop, f.max_batch, f.latency, f.rate_limit, f.seed) == \
        (0.1, 0.05, 0.02, 10, 0.2, 100, 3)
    with pytest.raises(ValueError, match="unknown fault"):
        FaultConfig.parse("explode=1")


def test_seeded_events_keep_their_id_and_can_be_updated(sandbox, client):
    [seeded] = sandbox.store.seed([wire_event(1, id=880105, external_id="PM-1")])
    assert seeded["id"] == 880105
    [updated] = client.put_events([{"id": 880105, "title": "Moved"}])
    assert updated["title"] == "Moved" and updated["external_id"] == "PM-1"
    [fresh] = client.put_events([wire_event(2)])
    assert fresh["id"] == 880106 and len(sandbox.events) == 2


def test_the_sandbox_command_can_answer_tersely_and_ignore_the_calendar_flag():
    child = subprocess.Popen([sys.executable, "-m", "gui", "sandbox", "--terse", "--ignore-calendar-flag"],
                             stdout=subprocess.PIPE, text=True)
    try:
        url = re.search(r"at (http://\S+)", child.stdout.readline()).group(1)
        [made] = ApptotoClient(url, DEMO_USER, DEMO_KEY).put_events([wire_event(1, calendar="New")])
        assert {"calendar", "external_id", "time_zone"}.isdisjoint(made) and isinstance(made["calendar_id"], int)
    finally:
        child.terminate()
        child.wait(10)
        child.stdout.close()
