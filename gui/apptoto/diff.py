"""Compare with Apptoto before sending: classify each row as new, update, unchanged or conflict."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from gui.apptoto.changes import conflicts, field_changes
from gui.apptoto.compare import describe
from gui.apptoto.fetch import Lookup, fetch_current
from gui.apptoto.ratelimit import RateLimiter
from gui.core.snapshot import Snapshot
from gui.core.vocab import COMPARE_KINDS, CONFLICT, NEW, UNCHANGED, UNKNOWN, UPDATE

KINDS = COMPARE_KINDS            # "unknown": Apptoto could not be asked about this row (network, server error)


@dataclass(frozen=True, slots=True)
class RowEvent:
    """A row as compared: its index in the schedule (at the snapshot), sheet row number and wire event."""

    index: int
    number: int
    event: dict


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

    def as_json(self) -> dict:
        out: dict[str, Any] = {"row": self.row, "kind": self.kind,
                               "changes": {k: [old, new] for k, (old, new) in self.changes.items()}}
        if self.reasons:
            out["reasons"] = list(self.reasons)
        return out

    def line(self) -> str:
        """`row 5: update: start_time 2026-12-07T09:00:00-05:00 → 2026-12-07T09:30:00-05:00`"""
        parts = [*self.reasons, *change_lines(self.changes)]
        return f"row {self.row}: {self.kind}" + (": " + "; ".join(parts) if parts else "")


def row_events(snapshot: Snapshot, indices: Iterable[int] | None = None) -> list[RowEvent]:
    """The rows to compare, from a snapshot (its events are never changed: a worker may read them)."""
    pool = range(len(snapshot.numbers)) if indices is None else indices
    return [RowEvent(i, snapshot.numbers[i], snapshot.built[i].event if snapshot.built[i] else {}) for i in pool]


def compare_rows(rows: list[RowEvent], client: Any, limiter: RateLimiter,
                 cancel: Callable[[], bool] | None = None, page_size: int = 100,
                 progress: Callable[[int, int], None] | None = None) -> list[RowDiff]:
    """Ask Apptoto about the rows that carry an id or external_id and classify every row. Raises AuthError.

    `progress(rows answered, rows to ask about)` is called after each request."""
    lookups = [lk for lk in (Lookup.of(r.index, r.event) for r in rows) if lk is not None]
    fetched = fetch_current(client, lookups, limiter, cancel, page_size=page_size, progress=progress)
    out = []
    for r in rows:
        if r.index in fetched.found:
            out.append(classify(r, fetched.found[r.index]))
        elif r.index in fetched.failed:
            out.append(RowDiff(r.index, r.number, UNKNOWN,
                               reasons=[f"could not ask Apptoto: {fetched.failed[r.index]}"]))
        elif r.index in fetched.missing and r.event.get("id") not in (None, ""):
            out.append(RowDiff(r.index, r.number, CONFLICT,
                               reasons=[f"id {r.event['id']} does not exist in Apptoto"]))
        else:
            known = NEW if r.index in fetched.missing else None
            out.append(RowDiff(r.index, r.number, NEW, known=known))
    return out


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
    """`field old → new`, one per changed field."""
    return [f"{key} {show(key, old)} → {show(key, new)}" for key, (old, new) in changes.items()]


def show(key: str, value: Any) -> str:
    """A field's value in a few plain words."""
    if value in (None, "", [], {}):
        return "(empty)"
    if key == "participants" and isinstance(value, list):
        return ", ".join(describe(p) for p in value)
    if key == "custom_data" and isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, bool):
        return "yes" if value else "no"
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
