"""Compare with Apptoto before sending: classify each row as new, update, cancel (its event is deleted), unchanged or
conflict, from one listing."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from gui.apptoto.accounts import AccountFiles
from gui.apptoto.calendars import Calendars
from gui.apptoto.changes import conflicts, field_changes
from gui.apptoto.compare import as_instant, describe, named, shown_time
from gui.apptoto.identity import Retired, derive_all, is_derived
from gui.apptoto.listing import PAGE_SIZE, Listing
from gui.apptoto.presend import Uncertain, forget_retired, has_key
from gui.apptoto.ratelimit import Pacer, RateLimiter
from gui.apptoto.resolve import (
    FOUND,
    MATCHED,
    NO_SUCH_ID,
    NOT_ASKED,
    NOT_FOUND,
    UNCERTAIN,
    Ask,
    Resolution,
    Status,
    resolve,
)
from gui.core import words
from gui.core.i18n import tr
from gui.core.server import Server
from gui.core.snapshot import Snapshot
from gui.core.vocab import CANCEL, COMPARE_KINDS, CONFLICT, NEW, UNCHANGED, UNKNOWN, UPDATE

KINDS = COMPARE_KINDS            # "unknown": Apptoto could not be asked about this row (network, server error)


@dataclass(frozen=True, slots=True)
class RowEvent:
    """A row as compared: its index in the schedule (at the snapshot), sheet row number, wire event and kind."""

    index: int
    number: int
    event: dict
    kind: str = ""


@dataclass(slots=True)
class RowDiff:
    """What sending one row would do. `known` is what Apptoto said of an external_id-only row."""

    index: int
    row: int
    kind: str
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)
    known: str | None = None             # NEW / UPDATE, or None when not asked
    current: dict | None = None          # the event as Apptoto has it now
    found_by_key: bool = False           # `current` is the event the row's id / external_id names
    zone_note: str = ""                  # which zone the row's zone-less times were read in (eventzones)

    def as_json(self) -> dict:
        out: dict[str, Any] = {"row": self.row, "kind": self.kind,
                               "changes": {k: [old, new] for k, (old, new) in self.changes.items()}}
        if self.reasons:
            out["reasons"] = list(self.reasons)
        if self.zone_note:
            out["zone"] = self.zone_note
        return out

    def line(self) -> str:
        """`row 5: update: start_time 2026-12-07T09:00:00-05:00 → 2026-12-07T09:30:00-05:00`"""
        parts = [*self.reasons, *change_lines(self.changes)]
        line = f"row {self.row}: {self.kind}" + (": " + "; ".join(parts) if parts else "")
        return line + (f" ({self.zone_note.rstrip('.')})" if self.zone_note else "")


def row_events(snapshot: Snapshot, indices: Iterable[int] | None = None) -> list[RowEvent]:
    """The rows to compare, from a snapshot (its events are never changed: a worker may read them)."""
    pool = range(len(snapshot.numbers)) if indices is None else indices
    built = snapshot.built
    return [RowEvent(i, snapshot.numbers[i], built[i].event if built[i] else {}, built[i].kind if built[i] else "")
            for i in pool]


class Comparison(list[RowDiff]):
    """The diff of every row, in order, plus the listing read (a send may reuse it while fresh), the requests and
    the server and account asked (its results mean nothing for another)."""

    def __init__(self, diffs: Iterable[RowDiff] = (), listing: Listing | None = None, requests: int = 0,
                 server: Server | None = None) -> None:
        super().__init__(diffs)
        self.listing, self.requests, self.server = listing, requests, server

    def calendars(self) -> Calendars:
        """The account's calendars its answers showed (ids, and names where given), for the account's memory."""
        known = Calendars()
        if self.listing is not None:
            known.learn_events(self.listing.events)
        known.learn_events(diff.current for diff in self if diff.current is not None)
        return known


def compare_rows(rows: list[RowEvent], client: Any, limiter: RateLimiter,
                 cancel: Callable[[], bool] | None = None, page_size: int = PAGE_SIZE,
                 progress: Callable[[Status], None] | None = None, listing: Listing | None = None,
                 names: dict[int, str] | None = None, retired: Retired | None = None) -> Comparison:
    """Classify every row from one listing of the rows' dates (`listing`, when one covering them is given),
    asking row by row only where the listing cannot tell. Raises AuthError.

    A row without a key is looked for under the external_id a send would derive for it, then by the guard (the
    same calendar, start and participant): what a send would find; so is a row naming an event an undo deleted
    after a send created it (`retired`, else what this computer remembers for the account): a send makes it again.
    `progress(Status)`: pages, rows, time left."""
    if retired is None:
        retired = AccountFiles(getattr(client, "base_url", ""), str(getattr(client, "user", "") or "")).load().retired()
    refused: dict[int, str] = {}
    rows = [_reborn(r, retired, refused) for r in rows]
    keyless = [(r.index, r.event) for r in rows if not has_key(r.event) and r.kind != CANCEL]
    taken = {str(r.event["external_id"]): (r.index, r.event) for r in rows if r.event.get("external_id")}
    derived = derive_all(keyless, taken, retired.external_ids)
    asks = []
    for r in rows:
        if r.index in derived.duplicates or r.index in refused or (r.kind == CANCEL and not has_key(r.event)):
            continue
        if r.index in derived.ids:
            asks.append(Ask(r.index, {**r.event, "external_id": derived.ids[r.index]}, True))
        else:
            asks.append(Ask(r.index, r.event, is_derived(r.event, retired.external_ids), by_key_only=r.kind == CANCEL))
    resolved = resolve(asks, client, Pacer(limiter, cancel=cancel), listing, names, page_size=page_size,
                       progress=progress)
    number = {r.index: r.number for r in rows}
    out = Comparison(listing=resolved.listing, requests=resolved.requests, server=Server.of(client))
    for r in rows:
        if r.index in derived.duplicates:
            first = number.get(derived.duplicates[r.index], derived.duplicates[r.index])
            out.append(RowDiff(r.index, r.number, CONFLICT, reasons=[tr(
                "diff", "the same appointment as row {row} (same calendar, start, participant, title, end and "
                "location): it would be sent once", row=first)]))
        elif r.index in refused:
            out.append(RowDiff(r.index, r.number, CONFLICT, reasons=[refused[r.index]]))
        elif r.kind == CANCEL:
            out.append(_cancel_diff(r, resolved.get(r.index)))
        else:
            out.append(_diff(r, resolved.get(r.index), r.index in derived.ids, names))
    return out


def _reborn(row: RowEvent, retired: Retired, refused: dict[int, str]) -> RowEvent:
    """The row as a send takes it when it names an event an undo deleted after a send created it: without that
    id and derived external_id, new (a copy: the snapshot's event is never changed)."""
    if not retired or row.kind == CANCEL:
        return row
    event = dict(row.event)
    why = forget_retired(event, retired)
    if why:
        refused[row.index] = why
    return row if event == row.event else RowEvent(row.index, row.number, event, NEW)


def _cancel_diff(row: RowEvent, found: Resolution | None) -> RowDiff:
    """A cancellation: CANCEL when Apptoto has its event (sending deletes it), UNCHANGED when there is nothing to
    cancel (no such event, or deleted already), CONFLICT when the row names none."""
    if not has_key(row.event):
        return RowDiff(row.index, row.number, CONFLICT, reasons=[tr("diff", "a cancellation that names no event (no "
                                                                     "Apptoto ID or External ID)")])
    if found is None or found.state == NOT_ASKED:
        return RowDiff(row.index, row.number, UNKNOWN,
                       reasons=[found.reason if found else tr("diff", "Apptoto was not asked")])
    event = found.current
    if found.state == FOUND and event is not None and not event.get("is_deleted"):
        when = shown_time(event.get("start_time"), row.event.get("start_time"))
        return RowDiff(row.index, row.number, CANCEL, reasons=[tr(
            "diff", "deletes event #{id} “{title}” on {when}: its reminders stop", id=event.get("id"),
            title=event.get("title") or "", when=when)], current=event)
    why = (tr("diff", "event #{id} is deleted in Apptoto already", id=event.get("id")) if event is not None
           else found.reason)
    return RowDiff(row.index, row.number, UNCHANGED, reasons=[tr("diff", "nothing to cancel: {why}", why=why)],
                   current=event)


def _diff(row: RowEvent, found: Resolution | None, keyless: bool, names: dict[int, str] | None = None) -> RowDiff:
    """The diff of one row from what Apptoto has of it (`names`: calendar names by id, for answers without them)."""
    if found is None:
        return RowDiff(row.index, row.number, NEW)
    if found.state == FOUND and found.current is not None:
        diff = classify(row, named(found.current, names))
        diff.found_by_key = True
        return diff
    if found.state == MATCHED and found.current is not None:
        diff = classify(row, named(found.current, names))
        diff.reasons.insert(0, found.reason)
        diff.known = None if keyless else UPDATE
        return diff
    if found.state == UNCERTAIN:
        line = Uncertain(row.index, row.event, found.current or {}, found.reason).line()
        return RowDiff(row.index, row.number, CONFLICT, reasons=[line], current=found.current)
    if found.state == NOT_FOUND:
        return RowDiff(row.index, row.number, NEW, reasons=[found.reason], known=None if keyless else NEW)
    if found.state == NO_SUCH_ID:
        return RowDiff(row.index, row.number, CONFLICT, reasons=[found.reason])
    return RowDiff(row.index, row.number, UNKNOWN, reasons=[found.reason])


def classify(row: RowEvent, current: dict) -> RowDiff:
    """The diff of a row whose event Apptoto has."""
    known = UPDATE if row.event.get("id") in (None, "") else None
    reasons = conflicts(row.event, current)
    changes = field_changes(row.event, current)
    kind = CONFLICT if reasons else UPDATE if changes else UNCHANGED
    return RowDiff(row.index, row.number, kind, changes, reasons, known, current)


def apply_known(schedule: Any, diffs: Iterable[RowDiff]) -> list[int]:
    """Record on the schedule what Apptoto said of external_id-only rows (on the thread owning it).

    A row whose external_id Apptoto does not know becomes new: its required fields become errors.
    Returns the indices whose row was rebuilt."""
    changed = []
    for diff in diffs:
        if diff.known is not None and schedule.rows[diff.index].known != diff.known:
            schedule.set_known(diff.index, diff.known)
            changed.append(diff.index)
    return changed


def change_lines(changes: dict[str, tuple[Any, Any]]) -> list[str]:
    """`field old → new`, one per changed field (the field in the user's words: English says its key)."""
    return [f"{tr('compare', key)} {show(key, old)} → {show(key, new)}" for key, (old, new) in changes.items()]


def show(key: str, value: Any) -> str:
    """A field's value in a few plain words (a time in the user's words, in its own offset)."""
    if value in (None, "", [], {}):
        return tr("diff", "(empty)")
    if key in ("start_time", "end_time") and as_instant(value) is not None:
        return words.when(as_instant(value))
    if key == "participants" and isinstance(value, list):
        return ", ".join(describe(p) for p in value)
    if key == "custom_data" and isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, bool):
        return tr("diff", "yes") if value else tr("diff", "no")
    return str(value)


SOURCES = {"start_time": ("start_time", "date"), "end_time": ("end_time", "duration_minutes")}


def field_columns(key: str, names: list[str | None]) -> list[int]:
    """The sheet columns (by canonical name) a changed event field is built from."""
    wanted = SOURCES.get(key, (key,))
    return [i for i, name in enumerate(names) if name and (
        name in wanted
        or (key == "participants" and name.startswith("participant"))
        or (key == "custom_data" and name.startswith("custom_data.")))]


def counts(diffs: Iterable[RowDiff]) -> dict[str, int]:
    """How many rows of each kind."""
    out = dict.fromkeys(KINDS, 0)
    for diff in diffs:
        out[diff.kind] += 1
    return out
