"""The edit session of one workbook, saved in the user data folder so that a crash never loses an edit.

It records what the app changed, not the whole sheet: cell values by sheet row number and column, the
order of the rows once rows were added or deleted (added rows carry their cells), the send outcomes, and
whether anything is still unsaved. Reopening the workbook after a crash turns it back into edits
(`Session.plan`). Never written over the workbook: it lives in `<data folder>/sessions/`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from gui.core.i18n import trn
from gui.core.paths import sessions_dir
from gui.core.schedule import Row, Schedule
from gui.core.server import Server
from gui.core.table import CellError
from gui.core.vocab import Outcome

FORMAT = 1
Column = tuple[str, str, str | None]          # (letter, header, canonical name) as the schedule had them


def session_path(workbook: str | os.PathLike[str], folder: Path | None = None) -> Path:
    """The session file of a workbook, keyed by its absolute path."""
    key = hashlib.sha1(os.path.abspath(workbook).encode("utf-8")).hexdigest()[:24]
    return (folder or sessions_dir()) / f"{key}.json"


def stamp(workbook: str | os.PathLike[str]) -> tuple[int, float]:
    """(size, modification time) of the workbook, to notice it changed since the session began."""
    try:
        info = os.stat(workbook)
    except OSError:
        return (-1, 0.0)
    return (info.st_size, info.st_mtime)


def encode(value: object) -> object:
    """A cell value as JSON (dates and times tagged, errors as their text)."""
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$time": value.isoformat()}
    if isinstance(value, CellError):
        return value.text
    if value is None or isinstance(value, str | bool | int | float):
        return value
    return str(value)


def decode(value: object) -> object:
    if isinstance(value, dict) and len(value) == 1:
        (tag, text), = value.items()
        parse = {"$datetime": dt.datetime.fromisoformat, "$date": dt.date.fromisoformat,
                 "$time": dt.time.fromisoformat}.get(tag)
        if parse is not None:
            return parse(text)
    return value


@dataclass(slots=True)
class Plan:
    """A saved session turned into edits of a freshly loaded schedule, applied in this order."""

    add_columns: list[str] = field(default_factory=list)          # canonical names (ensure_column)
    remove: list[int] = field(default_factory=list)               # row indices of the loaded schedule
    insert: list[tuple[int, Row]] = field(default_factory=list)   # (final index, added row), ascending
    cells: list[tuple[int, int, object]] = field(default_factory=list)     # (final index, column, value)
    outcomes: dict[int, Outcome] = field(default_factory=dict)    # final index -> outcome
    lost: int = 0                                                 # edits with no row or column to go to

    @property
    def empty(self) -> bool:
        return not (self.add_columns or self.remove or self.insert or self.cells or self.outcomes)


@dataclass
class Session:
    """Edits made to one workbook (one sheet) in the app."""

    workbook: str
    sheet: str = ""
    size: int = -1
    mtime: float = 0.0
    columns: list[Column] = field(default_factory=list)
    cells: dict[int, dict[int, object]] = field(default_factory=dict)       # number -> column -> value
    order: list[int] | None = None        # row numbers in order, once rows were added or deleted
    added: set[int] = field(default_factory=set)
    outcomes: dict[int, Outcome] = field(default_factory=dict)
    modified: bool = False                # something is not saved in any workbook yet
    saved_to: str = ""
    updated: str = ""
    # cells and outcomes as JSON, kept up to date by the record_* methods (a 20,000-row send must not
    # re-encode every cell at each write)
    _wire_cells: dict[str, dict[str, object]] = field(default_factory=dict, repr=False, compare=False)
    _wire_outcomes: dict[str, list] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._wire_cells = {str(n): {str(c): encode(v) for c, v in row.items()} for n, row in self.cells.items()}
        self._wire_outcomes = {str(n): _outcome_json(o) for n, o in self.outcomes.items()}

    @classmethod
    def start(cls, workbook: str | os.PathLike[str], schedule: Schedule) -> Session:
        size, mtime = stamp(workbook)
        session = cls(os.path.abspath(workbook), schedule.sheet, size, mtime)
        session.follow_columns(schedule)
        return session

    # ---- recording -----------------------------------------------------------------------------
    def follow_columns(self, schedule: Schedule) -> None:
        """Columns the schedule has now (added columns appear at the end)."""
        self.columns = list(zip(schedule.letters, schedule.headers, schedule.names, strict=True))

    def record_cell(self, number: int, column: int, value: object) -> None:
        self.cells.setdefault(number, {})[column] = value
        self._wire_cells.setdefault(str(number), {})[str(column)] = encode(value)
        self.modified = True

    def record_added(self, number: int, values: list) -> None:
        """A row added in the app: its cells are exactly `values`, whatever a row of that number had before."""
        self.added.add(number)
        self.cells[number] = {c: v for c, v in enumerate(values) if v is not None}
        self._wire_cells[str(number)] = {str(c): encode(v) for c, v in self.cells[number].items()}
        self.modified = True

    def record_order(self, numbers: list[int]) -> None:
        self.order = list(numbers)
        self.modified = True

    def record_outcome(self, number: int, outcome: Outcome | None) -> None:
        """The row's send result now (None: cleared, as when the rows go to another server)."""
        if outcome is None:
            if self.outcomes.pop(number, None) is not None:
                self._wire_outcomes.pop(str(number), None)
                self.modified = True
            return
        self.outcomes[number] = outcome
        self._wire_outcomes[str(number)] = _outcome_json(outcome)
        self.modified = True

    def saved(self, path: str) -> None:
        """Everything is now in the workbook at `path`."""
        self.modified, self.saved_to = False, str(path)

    def changed_on_disk(self) -> bool:
        """The workbook differs (size or time) from when this session began."""
        return stamp(self.workbook) != (self.size, self.mtime)

    def edit_count(self) -> int:
        return sum(len(c) for c in self.cells.values())

    def summary(self) -> str:
        """What the session holds, in words: "12 cells, 1 added row"."""
        cells, added = self.edit_count(), len(self.added)
        parts = [trn("session", "{count} cell", "{count} cells", cells)]
        if added:
            parts.append(trn("session", "{count} added row", "{count} added rows", added))
        if self.outcomes:
            parts.append(trn("session", "{count} send result", "{count} send results", len(self.outcomes)))
        return ", ".join(parts)

    # ---- files ---------------------------------------------------------------------------------
    def to_json(self) -> dict:
        """The session as JSON data, copied (a worker may write it while the session goes on changing)."""
        return {"format": FORMAT, "workbook": self.workbook, "sheet": self.sheet, "size": self.size,
                "mtime": self.mtime, "columns": [list(c) for c in self.columns],
                "cells": {n: dict(row) for n, row in self._wire_cells.items()},
                "order": list(self.order) if self.order is not None else None, "added": sorted(self.added),
                "outcomes": dict(self._wire_outcomes),
                "modified": self.modified, "saved_to": self.saved_to,
                "updated": dt.datetime.now().isoformat(timespec="seconds")}

    @classmethod
    def from_json(cls, data: dict) -> Session:
        return cls(data["workbook"], data.get("sheet", ""), data.get("size", -1), data.get("mtime", 0.0),
                   [tuple(c) for c in data.get("columns", [])],
                   {int(n): {int(c): decode(v) for c, v in row.items()} for n, row in data.get("cells", {}).items()},
                   data.get("order"), set(data.get("added", [])),
                   {int(n): _outcome(o) for n, o in data.get("outcomes", {}).items()},
                   bool(data.get("modified")), data.get("saved_to", ""), data.get("updated", ""))

    @classmethod
    def load(cls, workbook: str | os.PathLike[str], folder: Path | None = None) -> Session | None:
        """The saved session of a workbook, or None (none, unreadable, or another format)."""
        try:
            data = json.loads(session_path(workbook, folder).read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                return None
            return cls.from_json(data)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None

    def write(self, folder: Path | None = None, data: dict | None = None) -> Path:
        """Save atomically (a temporary file then a rename): a crash mid-write keeps the previous file."""
        path = session_path(self.workbook, folder)
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.to_json() if data is None else data, ensure_ascii=False, separators=(",", ":"))
        handle, temp = tempfile.mkstemp(prefix=".session-", suffix=".json", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, path)
        finally:
            if os.path.exists(temp):
                os.unlink(temp)
        return path

    def remove(self, folder: Path | None = None) -> None:
        try:
            session_path(self.workbook, folder).unlink()
        except OSError:
            pass

    # ---- restoring -----------------------------------------------------------------------------
    def plan(self, schedule: Schedule) -> Plan:
        """The edits that bring a freshly loaded `schedule` back to where this session left it."""
        plan = Plan()
        headers, names = list(schedule.headers), list(schedule.names)
        where: dict[int, int] = {}                      # saved column -> schedule column
        for saved, (letter, header, name) in enumerate(self.columns):
            found = _find_column(schedule, letter, header)
            if found is None and not letter and name:
                if name not in names:
                    plan.add_columns.append(name)
                    headers.append(name)
                    names.append(name)
                found = names.index(name)
            if found is not None:
                where[saved] = found
        loaded = [row.number for row in schedule.rows]
        final = loaded
        if self.order is not None:
            keep = set(self.order)
            plan.remove = [i for i, n in enumerate(loaded) if n not in keep]
            present = set(loaded)
            plan.insert = [(i, Row(n, [], added=True)) for i, n in enumerate(self.order) if n not in present]
            final = self.order
        index_of = {n: i for i, n in enumerate(final)}
        for number, row in self.cells.items():
            for column, value in row.items():
                if number in index_of and column in where:
                    plan.cells.append((index_of[number], where[column], value))
                else:
                    plan.lost += 1
        plan.outcomes = {index_of[n]: o for n, o in self.outcomes.items() if n in index_of}
        return plan


def _outcome_json(o: Outcome) -> list:
    return [o.state, o.message, list(o.differences), o.id, o.external_id, o.edited_since,
            o.server.as_json() if o.server is not None else None, o.why, o.maybe_id]


def _outcome(saved: list) -> Outcome:
    """An outcome as to_json saved it: state, message, differences, id, external_id, edited_since, then (later
    versions) the server as [base URL, user], why, maybe_id; a session of a later version may keep more."""
    server = Server.from_json(saved[6]) if len(saved) > 6 else None
    return Outcome(*saved[:6], server=server, why=saved[7] if len(saved) > 7 else "",
                   maybe_id=saved[8] if len(saved) > 8 else None)


def _find_column(schedule: Schedule, letter: str, header: str) -> int | None:
    for column, (have_letter, have_header) in enumerate(zip(schedule.letters, schedule.headers, strict=True)):
        if have_letter == letter and have_header == header:
            return column
    matches = [c for c, h in enumerate(schedule.headers) if h == header and header]
    return matches[0] if len(matches) == 1 else None
