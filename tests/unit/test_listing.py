"""The listing of the account's events over the rows' dates: pages of 200, where it stops, the rate limit, retries,
cancel, and when a Compare's listing may be reused by a send."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from gui.apptoto.errors import AuthError, RateLimited, ServerError
from gui.apptoto.listing import Listing, Span, fetch_listing
from gui.apptoto.ratelimit import Pacer, RateLimiter
from tests.helpers.apptoto import client_for, wire_event
from tests.helpers.fakes import FakeClock


def seed(sandbox, count, start=0):
    return sandbox.store.seed([wire_event(n, external_id=f"E-{n}") for n in range(start, start + count)])


def pacer(clock, per_minute=90, cancel=None):
    return Pacer(RateLimiter(per_minute, clock=clock, sleep=clock.sleep), cancel=cancel)


def span(first=0, last=7):
    from gui.apptoto.compare import as_instant

    return Span.of([as_instant(wire_event(first)["start_time"]), as_instant(wire_event(last)["start_time"])])


def calls(sandbox):
    out = []
    for _, path in sandbox.requests:
        parts = urlsplit(path)
        out.append((parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}))
    return out


def test_pages_of_200_over_the_span_with_a_day_of_margin(sandbox, clock):
    seed(sandbox, 7)
    listing = fetch_listing(client_for(sandbox), span(0, 6), pacer(clock))
    assert listing.complete and len(listing.events) == 7 and listing.pages == 2 == listing.requests
    queries = [q for _, q in calls(sandbox)]
    assert [q["page"] for q in queries] == ["1", "2"] and {q["page_size"] for q in queries} == {"200"}
    assert queries[0]["begin"] == "2025-03-02T09:00:00-05:00"       # a day before the first start
    assert queries[0]["end"] == "2025-03-04T12:00:00-05:00"         # a day after the last
    assert queries[0]["include_deleted"] == "true"                  # a row may name a deleted event
    assert set(listing.by_external_id) == {f"E-{n}" for n in range(7)}


def test_a_short_page_after_a_full_one_ends_the_listing_without_an_empty_page(sandbox, clock):
    seed(sandbox, 7)
    listing = fetch_listing(client_for(sandbox), span(0, 6), pacer(clock), page_size=3)
    assert [q["page"] for _, q in calls(sandbox)] == ["1", "2", "3"] and len(listing.events) == 7


def test_a_server_that_caps_the_page_size_is_paged_to_the_end(sandbox, clock):
    sandbox.store.max_page_size = 2                 # asked for 200, answers 2 a page: page 1 is not the end
    seed(sandbox, 5)
    listing = fetch_listing(client_for(sandbox), span(0, 6), pacer(clock))
    assert [q["page"] for _, q in calls(sandbox)] == ["1", "2", "3"] and len(listing.events) == 5


def test_every_page_waits_for_the_rate_limit(sandbox, clock):
    seed(sandbox, 9)
    fetch_listing(client_for(sandbox), span(0, 8), pacer(clock, per_minute=60), page_size=3)
    assert len(sandbox.requests) == 4 and clock.slept == pytest.approx(3.0)     # one a second


class Flaky:
    """A client whose list_page fails with the given errors first."""

    def __init__(self, inner, errors):
        self.inner, self.errors, self.calls = inner, list(errors), 0
        self.base_url, self.user = inner.base_url, inner.user

    def list_page(self, *args, **kwargs):
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return self.inner.list_page(*args, **kwargs)


def test_a_429_or_5xx_page_is_asked_again_after_its_retry_after_or_a_slot(sandbox, clock):
    seed(sandbox, 2)
    client = Flaky(client_for(sandbox), [RateLimited(5.0), ServerError(502)])
    listing = fetch_listing(client, span(), pacer(clock, per_minute=60))
    assert listing.complete and len(listing.events) == 2 and client.calls == 4
    # Retry-After 5 s; the 502 right after it is a second failure in a row: 1-2 s; then one page a second
    assert 7.0 <= clock.slept <= 8.0


def test_a_page_that_keeps_failing_ends_the_listing_incomplete(sandbox, clock):
    client = Flaky(client_for(sandbox), [ServerError(500)] * 10)
    listing = fetch_listing(client, span(), pacer(clock), retries=2)
    assert not listing.complete and "500" in listing.error and client.calls == 3


def test_refused_credentials_are_raised(sandbox, clock):
    with pytest.raises(AuthError):
        fetch_listing(client_for(sandbox, key="wrong"), span(), pacer(clock))


def test_cancel_stops_before_asking(sandbox, clock):
    listing = fetch_listing(client_for(sandbox), span(), pacer(clock, cancel=lambda: True))
    assert not listing.complete and listing.error == "cancelled" and sandbox.requests == []


def test_an_event_on_two_pages_is_kept_once():
    event = dict(wire_event(1), id=5, external_id="x")
    listing = Listing("u", "me", span(), [event, dict(event)], taken_at=0)
    assert len(listing.events) == 1 and listing.by_id["5"]["external_id"] == "x"


def test_a_listing_is_reused_only_while_fresh_for_the_same_account_and_dates():
    listing = Listing("http://a", "Me@x", span(0, 7), [], taken_at=1000.0)
    inside = span(2, 5)
    assert listing.usable_for("http://a", "me@x", inside, now=1100.0)
    assert not listing.usable_for("http://a", "me@x", inside, now=1000.0 + 301)            # older than 5 min
    assert not listing.usable_for("http://b", "me@x", inside, now=1100.0)                  # another server
    assert not listing.usable_for("http://a", "other@x", inside, now=1100.0)               # another account
    assert not listing.usable_for("http://a", "me@x", span(0, 30), now=1100.0)             # other dates
    assert not listing.usable_for("http://a", "me@x", inside, now=1100.0, changed_at=1050)  # a send came between
    broken = Listing("http://a", "me@x", span(0, 7), [], taken_at=1000.0, complete=False)
    assert not broken.usable_for("http://a", "me@x", inside, now=1100.0)


def test_span_covers_and_reads_as_dates():
    outer = span(0, 16)
    assert outer.covers(span(3, 9)) and not span(3, 9).covers(outer)
    assert outer.text() == "Sun 2 Mar 2025 and Thu 6 Mar 2025"
    assert Span.of([None]) is None
    assert outer.end - outer.begin == timedelta(days=4)


@pytest.fixture
def clock():
    return FakeClock()
