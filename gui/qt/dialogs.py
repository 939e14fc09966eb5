"""Every modal question the window asks, in one place (native dialogs; tests replace these functions)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

SCHEDULE_FILTER = ("Schedules (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt);;"
                   "Excel workbooks (*.xlsx *.xlsm *.xls *.xlsb);;CSV files (*.csv *.txt);;All files (*)")
JSON_FILTER = "JSON files (*.json);;All files (*)"


def ask_open_schedule(parent: QWidget, folder: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Open a schedule", folder, SCHEDULE_FILTER)
    return path or None


def ask_open_json(parent: QWidget, title: str, folder: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, JSON_FILTER)
    return path or None


def ask_save_json(parent: QWidget, title: str, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, JSON_FILTER)
    if path and not path.lower().endswith(".json"):
        path += ".json"
    return path or None


def choose_sheet(parent: QWidget, file_name: str, sheets: list[str]) -> str | None:
    """The sheet picker: which of several sheets with data to open."""
    sheet, ok = QInputDialog.getItem(parent, "Choose a sheet",
                                     f"{file_name} has several sheets with data. Which one holds the schedule?",
                                     sheets, 0, False)
    return sheet if ok and sheet else None


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)
