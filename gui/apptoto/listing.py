"""One listing of the account's events over the rows' dates, page by page at the rate limit: what Compare and the
pre-send check read instead of asking row by row. A fresh Listing can be handed from a Compare to the next send."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from gui.apptoto.compare import as_instant
from gui.apptoto.errors import ApptotoError, AuthError, BadRequest
from gui.apptoto.identity import person_keys
from gui.apptoto.ratelimit import Pacer
from gui.core import words
from gui.core.i18n import tr

PAGE_SIZE = 200                  # what a client of the live API uses; Apptoto's default is 30
MARGIN = timedelta(days=1)       # the listing reaches this far beyond the rows' earliest and latest start
FRESH_FOR = 300.0                # seconds a listing may be reused by a send (if no send to the account came between)
RETRIES = 5                      # transient failures of one page before the listing gives up


@dataclass(frozen=True, slots=True)
class Span:
    """The dates a listing covers (inclusive), margin included."""

    begin: datetime
    end: datetime

    @classmethod
    def of(cls, starts: Iterable[datetime | None], margin: timedelta = MARGIN) -> Span | None:
        """The span of these start instants plus `margin` each side; None when there is none."""
        times = [t for t in starts if t is not None]
        if not times:
            return None
        return cls(min(times) - margin, max(times) + margin)

    def covers(self, other: Span) -> bool:
        return self.begin <= other.begin and self.end >= other.end

    def text(self) -> str:
        """`Mon 2 Mar 2026 and Mon 9 Mar 2026` (the user's way of writing dates), in the span's own offsets."""
        return tr("listing", "{first} and {last}", first=words.date(self.begin.date()),
                  last=words.date(self.end.date()))


@dataclass(slots=True)
class Listing:
    """What GET /v1/events answered over `span`, with indexes to find a row's event. Read-only once made, so a
    window may keep it and hand it to a worker. `complete` is False when paging stopped early (`error` says why)."""

    base_url: str
    user: str
    span: Span
    events: list[dict]
    taken_at: float                  # wall-clock seconds (time.time) when the first page was asked for
    pages: int = 0
    requests: int = 0
    complete: bool = True
    error: str = ""
    by_id: dict[str, dict] = field(default_factory=dict, init=False, repr=False)
    by_external_id: dict[str, dict] = field(default_factory=dict, init=False, repr=False)
    by_start: dict[datetime, list[dict]] = field(default_factory=dict, init=False, repr=False)
    by_person: dict[str, list[dict]] = field(default_factory=dict, init=False, repr=False)
    calendars: dict[int, str] = field(default_factory=dict, init=False, repr=False)
    echoes_external_id: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        unique: dict[str, dict] = {}
        for event in self.events:                    # an event can show on two pages when the list shifts
            if isinstance(event, dict) and event.get("id") is not None:
                unique[str(event["id"])] = event
        self.events = list(unique.values())
        for key, event in unique.items():
            self.by_id[key] = event
            if "external_id" in event:
                self.echoes_external_id = True
                if event["external_id"] not in (None, ""):
                    self.by_external_id[str(event["external_id"])] = event
            if event.get("is_deleted"):
                continue                             # found by its key, never the guard's candidate
            start = as_instant(event.get("start_time"))
            if start is not None:
                self.by_start.setdefault(start.astimezone(UTC), []).append(event)
            for person in event.get("participants") or ():
                if isinstance(person, dict):
                    for found in person_keys(person):
                        if not found.startswith("name:"):
                            self.by_person.setdefault(found, []).append(event)
            name, cid = event.get("calendar"), event.get("calendar_id")
            if isinstance(name, str) and name.strip() and isinstance(cid, int):
                self.calendars[cid] = name.strip()

    def candidates(self, row: dict) -> list[dict]:
        """Listed events that could be the row's appointment: the same start, or a participant in common."""
        found: dict[str, dict] = {}
        start = as_instant(row.get("start_time"))
        if start is not None:
            for event in self.by_start.get(start.astimezone(UTC), ()):
                found[str(event["id"])] = event
        for person in row.get("participants") or ():
            if isinstance(person, dict):
                for key in person_keys(person):
                    for event in self.by_person.get(key, ()):
                        found.setdefault(str(event["id"]), event)
        return list(found.values())

    def usable_for(self, base_url: str, user: str, span: Span | None, now: float,
                   changed_at: float = 0.0, fresh_for: float = FRESH_FOR) -> bool:
        """Whether a send to this account over `span` may use this listing instead of listing again: complete,
        the same server and account, covering the span, younger than `fresh_for` seconds, and taken after the
        last send to the account on this computer (`changed_at`)."""
        return (self.complete and self.base_url == base_url and self.user.casefold() == user.casefold()
                and (span is None or self.span.covers(span)) and 0 <= now - self.taken_at <= fresh_for
                and self.taken_at > changed_at)


@dataclass(frozen=True, slots=True)
class PageProgress:
    """How far a listing is: pages asked, about how many there are, and the seconds left at the rate limit."""

    pages_done: int
    pages_estimated: int
    seconds_left: float


def estimate_pages(rows: int, page_size: int = PAGE_SIZE) -> int:
    """About how many pages the listing of `rows` rows' dates takes (the account's events there guessed from the
    rows themselves), counting the page that shows the end."""
    return rows // page_size + 1


def fetch_listing(client: Any, span: Span, pacer: Pacer, page_size: int = PAGE_SIZE, expected_rows: int = 0,
                  progress: Callable[[PageProgress], None] | None = None, retries: int = RETRIES,
                  wall: Callable[[], float] = time.time) -> Listing:
    """List the account's events over `span` (deleted ones too: a row may name one). Stops at an empty page, or at a page shorter than an earlier one
    (the server may cap page_size, so a short first page alone proves nothing). Raises AuthError; any other
    failure, or a cancel, ends it early with `complete` False."""
    events: list[dict] = []
    taken_at, pages, longest, error = wall(), 0, 0, ""
    estimate = estimate_pages(expected_rows, page_size)
    requests_before = pacer.requests
    while True:
        if pacer.cancel():
            error = tr("listing", "cancelled")
            break
        try:
            page = _page(client, span, pages + 1, page_size, pacer, retries)
        except AuthError:
            raise
        except ApptotoError as exc:
            error = str(exc)
            break
        pages += 1
        events.extend(page)
        done = not page or len(page) < longest
        longest = max(longest, len(page))
        estimate = pages if done else max(estimate, pages + 1)
        if progress is not None:
            progress(PageProgress(pages, estimate, (estimate - pages) * pacer.slot))
        if done:
            break
    return Listing(getattr(client, "base_url", ""), getattr(client, "user", ""), span, events, taken_at, pages,
                   pacer.requests - requests_before, not error, error)


def _page(client: Any, span: Span, number: int, page_size: int, pacer: Pacer, retries: int) -> list[dict]:
    """One page, tried again after a paced back-off on a transient failure (a GET is safe to repeat)."""
    streak = 0
    while True:
        pacer.turn()
        try:
            return client.list_page(span.begin, span.end, number, page_size, include_deleted=True)
        except (AuthError, BadRequest):
            raise
        except ApptotoError as exc:
            streak += 1
            if streak > retries or pacer.cancel():
                raise
            pacer.pause(pacer.backoff(streak, getattr(exc, "retry_after", None)))

