"""Soak: ~300 rows through a sandbox failing ~20% of requests in every way; every row once, every state right."""

from __future__ import annotations

import collections

import pytest

from gui.apptoto.engine import SendItem, SendOptions, submit
from gui.apptoto.sandbox import FaultConfig, SandboxServer
from tests.helpers.apptoto import client_for, wire_event, with_calendars
from tests.helpers.fakes import FakeClock

pytestmark = pytest.mark.slow

FAULTS = dict(rate_429=0.05, rate_5xx=0.05, rate_drop=0.05, rate_slow=0.05, slow_seconds=0.25,
              retry_after=3, max_batch=10)
BAD = {17, 95, 96, 211}                  # rows Apptoto rejects (a new event without a title)


def make_items(count):
    items = []
    for n in range(count):
        event = wire_event(n, content=f"row {n}")
        if n in BAD:
            del event["title"]
        items.append(SendItem(n + 2, event, "new"))
    return items


def send(sandbox, items, **options):
    clock = FakeClock()
    client = client_for(sandbox, timeout=(2.0, 0.12))
    opts = SendOptions(seed=5, max_retries=8, **options)
    result = submit(items, client, opts, sleep=clock.sleep, clock=clock)
    assert sandbox.wait_idle()               # slow requests finish applying after the client gave up
    return result, clock


def test_soak_every_row_exactly_once_and_resend_creates_nothing():
    with with_calendars(SandboxServer(faults=FaultConfig(seed=11, **FAULTS))) as sb:
        items = make_items(300)
        result, clock = send(sb, items)
        first_requests = len(sb.requests)
        seen = sb.faults_seen
        assert all(seen[kind] > 0 for kind in ("429", "5xx", "drop", "slow", "502")), seen
        assert 0.15 <= sum(seen.values()) / first_requests <= 0.5, (seen, first_requests)
        print(f"soak: {first_requests} requests, faults {dict(seen)}")

        good = [i for i in items if i.key - 2 not in BAD]
        assert result.status == "finished"
        assert {k: o.state for k, o in result.items() if o.state != "created"} == {n + 2: "failed" for n in BAD}
        events = sb.events
        assert len(events) == len(good)                                    # exactly once each
        by_ext = {e["external_id"]: e for e in events}
        assert len(by_ext) == len(good)
        for item in good:
            outcome = result[item.key]
            stored = by_ext[outcome.external_id]
            assert (stored["id"], stored["content"]) == (outcome.id, item.event["content"])
        for n in BAD:
            assert "title" in result[n + 2].message

        # the results are sent again, carrying id and external_id: all updated, nothing new
        again = [SendItem(i.key, {**i.event, "id": result[i.key].id, "title": f"Again {i.key}"}, "update")
                 for i in good]
        result2, _ = send(sb, again)
        assert {o.state for o in result2.values()} == {"updated"}
        assert len(sb.events) == len(good)
        assert sorted(e["title"] for e in sb.events) == sorted(f"Again {i.key}" for i in good)
        assert len(sb.requests) > first_requests
    assert clock.slept > 0


def test_soak_without_external_ids_never_resends_an_ambiguous_row():
    with with_calendars(SandboxServer(faults=FaultConfig(seed=3, **FAULTS))) as sb:
        items = [i for i in make_items(120) if i.key - 2 not in BAD]
        result, _ = send(sb, items, generate_external_ids=False)
        titles = collections.Counter(e["title"] for e in sb.events)
        assert max(titles.values()) == 1                                    # never a duplicate
        states = collections.Counter(o.state for o in result.values())
        assert states["unknown"] > 0 and states["created"] > 0 and set(states) <= {"created", "unknown"}
        for item in items:
            outcome = result[item.key]
            title = item.event["title"]
            if outcome.state == "created":
                assert titles[title] == 1 and outcome.id is not None
            else:
                assert "check Apptoto before resending" in outcome.message
