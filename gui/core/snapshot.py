"""One immutable snapshot of a schedule, taken on the GUI thread in O(rows) for a worker: what each row sends,
whether it has errors, what happened when it was sent, and (only when a job needs them) its cells."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from gui.core.i18n import tr
from gui.core.plan import Built
from gui.core.review import FAILED, Review
from gui.core.schedule import Row, Schedule, Sends, request_events
from gui.core.vocab import Outcome


@dataclass(frozen=True, slots=True)
class RowView(Sends):
    """A row as the snapshot saw it (read like a Row: number, values, event, kind, outcome, added)."""

    number: int
    values: tuple
    built: Built | None
    outcome: Outcome | None
    added: bool
    zone: str | None = None          # the time zone of the event it updates, once Apptoto said


class _Rows(Sequence):
    """The snapshot's rows, each made when asked for (taking a snapshot makes no object per row)."""

    def __init__(self, snapshot: Snapshot) -> None:
        self._s = snapshot

    def __len__(self) -> int:
        return len(self._s.numbers)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        s = self._s
        return RowView(s.numbers[index], s.values[index] if s.values is not None else (), s.built[index],
                       s.outcomes[index], s.added[index], s.zones[index] if s.zones else None)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The schedule at one moment. Workers read it freely: it shares only what the schedule never changes in
    place (each row's Built and Outcome are replaced on a change), and copies the cells only when asked.

    `origins` are the live rows, for mapping a job's answer back on the GUI thread: never read on a worker.
    Positions here are row indices at the time of the snapshot; `versions` tell rows the user edited since."""

    numbers: tuple[int, ...]
    built: tuple[Built | None, ...]
    outcomes: tuple[Outcome | None, ...]
    added: tuple[bool, ...]
    versions: tuple[int, ...]
    origins: tuple[Row, ...]
    severity: bytes                                  # gui.core.review: 0 clean, 1 warnings, 2 errors
    headers: tuple[str, ...]
    names: tuple[str | None, ...]
    letters: tuple[str, ...]
    source: str = ""
    sheet: str = ""
    values: tuple[tuple, ...] | None = None          # the cells, when taken with cells=True
    invalid: dict[int, str] = field(default_factory=dict)   # with cells: the first error of each row with errors
    generation: int = 0                              # which document (gui.apptoto.document) it was taken from
    zones: tuple[str | None, ...] = ()               # each row's event zone, once Apptoto said (Row.zone)

    @classmethod
    def take(cls, schedule: Schedule, review: Review | None = None, cells: bool = False,
             generation: int = 0) -> Snapshot:
        """Snapshot `schedule` (with `review`'s cached severities when given). `cells`: copy every row's cells
        too, and the first error of each row with errors (for writing a workbook or rebuilding the rows)."""
        rows = schedule.rows
        if review is not None:
            severity = bytes(review.severity)
        else:
            severity = bytes(FAILED if schedule.has_errors(i) else 0 for i in range(len(rows)))
        values, invalid = None, {}
        if cells:
            values = tuple(tuple(row.values) for row in rows)
            for index, level in enumerate(severity):
                if level == FAILED:
                    invalid[index] = next((p.message for p in schedule.problems(index) if p.is_error),
                                          tr("snapshot", "invalid"))
        return cls(tuple(map(attrgetter("number"), rows)), tuple(map(attrgetter("built"), rows)),
                   tuple(map(attrgetter("outcome"), rows)), tuple(map(attrgetter("added"), rows)),
                   tuple(map(attrgetter("version"), rows)), tuple(rows), severity, tuple(schedule.headers),
                   tuple(schedule.names), tuple(schedule.letters), schedule.source, schedule.sheet, values,
                   invalid, generation, tuple(map(attrgetter("zone"), rows)))

    @property
    def rows(self) -> Sequence[RowView]:
        return _Rows(self)

    def has_errors(self, index: int) -> bool:
        return self.severity[index] == FAILED

    def sendable(self, indices: Iterable[int] | None = None) -> list[int]:
        """Rows (of `indices`, default all) without errors."""
        severity = self.severity
        pool = range(len(severity)) if indices is None else indices
        return [i for i in pool if severity[i] != FAILED]

    def body(self, indices: Iterable[int], add_auto: bool = False) -> dict:
        """The exact PUT /v1/events body for these rows as they were (rows with errors left out)."""
        rows = self.rows
        return request_events([rows[i] for i in self.sendable(indices)], add_auto)

    def positions(self) -> dict[int, int]:
        """Sheet row number -> position in this snapshot."""
        return {number: position for position, number in enumerate(self.numbers)}
