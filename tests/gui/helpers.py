"""Small helpers for the GUI tests: find cells by sheet row number and header, read the counts bar."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLineEdit

from gui.qt.main_window import MainWindow
from gui.qt.schedule_model import FIRST_DATA
from gui.resources import SAMPLE, resource_path
from tests.gui.clinic import CLINIC_PATH  # noqa: F401 - the schedule the tests open (their own)

SAMPLE_PATH = str(resource_path(SAMPLE))    # the shipped sample: only for what is about the sample itself


def schedule_row(window: MainWindow, number: int) -> int:
    """The schedule row index of sheet row `number`."""
    rows = window.document.schedule.rows
    return next(i for i, row in enumerate(rows) if row.number == number)


def data_column(window: MainWindow, header: str) -> int:
    """The model column of the sheet column headed `header`."""
    return window.document.schedule.headers.index(header) + FIRST_DATA


def view_index(window: MainWindow, number: int, column: int) -> QModelIndex:
    """The grid's (proxy) index of sheet row `number`, model column `column`."""
    model = window.model
    source = model.index(model.model_row(schedule_row(window, number)), column)
    return window.proxy.mapFromSource(source)


def editor(window: MainWindow) -> QLineEdit:
    """The cell editor open in the grid."""
    found = window.view.findChildren(QLineEdit)
    assert len(found) == 1, found
    return found[0]


def counts(window: MainWindow) -> str:
    return window.counts.text()
