"""The problems panel: every error and warning, one line each; choosing one jumps to its cell."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QDockWidget, QListView, QStyle, QWidget

from gui.core import words
from gui.core.i18n import tr
from gui.core.problems import Problem
from gui.core.review import Entry, Review, Splice

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1      # (row index, Problem)


class ProblemsModel(QAbstractListModel):
    """A copy of Review.entries that follows the model's splices with row inserts and removals (no resets)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        style = QApplication.style()
        self._icons = {"error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                       "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}

    def set_review(self, review: Review | None) -> None:
        self.beginResetModel()
        self._entries = list(review.entries) if review else []
        self.endResetModel()

    def apply(self, splices: list[Splice]) -> None:
        for start, removed, inserted in splices:
            if removed:
                self.beginRemoveRows(QModelIndex(), start, start + removed - 1)
                del self._entries[start:start + removed]
                self.endRemoveRows()
            if inserted:
                self.beginInsertRows(QModelIndex(), start, start + len(inserted) - 1)
                self._entries[start:start] = inserted
                self.endInsertRows()

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def of_row(self, row: int) -> range:
        """Positions of the problems of schedule row `row` (entries are sorted by row)."""
        start = bisect.bisect_left(self._entries, row, key=lambda e: e[0])
        return range(start, bisect.bisect_right(self._entries, row, lo=start, key=lambda e: e[0]))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        problem: Problem = self._entries[index.row()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            where = problem.where()
            return f"{where[:1].upper()}{where[1:]}: {problem.message}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(problem.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            severity = tr("problems_dock", "Error") if problem.is_error else tr("problems_dock", "Warning")
            return f"{severity} — {problem.where()}: {problem.message}"
        if role == ENTRY_ROLE:
            return self._entries[index.row()]
        return None


class ProblemsDock(QDockWidget):
    """Lists the problems; Enter, click or double-click on one emits `problem_chosen(row index, Problem)`."""

    problem_chosen = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("problems_dock", "Problems"), parent)
        self.setObjectName("problems_dock")
        self.model = ProblemsModel(self)
        self.view = QListView()
        self.view.setObjectName("problems_list")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)      # thousands of problems stay responsive
        self.view.setBatchSize(200)
        self.view.setSpacing(2)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(tr("problems_dock", "Problems"))
        self.view.activated.connect(self._on_view_activated)
        self.view.clicked.connect(self._on_view_activated)
        self.setWidget(self.view)
        self.model.modelReset.connect(self._on_model_changed)
        self.model.rowsInserted.connect(self._on_model_changed)
        self.model.rowsRemoved.connect(self._on_model_changed)

    def follow(self, row: int | None, column: int, column_of: Callable[[Problem], int]) -> None:
        """Highlight the problem of the grid's current cell (row index `row`, table column `column`), else the
        first of its row, else none: the highlight never jumps to an unrelated problem when one is fixed."""
        positions = self.model.of_row(row) if row is not None else range(0)
        chosen = next((p for p in positions if column_of(self.model.entry(p)[1]) == column),
                      positions[0] if positions else None)
        selection = self.view.selectionModel()
        if chosen is None:
            if selection.hasSelection() or selection.currentIndex().isValid():
                selection.clear()
            return
        index = self.model.index(chosen, 0)
        if selection.currentIndex() == index and selection.isSelected(index):
            return                                   # as it was: no scrolling (a send refreshes rows by the thousand)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)

    def _on_view_activated(self, index: QModelIndex) -> None:
        row, problem = self.model.entry(index.row())
        self.problem_chosen.emit(row, problem)

    def _on_model_changed(self, *args) -> None:
        count = self.model.rowCount()
        self.setWindowTitle(tr("problems_dock", "Problems ({count})", count=words.number(count)) if count
                            else tr("problems_dock", "Problems — none"))
