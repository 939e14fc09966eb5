"""Benchmark 6 driver: start a window, print when it first painted (time.monotonic, as JSON), exit.

`python qt_start.py app FILE`: the main window as `apptoto-sheets FILE` builds it, until the grid has painted
the loaded rows. `python qt_start.py minimal`: a bare PySide6 QMainWindow until its first paint.
"""

from __future__ import annotations

import json
import os
import sys
import time


def _done() -> None:
    print(json.dumps({"shown": time.monotonic()}), flush=True)
    os._exit(0)          # the time to tear down is not part of "start to shown", for either window


def main() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        """Calls _done once the watched widget has painted (and `ready()` says it shows what we wait for)."""

        def __init__(self, ready) -> None:
            super().__init__()
            self.ready = ready

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.ready():
                QTimer.singleShot(0, _done)           # after this paint has been handled
            return False

    if sys.argv[1] == "minimal":
        from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        label = QLabel("Hello")
        window.setCentralWidget(label)
        watcher = FirstPaint(lambda: True)
        label.installEventFilter(watcher)
        window.show()
        app.exec()
        return
    from gui.qt.app import make_application

    app = make_application()
    from gui.qt.main_window import MainWindow

    window = MainWindow()
    window.restore_layout()
    window.show()
    watcher = FirstPaint(lambda: window.model.rowCount() > 0)
    window.view.viewport().installEventFilter(watcher)
    window.open_path(sys.argv[2])
    app.exec()


if __name__ == "__main__":
    main()
