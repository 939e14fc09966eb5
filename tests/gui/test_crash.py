"""Crash handling in the window: an exception in a slot or in a background job nobody handles is written to the
log (scrubbed), the session file is saved at once, and the user is told their work is safe; Help ▸ Open log folder."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from gui.core import crashlog
from gui.core.paths import log_dir
from gui.qt import dialogs, tasks
from gui.sheets.session import session_path
from tests.gui.schedules import write_schedule

pytestmark = [pytest.mark.qt_no_exception_capture,          # the crash hooks are what is tested here
              pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")]


@pytest.fixture
def reports(window, monkeypatch):
    """The window listening to crashlog (as `apptoto-sheets` sets it up); crash dialogs recorded, not shown."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_crash", lambda parent, details, folder: shown.append((details, folder)))
    path = crashlog.install(folder=log_dir())
    window.crash.listen()
    yield shown, path
    crashlog.uninstall()


def opened(window, qtbot, tmp_path):
    with qtbot.waitSignal(window.loader.loaded, timeout=10000):
        window.open_path(write_schedule(tmp_path / "week.csv", 5))
    return window


def test_an_error_in_a_slot_is_logged_scrubbed_and_the_user_told_the_work_is_saved(window, reports, qtbot,
                                                                                  tmp_path):
    shown, path = reports
    opened(window, qtbot, tmp_path)
    window.editing.apply([(0, window.document.schedule.column_of("location"), "Room 12")], "typing")
    crashlog.hide("s3cret-key-value")

    def broken_slot() -> None:
        raise RuntimeError("send to ann@clinic.example failed: Authorization: Basic ZGVtbzpzM2NyZXQ= "
                           "key s3cret-key-value")

    window.actions.about.triggered.disconnect()
    window.actions.about.triggered.connect(broken_slot)
    window.actions.about.trigger()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    text = path.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "broken_slot" in text
    for secret in ("ann@clinic.example", "ZGVtbzpzM2NyZXQ=", "s3cret-key-value"):
        assert secret not in text and secret not in shown[0][0]
    assert shown[0][1] == str(log_dir())
    saved = json.loads(session_path(str(tmp_path / "week.csv")).read_text(encoding="utf-8"))
    assert saved["cells"] == {"2": {str(window.document.schedule.column_of("location")): "Room 12"}}


def test_a_job_without_an_error_handler_is_logged_and_reported(window, reports, qtbot):
    shown, path = reports
    tasks.set_runner(tasks.ThreadRunner())

    def broken_job() -> None:
        raise KeyError("a job with no on_error")

    tasks.run_task(broken_job, lambda _result: None, owner=window)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    tasks.runner().wait()
    assert "a job with no on_error" in path.read_text(encoding="utf-8") and "broken_job" in shown[0][0]


def test_reports_come_one_at_a_time(window, reports, qtbot, monkeypatch):
    shown, path = reports
    inside = []

    def show(parent, details, folder):
        shown.append((details, folder))
        if not inside:                                   # a second error while the first report is open
            inside.append(True)
            crashlog.report(ValueError("second"))
            qtbot.wait(50)

    monkeypatch.setattr(dialogs, "show_crash", show)
    crashlog.report(ValueError("first"))
    qtbot.waitUntil(lambda: len(shown) == 1)
    qtbot.wait(50)
    assert len(shown) == 1 and "second" in path.read_text(encoding="utf-8")


def test_help_opens_the_log_folder(window, monkeypatch):
    opened_folders = []
    monkeypatch.setattr(dialogs, "open_folder", lambda parent, folder: opened_folders.append(folder))
    window.actions.open_log_folder.trigger()
    assert opened_folders == [str(log_dir())]
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.actions.open_log_folder in help_menu.actions()


def test_the_crash_dialog_copies_its_details(qtbot, monkeypatch):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog, QLabel, QPushButton

    seen = []

    def look(dialog):
        seen.append(dialog)
        copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Copy details")
        qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr(QDialog, "exec", look)
    dialogs.show_crash(None, "Traceback: details", "/tmp/logs")
    assert any("your edits and send results are saved" in label.text() for label in seen[0].findChildren(QLabel))
    assert QGuiApplication.clipboard().text() == "Traceback: details"
