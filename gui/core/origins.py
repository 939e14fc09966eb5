"""Ids, send results and Compare results belong to the Apptoto server and account they came from: what must be
cleared, and why, when a schedule is to be sent to another. External IDs stay: they name the appointment itself."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from gui.core import fields, words
from gui.core.i18n import tr, trn
from gui.core.schedule import Schedule
from gui.core.server import Server
from gui.core.vocab import SENT


@dataclass(slots=True)
class Clearing:
    """What sending to `server` must not use: row index -> the server its id (`ids`) or its send result
    (`outcomes`) came from; `compare`: the other server the Compare results came from (None: they may stay)."""

    server: Server
    ids: dict[int, Server] = field(default_factory=dict)
    outcomes: dict[int, Server] = field(default_factory=dict)
    compare: Server | None = None

    @property
    def empty(self) -> bool:
        return not (self.ids or self.outcomes or self.compare)

    def id_edits(self, schedule: Schedule) -> list[tuple[int, int, object]]:
        """Cell edits that clear the ids from another server (apply with Schedule.set_values(by_user=False))."""
        column = schedule.column_of("id")
        return [] if column is None else [(index, column, None) for index in sorted(self.ids)]

    def note(self) -> str:
        """One paragraph for the user: what was cleared, from where, and why."""
        if self.empty:
            return ""
        sources = sorted({*self.ids.values(), *self.outcomes.values(), *([self.compare] if self.compare else [])},
                         key=lambda s: (s.base_url, s.user))
        where = words.listing([s.describe() for s in sources], quote=False)
        parts = []
        if self.ids:
            parts.append(trn("origins", "{count} Apptoto id cleared (they name events there, not in this account)",
                             "{count} Apptoto ids cleared (they name events there, not in this account)",
                             len(self.ids)))
        if self.outcomes:
            parts.append(trn("origins", "{count} send result cleared", "{count} send results cleared",
                             len(self.outcomes)))
        if self.compare:
            parts.append(tr("origins", "the Compare results cleared"))
        return tr("origins", "Now sending to {server}. What came from {where} is not used here: {cleared}. "
                             "External IDs "
                  "are kept: they name the appointments, so sending updates the same appointments there or creates "
                  "them.", server=self.server.describe(), where=where, cleared="; ".join(parts))


def clearing(schedule: Schedule, server: Server, id_from: Mapping[int, Server | None] | None = None,
             compare_from: Server | None = None) -> Clearing:
    """What must be cleared before the rows of `schedule` go to `server`.

    A row's id came from the server in `id_from` (the window knows where ids it wrote or opened came from), else
    from its results workbook's "Sent to" cell, else from its send result when Apptoto confirmed the event with
    that id there (a row that failed there may carry the user's own id); an id
    of unknown origin (typed, or in the user's own workbook) is kept. A send result from another server or
    account is cleared, and so are Compare results (`compare_from`)."""
    out = Clearing(server)
    written = sent_to(schedule)
    for index, row in enumerate(schedule.rows):
        outcome = row.outcome
        origin = (id_from or {}).get(index) or written.get(index)
        if origin is None and outcome is not None and outcome.server is not None and outcome.id is not None \
                and outcome.state in SENT and row.event.get("id") == outcome.id:     # confirmed there
            origin = outcome.server
        if origin is not None and "id" in row.event and not origin.same_account(server):
            out.ids[index] = origin
        if outcome is not None and outcome.server is not None and not outcome.server.same_account(server):
            out.outcomes[index] = outcome.server
    if compare_from is not None and not compare_from.same_account(server):
        out.compare = compare_from
    return out


def sent_to(schedule: Schedule) -> dict[int, Server]:
    """Row index -> the server a results workbook's "Sent to" column names for it."""
    try:
        column = schedule.headers.index(fields.SENT_TO)
    except ValueError:
        return {}
    found = {}
    for index, row in enumerate(schedule.rows):
        server = Server.from_text(row.values[column] if column < len(row.values) else None)
        if server is not None:
            found[index] = server
    return found
