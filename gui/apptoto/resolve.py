"""Which rows Apptoto already has: one listing of their dates, the guard against duplicates, and a GET per row only
where the listing cannot tell and the answer changes what happens. Compare and the pre-send check both use it."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from gui.apptoto.compare import as_instant
from gui.apptoto.errors import ApptotoError, AuthError, BadRequest
from gui.apptoto.estimate import duration
from gui.apptoto.identity import STRONG, Match, match
from gui.apptoto.listing import PAGE_SIZE, RETRIES, Listing, PageProgress, Span, estimate_pages, fetch_listing
from gui.apptoto.ratelimit import Pacer
from gui.core import words
from gui.core.i18n import tr, trn

# What Apptoto has of a row.
FOUND = "found"                  # its id or external_id: `current` is the event
NOT_FOUND = "not_found"          # not there: sending creates it
MATCHED = "matched"              # no such key, but the same appointment is there (`current`): update it, never create
UNCERTAIN = "uncertain"          # perhaps the same appointment as `current`: ask before creating
NO_SUCH_ID = "no_such_id"        # the row's id does not exist
NOT_ASKED = "not_asked"          # Apptoto could not be asked (`reason` says why)

MIN_FOR_LISTING = 3              # fewer rows with an id than this are looked up one by one when nothing else lists


@dataclass(frozen=True, slots=True)
class Ask:
    """A row to resolve: its key, its wire event (a row without id carries an external_id: its own or one
    derived for it, `derived`). `by_key_only`: found by its id or external_id alone, asked for one by one when not
    listed, never matched by the guard (a cancellation: it deletes exactly the event it names)."""

    key: Hashable
    event: dict
    derived: bool = False
    by_key_only: bool = False


@dataclass(slots=True)
class Resolution:
    state: str
    current: dict | None = None            # the event Apptoto has (FOUND, MATCHED; UNCERTAIN: the one it may be)
    reason: str = ""
    keep_external_id: bool = True          # MATCHED: send the row's external_id with the event's id


@dataclass(frozen=True, slots=True)
class Status:
    """How far a check is: listing pages, rows resolved, seconds left at the rate limit."""

    pages_done: int
    pages_estimated: int
    rows_done: int
    rows_total: int
    seconds_left: float

    def text(self) -> str:
        """`Checking Apptoto: 3 of about 11 pages, 0 of 2,000 rows, about 20 s left`."""
        parts = [trn("resolve", "{done} of about {count} page", "{done} of about {count} pages", self.pages_estimated,
                     done=words.number(self.pages_done))] if self.pages_estimated else []
        parts.append(trn("resolve", "{done} of {count} row", "{done} of {count} rows", self.rows_total,
                         done=words.number(self.rows_done)))
        if self.seconds_left >= 1:
            parts.append(tr("resolve", "{time} left", time=duration(self.seconds_left)))
        return tr("resolve", "Checking Apptoto: {progress}", progress=", ".join(parts))


class Resolved(dict[Hashable, Resolution]):
    """Resolution per row key (rows with an id are absent unless looked up), the listing read, requests made."""

    def __init__(self) -> None:
        super().__init__()
        self.listing: Listing | None = None
        self.requests = 0


def resolve(asks: Iterable[Ask], client: Any, pacer: Pacer, listing: Listing | None = None,
            names: Mapping[int, str] | None = None, look_up_ids: bool = True, page_size: int = PAGE_SIZE,
            progress: Callable[[Status], None] | None = None, retries: int = RETRIES,
            wall: Callable[[], float] = time.time) -> Resolved:
    """Resolve every row. `listing`: one already taken (used when it covers the rows' dates); `names`: calendar
    names known by id; `look_up_ids`: also ask about rows with an id (Compare; a send just updates them).
    Raises AuthError; every other failure is a row's NOT_ASKED."""
    return _Resolve(list(asks), client, pacer, names or {}, look_up_ids, progress, retries).go(listing, page_size,
                                                                                                wall)


class _Resolve:
    def __init__(self, asks: list[Ask], client: Any, pacer: Pacer, names: Mapping[int, str], look_up_ids: bool,
                 progress: Callable[[Status], None] | None, retries: int) -> None:
        self.asks, self.client, self.pacer, self.names = asks, client, pacer, dict(names)
        self.look_up_ids, self.progress_cb, self.retries = look_up_ids, progress, retries
        self.result = Resolved()
        self.claimed: set[str] = set()
        self.lookups: list[tuple[Ask, str, Match | None]] = []
        self.pages = (0, 0)

    def go(self, listing: Listing | None, page_size: int, wall: Callable[[], float]) -> Resolved:
        start_requests = self.pacer.requests
        listing = self._listing(listing, page_size, wall)
        self.result.listing = listing
        if listing is not None:
            self.names.update(listing.calendars)
        guard = [ask for ask in self.asks if self._by_key(ask, listing)]
        self._guard(guard, listing)
        self._report()
        for ask, by, weak in self.lookups:
            self._look_up(ask, by, weak)
            self._report()
        self.result.requests = self.pacer.requests - start_requests
        return self.result

    # -- the listing ---------------------------------------------------------------------------------
    def _listing(self, given: Listing | None, page_size: int, wall: Callable[[], float]) -> Listing | None:
        placed = [a for a in self.asks if as_instant(a.event.get("start_time")) is not None
                  and (not _has_id(a.event) or self.look_up_ids or a.by_key_only)]
        span = Span.of(as_instant(a.event.get("start_time")) for a in placed)
        if span is None:
            return None
        if given is not None and given.complete and given.span.covers(span):
            return given
        with_id = sum(1 for a in placed if _has_id(a.event))
        if with_id == len(placed) and with_id < MIN_FOR_LISTING:
            return None                               # a GET each is cheaper than a listing

        def pages(p: PageProgress) -> None:
            self.pages = (p.pages_done, p.pages_estimated)
            self._report(p.seconds_left)

        self.pages = (0, estimate_pages(len(placed), page_size))
        self._report()
        return fetch_listing(self.client, span, self.pacer, page_size, len(placed), pages, self.retries, wall)

    # -- by key --------------------------------------------------------------------------------------
    def _by_key(self, ask: Ask, listing: Listing | None) -> bool:
        """Resolve by id / external_id from the listing, or queue a GET; True when the guard must decide."""
        event = ask.event
        if _has_id(event):
            hit = listing.by_id.get(str(event["id"])) if listing is not None else None
            if hit is not None:
                self._set(ask, Resolution(FOUND, hit))
            elif self.look_up_ids or ask.by_key_only:
                self.lookups.append((ask, "id", None))
            return False
        external_id = event.get("external_id")
        keyless = external_id in (None, "")
        hit = listing.by_external_id.get(str(external_id)) if listing is not None and not keyless else None
        if hit is not None:
            self._set(ask, Resolution(FOUND, hit))
            return False
        if ask.by_key_only:
            if not keyless:
                self.lookups.append((ask, "external_id", None))
            return False
        if as_instant(event.get("start_time")) is None or not valid_as_new(event):
            if not keyless and not ask.derived:
                self.lookups.append((ask, "external_id", None))   # it cannot be created: is it there?
            return False
        if listing is None or not listing.complete:
            why = listing.error if listing is not None else tr("resolve", "its dates could not be listed")
            self._set(ask, Resolution(NOT_ASKED, reason=tr("resolve", "could not check Apptoto: {why}", why=why)))
            return False
        return True

    # -- the guard -----------------------------------------------------------------------------------
    def _guard(self, asks: list[Ask], listing: Listing | None) -> None:
        """Rows whose key Apptoto does not have: the same appointment under another key is MATCHED (one strong
        match) or UNCERTAIN (weak, or several); none is NOT_FOUND. Rows with a same-title strong match go first,
        so two rows never take each other's event."""
        if listing is None:
            return
        found: dict[Hashable, list[Match]] = {}
        for ask in asks:
            found[ask.key] = [m for event in listing.candidates(ask.event)
                              if (m := match(ask.event, event, self.names)) is not None]

        def rank(ask: Ask) -> int:
            strong = [m for m in found[ask.key] if m.strength == STRONG]
            return 0 if any(_same_title(ask.event, m.event) for m in strong) else 1 if strong else 2

        for ask in sorted(asks, key=rank):
            matches = [m for m in found[ask.key] if str(m.event["id"]) not in self.claimed]
            strong = [m for m in matches if m.strength == STRONG]
            if len(strong) == 1:
                self._matched(ask, strong[0])
            elif strong:
                self._set(ask, Resolution(UNCERTAIN, strong[0].event, tr(
                    "resolve", "{count} appointments in Apptoto have {why}", count=len(strong), why=strong[0].why)))
            elif matches and listing.echoes_external_id:
                self._set(ask, Resolution(UNCERTAIN, matches[0].event, matches[0].why))
            elif matches and ask.event.get("external_id"):    # answers without external_id: is its own there?
                self.lookups.append((ask, "external_id", matches[0]))
            elif matches:
                self._set(ask, Resolution(UNCERTAIN, matches[0].event, matches[0].why))
            else:
                self._set(ask, Resolution(NOT_FOUND, reason=tr("resolve", "not found in Apptoto between {span}",
                                                               span=listing.span.text())))

    def _matched(self, ask: Ask, found: Match) -> None:
        theirs = found.event.get("external_id")
        number = found.event.get("id")
        ours = ask.event.get("external_id")
        if theirs not in (None, "") and ours not in (None, "") and str(theirs) != str(ours):
            if not ask.derived:
                self._set(ask, Resolution(UNCERTAIN, found.event, tr(
                    "resolve", "{why}, but Apptoto knows it by another external ID ({external_id})", why=found.why,
                    external_id=theirs)))
                return
            self._set(ask, Resolution(MATCHED, found.event, tr("resolve", "already in Apptoto as event #{id}: {why}",
                                                               id=number, why=found.why), keep_external_id=False))
        else:
            self._set(ask, Resolution(MATCHED, found.event, tr("resolve", "already in Apptoto as event #{id}: {why}",
                                                               id=number, why=found.why)))

    # -- one row at a time ---------------------------------------------------------------------------
    def _look_up(self, ask: Ask, by: str, weak: Match | None) -> None:
        if self.pacer.cancel():
            self._set(ask, Resolution(NOT_ASKED, reason=tr("resolve", "cancelled before Apptoto was asked")))
            return
        value = ask.event.get(by)
        try:
            event = self._get(by, value)
        except AuthError:
            raise
        except ApptotoError as exc:
            self._set(ask, Resolution(NOT_ASKED, reason=tr("resolve", "could not ask Apptoto: {reason}", reason=exc)))
            return
        if event is not None:
            self._set(ask, Resolution(FOUND, event))
        elif by == "id":
            self._set(ask, Resolution(NO_SUCH_ID, reason=tr("resolve", "id {id} does not exist in Apptoto", id=value)))
        elif weak is not None:
            self._set(ask, Resolution(UNCERTAIN, weak.event, weak.why))
        else:
            self._set(ask, Resolution(NOT_FOUND,
                                      reason=tr("resolve", "Apptoto has no event with external ID {external_id}",
                                                           external_id=value)))

    def _get(self, by: str, value: Any) -> dict | None:
        streak = 0
        while True:
            self.pacer.turn()
            try:
                return self.client.get_event(**{by: value})
            except (AuthError, BadRequest):
                raise
            except ApptotoError as exc:
                streak += 1
                if streak > self.retries or self.pacer.cancel():
                    raise
                self.pacer.pause(self.pacer.backoff(streak, getattr(exc, "retry_after", None)))

    # -- bookkeeping ---------------------------------------------------------------------------------
    def _set(self, ask: Ask, resolution: Resolution) -> None:
        self.result[ask.key] = resolution
        if resolution.state in (FOUND, MATCHED) and resolution.current is not None:
            self.claimed.add(str(resolution.current.get("id")))

    def _report(self, listing_left: float | None = None) -> None:
        if self.progress_cb is None:
            return
        done, estimated = self.pages
        todo = sum(1 for ask, _, _ in self.lookups if ask.key not in self.result)
        left = (listing_left if listing_left is not None else max(0, estimated - done) * self.pacer.slot)
        self.progress_cb(Status(done, estimated, len(self.result), len(self.asks), left + todo * self.pacer.slot))


def valid_as_new(event: Mapping[str, Any]) -> bool:
    """Whether Apptoto could create the event: title, start, end and a calendar."""
    return all(event.get(k) not in (None, "") for k in ("title", "start_time", "end_time")) and (
        event.get("calendar") not in (None, "") or event.get("calendar_id") not in (None, ""))


def _has_id(event: Mapping[str, Any]) -> bool:
    return event.get("id") not in (None, "")


def _same_title(row: Mapping[str, Any], event: Mapping[str, Any]) -> bool:
    return " ".join(str(row.get("title") or "").split()).casefold() == \
        " ".join(str(event.get("title") or "").split()).casefold()
