"""The "only rows with problems" filter over the ScheduleModel; sorting is forwarded to the model."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from gui.qt.schedule_model import ScheduleModel

Index = QModelIndex | QPersistentModelIndex


class ScheduleProxy(QSortFilterProxyModel):
    """Filters rows by problems. Sorting 100,000 rows through a Python lessThan takes seconds (1.7 M
    calls from C++), so sort() hands the column to ScheduleModel.sort, which orders its rows with one
    Python sorted() over native values (SORT_ROLE) and emits layoutChanged; this proxy keeps that order."""

    def __init__(self, source: ScheduleModel, parent=None) -> None:
        super().__init__(parent)
        self._only_problems = False
        self.setDynamicSortFilter(True)
        self.setSourceModel(source)

    @property
    def only_problems(self) -> bool:
        return self._only_problems

    def set_only_problems(self, on: bool) -> None:
        """Show only rows with an error or a warning (or every row)."""
        if on != self._only_problems:
            self.beginFilterChange()
            self._only_problems = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._only_problems:
            return True
        source: ScheduleModel = self.sourceModel()
        return source.review is not None and bool(source.review.severity[source.schedule_index(source_row)])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
