"""Rows and sending, both ways: send items from schedule rows, outcomes and ids back onto the rows (CLI and window),
and the ids an undo took away from them."""

from __future__ import annotations

from collections.abc import Callable, Container, Hashable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from gui.apptoto import engine
from gui.apptoto.history import local_time
from gui.apptoto.identity import is_derived
from gui.apptoto.journal import Journal
from gui.core.i18n import tr, tr_noop, trn
from gui.core.schedule import Row, Schedule
from gui.core.snapshot import Snapshot
from gui.core.vocab import CANCEL, CREATED, DELETED, MAYBE_UPDATE, SENT, SKIPPED, UPDATE, UPDATED, Outcome

Edit = tuple[int, int, object]                 # (row index, column, value)
ColumnOf = Callable[[str], int]                # the column of a canonical field, added when missing


def send_items(schedule: Schedule | Snapshot, indices: Iterable[int], add_auto: bool = False) -> list[engine.SendItem]:
    """One SendItem per row of `indices` without errors, keyed by its sheet row number, event as it would be sent
    (a cancellation: its event as built, of which the engine uses the id or external_id to delete it; `zoneless`:
    an update whose times have no zone and whose event's zone is not known yet)."""
    sendable = schedule.sendable(indices)
    events = iter(schedule.body(sendable, add_auto=add_auto)["events"])
    items = []
    for index in sendable:
        row = schedule.rows[index]
        event = dict(row.event) if row.kind == CANCEL else next(events)
        items.append(engine.SendItem(row.number, event, row.kind, wants_zone(row)))
    return items


def wants_zone(row: Row) -> bool:
    """An update (or a row that may be one) with times written without a zone, its event's zone not known yet."""
    return row.kind in (UPDATE, MAYBE_UPDATE) and row.zone is None and row.built is not None and row.built.zoneless


def index_by_number(schedule: Schedule) -> dict[int, int]:
    """Sheet row number -> row index."""
    return {row.number: index for index, row in enumerate(schedule.rows)}


def apply_result(schedule: Schedule, result: Mapping[Hashable, Outcome],
                 index_of: Mapping[Hashable, int] | None = None) -> list[int]:
    """Store each item's outcome on its row (keys are sheet row numbers unless `index_of` maps them), and the
    zone of the event that placed its times where the send used one; the rows."""
    where = index_of if index_of is not None else index_by_number(schedule)
    touched = []
    for key, zone in getattr(result, "zones", {}).items():       # the event's zone placed the row's times
        if where.get(key) is not None:
            schedule.set_zone(where[key], zone)
    for key, got in result.items():
        index = where.get(key)
        if index is None:
            continue
        schedule.rows[index].outcome = settled(got)
        touched.append(index)
    return sorted(touched)


_SENT_WORDS = {CREATED: tr_noop("rows", "Created"), UPDATED: tr_noop("rows", "Updated"),
               DELETED: tr_noop("rows", "Deleted")}


def settled(got: Outcome, edited: bool = False, earlier: Outcome | None = None) -> Outcome:
    """The outcome a row keeps (a copy of the engine's): `edited` when the user changed the row while it was
    being sent (Apptoto lacks that edit), and a row skipped now that an `earlier` send confirmed says so."""
    message = got.message
    if got.state == SKIPPED and earlier is not None and earlier.state in SENT:
        what = tr("rows", _SENT_WORDS[earlier.state]) + (f" #{earlier.id}" if earlier.id is not None else "")
        message = tr("rows", "{outcome}. Earlier in this session: {earlier}.", outcome=message.rstrip("."),
                     earlier=what)
    return replace(got, message=message, differences=list(got.differences), edited_since=edited)


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


def reborn_edits(schedule: Schedule, indices: Iterable[int], deleted: Mapping[Hashable, tuple[int | None, str | None]],
                 retired: Container[str], column_of: ColumnOf) -> list[Edit]:
    """Cell edits that empty the Apptoto id and the derived External ID of rows whose created event an undo deleted
    (`deleted`: sheet row number -> (event id, External ID it was created with); `retired`: every External ID the
    account's undos deleted): the row is a new appointment again, and its next send makes it anew. An External ID
    of the user's own stays (a send then says why it cannot be made again)."""
    edits: list[Edit] = []
    for index in indices:
        row = schedule.rows[index]
        if row.number not in deleted:
            continue
        event_id, external_id = deleted[row.number]
        if event_id is not None and row.event.get("id") == event_id:
            edits.append((index, column_of("id"), ""))
        if external_id and row.event.get("external_id") == external_id and is_derived(row.event, retired):
            edits.append((index, column_of("external_id"), ""))
    return edits


def external_id_edits(assigned: Mapping[Hashable, str], index_of: Mapping[Hashable, int],
                      column_of: ColumnOf) -> list[Edit]:
    """Cell edits that write generated external_ids ({key: id}) into their rows, before anything is sent."""
    if not assigned:
        return []
    column = column_of("external_id")
    return [(index_of[key], column, value) for key, value in assigned.items() if key in index_of]


def results_table(schedule: Schedule, indices: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Sheet row number -> {id, external_id, status, message, server} for a results workbook (write_results)."""
    table: dict[int, dict[str, Any]] = {}
    for index in indices:
        row = schedule.rows[index]
        event, outcome = row.event, row.outcome
        if outcome is not None:
            table[row.number] = {"id": outcome.id if outcome.id is not None else event.get("id"),
                                 "external_id": outcome.external_id or event.get("external_id"),
                                 "status": outcome.state, "message": outcome.message}
            if outcome.server is not None:
                table[row.number]["server"] = outcome.server
        elif schedule.has_errors(index):
            first = next((p.message for p in schedule.problems(index) if p.is_error), "invalid")
            table[row.number] = {"status": "invalid", "message": first}
        elif "external_id" in event:
            table[row.number] = {"external_id": event["external_id"]}
    return table


def unfinished_note(journal: Journal, file: str, base_url: str, user: str) -> str:
    """A line about the last send of `file` to this account if it never finished (a crash), else ''. Call it while
    holding the account's lock: then no other send to the account is running."""
    run = journal.last_unfinished(file, base_url, user)
    if run is None:
        return ""
    seen = journal.reconcile(run).values()
    sent, answered = sum(1 for r in seen if r.sent), sum(1 for r in seen if r.answered)
    return trn("rows", "The last send of this file (started {when}) did not finish: {count} row had been sent, "
               "{answered} confirmed by Apptoto. This send checks every row against Apptoto first, so none is created "
               "twice.", "The last send of this file (started {when}) did not finish: {count} rows had been sent, "
               "{answered} confirmed by Apptoto. This send checks every row against Apptoto first, so none is created "
               "twice.", sent, when=local_time(run.started), answered=f"{answered:,}")
