"""Helpers for the editing tests: cells by sheet row number and header, selecting boxes, pressing shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt

from gui.qt.main_window import MainWindow
from tests.gui.helpers import data_column, schedule_row, view_index

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def cell(window: MainWindow, number: int, header: str) -> QModelIndex:
    """The grid's index of sheet row `number`, column headed `header`."""
    return view_index(window, number, data_column(window, header))


def value(window: MainWindow, number: int, header: str):
    """The cell's value in the schedule (native: str, date, time, None ...)."""
    schedule = window.document.schedule
    return schedule.rows[schedule_row(window, number)].values[schedule.headers.index(header)]


def text(window: MainWindow, number: int, header: str) -> str:
    return cell(window, number, header).data()


def select(window: MainWindow, first: QModelIndex, last: QModelIndex | None = None) -> None:
    """Select the box from `first` to `last` (one cell without `last`); `first` becomes current; focus the grid."""
    flags = QItemSelectionModel.SelectionFlag
    view = window.view
    view.setFocus()
    view.selectionModel().setCurrentIndex(first, flags.NoUpdate)
    view.selectionModel().select(QItemSelection(first, last or first), flags.ClearAndSelect)


def selected_box(window: MainWindow) -> tuple[int, int, int, int]:
    indexes = window.view.selectionModel().selectedIndexes()
    rows, columns = [i.row() for i in indexes], [i.column() for i in indexes]
    return min(rows), min(columns), max(rows), max(columns)


def press(qtbot, window: MainWindow, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the user's focus is (the grid unless a test moved it)."""
    target = window.focusWidget() or window.view
    qtbot.keyClick(target, key, modifiers)
