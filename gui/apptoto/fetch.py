"""Ask Apptoto for the current events of rows that carry an id or external_id: one paced listing, then GETs."""

from __future__ import annotations

import random
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from gui.apptoto.compare import as_instant
from gui.apptoto.errors import ApptotoError, AuthError, RateLimited, ServerError
from gui.apptoto.ratelimit import RateLimiter, backoff_delay

MARGIN = timedelta(days=1)      # the listing reaches this far beyond the rows' earliest and latest start
MIN_FOR_LISTING = 3             # fewer rows than this: a listing (at least two pages) costs more than GETs


@dataclass(frozen=True, slots=True)
class Lookup:
    """One row to look up: by id when it has one, else by external_id; `start` places it in the listing."""

    key: Hashable
    id: int | None = None
    external_id: str | None = None
    start: datetime | None = None

    @classmethod
    def of(cls, key: Hashable, event: dict) -> Lookup | None:
        """The lookup for a wire event, or None when it carries neither id nor external_id."""
        id_, ext = event.get("id"), event.get("external_id")
        if id_ in (None, "") and ext in (None, ""):
            return None
        return cls(key, id_ if id_ not in (None, "") else None,
                   str(ext) if ext not in (None, "") else None, as_instant(event.get("start_time")))

    def matches(self, event: Any) -> bool:
        """True if a listed event is this row's event (by id when the row has one, else by external_id)."""
        if not isinstance(event, dict):
            return False
        if self.id is not None:
            return event.get("id") is not None and str(event["id"]) == str(self.id)
        return event.get("external_id") not in (None, "") and str(event["external_id"]) == self.external_id


@dataclass(slots=True)
class Fetched:
    """What Apptoto said: the event per key, the keys it does not know, the keys it could not be asked about."""

    found: dict[Hashable, dict] = field(default_factory=dict)
    missing: set[Hashable] = field(default_factory=set)
    failed: dict[Hashable, str] = field(default_factory=dict)
    requests: int = 0


def fetch_current(client: Any, lookups: Iterable[Lookup], limiter: RateLimiter,
                  cancel: Callable[[], bool] | None = None, page_size: int = 100, margin: timedelta = MARGIN,
                  min_for_listing: int = MIN_FOR_LISTING, retries: int = 2, seed: int | None = None,
                  progress: Callable[[int, int], None] | None = None) -> Fetched:
    """Every request waits for `limiter`; `progress(rows answered, rows)` after each. Raises AuthError;
    any other failure is recorded per key."""
    run = _Fetch(client, list(lookups), limiter, cancel or (lambda: False), page_size, margin,
                 retries, random.Random(seed))
    run.progress = progress
    return run.go(min_for_listing)


class _Fetch:
    def __init__(self, client: Any, lookups: list[Lookup], limiter: RateLimiter, cancel: Callable[[], bool],
                 page_size: int, margin: timedelta, retries: int, rng: random.Random) -> None:
        self.client, self.lookups, self.limiter, self.cancel = client, lookups, limiter, cancel
        self.page_size, self.margin, self.retries, self.rng = page_size, margin, retries, rng
        self.result = Fetched()
        self.progress: Callable[[int, int], None] | None = None

    def go(self, min_for_listing: int) -> Fetched:
        timed = [lk for lk in self.lookups if lk.start is not None]
        if len(timed) >= max(1, min_for_listing) and hasattr(self.client, "list_pages"):
            self._listing(timed)
        for lookup in self.lookups:
            if lookup.key in self.result.found:
                continue
            if self.cancel():
                self.result.failed[lookup.key] = "cancelled before Apptoto was asked"
                continue
            self._get(lookup)
        return self.result

    def _listing(self, timed: list[Lookup]) -> None:
        """One GET /v1/events over the rows' start times, page by page; stops once every row is found.

        It also stops after as many pages as there are rows: beyond that, one GET per row is cheaper."""
        starts = [lk.start for lk in timed]
        pages = self.client.list_pages(min(starts) - self.margin, max(starts) + self.margin,
                                       page_size=self.page_size)
        todo = list(timed)
        count = 0
        try:
            while todo and count < len(timed) and not self.cancel():
                page = self._call(lambda: next(pages, None), retry=False)    # a failed page ends the listing
                count += 1
                if not page:
                    break
                for event in page:
                    for lookup in [lk for lk in todo if lk.matches(event)]:
                        self.result.found[lookup.key] = event
                        todo.remove(lookup)
                self._report()
        except AuthError:
            raise
        except ApptotoError:
            pass                          # the rows not found are looked up one by one

    def _get(self, lookup: Lookup) -> None:
        key = {"id": lookup.id} if lookup.id is not None else {"external_id": lookup.external_id}
        try:
            event = self._call(lambda: self.client.get_event(**key))
        except AuthError:
            raise
        except ApptotoError as exc:
            self.result.failed[lookup.key] = str(exc)
        else:
            if event is None:
                self.result.missing.add(lookup.key)
            else:
                self.result.found[lookup.key] = event
        self._report()

    def _report(self) -> None:
        if self.progress is not None:
            r = self.result
            self.progress(len(r.found) + len(r.missing) + len(r.failed), len(self.lookups))

    def _call(self, request: Callable[[], Any], retry: bool = True) -> Any:
        """One paced request; a 429 or 5xx is tried again `retries` times after a back-off."""
        attempt = 0
        while True:
            self.limiter.acquire()
            self.result.requests += 1
            try:
                return request()
            except (RateLimited, ServerError) as exc:
                attempt += 1
                if not retry or attempt > self.retries or self.cancel():
                    raise
                wait = exc.retry_after if exc.retry_after is not None else backoff_delay(attempt, rng=self.rng)
                self.limiter.sleep(min(wait, 60.0))
