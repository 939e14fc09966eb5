"""Rows and sending, both ways: send items from schedule rows, outcomes and ids back onto the rows (CLI and window)."""

from __future__ import annotations

from collections.abc import Callable, Container, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from gui.apptoto import engine
from gui.apptoto.journal import Journal, RunSummary
from gui.core.schedule import Schedule
from gui.core.snapshot import Snapshot
from gui.core.vocab import SENT, SKIPPED, Outcome

Edit = tuple[int, int, object]                 # (row index, column, value)
ColumnOf = Callable[[str], int]                # the column of a canonical field, added when missing


def send_items(schedule: Schedule | Snapshot, indices: Iterable[int], add_auto: bool = False) -> list[engine.SendItem]:
    """One SendItem per row of `indices` without errors, keyed by its sheet row number, event as it would be sent."""
    sendable = schedule.sendable(indices)
    events = schedule.body(sendable, add_auto=add_auto)["events"]
    rows = [schedule.rows[i] for i in sendable]
    return [engine.SendItem(row.number, event, row.kind) for row, event in zip(rows, events, strict=True)]


def index_by_number(schedule: Schedule) -> dict[int, int]:
    """Sheet row number -> row index."""
    return {row.number: index for index, row in enumerate(schedule.rows)}


def apply_result(schedule: Schedule, result: Mapping[Hashable, Outcome],
                 index_of: Mapping[Hashable, int] | None = None) -> list[int]:
    """Store each item's outcome on its row (keys are sheet row numbers unless `index_of` maps them); the rows."""
    where = index_of if index_of is not None else index_by_number(schedule)
    touched = []
    for key, got in result.items():
        index = where.get(key)
        if index is None:
            continue
        schedule.rows[index].outcome = settled(got)
        touched.append(index)
    return sorted(touched)


def settled(got: Outcome, edited: bool = False, earlier: Outcome | None = None) -> Outcome:
    """The outcome a row keeps (a copy of the engine's): `edited` when the user changed the row while it was
    being sent (Apptoto lacks that edit), and a row skipped now that an `earlier` send confirmed says so."""
    message = got.message
    if got.state == SKIPPED and earlier is not None and earlier.state in SENT:
        what = earlier.state.capitalize() + (f" #{earlier.id}" if earlier.id is not None else "")
        message = f"{message.rstrip('.')}. Earlier in this session: {what}."
    return Outcome(got.state, message, list(got.differences), got.id, got.external_id, edited_since=edited)


def key_edits(schedule: Schedule, indices: Iterable[int], column_of: ColumnOf,
              edited: Container[int] = ()) -> list[Edit]:
    """Cell edits that write each row's Apptoto id and external_id (from its outcome) where the cells differ;
    in rows the user `edited` while they were sent, only into empty cells (the user's edit stays)."""
    edits: list[Edit] = []
    for index in indices:
        row = schedule.rows[index]
        outcome = row.outcome
        if outcome is None:
            continue
        event = row.event
        keep = index in edited
        if outcome.id is not None and outcome.state in SENT and event.get("id") != outcome.id \
                and not (keep and "id" in event):
            edits.append((index, column_of("id"), outcome.id))
        if outcome.external_id and event.get("external_id") != outcome.external_id \
                and not (keep and "external_id" in event):
            edits.append((index, column_of("external_id"), outcome.external_id))
    return edits


def external_id_edits(assigned: Mapping[Hashable, str], index_of: Mapping[Hashable, int],
                      column_of: ColumnOf) -> list[Edit]:
    """Cell edits that write generated external_ids ({key: id}) into their rows, before anything is sent."""
    if not assigned:
        return []
    column = column_of("external_id")
    return [(index_of[key], column, value) for key, value in assigned.items() if key in index_of]


def results_table(schedule: Schedule, indices: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Sheet row number -> {id, external_id, status, message} for a results workbook (write_results)."""
    table: dict[int, dict[str, Any]] = {}
    for index in indices:
        row = schedule.rows[index]
        event, outcome = row.event, row.outcome
        if outcome is not None:
            table[row.number] = {"id": outcome.id if outcome.id is not None else event.get("id"),
                                 "external_id": outcome.external_id or event.get("external_id"),
                                 "status": outcome.state, "message": outcome.message}
        elif schedule.has_errors(index):
            first = next((p.message for p in schedule.problems(index) if p.is_error), "invalid")
            table[row.number] = {"status": "invalid", "message": first}
        elif "external_id" in event:
            table[row.number] = {"external_id": event["external_id"]}
    return table


@dataclass(slots=True)
class Reconciled:
    """What an unfinished earlier run of the same file left: how far it got, and external_ids reused from it."""

    run: RunSummary
    sent: int
    answered: int
    reused: dict[Hashable, str]

    def lines(self) -> list[str]:
        out = [f"The last send of this file (started {self.run.started}) did not finish: {self.sent} rows had "
               f"been sent, {self.answered} confirmed by Apptoto. Rows it had given an external_id keep it, so "
               "they are updated, not duplicated."]
        if self.reused:
            out.append(f"Reusing {len(self.reused)} external_id(s) from the interrupted run.")
        return out


def reuse_external_ids(journal: Journal, file: str, items: list[engine.SendItem]) -> Reconciled | None:
    """If the last run on `file` never finished, give unchanged rows without a key its external_id again."""
    unfinished = journal.last_unfinished(file)
    if unfinished is None:
        return None
    seen = journal.reconcile(unfinished)
    reused: dict[Hashable, str] = {}
    for item in items:
        old = seen.get(item.key)
        if old is None or not old.external_id or engine.has_key(item.event):
            continue
        if _without_key(old.event) == _without_key(item.event):
            item.event["external_id"] = reused[item.key] = old.external_id
    return Reconciled(unfinished, sum(1 for r in seen.values() if r.sent),
                      sum(1 for r in seen.values() if r.answered), reused)


def _without_key(event: dict) -> dict:
    return {k: v for k, v in event.items() if k not in ("id", "external_id")}
