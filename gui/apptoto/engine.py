"""The submit engine: batches, rate limit, retries with back-off, bisecting rejected batches, one state per item."""

from __future__ import annotations

import random
import time
import uuid
from collections import deque
from collections.abc import Callable, Hashable, Iterable
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from gui.apptoto.compare import differences
from gui.apptoto.errors import (
    ApptotoError,
    AuthError,
    BadRequest,
    NetworkError,
    RateLimited,
    ServerError,
    reason_from_body,
)
from gui.apptoto.fetch import Lookup, fetch_current
from gui.apptoto.ratelimit import RateLimiter, backoff_delay
from gui.core import settings
from gui.core.vocab import (  # noqa: F401 - the run statuses are part of the engine's API
    AUTH_FAILED,
    CANCELLED,
    CRASHED,
    CREATED,
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


@dataclass(frozen=True, slots=True)
class SendItem:
    """One event to send. `event` is the wire JSON exactly as sent (external_id may be added before sending)."""

    key: Hashable
    event: dict[str, Any]
    kind: str = NEW                   # "new" | "update" | "maybe_update" (external_id only: may exist)


@dataclass(slots=True)
class SendOptions:
    batch_size: int = settings.BATCH_SIZE.default
    rate_per_minute: float = settings.RATE_LIMIT.default
    burst: int = 1                    # requests allowed back to back (1 = even spacing)
    max_retries: int = 6              # transient failures per item before giving up
    backoff_base: float = 1.0
    backoff_cap: float = 60.0
    max_retry_after: float = 300.0    # the longest Retry-After honoured
    grow_after: int = 10              # after this many answered batches in a row, double a halved batch (0: never)
    generate_external_ids: bool = True
    resolve_maybe_updates: bool = True    # ask Apptoto whether an external_id-only item exists (created vs updated)
    timeout: tuple[float, float] | None = None    # per PUT; None = the client's
    seed: int | None = None           # jitter RNG seed (tests)

    @classmethod
    def from_settings(cls, get: settings.Get, **more: Any) -> SendOptions:
        """The options the user set (window settings or command-line flags), plus `more`."""
        return cls(batch_size=get(settings.BATCH_SIZE), rate_per_minute=get(settings.RATE_LIMIT),
                   generate_external_ids=get(settings.EXTERNAL_IDS), **more)


class RunJournal(Protocol):
    def plan(self, items: list[dict]) -> None: ...
    def request(self, seq: int, keys: list, events: list[dict]) -> None: ...
    def response(self, seq: int, status: int | str, events: list[dict] | None = None,
                 error: str | None = None) -> None: ...
    def outcome(self, key: Hashable, outcome: dict) -> None: ...
    def finish(self, status: str, message: str, counts: dict[str, int]) -> None: ...


class SubmitResult(dict[Hashable, Outcome]):
    """Outcome per key, plus how the run ended: status finished | cancelled | auth_failed | error."""

    def __init__(self) -> None:
        super().__init__()
        self.status = FINISHED
        self.message = ""

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys((CREATED, UPDATED, FAILED, UNKNOWN, SKIPPED), 0)
        for outcome in self.values():
            counts[outcome.state] += 1
        return counts


def new_external_id() -> str:
    """A fresh generated external_id: 'as-' and 12 hex digits."""
    return "as-" + uuid.uuid4().hex[:12]


def has_key(event: dict) -> bool:
    """True if the event names what it updates (an id or external_id), so resending it is safe."""
    return event.get("id") not in (None, "") or event.get("external_id") not in (None, "")


def assign_external_ids(items: Iterable[SendItem], make: Callable[[], str] = new_external_id) -> dict[Hashable, str]:
    """Give every item with neither id nor external_id a generated external_id (in place); {key: new id}.

    Call it before sending and store the ids with the rows, so a crash cannot lose them."""
    assigned = {}
    for item in items:
        if not has_key(item.event):
            item.event["external_id"] = assigned[item.key] = make()
    return assigned


def submit(items: Iterable[SendItem], client: Any, options: SendOptions | None = None,
           progress: Progress | None = None, cancel: Any = None, journal: RunJournal | None = None,
           sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic) -> SubmitResult:
    """Send the items with PUT /v1/events; every item ends with exactly one Outcome. Never raises ApptotoError."""
    return _Run(list(items), client, options or SendOptions(), progress, cancel, journal, sleep, clock).go()


class _Run:
    def __init__(self, items: list[SendItem], client: Any, options: SendOptions, progress: Progress | None,
                 cancel: Any, journal: RunJournal | None, sleep: Callable[[float], None],
                 clock: Callable[[], float]) -> None:
        if len({item.key for item in items}) != len(items):
            raise ValueError("item keys must be unique")
        self.items, self.client, self.opt, self.journal = items, client, options, journal
        self.progress_cb, self.cancel, self.sleep, self.clock = progress, cancel, sleep, clock
        self.result = SubmitResult()
        self.kind = {item.key: item.kind for item in items}
        self.tainted: set[Hashable] = set()           # a request may have applied it without our knowing
        self.tries: dict[Hashable, int] = dict.fromkeys(self.kind, 0)
        self.size = max(1, options.batch_size)
        self.pending: deque[SendItem] = deque(items)
        self.forced: deque[list[SendItem]] = deque()  # halves of a rejected batch, sent as they are
        self.limiter = RateLimiter(options.rate_per_minute, options.burst, clock, sleep)
        self.rng = random.Random(options.seed)
        self.streak = 0
        self.good = 0                                 # answered batches since the last failure
        self.seq = 0

    # -- the run -----------------------------------------------------------------------------------
    def go(self) -> SubmitResult:
        if self.opt.generate_external_ids:
            assign_external_ids(self.items)
        if self.journal:
            self.journal.plan([{"key": i.key, "kind": i.kind, "event": i.event} for i in self.items])
        self._progress("Starting")
        try:
            if self.opt.resolve_maybe_updates:
                self._resolve_maybe_updates()
            while self.forced or self.pending:
                if self._cancelled():
                    self._stop(CANCELLED, "Cancelled.", "Not sent: the run was cancelled.")
                    break
                self._one_batch(self.forced.popleft() if self.forced else self._take())
        except AuthError as exc:
            self._stop(AUTH_FAILED, str(exc), f"Not sent: {exc}")
        except Exception as exc:        # a bug must not lose what was done: report it on the run
            self._stop(CRASHED, f"Stopped by an unexpected error: {exc!r}", f"Not sent: unexpected error {exc!r}")
        for item in self.items:         # every item ends with exactly one state
            if item.key not in self.result:
                self._final(item, Outcome(UNKNOWN, message="No answer recorded for this row: check Apptoto."))
        if self.journal:
            self.journal.finish(self.result.status, self.result.message, self.result.counts())
        self._progress(self.result.message or "Done")
        return self.result

    def _take(self) -> list[SendItem]:
        return [self.pending.popleft() for _ in range(min(self.size, len(self.pending)))]

    def _one_batch(self, batch: list[SendItem]) -> None:
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
            self.good += 1
            if self.opt.grow_after and self.good >= self.opt.grow_after and self.size < self.opt.batch_size:
                self.size, self.good = min(self.opt.batch_size, self.size * 2), 0
            self._on_answer(batch, answer)

    def _send(self, batch: list[SendItem]) -> list[dict]:
        self.limiter.acquire()
        self.seq += 1
        events = [item.event for item in batch]
        if self.journal:
            self.journal.request(self.seq, [item.key for item in batch], events)
        kwargs = {"timeout": self.opt.timeout} if self.opt.timeout else {}
        try:
            answer = self.client.put_events(events, **kwargs)
        except ApptotoError as exc:
            if self.journal:
                status = getattr(exc, "status", None) or getattr(exc, "kind", type(exc).__name__)
                self.journal.response(self.seq, status, error=str(exc))
            raise
        if self.journal:
            self.journal.response(self.seq, 200, events=answer)
        return answer

    # -- answers -----------------------------------------------------------------------------------
    def _on_answer(self, batch: list[SendItem], answer: list[dict]) -> None:
        matched = _match(batch, answer)
        for item, got in zip(batch, matched, strict=True):
            if got is None:
                self._final(item, _outcome(
                    item, UNKNOWN, "Apptoto accepted the batch but its answer could not be matched to this row: check Apptoto."))
                continue
            kind = self.kind[item.key]
            state = CREATED if kind == NEW else UPDATED
            diffs = differences(item.event, got)
            text = {CREATED: "Created", UPDATED: "Updated"}[state]
            if kind == MAYBE_UPDATE:
                text = "Saved (Apptoto does not say whether it was new)"
            if diffs:
                text += ". Note: " + "; ".join(diffs)
            ext = got.get("external_id") or item.event.get("external_id")
            self._final(item, Outcome(state, text + ".", diffs, got.get("id"), ext))

    def _on_rejected(self, batch: list[SendItem], exc: BadRequest) -> None:
        if len(batch) > 1:                # split until the failing rows are found
            mid = len(batch) // 2
            self.forced.appendleft(batch[mid:])
            self.forced.appendleft(batch[:mid])
            self._progress(f"Apptoto rejected a batch of {len(batch)}; finding the row(s) it objects to")
            return
        item = batch[0]
        reason = f"Apptoto rejected this row: {reason_from_body(exc.body)} ({exc.status})"
        if item.key in self.tainted:
            self._final(item, self._tainted_outcome(item, reason))
        else:
            self._final(item, _outcome(item, FAILED, reason))

    def _on_transient(self, batch: list[SendItem], exc: ApptotoError) -> None:
        self.streak += 1
        self.good = 0
        if exc.maybe_applied:
            for item in batch:
                if has_key(item.event):
                    self.tainted.add(item.key)
                else:
                    self._final(item, Outcome(UNKNOWN, message=(
                        f"Unknown: check Apptoto before resending. {exc}; this row has no external_id, "
                        "so it was not sent again (that could make a duplicate).")))
        if (isinstance(exc, ServerError) and exc.status == 502) or (isinstance(exc, NetworkError) and exc.is_timeout):
            self.size = max(1, min(self.size, len(batch)) // 2)
        retry = []
        for item in batch:
            if item.key in self.result:
                continue
            self.tries[item.key] += 1
            if self.tries[item.key] <= self.opt.max_retries:
                retry.append(item)
            elif item.key in self.tainted:
                self._final(item, self._tainted_outcome(item, f"Gave up after {self.tries[item.key]} tries: {exc}"))
            else:
                self._final(item, _outcome(item, FAILED, f"Not saved: {exc} (gave up after {self.tries[item.key]} tries)."))
        chunks = [retry[i:i + self.size] for i in range(0, len(retry), self.size)]
        self.forced.extendleft(reversed(chunks))
        if not retry:
            return
        wait = getattr(exc, "retry_after", None) if isinstance(exc, RateLimited | ServerError) else None
        if wait is None:
            wait = backoff_delay(self.streak, self.opt.backoff_base, self.opt.backoff_cap, self.rng)
        wait = min(wait, self.opt.max_retry_after)
        self._progress(f"{exc}; trying again in {wait:.0f} s")
        self._pause(wait)

    @staticmethod
    def _tainted_outcome(item: SendItem, reason: str) -> Outcome:
        return _outcome(item, UNKNOWN, f"Unknown: Apptoto may have saved this row. {reason}. It carries its id/external_id, "
                       "so sending it again is safe (it updates, never duplicates).")

    # -- helpers -----------------------------------------------------------------------------------
    def _resolve_maybe_updates(self) -> None:
        """Ask Apptoto whether each external_id-only item exists, so it is reported created or updated.

        One listing over the items' dates finds the ones that exist there; the rest are looked up one by one.
        An item Apptoto could not be asked about is still sent, and reported as "saved"."""
        todo = [Lookup.of(i.key, i.event) for i in self.items
                if i.kind == MAYBE_UPDATE and i.event.get("id") is None and i.event.get("external_id")]
        if not todo:
            return
        fetched = fetch_current(self.client, todo, self.limiter, self._cancelled, retries=0)
        for key in fetched.found:
            self.kind[key] = UPDATE
        for key in fetched.missing:
            self.kind[key] = NEW

    def _stop(self, status: str, message: str, reason: str) -> None:
        self.result.status, self.result.message = status, message
        rest = [i for batch in self.forced for i in batch] + list(self.pending)
        self.forced.clear()
        self.pending.clear()
        for item in rest:
            if item.key in self.result:
                continue
            if item.key in self.tainted:
                self._final(item, self._tainted_outcome(item, reason.rstrip(".")))
            else:
                self._final(item, _outcome(item, SKIPPED, reason))

    def _final(self, item: SendItem, outcome: Outcome) -> None:
        if outcome.external_id is None and item.event.get("external_id"):
            outcome.external_id = item.event["external_id"]
        self.result[item.key] = outcome
        if self.journal:
            self.journal.outcome(item.key, asdict(outcome))
        self._progress(f"{outcome.state}: {item.key}")

    def _progress(self, message: str) -> None:
        if self.progress_cb:
            self.progress_cb(len(self.result), len(self.items), message)

    def _cancelled(self) -> bool:
        if self.cancel is None:
            return False
        return bool(self.cancel.is_set() if hasattr(self.cancel, "is_set") else self.cancel())

    def _pause(self, seconds: float) -> None:
        """Sleep, a second at a time, so a cancel is noticed during long waits."""
        end = self.clock() + seconds
        while not self._cancelled():
            left = end - self.clock()
            if left <= 0:
                return
            self.sleep(min(1.0, left))


def _outcome(item: SendItem, state: str, message: str) -> Outcome:
    """An outcome of `item` carrying the ids it was sent with."""
    return Outcome(state, message, id=item.event.get("id"), external_id=item.event.get("external_id"))


def _match(batch: list[SendItem], answer: list[dict]) -> list[dict | None]:
    """The answer event for each item: by position, checked by id/external_id; by key when that fails."""
    def agrees(sent: dict, got: Any) -> bool:
        if not isinstance(got, dict):
            return False
        for key in ("id", "external_id"):
            if sent.get(key) not in (None, "") and got.get(key) not in (None, "") and str(sent[key]) != str(got[key]):
                return False
        return True

    if len(answer) == len(batch) and all(agrees(i.event, g) for i, g in zip(batch, answer, strict=True)):
        return list(answer)
    found: list[dict | None] = []
    for item in batch:
        hit = None
        for key in ("id", "external_id"):
            value = item.event.get(key)
            if value not in (None, "") and hit is None:
                hit = next((g for g in answer if isinstance(g, dict) and str(g.get(key)) == str(value)), None)
        found.append(hit)
    return found
