"""GUI test fixtures: settings isolated in a temp folder, background jobs run at once, a window with the tests'
clinic schedule (tests/gui/clinic.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from gui.core.paths import DATA_DIR_ENV
from gui.qt import dialogs, tasks
from gui.qt.app import make_application
from gui.qt.main_window import MainWindow
from tests.gui.helpers import CLINIC_PATH

HERE = Path(__file__).resolve().parent
# The offscreen platform plugin says this whenever a window is shown; it is not our code's warning.
PLATFORM_NOISE = r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(PLATFORM_NOISE))


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path_factory):
    """QSettings write to an INI file under a temp folder, never to the user's real settings."""
    folder = tmp_path_factory.mktemp("settings")
    make_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield folder
    QSettings().clear()


@pytest.fixture(autouse=True)
def isolated_data(monkeypatch, tmp_path_factory):
    """Session files and journals go to a temp folder; a window closed with edits discards them, one closed during
    a send or an undo stops it (no question: a real modal dialog would hang the run)."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda *args: "discard")
    monkeypatch.setattr(dialogs, "confirm_close_while_sending", lambda parent: True)
    monkeypatch.setattr(dialogs, "confirm_close_while_undoing", lambda parent: True)
    monkeypatch.setattr(dialogs, "ask_restore_session", lambda *args: False)
    return folder


@pytest.fixture(autouse=True)
def sync_tasks():
    """Background jobs run synchronously (deterministic); tests that want threads set a ThreadRunner."""
    tasks.set_runner(tasks.SyncRunner())
    yield
    tasks.set_runner(None)


@pytest.fixture
def threads():
    """Background jobs on a real thread pool (as the app runs them)."""
    runner = tasks.ThreadRunner()
    tasks.set_runner(runner)
    yield runner
    runner.wait()


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    return win


@pytest.fixture
def loaded(window, qtbot):
    """The window with the clinic schedule open and its preview built."""
    with qtbot.waitSignal(window.preview.updated, timeout=5000):
        assert window.open_path(CLINIC_PATH)
    return window
