"""Fetching the current events for a compare: listing pages over the rows' dates, GET fallback, the rate limit."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from gui.apptoto.diff import RowEvent, compare_rows
from gui.apptoto.errors import RateLimited
from gui.apptoto.fetch import Lookup, fetch_current
from gui.apptoto.ratelimit import RateLimiter
from tests.helpers.apptoto import client_for, wire_event


def seed(sandbox, count):
    return sandbox.store.seed([wire_event(n, external_id=f"E-{n}") for n in range(count)])


def lookups(count, **extra):
    return [Lookup.of(n, wire_event(n, external_id=f"E-{n}", **extra)) for n in range(count)]


def api_calls(sandbox):
    """(path, query) of each request the sandbox saw."""
    out = []
    for _, path in sandbox.requests:
        parts = urlsplit(path)
        out.append((parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}))
    return out


class Timed:
    """Wraps a client and notes the (fake) clock at every request."""

    def __init__(self, inner, clock):
        self.inner, self.clock, self.times = inner, clock, []

    def get_event(self, **kwargs):
        self.times.append(self.clock.now)
        return self.inner.get_event(**kwargs)

    def list_pages(self, *args, **kwargs):
        pages = self.inner.list_pages(*args, **kwargs)
        while True:
            self.times.append(self.clock.now)
            page = next(pages, None)
            if page is None:
                return
            yield page


def test_the_listing_pages_until_every_row_is_found(sandbox, clock):
    seed(sandbox, 7)
    fetched = fetch_current(client_for(sandbox), lookups(7), RateLimiter(90, clock=clock, sleep=clock.sleep),
                            page_size=2)
    assert sorted(fetched.found) == list(range(7)) and not fetched.missing and not fetched.failed
    calls = api_calls(sandbox)
    assert [path for path, _ in calls] == ["/v1/events"] * 4            # 2 + 2 + 2 + 1: no empty page needed
    assert [q["page"] for _, q in calls] == ["1", "2", "3", "4"] and {q["page_size"] for _, q in calls} == {"2"}
    assert calls[0][1]["begin"] == "2025-03-02T09:00:00-05:00"          # a day before the first start
    assert calls[0][1]["end"] == "2025-03-04T12:00:00-05:00"            # a day after the last


def test_rows_not_listed_are_looked_up_one_by_one(sandbox, clock):
    seed(sandbox, 3)
    wanted = lookups(4)                                                 # E-3 does not exist
    wanted.append(Lookup("no-time", external_id="E-0"))                 # no start in the sheet: GET only
    fetched = fetch_current(client_for(sandbox), wanted, RateLimiter(90, clock=clock, sleep=clock.sleep),
                            page_size=2)
    assert sorted(fetched.found, key=str) == [0, 1, 2, "no-time"] and fetched.missing == {3}
    paths = [(p, q.get("page") or q.get("external_id")) for p, q in api_calls(sandbox)]
    assert paths == [("/v1/events", "1"), ("/v1/events", "2"), ("/v1/events", "3"),     # page 3 is empty
                     ("/v1/event", "E-3"), ("/v1/event", "E-0")]
    assert fetched.requests == 5


def test_compare_over_more_than_one_page(sandbox, clock):
    seed(sandbox, 5)
    rows = [RowEvent(n, n + 2, wire_event(n, external_id=f"E-{n}")) for n in range(5)]
    rows[4].event["title"] = "Changed"
    seen = []
    diffs = compare_rows(rows, client_for(sandbox), RateLimiter(90, clock=clock, sleep=clock.sleep), page_size=2,
                         progress=lambda done, total: seen.append((done, total)))
    assert [d.kind for d in diffs] == ["unchanged"] * 4 + ["update"]
    assert len(sandbox.requests) == 3 and seen == [(2, 5), (4, 5), (5, 5)]


def test_every_request_waits_for_the_rate_limit(sandbox, clock):
    seed(sandbox, 4)
    client = Timed(client_for(sandbox), clock)
    wanted = lookups(6)                                                 # 2 pages + empty page + 2 GETs
    fetch_current(client, wanted, RateLimiter(60, clock=clock, sleep=clock.sleep), page_size=3)
    assert len(client.times) == 5 == len(sandbox.requests)
    gaps = [b - a for a, b in zip(client.times, client.times[1:], strict=False)]
    assert all(gap >= 1.0 - 1e-9 for gap in gaps), gaps                # 60 a minute: one a second
    assert clock.slept == pytest.approx(4.0)


def test_a_few_rows_are_looked_up_without_a_listing(sandbox, clock):
    seed(sandbox, 2)
    fetch_current(client_for(sandbox), lookups(2), RateLimiter(90, clock=clock, sleep=clock.sleep))
    assert [p for p, _ in api_calls(sandbox)] == ["/v1/event", "/v1/event"]


class Busy:
    """GET answers 429 (Retry-After 5) twice, then the event."""

    def __init__(self):
        self.calls = 0

    def get_event(self, **kwargs):
        self.calls += 1
        if self.calls <= 2:
            raise RateLimited(5.0)
        return {"id": 1, **kwargs}


def test_a_429_is_tried_again_after_its_retry_after(clock):
    client = Busy()
    fetched = fetch_current(client, [Lookup("a", id=1)], RateLimiter(600, clock=clock, sleep=clock.sleep))
    assert fetched.found["a"]["id"] == 1 and client.calls == 3
    assert clock.sleeps.count(5.0) == 2


def test_cancel_leaves_the_rest_unasked(sandbox, clock):
    fetched = fetch_current(client_for(sandbox), [Lookup("a", id=1), Lookup("b", id=2)],
                            RateLimiter(90, clock=clock, sleep=clock.sleep), cancel=lambda: True)
    assert set(fetched.failed) == {"a", "b"} and sandbox.requests == []
