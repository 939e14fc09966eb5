"""Undo and redo of edits in the grid: one QUndoCommand per user step (an edit, a paste, a fill, a replace
all, rows added or deleted); undoing or redoing selects the cells it changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.core import words
from gui.core.i18n import tr
from gui.core.schedule import Row
from gui.qt.model_rows import Removal
from gui.qt.schedule_model import ScheduleModel

UNDO_LIMIT = 500                       # steps kept (at least 100 asked for)
Change = tuple[int, int, object, object]       # (schedule row, sheet column, old value, new value)
SelectCells = Callable[[list[tuple[int, int]]], None]


def make_stack(parent) -> QUndoStack:
    stack = QUndoStack(parent)
    stack.setUndoLimit(UNDO_LIMIT)
    return stack


def describe(changes: list[Change], what: str = "") -> str:
    """The step's name in Edit ▸ Undo …: what was done, or how many cells changed."""
    if what:
        return what
    return tr("undo", "edit") if len(changes) == 1 else tr("undo", "edit of {count} cells",
                                                           count=words.number(len(changes)))


class CellsCommand(QUndoCommand):
    """Cells changed by the user. It is pushed after the model applied the change, so its first redo
    does nothing; later undo/redo write through set_cells(undoable=False) (so they are not recorded again), as
    the user's changes (by_user: a sent row says it was edited since, a running Compare forgets the row)."""

    def __init__(self, model: ScheduleModel, changes: list[Change], text: str, select: SelectCells) -> None:
        super().__init__(text)
        self.model, self.changes, self.select = model, changes, select
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.model.set_cells([(r, c, new) for r, c, _old, new in self.changes], undoable=False, by_user=True)
        self.select([(r, c) for r, c, *_ in self.changes])

    def undo(self) -> None:
        self.model.set_cells([(r, c, old) for r, c, old, _new in reversed(self.changes)], undoable=False,
                             by_user=True)
        self.select([(r, c) for r, c, *_ in self.changes])


class InsertRowsCommand(QUndoCommand):
    """Blank rows added at a model row (redo adds them, undo removes them)."""

    def __init__(self, model: ScheduleModel, model_row: int, placed: list[tuple[int, Row]],
                 select: SelectCells) -> None:
        super().__init__(tr("undo", "add row") if len(placed) == 1 else tr("undo", "add {count} rows",
                                                                           count=len(placed)))
        self.model, self.model_row, self.placed, self.select = model, model_row, placed, select
        self._removals: list[Removal] | None = None

    def redo(self) -> None:
        if self._removals is None:
            self.model.insert_rows(self.model_row, self.placed)
        else:
            self.model.put_back(self._removals)
        self.select([(index, 0) for index, _ in self.placed])

    def undo(self) -> None:
        self._removals = self.model.remove_rows([index for index, _ in self.placed])
        first = min(index for index, _ in self.placed)
        self.select([(min(first, len(self.model.schedule.rows) - 1), 0)])


class RemoveRowsCommand(QUndoCommand):
    """Rows deleted (redo deletes them, undo puts them back with their cells, ticks and outcomes)."""

    def __init__(self, model: ScheduleModel, rows: list[int], select: SelectCells) -> None:
        super().__init__(tr("undo", "delete row") if len(rows) == 1 else tr("undo", "delete {count} rows",
                                                                            count=len(rows)))
        self.model, self.rows, self.select = model, sorted(rows), select
        self._removals: list[Removal] = []

    def redo(self) -> None:
        self._removals = self.model.remove_rows(self.rows)
        left = len(self.model.schedule.rows)
        if left:
            self.select([(min(self.rows[0], left - 1), 0)])

    def undo(self) -> None:
        self.model.put_back(self._removals)
        self.select([(row, 0) for row in self.rows])
