"""Adding and removing rows in the ScheduleModel (Insert row, Delete rows and their undo), as a mixin."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex

from gui.core.schedule import Row

Removal = tuple[int, list[tuple[int, Row]], list[bool]]   # (first model row, (schedule index, Row) shown, ticks)


class RowsMixin:
    """ScheduleModel's row insertion and removal: keeps the display order, the ticks and the Document in step."""

    # ---- adding and removing rows (the view's Insert row / Delete rows, and their undo) ----------------
    def insert_rows(self, model_row: int, placed: list[tuple[int, Row]], ticks: list[bool] | None = None) -> None:
        """Show rows at model rows `model_row`…: `placed` is (final schedule index, Row) in display order;
        they are ticked for sending unless `ticks` says otherwise (or they are blank rows not typed in yet)."""
        assert self.review is not None
        ordered = sorted(placed, key=lambda item: item[0])
        slots = [index - n for n, (index, _) in enumerate(ordered)]       # old rows before each new one

        def moved(index: int) -> int:
            return index + bisect.bisect_right(slots, index)

        self.beginInsertRows(QModelIndex(), model_row, model_row + len(placed) - 1)
        affected = self.document.insert_rows(ordered)
        order = [moved(i) for i in self._order]
        order[model_row:model_row] = [index for index, _ in placed]
        self._set_order(order)
        ticks = [not row.quiet for _, row in placed] if ticks is None else ticks
        self._checked = {moved(i) for i in self._checked} | {i for (i, _), on in zip(placed, ticks, strict=True) if on}
        self.endInsertRows()
        self._restructured(affected)

    def remove_rows(self, indices: Iterable[int]) -> list[Removal]:
        """Remove schedule rows; returns what put_back needs: per run of model rows (bottom run first),
        its first model row, its (schedule index, Row) in display order, and their ticks."""
        assert self.review is not None
        removals, affected = [], set()
        for first, last in reversed(row_runs(sorted(self._row_of[i] for i in set(indices)))):
            shown = self._order[first:last + 1]
            gone = sorted(shown)

            def moved(index: int, gone=gone) -> int:
                return index - bisect.bisect_left(gone, index)

            self.beginRemoveRows(QModelIndex(), first, last)
            removed, partners = self.document.remove_rows(gone)
            rows = dict(removed)
            removals.append((first, [(i, rows[i]) for i in shown], [i in self._checked for i in shown]))
            self._set_order([moved(i) for i in self._order[:first] + self._order[last + 1:]])
            self._checked = {moved(i) for i in self._checked if i not in rows}
            affected = {moved(i) for i in affected if i not in rows} | set(partners)
            self.endRemoveRows()
        self._restructured(sorted(affected))
        return removals

    def put_back(self, removals: list[Removal]) -> None:
        """Undo remove_rows: the rows return where they were, with their ticks."""
        for first, placed, ticks in reversed(removals):
            self.insert_rows(first, placed, ticks)

    def _restructured(self, affected: list[int]) -> None:
        self._rows_updated(affected, [])
        self.rows_restructured.emit()
        self.checked_changed.emit()



def row_runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row indices as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
