"""The open document, owned by the window (no Qt): the schedule and what is known about its rows — send outcomes,
compare results, Apptoto's calendars and which server each came from. Every change goes through its methods;
background jobs work on a Snapshot and hand their answers back through apply_send / apply_compare, which
know which rows were edited, added or deleted since the snapshot was taken; switch_server clears what came from
another server or account."""

from __future__ import annotations

import bisect
from collections.abc import Container, Hashable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from gui.apptoto.diff import RowDiff
from gui.apptoto.eventzones import apply_zones
from gui.apptoto.rows import ColumnOf, Edit, key_edits, settled
from gui.core.origins import Clearing, clearing
from gui.core.review import Review, Splice
from gui.core.rowbuild import Options
from gui.core.schedule import Row, Schedule
from gui.core.server import Server
from gui.core.snapshot import Snapshot
from gui.core.table import Table
from gui.core.vocab import CREATED, SENT, UNKNOWN, Outcome
from gui.sheets.load import Loaded, remap
from gui.sheets.mapping import ColumnMap


@dataclass(slots=True)
class Opened:
    """A file read off the GUI thread and ready to show: where it came from, what the reader saw, its review."""

    path: Path
    loaded: Loaded
    review: Review

    @property
    def schedule(self) -> Schedule:
        return self.review.schedule


@dataclass(slots=True)
class Applied:
    """What a job's answer changed: the rows to repaint, the id cells to write (through the table model, so the
    views follow), answers for rows deleted meanwhile, rows edited meanwhile, and whether it came too late."""

    rows: list[int] = field(default_factory=list)
    ids: list[Edit] = field(default_factory=list)
    removed: int = 0
    edited: int = 0
    stale: bool = False                  # the snapshot is of a document no longer open
    done: list[int] = field(default_factory=list)    # rows Apptoto confirmed in this answer, not edited since


@dataclass(slots=True)
class Switched:
    """What switch_server cleared: `clearing` (its note says it to the user), the id cells to empty (through the
    table model), the rows to repaint, and the rows that had been sent there (Apptoto confirmed them) — they are
    not sent to this account yet. True when anything was cleared."""

    clearing: Clearing
    ids: list[Edit] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    sent: list[int] = field(default_factory=list)

    def __bool__(self) -> bool:
        return not self.clearing.empty


class Document:
    """One per window, for its whole life: `open` shows another file (and bumps `generation`)."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.loaded: Loaded | None = None
        self.review: Review | None = None
        self.compare: dict[int, RowDiff] = {}        # row index -> what Compare with Apptoto said
        self.compare_listing = None                  # the last Compare's listing: a send soon after reuses it
        self.known_calendars: list[str] | None = None   # calendar names the account has (None: not known)
        self.server: Server | None = None            # the server and account this document's rows go to
        self.compare_from: Server | None = None      # the server and account the compare results came from
        self.id_from: dict[int, Server] = {}         # row index -> where its id came from, when the window knows
        self.notice = ""                             # what the last switch of server cleared, until the next send
        self.generation = 0
        self._moves = 0                              # rows inserted or removed so far (where_now's cache)
        self._where: tuple | None = None             # (snapshot, (generation, moves), where_now, positions)

    @classmethod
    def of(cls, schedule: Schedule, path: str | Path = "") -> Document:
        """A bare schedule as an open document (tests, tools)."""
        table = Table(str(path), schedule.sheet, 1, list(schedule.headers), list(schedule.letters), [])
        columns = ColumnMap(list(schedule.headers), list(schedule.names), [""] * len(schedule.headers))
        document = cls()
        document.open(Opened(Path(path), Loaded(schedule, table, columns), Review(schedule)))
        return document

    @property
    def is_open(self) -> bool:
        return self.review is not None

    @property
    def schedule(self) -> Schedule | None:
        return self.review.schedule if self.review else None

    def open(self, opened: Opened) -> None:
        """Show another file (or the same one remapped): results of the old one no longer apply."""
        self.path, self.loaded, self.review = opened.path, opened.loaded, opened.review
        self.compare = {}
        self.compare_listing = None
        self.server = self.compare_from = None
        self.id_from = {}
        self.notice = ""
        self.generation += 1

    def snapshot(self, cells: bool = False) -> Snapshot:
        """The rows as they are now, for a worker (taken on the thread that owns the document)."""
        assert self.review is not None
        return Snapshot.take(self.review.schedule, self.review, cells, self.generation)

    # ---- cells and rows -------------------------------------------------------------------------
    def edit(self, edits: list[Edit], by_user: bool = True) -> tuple[list[int], list[Splice]]:
        """Change cells: (rows whose state may have changed, problem-list splices). Edited rows lose their
        compare result (Apptoto was asked about other cells)."""
        assert self.review is not None
        affected, splices = self.review.edit(edits, by_user)
        self.forget_compare({row for row, _column, _value in edits})
        if self.id_from:                             # an id typed or cleared: where it came from is not known
            id_column = self.review.schedule.column_of("id")
            for row, column, _value in edits:
                if column == id_column:
                    self.id_from.pop(row, None)
        return affected, splices

    def wake(self, rows: Iterable[int]) -> list[Splice]:
        """Added rows not typed in yet that are now to be sent show their problems (problem-list splices)."""
        assert self.review is not None
        return self.review.wake(rows)

    def ensure_column(self, name: str) -> int:
        assert self.review is not None
        return self.review.schedule.ensure_column(name)

    def insert_rows(self, placed: list[tuple[int, Row]]) -> list[int]:
        """Insert rows at their final indices (ascending); compare results move with their rows."""
        assert self.review is not None
        slots = [index - n for n, (index, _) in enumerate(placed)]       # old rows before each new one
        self.compare = {i + bisect.bisect_right(slots, i): d for i, d in self.compare.items()}
        self.id_from = {i + bisect.bisect_right(slots, i): s for i, s in self.id_from.items()}
        self._moves += 1
        return self.review.insert_rows(placed)

    def remove_rows(self, indices: Iterable[int]) -> tuple[list[tuple[int, Row]], list[int]]:
        """Remove rows: ((old index, Row) to put back with insert_rows, rows rebuilt). Their compare results go;
        the others' move with their rows."""
        assert self.review is not None
        removed, partners = self.review.remove_rows(indices)
        self._moves += 1
        gone = [index for index, _ in removed]
        dropped = set(gone)
        self.compare = {i - bisect.bisect_left(gone, i): d for i, d in self.compare.items() if i not in dropped}
        self.id_from = {i - bisect.bisect_left(gone, i): s for i, s in self.id_from.items() if i not in dropped}
        return removed, partners

    def forget_compare(self, rows: Iterable[int]) -> list[int]:
        """Drop the compare results of `rows`; returns the rows that had one."""
        dropped = [row for row in rows if row in self.compare]
        for row in dropped:
            del self.compare[row]
        return dropped

    # ---- answers of background jobs ---------------------------------------------------------------
    def where_now(self, snapshot: Snapshot) -> list[int | None]:
        """For each row of the snapshot, its index now (None: deleted since). O(rows), then cached until rows
        are inserted or removed (a send applies its answers batch after batch)."""
        return self._located(snapshot)[0]

    def _located(self, snapshot: Snapshot) -> tuple[list[int | None], dict[int, int]]:
        """(where_now, sheet row number -> snapshot position)."""
        assert self.review is not None
        cached = self._where
        if cached is None or cached[0] is not snapshot or cached[1] != (self.generation, self._moves):
            index = {id(row): i for i, row in enumerate(self.review.schedule.rows)}
            cached = self._where = (snapshot, (self.generation, self._moves),
                                    [index.get(id(row)) for row in snapshot.origins], snapshot.positions())
        return cached[2], cached[3]

    def apply_send(self, snapshot: Snapshot, result: Mapping[Hashable, Outcome], column_of: ColumnOf,
                   server: Server | None = None) -> Applied:
        """Store a send's outcomes (keyed by sheet row number at the snapshot) on the rows they were for. A row
        edited since keeps the edit and its outcome says so (its ids go only into empty cells); answers for
        rows deleted since are counted, not applied. May be called again with more of the same send. The zone
        of each event that placed an update's zone-less times (`result.zones`, the engine's) stays with its row."""
        if not self.is_open or snapshot.generation != self.generation:
            return Applied(stale=True)
        rows = self.review.schedule.rows
        now, position = self._located(snapshot)
        applied, edited = Applied(), set()
        for key, name in getattr(result, "zones", {}).items():
            at = position.get(key)
            index = now[at] if at is not None else None
            if index is not None and rows[index].zone != name:
                self.review.schedule.set_zone(index, name)
                applied.rows.append(index)
        for key, got in result.items():
            at = position.get(key)
            if at is None:
                continue
            index = now[at]
            if index is None:
                applied.removed += 1
                continue
            row = rows[index]
            changed = row.version != snapshot.versions[at]
            outcome = settled(got, changed, snapshot.outcomes[at])
            if changed:
                edited.add(index)
            elif outcome.state in SENT:
                applied.done.append(index)
            if row.outcome != outcome:
                row.outcome = outcome
                applied.rows.append(index)
        schedule = self.review.schedule
        for index in applied.done:              # an event the row just created is in the zone its times were read in
            row = rows[index]
            if row.outcome.state == CREATED and row.zone is None and row.built is not None and row.built.zoneless:
                schedule.set_zone(index, schedule.options.default_time_zone)
        applied.rows = sorted(set(applied.rows))
        applied.edited = len(edited)
        applied.ids = key_edits(self.review.schedule, applied.rows, column_of, edited)
        applied.rows = sorted({*applied.rows, *self.forget_compare(applied.rows)})
        if server is not None:
            self.server = server
        self.learn_calendars(rows[i].event.get("calendar") for i in applied.rows
                             if rows[i].outcome is not None and rows[i].outcome.state in SENT)
        return applied

    def apply_compare(self, snapshot: Snapshot, diffs: Iterable[RowDiff], server: Server | None = None,
                      keep_unknown: bool = True) -> Applied:
        """Store Compare's results on the rows they were for; rows edited or deleted since get none (they must
        be compared again). `keep_unknown` False drops rows Apptoto was not asked about (a cancelled run).
        An update whose times have no zone is read in its event's zone where Apptoto gave one
        (eventzones.apply_zones: its result is made again from that reading, or says no zone was known)."""
        if not self.is_open or snapshot.generation != self.generation:
            return Applied(stale=True)
        schedule, now, applied = self.review.schedule, self.where_now(snapshot), Applied()
        stored: list[RowDiff] = []
        for diff in diffs:
            index = now[diff.index]
            if index is None:
                applied.removed += 1
            elif schedule.rows[index].version != snapshot.versions[diff.index]:
                applied.edited += 1
            elif keep_unknown or diff.kind != UNKNOWN:
                if diff.known is not None and schedule.rows[index].known != diff.known:
                    schedule.set_known(index, diff.known)     # an unknown external_id: the row is new
                stored.append(replace(diff, index=index) if index != diff.index else diff)
                applied.rows.append(index)
        apply_zones(schedule, stored)                         # by the rows' indices now
        for diff in stored:
            self.compare[diff.index] = diff
        if server is not None:
            self.server = self.compare_from = server
        return applied

    def apply_undo(self, file: str, server: Server, undone: Iterable[tuple[Hashable, int | None, Outcome]]
                   ) -> list[int]:
        """Show what an undo of a send of `file` did, on the rows of this document that send touched: `undone` holds
        (sheet row number, the event its send touched, what the undo did to it). A row takes it only while it is
        still that row (its id or outcome names that event) and the document holds this file, from this server.
        Returns the rows changed; a row edited since the send keeps saying so."""
        if not self.is_open or self.path is None or Path(file) != self.path:
            return []
        if self.server is not None and self.server != server:
            return []
        rows = self.review.schedule.rows
        index = {row.number: i for i, row in enumerate(rows)}
        changed = []
        for number, event_id, outcome in undone:
            at = index.get(number)
            if at is None or event_id is None:
                continue
            row = rows[at]
            before = row.outcome
            if event_id not in (before.id if before is not None else None, row.event.get("id")):
                continue
            row.outcome = replace(outcome, edited_since=before is not None and before.edited_since)
            changed.append(at)
        return sorted(changed)

    def restore_outcomes(self, outcomes: Mapping[int, Outcome]) -> list[int]:
        """Put back the send outcomes a session file kept (row index -> outcome); returns those rows."""
        rows = self.review.schedule.rows
        for index, outcome in outcomes.items():
            rows[index].outcome = outcome
        return sorted(outcomes)

    def learn_calendars(self, names: Iterable[str | None]) -> None:
        """Calendars Apptoto has accepted exist now (the send confirmation stops calling them new)."""
        if self.known_calendars is None:
            return
        fresh = {name for name in names if name} - set(self.known_calendars)
        if fresh:
            self.known_calendars = sorted({*self.known_calendars, *fresh})

    def attribute_ids(self, server: Server, held: Container[int]) -> int:
        """The ids in the rows that `server` is known to hold (`held`) came from it: the sandbox's own events in a
        workbook opened in sandbox mode (the bundled sample's, or a workbook saved after sending there). Other
        ids of the workbook are the user's: where they came from is not known, and they are kept. How many."""
        assert self.review is not None
        found = 0
        for index, row in enumerate(self.review.schedule.rows):
            if isinstance(row.event.get("id"), int) and row.event["id"] in held:
                self.id_from[index] = server
                found += 1
        return found

    def switch_server(self, server: Server) -> Switched:
        """The rows go to `server` from now on: ids, send results and compare results of another server or account
        are cleared (origins.clearing), and the calendars known for another account forgotten. The id cells to
        empty are returned (the caller writes them through the table model, so the views follow); `notice`
        keeps the note for the next send's confirmation."""
        if self.server is None or not self.server.same_account(server):
            self.notice = ""                         # it told of the switch before this one
            if self.server is not None:
                self.known_calendars = None
        self.server = server
        if not self.is_open:
            return Switched(Clearing(server))
        schedule = self.review.schedule
        found = clearing(schedule, server, self.id_from, self.compare_from)
        switched = Switched(found, found.id_edits(schedule))
        if found.empty:
            return switched
        rows = schedule.rows
        switched.sent = sorted(i for i in found.outcomes if rows[i].outcome.state in SENT)
        for index in found.outcomes:
            rows[index].outcome = None
        for index in found.ids:
            self.id_from.pop(index, None)
        touched = set(found.outcomes)
        if found.compare is not None:
            touched.update(self.compare)
            self.compare, self.compare_listing, self.compare_from = {}, None, None
        switched.rows = sorted(touched)
        self.notice = found.note()
        return switched

    def reread(self, options: Options) -> Review:
        """Read every row again with other options (zone, date order, calendar); outcomes are kept."""
        assert self.review is not None
        self.review.schedule.set_options(options)
        self.review = Review(self.review.schedule)
        self.compare, self.compare_from = {}, None
        return self.review


def remapped(path: Path, loaded: Loaded, snapshot: Snapshot, names: list[str | None], options: Options,
             date_order: str | None = None, name: str | None = None, remember: bool = False) -> Opened:
    """On a worker: the rows of `snapshot` (taken with cells) rebuilt with the columns mapped to `names` and the
    date order chosen for this file (None: as before, or as the file's dates show); added rows and send outcomes
    stay with their rows. `loaded`: what the reader saw (never changed after reading). With `remember`, the choice
    is kept for the next file with these headers (gui/sheets/memory.py)."""
    assert snapshot.values is not None
    rows = [(number, list(values)) for number, values in zip(snapshot.numbers, snapshot.values, strict=True)]
    again = remap(loaded, names, options, rows, date_order, name, remember)
    schedule = again.schedule
    for row, outcome, added in zip(schedule.rows, snapshot.outcomes, snapshot.added, strict=True):
        row.outcome, row.added = outcome, added
    return Opened(path, again, Review(schedule))
