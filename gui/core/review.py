"""Qt-free review state over a Schedule: each row's severity, running counts, and the flat problem list."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from gui.core.problems import ERROR, Problem
from gui.core.schedule import Row, Schedule
from gui.core.vocab import NEW, ROW_KINDS

CLEAN, WARNED, FAILED = 0, 1, 2          # row severity: no problem, warnings only, at least one error

Entry = tuple[int, Problem]              # (row index, problem)
Splice = tuple[int, int, list[Entry]]    # (start, removed count, inserted entries) in Review.entries


class Review:
    """Caches what the grid asks for every paint and keeps counts current after each edit (O(rows touched)).
    `counts`: rows, errors and warnings of the whole sheet; the kinds (new, update, ...) count only the rows without
    errors, the ones a send can take, so rows = the kinds + errors, as the preview and the confirmation count."""

    def __init__(self, schedule: Schedule) -> None:
        self.schedule = schedule
        self.severity = bytearray(len(schedule.rows))
        self.kinds: list[str] = [row.kind for row in schedule.rows]
        self.counts = {"rows": len(schedule.rows), **dict.fromkeys(ROW_KINDS, 0), "errors": 0, "warnings": 0}
        self.entries: list[Entry] = []       # sorted by row index
        for index in range(len(schedule.rows)):
            problems = self.problems(index)
            self.severity[index] = _severity(problems)
            self.entries.extend((index, p) for p in problems)
            self.counts[self.kinds[index]] += self.severity[index] != FAILED
        self.counts["errors"] = self.severity.count(FAILED)
        self.counts["warnings"] = self.severity.count(WARNED)

    def problems(self, index: int) -> list[Problem]:
        """The row's problems as shown: none yet for a row added and not typed in (Row.quiet)."""
        if self.schedule.rows[index].quiet:
            return []
        return self.schedule.problems(index)

    def wake(self, indices: Iterable[int]) -> list[Splice]:
        """Rows added and not typed in show their problems from now on (they are to be sent)."""
        rows = self.schedule.rows
        woken = [index for index in indices if rows[index].quiet]
        for index in woken:
            rows[index].quiet = False
        return self.refresh(woken)

    def has_errors(self, index: int) -> bool:
        return self.severity[index] == FAILED

    def problem_rows(self) -> list[int]:
        return [i for i, s in enumerate(self.severity) if s]

    def sendable(self, indices: Iterable[int]) -> list[int]:
        """Of `indices`, the rows without errors (from the cache: no rebuilding)."""
        severity = self.severity
        return [i for i in indices if severity[i] != FAILED]

    def edit(self, edits: list[tuple[int, int, object]], by_user: bool = True) -> tuple[list[int], list[Splice]]:
        """Apply cell edits through the schedule: (every row whose state may have changed, problem splices)."""
        affected = self.schedule.set_values(edits, by_user)
        return affected, self.refresh(affected)

    def insert_rows(self, placed: list[tuple[int, Row]]) -> list[int]:
        """Insert rows through the schedule (at their final indices, ascending); returns the rows rebuilt.
        Row indices after them move: list views of `entries` must be reset, not spliced."""
        affected = self.schedule.insert_rows(placed)
        slots = [index - n for n, (index, _) in enumerate(placed)]       # old rows before each new one
        self.entries = [(i + bisect.bisect_right(slots, i), p) for i, p in self.entries]
        self.severity = bytearray(_merged(self.severity, [(i, CLEAN) for i, _ in placed]))
        self.kinds = _merged(self.kinds, [(i, NEW) for i, _ in placed])
        self.counts["rows"] += len(placed)
        self.counts[NEW] += len(placed)
        self.refresh(affected)
        return affected

    def remove_rows(self, indices: Iterable[int]) -> tuple[list[tuple[int, Row]], list[int]]:
        """Remove rows through the schedule: ((old index, Row) to put back with insert_rows, rows rebuilt)."""
        removed, partners = self.schedule.remove_rows(indices)
        gone = [index for index, _ in removed]
        counts, dropped = self.counts, set(gone)
        for index in gone:
            counts["rows"] -= 1
            counts[self.kinds[index]] -= self.severity[index] != FAILED
            if self.severity[index]:
                counts["errors" if self.severity[index] == FAILED else "warnings"] -= 1
        self.entries = [(i - bisect.bisect_left(gone, i), p) for i, p in self.entries if i not in dropped]
        self.severity = bytearray(s for i, s in enumerate(self.severity) if i not in dropped)
        self.kinds = [k for i, k in enumerate(self.kinds) if i not in dropped]
        self.refresh(partners)
        return removed, partners

    def refresh(self, indices: Iterable[int]) -> list[Splice]:
        """Re-read rows after the schedule changed them; returns the problem-list splices made
        as (start, removed count, inserted entries), in order, for list views to follow."""
        splices = []
        counts, rows = self.counts, self.schedule.rows
        for index in sorted(set(indices)):
            kind = rows[index].kind
            problems = self.problems(index)
            old, new = self.severity[index], _severity(problems)
            counts[self.kinds[index]] -= old != FAILED          # the kinds count rows without errors
            counts[kind] += new != FAILED
            self.kinds[index] = kind
            if old != new:
                if old:
                    counts["errors" if old == FAILED else "warnings"] -= 1
                if new:
                    counts["errors" if new == FAILED else "warnings"] += 1
                self.severity[index] = new
            start = bisect.bisect_left(self.entries, index, key=lambda e: e[0])
            stop = bisect.bisect_right(self.entries, index, lo=start, key=lambda e: e[0])
            fresh = [(index, p) for p in problems]
            if self.entries[start:stop] != fresh:
                self.entries[start:stop] = fresh
                splices.append((start, stop - start, fresh))
        return splices


def _merged(old: list | bytearray, placed: list[tuple[int, object]]) -> list:
    """`old` with `placed` items put at their final indices (ascending)."""
    merged: list = []
    taken = 0
    for index, item in placed:
        need = index - len(merged)               # old items before this one
        merged.extend(old[taken:taken + need])
        taken += need
        merged.append(item)
    merged.extend(old[taken:])
    return merged


def _severity(problems: list[Problem]) -> int:
    if not problems:
        return CLEAN
    return FAILED if any(p.severity == ERROR for p in problems) else WARNED
