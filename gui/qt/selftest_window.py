"""The self-test's window step: the main window offscreen with the bundled sample loaded."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QEventLoop, QSettings, QTimer, qInstallMessageHandler

from gui.resources import SAMPLE, resource_path

QT_NOISE = ("does not support propagateSizeHints",)    # the offscreen platform's harmless notice


class WindowCheckFailed(Exception):
    """The window did not do what the self-test expects; the message says what was found."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise WindowCheckFailed(message)


def check_window(sandbox: Any, settings_dir: str, expected_rows: int, timeout_ms: int) -> str:
    """The main window, offscreen, with the sample loaded through its own loader; raises WindowCheckFailed."""
    from gui.qt.app import make_application
    from gui.qt.main_window import MainWindow

    def on_qt_message(_kind, _context, message: str) -> None:
        if not any(known in message for known in QT_NOISE):
            print(f"Qt: {message}", file=sys.stderr)

    previous = qInstallMessageHandler(on_qt_message)
    app = make_application([sys.argv[0]])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)       # leave the user's settings alone
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    window = MainWindow(sandbox=sandbox)
    try:
        outcome: dict[str, str] = {}
        loop = QEventLoop()
        window.loader.failed.disconnect()                          # no modal error box in a self-test
        window.loader.failed.connect(lambda _path, message: (outcome.update(failed=message), loop.quit()))
        window.preview.updated.connect(lambda: (outcome.update(preview="ready"), loop.quit()))
        QTimer.singleShot(timeout_ms, loop.quit)
        window.show()
        check(window.open_path(str(resource_path(SAMPLE))), "the window refused to open the sample")
        loop.exec()
        check("failed" not in outcome, f"the window could not load the sample: {outcome.get('failed')}")
        check("preview" in outcome, f"the sample did not load within {timeout_ms // 1000} s")
        rows = window.model.rowCount()
        check(rows == expected_rows, f"the grid shows {rows} rows, expected {expected_rows}")
        image = window.grab()
        check(not image.isNull(), "the window did not render")
        platform = app.platformName()
    finally:
        window.close()
        window.deleteLater()
        qInstallMessageHandler(previous)
    return f"{rows} rows in the grid, preview ready, rendered {image.width()}x{image.height()} ({platform})"
