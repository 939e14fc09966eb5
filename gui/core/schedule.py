"""The schedule document: rows of cells, their events and problems, duplicate keys, and send outcomes.

One model of a row for everyone: the CLI drives it directly, the Qt table model is a thin view over it.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, replace

from gui.core import fields as F
from gui.core.i18n import tr
from gui.core.problems import ERROR, Problem, column_letter
from gui.core.rowbuild import Built, Options, Plan, build, build_many, gc_paused
from gui.core.table import Columns
from gui.core.vocab import CANCEL, NEW, ROW_KINDS, Outcome

KEY_FIELDS = ("id", "external_id")
BIG = 5000           # rows from which a full rebuild freezes what it made (see gc_paused)


class Sends:
    """What a row sends, read from its `built` (a Row, and a snapshot's view of one)."""

    __slots__ = ()
    built: Built | None

    @property
    def event(self) -> dict:
        return self.built.event if self.built else {}

    @property
    def kind(self) -> str:
        return self.built.kind if self.built else NEW


@dataclass(slots=True)
class Row(Sends):
    number: int                # the sheet row number as Excel shows it
    values: list               # cell values, one per column
    built: Built | None = None
    outcome: Outcome | None = None
    known: str | None = None   # NEW / UPDATE once Apptoto said whether its external_id exists
    zone: str | None = None    # the time zone of the event it updates, once Apptoto said (see rowbuild.build)
    added: bool = False        # added in the app (not a row of the workbook); its number follows the sheet's last
    quiet: bool = False        # added and not typed in yet: its problems wait until it is edited or ticked to send
    version: int = 0           # changes the user made to its cells: a snapshot compares it to tell rows edited since


class Schedule:
    """A loaded sheet: columns (sheet header + canonical field per column) and rows.

    The row value lists passed in are taken over (not copied): edits change them in place. A row's `built`
    (its event and problems) and its `outcome` are replaced on every change, never changed in place, so a
    snapshot may share them with a worker thread (gui/core/snapshot.py).
    """

    def __init__(self, headers: list[str], names: list[str | None], rows: Iterable[tuple[int, list]],
                 options: Options | None = None, letters: list[str] | None = None,
                 source: str = "", sheet: str = "", columns: Columns | None = None) -> None:
        self.headers = list(headers)
        self.names: list[str | None] = list(names)
        self.letters = list(letters) if letters else [column_letter(i) for i in range(len(headers))]
        self.options = options or Options()
        self.source, self.sheet = source, sheet
        width = len(self.headers)
        with gc_paused():                        # validate_all freezes what is built here
            self.rows = [Row(number, values if values.__class__ is list and len(values) == width
                             else _fit(values if values.__class__ is list else list(values), width))
                         for number, values in rows]
        self._keys: dict[str, dict[object, list[int]]] = {name: {} for name in KEY_FIELDS}
        self.plan = Plan.from_fields(self.headers, self.letters, self.names)
        if columns is not None and (len(columns.cells) != width or any(len(c) != len(self.rows)
                                                                        for c in columns.cells)):
            columns = None
        self.validate_all(columns)

    # ---- building ------------------------------------------------------------------------------
    def validate_all(self, columns: Columns | None = None) -> None:
        """Rebuild every row. `columns`: the rows' cells column by column as the reader normalised them
        (Table.columns, only while no row has been edited), which makes the build faster."""
        plan, options = self.plan, self.options
        for key_index in self._keys.values():
            key_index.clear()
        rows = self.rows
        with gc_paused(freeze=len(rows) >= BIG):
            built = build_many([row.values for row in rows], [row.number for row in rows], plan, options,
                               [row.known for row in rows], columns, [row.zone for row in rows])
            by_id, by_external_id = self._keys["id"], self._keys["external_id"]
            for index, (row, one) in enumerate(zip(rows, built, strict=True)):     # _index_keys, inlined
                row.built = one
                event = one.event
                if "id" in event:
                    by_id.setdefault(event["id"], []).append(index)
                if "external_id" in event:
                    by_external_id.setdefault(event["external_id"], []).append(index)

    def set_options(self, options: Options) -> None:
        """Read every row again with new options; a date order left empty ("from the file") keeps this
        schedule's own, which was decided for its file."""
        if not options.date_order:
            options = replace(options, date_order=self.options.date_order)
        self.options = options
        self.validate_all()

    def set_names(self, names: list[str | None]) -> None:
        """Change the column mapping (canonical name per column) and rebuild every row."""
        self.names = list(names)
        self.plan = Plan.from_fields(self.headers, self.letters, self.names)
        self.validate_all()

    def column_of(self, name: str) -> int | None:
        try:
            return self.names.index(name)
        except ValueError:
            return None

    def ensure_column(self, name: str) -> int:
        """The column holding canonical field `name`, added at the right end if the sheet has none."""
        column = self.column_of(name)
        if column is not None:
            return column
        self.headers.append(name)
        self.names.append(name)
        self.letters.append("")
        for row in self.rows:
            row.values.append(None)
        self.plan = Plan.from_fields(self.headers, self.letters, self.names)
        return len(self.headers) - 1

    def set_value(self, index: int, column: int, value: object) -> list[int]:
        """Edit one cell; rebuild that row. Returns the rows whose problems may have changed."""
        return self.set_values([(index, column, value)])

    def set_values(self, edits: Iterable[tuple[int, int, object]], by_user: bool = True) -> list[int]:
        """Edit many cells; rebuild only the rows touched (and rows sharing their id / external_id).

        `by_user`: an edit by the user (typing, pasting, undo) counts in the row's `version` and marks a sent
        row's outcome `edited_since`; ids written back by a send are not such edits."""
        touched: set[int] = set()
        for index, column, value in edits:
            if isinstance(value, str) and not value.strip():
                value = None
            row = self.rows[index]
            if by_user:
                row.quiet = False
            if by_user and row.values[column] != value:
                row.version += 1
                if row.outcome is not None and not row.outcome.edited_since:
                    row.outcome = dataclasses.replace(row.outcome, edited_since=True)
            row.values[column] = value
            touched.add(index)
        affected = set(touched)
        order = sorted(touched)
        rows = [self.rows[index] for index in order]
        # many rows (a paste, a fill) are built together: each column converted in one pass, 5x faster
        built = build_many([r.values for r in rows], [r.number for r in rows], self.plan, self.options,
                           [r.known for r in rows], zones=[r.zone for r in rows]) if len(rows) > 8 else None
        for n, (index, row) in enumerate(zip(order, rows, strict=True)):
            affected.update(self._unindex_keys(index, row.event))
            row.built = built[n] if built else build(row.values, row.number, self.plan, self.options, row.known,
                                                     row.zone)
            affected.update(self._index_keys(index, row.built.event))
        return sorted(affected)

    def set_known(self, index: int, kind: str | None) -> None:
        """Record what Apptoto said of a row's external_id (NEW: unknown, UPDATE: exists) and rebuild it."""
        row = self.rows[index]
        row.known = kind
        row.built = build(row.values, row.number, self.plan, self.options, kind, row.zone)

    def set_zone(self, index: int, zone: str | None) -> None:
        """Record the time zone of the event a row updates (as Apptoto gave it) and rebuild the row: its times
        written without a zone are then read in that zone."""
        row = self.rows[index]
        row.zone = zone
        row.built = build(row.values, row.number, self.plan, self.options, row.known, zone)

    # ---- adding and removing rows ----------------------------------------------------------------
    def next_numbers(self, count: int) -> list[int]:
        """Row numbers for `count` added rows: they continue after the highest number in use."""
        last = max((row.number for row in self.rows), default=1)
        return list(range(last + 1, last + 1 + count))

    def insert_rows(self, placed: list[tuple[int, Row]]) -> list[int]:
        """Insert rows at the indices they will have (ascending, as remove_rows returns them); values are
        fitted and rows built here. Returns the rows whose problems may have changed (the new ones and the
        rows sharing their id / external_id), as new indices."""
        width, old = len(self.headers), self.rows
        for _, row in placed:
            row.values = _fit(row.values, width)
        rows = [row for _, row in placed]
        for row, one in zip(rows, build_many([r.values for r in rows], [r.number for r in rows], self.plan,
                                             self.options, [r.known for r in rows], zones=[r.zone for r in rows]),
                            strict=True):
            row.built = one
        mapping, merged, taken = [0] * len(old), [], 0
        for index, row in placed:
            while len(merged) < index:
                mapping[taken] = len(merged)
                merged.append(old[taken])
                taken += 1
            merged.append(row)
        for rest in range(taken, len(old)):
            mapping[rest] = len(merged)
            merged.append(old[rest])
        self.rows[:] = merged
        self._move_keys(mapping.__getitem__)
        affected = {index for index, _ in placed}
        for index, _ in placed:
            affected.update(self._index_keys(index, self.rows[index].event))
        return sorted(affected)

    def remove_rows(self, indices: Iterable[int]) -> tuple[list[tuple[int, Row]], list[int]]:
        """Remove rows: ((old index, Row) ascending, to put back with insert_rows; the remaining rows
        that shared their id / external_id, as new indices)."""
        gone = sorted(set(indices))
        partners: set[int] = set()
        for index in gone:
            partners.update(self._unindex_keys(index, self.rows[index].event))
        removed = [(index, self.rows[index]) for index in gone]
        for index in reversed(gone):
            del self.rows[index]

        def moved(index: int) -> int:
            return index - bisect.bisect_left(gone, index)

        self._move_keys(moved)
        return removed, sorted(moved(i) for i in partners.difference(gone))

    def _move_keys(self, moved) -> None:
        for key_index in self._keys.values():
            for holders in key_index.values():
                holders[:] = [moved(i) for i in holders]

    # ---- duplicate keys ------------------------------------------------------------------------
    def _index_keys(self, index: int, event: dict) -> list[int]:
        partners: list[int] = []
        for name in KEY_FIELDS:
            if name in event:
                holders = self._keys[name].setdefault(event[name], [])
                partners.extend(holders)
                holders.append(index)
        return partners

    def _unindex_keys(self, index: int, event: dict) -> list[int]:
        partners: list[int] = []
        for name in KEY_FIELDS:
            holders = self._keys[name].get(event.get(name)) if name in event else None
            if holders and index in holders:
                holders.remove(index)
                partners.extend(holders)
                if not holders:
                    del self._keys[name][event[name]]
        return partners

    def duplicates_of(self, index: int) -> list[Problem]:
        problems: list[Problem] = []
        event = self.rows[index].event
        for name in KEY_FIELDS:
            holders = self._keys[name].get(event[name]) if name in event else None
            if holders is not None and len(holders) > 1:
                others = ", ".join(str(self.rows[i].number) for i in holders if i != index)
                column = self.column_of(name)
                header = self.headers[column] if column is not None else name
                letter = self.letters[column] if column is not None else ""
                label = F.shown_label(F.BY_NAME[name])
                problems.append(Problem(self.rows[index].number, header, ERROR,
                                        tr("schedule", "{label} {value} is also used on row {rows}", label=label,
                                           value=event[name], rows=others), letter))
        return problems

    # ---- questions the views ask ---------------------------------------------------------------
    def problems(self, index: int) -> list[Problem]:
        built = self.rows[index].built
        if built is None:
            return []
        if self._duplicated(built.event):
            return built.problems + self.duplicates_of(index)
        return list(built.problems)

    def duplicate_rows(self) -> set[int]:
        """The rows whose id or external_id another row has too (one pass over the key index)."""
        return {index for key_index in self._keys.values() for holders in key_index.values() if len(holders) > 1
                for index in holders}

    def _duplicated(self, event: dict) -> bool:
        """Whether another row has this event's id or external_id (cheap: no Problem is made)."""
        keys = self._keys
        return (("id" in event and len(keys["id"].get(event["id"], ())) > 1)
                or ("external_id" in event and len(keys["external_id"].get(event["external_id"], ())) > 1))

    def _has_key(self, row: Row) -> bool:
        event = row.event
        return "id" in event or "external_id" in event

    def has_errors(self, index: int) -> bool:
        built = self.rows[index].built
        if built is not None and not built.problems and not self._duplicated(built.event):
            return False                            # the common case, without building a problem list
        return any(p.severity == ERROR for p in self.problems(index))

    def all_problems(self, indices: Iterable[int] | None = None) -> list[Problem]:
        result: list[Problem] = []
        for index in range(len(self.rows)) if indices is None else indices:
            result.extend(self.problems(index))
        return result

    def sendable(self, indices: Iterable[int] | None = None) -> list[int]:
        """Rows (of `indices`, default all) without errors."""
        pool = range(len(self.rows)) if indices is None else indices
        return [i for i in pool if not self.has_errors(i)]

    def body(self, indices: Iterable[int], add_auto: bool = False) -> dict:
        """The exact PUT /v1/events body for these rows (rows with errors are left out, and cancellations: they
        are deleted, not sent in the body; see `cancellations`)."""
        return request_events([self.rows[index] for index in self.sendable(indices)], add_auto)

    def cancellations(self, indices: Iterable[int]) -> list[int]:
        """Of these rows, the cancellations without errors: their events are deleted in Apptoto."""
        rows = self.rows
        return self.sendable(index for index in indices if rows[index].kind == CANCEL)

    def counts(self) -> dict[str, int]:
        result = {"rows": len(self.rows), **dict.fromkeys(ROW_KINDS, 0), "errors": 0, "warnings": 0}
        for index, row in enumerate(self.rows):
            result[row.kind] += 1
            problems = self.problems(index)
            if any(p.severity == ERROR for p in problems):
                result["errors"] += 1
            elif problems:
                result["warnings"] += 1
        return result


def request_events(rows: Iterable, add_auto: bool = False) -> dict:
    """The exact PUT /v1/events body for rows (anything with `event` and `kind`: a Row, a snapshot's row);
    cancellations are left out (their events are deleted, not sent)."""
    from gui.core.models import request_body  # pydantic loads in 0.3 s: only when a body is built

    events = []
    for row in rows:
        if row.kind == CANCEL:
            continue
        event = row.event
        if add_auto and row.kind == NEW and "#auto" not in event.get("content", ""):
            event = dict(event, content=(event.get("content", "") + " #auto").strip())
        events.append(event)
    return request_body(events)


def _fit(values: list, width: int) -> list:
    if len(values) < width:
        values.extend([None] * (width - len(values)))
    return values[:width] if len(values) > width else values


def parse_rows_option(text: str) -> set[int]:
    """`--rows 2-40,45` to a set of sheet row numbers; raises ValueError with a plain message."""
    numbers: set[int] = set()
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        low, sep, high = part.partition("-")
        try:
            first = int(low)
            last = int(high) if sep else first
        except ValueError:
            raise ValueError(f"--rows: “{part}” is not a row number or a range like 2-40") from None
        if first < 1 or last < first:
            raise ValueError(f"--rows: “{part}” is not a valid range")
        numbers.update(range(first, last + 1))
    return numbers
