"""The submit engine: the pre-send check and the before-state it journals, adaptive batches at the rate limit,
retries, bisecting rejected batches, cancellations deleted one by one, exactly one final state per row. It never
raises out of a send."""

from __future__ import annotations

import random
import time
from collections import deque
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping
from dataclasses import asdict
from typing import Any, Protocol

from gui.apptoto import calendars as cal
from gui.apptoto import presend
from gui.apptoto.batching import BatchSizer
from gui.apptoto.before import Before, before_states, chunks
from gui.apptoto.cancels import Cancellations, outcome_of
from gui.apptoto.compare import differences, match_answer, named
from gui.apptoto.errors import (
    ApptotoError,
    AuthError,
    BadRequest,
    NetworkError,
    ServerError,
    reason_from_body,
)
from gui.apptoto.estimate import duration, estimate_seconds
from gui.apptoto.identity import NOTHING_RETIRED, Retired
from gui.apptoto.listing import Listing
from gui.apptoto.presend import Check, assign_external_ids, has_key  # noqa: F401 - part of the engine's API
from gui.apptoto.ratelimit import Pacer, RateLimiter, trying_again
from gui.apptoto.resolve import FOUND
from gui.apptoto.sendspec import SendItem, SendOptions  # noqa: F401 - part of the engine's API
from gui.core.i18n import tr, trn
from gui.core.server import Server
from gui.core.vocab import (  # noqa: F401 - the run statuses are part of the engine's API
    ALREADY_THERE,
    AUTH_FAILED,
    CANCEL,
    CANCELLED,
    CRASHED,
    CREATED,
    DELETED,
    FAILED,
    FINISHED,
    MAYBE_UPDATE,
    NEW,
    SKIPPED,
    UNKNOWN,
    UPDATE,
    UPDATED,
    Outcome,
)

Progress = Callable[[int, int, str], None]
Rezone = Callable[[dict[Hashable, dict], dict[Hashable, dict]], Mapping[Hashable, Any]]   # eventzones.Rezone


class RunJournal(Protocol):
    def plan(self, items: list[dict]) -> None: ...
    def before(self, items: list[dict]) -> None: ...
    def request(self, seq: int, keys: list, events: list[dict], method: str = "PUT",
                flags: dict | None = None) -> None: ...
    def response(self, seq: int, status: int | str, events: list[dict] | None = None,
                 error: str | None = None) -> None: ...
    def outcome(self, key: Hashable, outcome: dict) -> None: ...
    def finish(self, status: str, message: str, counts: dict[str, int]) -> None: ...


class SubmitResult(dict[Hashable, Outcome]):
    """Outcome per key, plus how the run ended (status finished | cancelled | auth_failed | error), what the
    pre-send check found, the largest batch answered whole and the calendars learned (for the account memory):
    names by id, every id seen; rows refused per calendar that does not exist, calendars Apptoto created unasked."""

    def __init__(self) -> None:
        super().__init__()
        self.status = FINISHED
        self.message = ""
        self.server: Server | None = None
        self.check: Check | None = None
        self.largest_batch = 0
        self.calendars: dict[int, str] = {}
        self.calendar_ids: set[int] = set()
        self.refused_calendars: dict[str, int] = {}
        self.unasked_calendars: dict[int, str] = {}
        self.zones: dict[Hashable, str] = {}        # rows whose zone-less times were read in their event's zone
        self.zone_notes: dict[Hashable, str] = {}   # which zone each update's zone-less times were read in, and why
        self.requests = 0
        self.batch_sizes: list[int] = []

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys((CREATED, UPDATED, DELETED, FAILED, UNKNOWN, SKIPPED), 0)
        for outcome in self.values():
            counts[outcome.state] += 1
        return counts


def submit(items: Iterable[SendItem], client: Any, options: SendOptions | None = None,
           progress: Progress | None = None, cancel: Any = None, journal: RunJournal | None = None,
           sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
           listing: Listing | None = None, check: Check | None = None,
           create_anyway: bool | Collection[Hashable] = False, largest_batch: int = 0,
           calendars: dict[int, str] | None = None, calendar_ids: Iterable[int] = (),
           rezone: Rezone | None = None, retired: Retired = NOTHING_RETIRED) -> SubmitResult:
    """Send the items with PUT /v1/events (a CANCEL item: DELETE /v1/events of the event it names); every item ends
    with exactly one Outcome. Never raises ApptotoError.

    Rows are first checked against one listing of their dates (`listing`, when it covers them, or a whole `check`
    done before, saves asking again); what Apptoto has of each event a row changes or deletes is journaled before
    the first change (the before-state an undo restores). `create_anyway`: uncertain rows to create all the same;
    `largest_batch`, `calendars` (names by id), `calendar_ids` (every id seen): what is remembered for the account.
    Rows whose calendar `options.create_calendars` allows go in requests of their own without
    "prevent_calendar_creation"; every other request carries it. `rezone(found, sent)`: for the `zoneless` items
    whose event the check found, their events with the times in the event's zone (eventzones.Rezone). `retired`:
    events undoing earlier sends deleted after they created them (a row naming one is made again)."""
    run = _Run(list(items), client, options or SendOptions(), progress, cancel, journal, sleep, clock,
               cal.Calendars(dict(calendars or {}), set(calendar_ids)), rezone, retired)
    return run.go(listing, check, create_anyway, largest_batch)


class _Run(Cancellations):
    def __init__(self, items: list[SendItem], client: Any, options: SendOptions, progress: Progress | None,
                 cancel: Any, journal: RunJournal | None, sleep: Callable[[float], None],
                 clock: Callable[[], float], known: cal.Calendars, rezone: Rezone | None,
                 retired: Retired = NOTHING_RETIRED) -> None:
        if len({item.key for item in items}) != len(items):
            raise ValueError("item keys must be unique")
        self.items, self.client, self.opt = items, client, options
        self.journal = _SafeJournal(journal) if journal is not None else None
        self.progress_cb, self.cancel, self.clock = progress, cancel, clock
        self.result = SubmitResult()
        self.result.server = self.server = Server.of(client)
        self.kind = {item.key: item.kind for item in items}
        self.calendars = cal.SendCalendars(items, options.create_calendars, known)
        self.rezone = rezone
        self.retired = retired
        self.notes: dict[Hashable, str] = {}
        self.tainted: set[Hashable] = set()           # a request may have applied it without our knowing
        self.tries: dict[Hashable, int] = dict.fromkeys(self.kind, 0)
        self.pending: deque[SendItem] = deque()
        self.forced: deque[list[SendItem]] = deque()  # halves of a rejected batch, sent as they are
        self.deletes: deque[SendItem] = deque()       # cancellations, one DELETE each
        self.before: dict[Hashable, Before] = {}
        self.pacer = Pacer(RateLimiter(options.rate_per_minute, options.burst, clock, sleep), options.backoff_base,
                           options.backoff_cap, options.max_retry_after, random.Random(options.seed),
                           self._cancelled)
        self.sizer: BatchSizer | None = None
        self.streak = 0
        self.seq = 0

    # -- the run -----------------------------------------------------------------------------------
    def go(self, listing: Listing | None, check: Check | None, create_anyway: bool | Collection[Hashable],
           largest_batch: int) -> SubmitResult:
        self.sizer = BatchSizer(self.opt.batch_size, self.opt.max_batch, self.clock, largest_batch)
        self._progress("Starting")
        try:
            self._prepare(listing, check, create_anyway)
            while self.deletes or self.forced or self.pending:
                if self._cancelled():
                    self._stop(CANCELLED, tr("engine", "Cancelled."), tr("engine", "Not sent: the run was cancelled."))
                    break
                if self.deletes:
                    self._one_delete(self.deletes.popleft())
                else:
                    self._one_batch(self.forced.popleft() if self.forced else self._take())
        except AuthError as exc:
            self._stop(AUTH_FAILED, str(exc), tr("engine", "Not sent: {reason}", reason=exc))
        except Exception as exc:        # a bug must not lose what was done: report it on the run
            self._stop(CRASHED, tr("engine", "Stopped by an unexpected error: {error}", error=repr(exc)),
                       tr("engine", "Not sent: unexpected error {error}", error=repr(exc)))
        for item in self.items:         # every item ends with exactly one state
            if item.key not in self.result:
                self._final(item, Outcome(UNKNOWN, message=tr("engine", "No answer recorded for this row: check "
                                                                        "Apptoto.")))
        self.result.largest_batch = self.sizer.largest_ok
        self.result.requests = self.pacer.requests
        known = self.calendars.known
        self.result.calendars, self.result.calendar_ids = dict(known.names), set(known.ids)
        self.result.refused_calendars = dict(self.calendars.refused_rows)
        self.result.unasked_calendars = dict(self.calendars.unasked)
        notes = self.calendars.notes()
        if notes:
            self.result.message = " ".join(filter(None, [self.result.message, *notes]))
        if self.journal:
            self.journal.finish(self.result.status, self.result.message, self.result.counts())
            if self.journal.error:
                self.result.message = (self.result.message + " " if self.result.message else "") + tr(
                    "engine", "The send journal could not be written ({reason}): the results shown here are the only "
                    "record of this send.", reason=self.journal.error)
        self._progress(self.result.message or "Done")
        return self.result

    def _prepare(self, listing: Listing | None, check: Check | None,
                 create_anyway: bool | Collection[Hashable]) -> None:
        """The pre-send check (unless given), then what it decides: kinds, outcomes known before sending."""
        if check is None:
            check = presend.check(self.items, self.client, self.pacer, listing, self.calendars.known.names,
                                  self.opt.generate_external_ids,
                                  lambda status: self._progress(status.text()), find_zones=self.rezone is not None,
                                  retired=self.retired)
        self.result.check = check
        self.calendars.checked([*(check.listing.events if check.listing is not None else ()),
                                *(r.current for r in check.resolved.values() if r.current is not None)])
        self._rezone(check)
        if self._cancelled():
            self.pending.extend(self.items)
            return
        plan = presend.decide(self.items, check, create_anyway)
        self.kind.update(plan.kinds)
        self.notes = plan.notes
        if self.journal:
            self.journal.plan([{"key": i.key, "kind": self.kind[i.key], "event": i.event} for i in self.items])
        going = [i.key for i in self.items if i.key not in plan.outcomes]
        self.before = {b.key: b for b in before_states(going, self.kind, check.resolved)}
        if self.journal:
            for records in chunks(list(self.before.values())):
                self.journal.before(records)
        for item in sorted(self.items, key=lambda i: not self.calendars.prevents(i.key)):   # may create: last
            if item.key in plan.outcomes:
                self._final(item, plan.outcomes[item.key])
            elif self.kind[item.key] == CANCEL:
                self._plan_delete(item)
            else:
                self.pending.append(item)
        self._progress(trn("engine", "Sending {count} row, {time} left", "Sending {count} rows, {time} left",
                           len(self.pending), time=duration(self._seconds_left())))

    def _rezone(self, check: Check) -> None:
        """Updates whose times have no zone: rebuilt in their event's zone where the check found the event."""
        if self.rezone is None:
            return
        found = {i.key: r.current for i in self.items if i.zoneless and (r := check.resolved.get(i.key)) is not None
                 and r.state == FOUND and r.current is not None}
        if not found:
            return
        by_key = {item.key: item for item in self.items}
        for key, done in self.rezone(found, {key: by_key[key].event for key in found}).items():
            if done.event is not None:
                by_key[key].event.clear()
                by_key[key].event.update(done.event)
            if done.zone:
                self.result.zones[key] = done.zone
            if done.note:
                self.result.zone_notes[key] = done.note.rstrip(".")

    def _take(self) -> list[SendItem]:
        """The next batch: rows that may create their calendar are never in a request with rows that may not."""
        size, batch, prevents = self.sizer.next(), [], self.calendars.prevents
        flag = prevents(self.pending[0].key)
        while self.pending and len(batch) < size and prevents(self.pending[0].key) == flag:
            batch.append(self.pending.popleft())
        return batch

    def _one_batch(self, batch: list[SendItem]) -> None:
        started = self.clock()
        try:
            answer = self._send(batch)
        except BadRequest as exc:
            self.streak = 0
            self._on_rejected(batch, exc)
        except AuthError:
            self.pending.extendleft(reversed(batch))
            raise
        except ApptotoError as exc:
            self._on_transient(batch, exc)
        else:
            self.streak = 0
            matched = match_answer([item.event for item in batch], answer)
            if all(got is not None for got in matched):
                self.sizer.answered_whole(len(batch), self.clock() - started)
            self._on_answer(batch, matched)

    def _send(self, batch: list[SendItem]) -> list[dict]:
        self.result.batch_sizes.append(len(batch))
        events = [item.event for item in batch]
        prevent = self.calendars.prevents(batch[0].key)
        kwargs: dict[str, Any] = {"timeout": self.opt.timeout} if self.opt.timeout else {}
        return self._request([item.key for item in batch], events, "PUT",
                             lambda: self.client.put_events(events, prevent_calendar_creation=prevent, **kwargs),
                             {"prevent_calendar_creation": True} if prevent else {})

    def _request(self, keys: list, sent: list[dict], method: str, call: Callable[[], Any],
                 flags: dict | None = None) -> Any:
        """One request at the rate limit, journaled with its answer or error (answers are lists of events);
        `flags`: what the body carries beside the events (prevent_calendar_creation)."""
        self.pacer.turn()
        self.seq += 1
        if self.journal:
            self.journal.request(self.seq, keys, sent, method=method, flags=flags)
        try:
            answer = call()
        except ApptotoError as exc:
            if self.journal:
                status = getattr(exc, "status", None) or getattr(exc, "kind", type(exc).__name__)
                detail = getattr(exc, "detail", "")          # the network library's own words, for the record
                self.journal.response(self.seq, status, error=f"{exc} ({detail})" if detail else str(exc))
            raise
        if self.journal:
            self.journal.response(self.seq, 200, events=answer if isinstance(answer, list) else
                                  [answer] if isinstance(answer, dict) else None)
        return answer

    # -- answers -----------------------------------------------------------------------------------
    def _on_answer(self, batch: list[SendItem], matched: list[dict | None]) -> None:
        for item, got in zip(batch, matched, strict=True):
            if got is None:
                self._final(item, outcome_of(item, UNKNOWN, tr(
                    "engine", "Apptoto accepted the batch but its answer could not be matched to this row: check "
                    "Apptoto.")))
                continue
            kind = self.kind[item.key]
            state = CREATED if kind == NEW else UPDATED
            unasked = self.calendars.answered(item, got, created=state == CREATED)
            diffs = differences(item.event, named(got, self.calendars.known.names))
            text = tr("engine", "Created") if state == CREATED else tr("engine", "Updated")
            if kind == MAYBE_UPDATE:
                text = tr("engine", "Saved (Apptoto does not say whether it was new)")
            why = ALREADY_THERE if item.key in self.notes else ""       # the guard found it in Apptoto
            if why:
                text = self.notes[item.key].rstrip(".")
            notes = diffs + [n for n in (unasked, self.result.zone_notes.get(item.key)) if n]
            text = (tr("engine", "{outcome}. Note: {notes}.", outcome=text, notes="; ".join(notes)) if notes
                    else text + ".")
            ext = got.get("external_id") or item.event.get("external_id")
            self._final(item, Outcome(state, text, diffs, got.get("id"), ext, why=why))

    def _on_rejected(self, batch: list[SendItem], exc: BadRequest) -> None:
        named = self.calendars.named_in(batch, exc.body)      # a refused calendar: its rows apart from the rest
        same = [i for i in batch if named is not None and cal.fold(i.event.get("calendar")) == cal.fold(named)]
        if len(batch) > 1 and same and len(same) < len(batch):     # the rows of that calendar apart from the rest
            self.forced.appendleft([i for i in batch if i not in same])
            self.forced.appendleft(same)
            self._progress(tr("engine", "Apptoto refused calendar “{calendar}”; sending the other rows without it",
                              calendar=named))
            return
        if len(batch) > 1 and not same:   # split until the failing rows are found
            mid = len(batch) // 2
            self.forced.appendleft(batch[mid:])
            self.forced.appendleft(batch[:mid])
            self._progress(tr("engine", "Apptoto rejected a batch of {count}; finding the rows it objects to",
                              count=len(batch)))
            return
        for item in batch:                # one row, or rows that all name the calendar Apptoto refused
            self._refused(item, exc, named)

    def _refused(self, item: SendItem, exc: BadRequest, named: str | None) -> None:
        """One row Apptoto rejected: for a calendar that does not exist (it said so), or for what it says."""
        reason = self.calendars.refusal(
            item, tr("engine", "Apptoto rejected this row: {reason} ({status}).", reason=reason_from_body(exc.body),
                     status=exc.status), named)
        if item.key in self.tainted:
            self._final(item, self._tainted_outcome(item, reason.rstrip(".")))
        else:
            self._final(item, outcome_of(item, FAILED, reason))

    def _on_transient(self, batch: list[SendItem], exc: ApptotoError) -> None:
        self.streak += 1
        if exc.maybe_applied:
            for item in batch:
                if has_key(item.event):
                    self.tainted.add(item.key)
                else:
                    self._final(item, Outcome(UNKNOWN, message=tr(
                        "engine", "Unknown: check Apptoto before resending. {reason}; this row has no "
                                  "external_id, so it "
                        "was not sent again (that could make a duplicate).", reason=exc)))
        if (isinstance(exc, ServerError) and exc.status == 502) or (isinstance(exc, NetworkError) and exc.is_timeout):
            self.sizer.too_big(len(batch))
        retry = []
        for item in batch:
            if item.key in self.result:
                continue
            self.tries[item.key] += 1
            if self.tries[item.key] <= self.opt.max_retries:
                retry.append(item)
            elif item.key in self.tainted:
                self._final(item, self._tainted_outcome(item, tr("engine", "Gave up after {count} tries: {reason}",
                                                                 count=self.tries[item.key], reason=exc)))
            else:
                self._final(item, outcome_of(item, FAILED, tr("engine", "Not saved: {reason} (gave up after {count} "
                                                                "tries).", reason=exc, count=self.tries[item.key])))
        self.pending.extendleft(reversed(retry))      # first in line again, in batches of the size that works now
        if not retry:
            return
        wait = self.pacer.backoff(self.streak, getattr(exc, "retry_after", None))
        self._progress(trying_again(exc, wait))
        self.pacer.pause(wait)

    @staticmethod
    def _tainted_outcome(item: SendItem, reason: str) -> Outcome:
        return outcome_of(item, UNKNOWN, tr("engine",
                                            "Unknown: Apptoto may have saved this row. {reason}. It carries its "
                                            "id/external_id, so sending it again is safe (it updates, never "
                                            "duplicates).", reason=reason))

    # -- helpers -----------------------------------------------------------------------------------
    def _stop(self, status: str, message: str, reason: str) -> None:
        self.result.status, self.result.message = status, message
        rest = list(self.deletes) + [i for batch in self.forced for i in batch] + list(self.pending)
        queued = {i.key for i in rest}
        rest += [i for i in self.items if i.key not in queued]       # not yet queued: stopped during the check
        self.deletes.clear()
        self.forced.clear()
        self.pending.clear()
        for item in rest:
            if item.key in self.result:
                continue
            if item.key in self.tainted:
                self._final(item, self._tainted_outcome(item, reason.rstrip(".")))
            else:
                self._final(item, outcome_of(item, SKIPPED, reason))

    def _final(self, item: SendItem, outcome: Outcome) -> None:
        if outcome.external_id is None and item.event.get("external_id"):
            outcome.external_id = item.event["external_id"]
        outcome.server = self.server
        self.result[item.key] = outcome
        if self.journal:
            self.journal.outcome(item.key, asdict(outcome))
        self._progress(f"{outcome.state}: {item.key}")

    def _seconds_left(self) -> float:
        rows = len(self.pending) + sum(len(b) for b in self.forced)
        return estimate_seconds(rows, 0, self.opt, self.sizer.size if self.sizer else None, len(self.deletes))

    def _progress(self, message: str) -> None:
        if self.progress_cb:
            self.progress_cb(len(self.result), len(self.items), message)

    def _cancelled(self) -> bool:
        if self.cancel is None:
            return False
        return bool(self.cancel.is_set() if hasattr(self.cancel, "is_set") else self.cancel())


class _SafeJournal:
    """The journal as the engine writes it: a failure to write (disk full, folder gone) is noted once and the
    send goes on; nothing the engine knows is lost."""

    def __init__(self, journal: RunJournal) -> None:
        self.inner, self.error = journal, ""

    def __getattr__(self, name: str) -> Callable[..., None]:
        method = getattr(self.inner, name)

        def call(*args: Any, **kwargs: Any) -> None:
            if self.error:
                return
            try:
                method(*args, **kwargs)
            except (OSError, ValueError) as exc:        # ValueError: writing to a file closed under it
                self.error = str(exc) or type(exc).__name__
        return call
