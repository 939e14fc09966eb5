"""Crash-and-restore driver (run as a separate process by test_session.py): opens WORKBOOK in the real window
(offscreen, real worker threads), edits it from the keyboard as a user would, prints EDITED, and runs until
the test kills it (SIGKILL). Usage: python session_driver.py WORKBOOK SETTINGS_FOLDER"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from gui.qt.app import make_application
from gui.qt.main_window import MainWindow
from gui.qt.schedule_model import FIRST_DATA


def edit(window: MainWindow) -> None:
    """Type into row 2's Location; once committed, add a row below row 3 with a value, and delete row 5."""
    view, proxy, schedule = window.view, window.proxy, window.document.schedule
    location = schedule.headers.index("Location") + FIRST_DATA

    def rest() -> None:
        view.setCurrentIndex(proxy.index(1, location))
        window.actions.insert_row.trigger()                      # row 42, below row 3
        window.editing.apply([(2, location - FIRST_DATA, "Added Room")], "typing")
        view.setCurrentIndex(proxy.index(4, location))           # row 5 (row 42 sits above it now)
        window.actions.delete_rows.trigger()
        print("EDITED", flush=True)

    def committed(_changes) -> None:
        window.model.cells_edited.disconnect(committed)
        QTimer.singleShot(0, rest)                               # after the editor has closed

    window.model.cells_edited.connect(committed)
    view.setFocus()
    view.setCurrentIndex(proxy.index(0, location))
    QTest.keyClicks(view, "C")                                   # typing starts editing
    line = view.findChild(QLineEdit)
    QTest.keyClicks(line, "rash Room 1")
    QTest.keyClick(line, Qt.Key.Key_Return)                      # committed on the next event loop turn


def main() -> int:
    workbook, settings_folder = sys.argv[1], sys.argv[2]
    app = make_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)
    window = MainWindow()
    window.show()
    window.loader.loaded.connect(lambda _document: edit(window))
    window.open_path(workbook)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
