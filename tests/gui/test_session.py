"""Never losing work: the session file follows every change, a crash (the process killed) is followed by an offer to
restore, closing / reloading with unsaved edits asks first, and Save as workbook writes the edited rows."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from gui.core.paths import DATA_DIR_ENV
from gui.core.rowbuild import Options
from gui.qt import dialogs
from gui.sheets.load import load_schedule
from gui.sheets.session import Session, session_path
from tests.gui.editing_helpers import CTRL, cell, press, select, value
from tests.gui.helpers import CLINIC_PATH

DRIVER = Path(__file__).with_name("session_driver.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def workbook(tmp_path) -> str:
    """A copy of the sample: its own session file, and a file the test may change."""
    path = tmp_path / "schedule.xlsx"
    shutil.copy(CLINIC_PATH, path)
    return str(path)


def open_in(window, qtbot, path):
    with qtbot.waitSignal(window.loader.loaded, timeout=10000):
        assert window.open_path(path)
    return window


def saved_session(path) -> dict:
    return json.loads(session_path(path).read_text(encoding="utf-8"))


def test_edits_reach_the_session_file_and_mark_the_window_modified(window, qtbot, workbook):
    open_in(window, qtbot, workbook)
    assert not window.isWindowModified() and not session_path(workbook).exists()
    select(window, cell(window, 2, "Location"))
    press(qtbot, window, Qt.Key.Key_Delete)
    assert window.isWindowModified() and window.windowTitle().startswith("schedule.xlsx")
    qtbot.waitUntil(lambda: session_path(workbook).exists(), timeout=5000)
    data = saved_session(workbook)
    assert data["modified"] and data["cells"] == {"2": {"8": None}}
    assert data["workbook"] == os.path.abspath(workbook)


def crashed_session(workbook) -> Session:
    """The session file a crashed window left: row 3's Location edited."""
    session = Session.start(workbook, load_schedule(workbook, Options()).schedule)
    session.record_cell(3, 8, "Room from before")
    session.write()
    return session


def test_reopening_after_a_crash_offers_the_edits_back(window, qtbot, workbook, monkeypatch):
    crashed_session(workbook)
    offered = []
    monkeypatch.setattr(dialogs, "ask_restore_session", lambda *args: offered.append(args) or True)
    open_in(window, qtbot, workbook)
    assert offered and offered[0][1:3] == ("schedule.xlsx", "1 cell") and offered[0][4] is False
    assert value(window, 3, "Location") == "Room from before"
    assert window.isWindowModified()
    assert window.editing.stack.count() == 0                      # restored edits are the starting point


def test_declining_the_offer_forgets_the_session(window, qtbot, workbook, monkeypatch):
    crashed_session(workbook)
    later = os.stat(workbook).st_mtime + 60
    os.utime(workbook, (later, later))                            # ... and the workbook changed since
    offered = []
    monkeypatch.setattr(dialogs, "ask_restore_session", lambda *args: offered.append(args) or False)
    open_in(window, qtbot, workbook)
    assert offered[0][4] is True
    assert value(window, 3, "Location") != "Room from before"
    assert not session_path(workbook).exists()


def test_closing_with_unsaved_edits_asks_save_discard_or_cancel(window, qtbot, workbook, monkeypatch, tmp_path):
    open_in(window, qtbot, workbook)
    window.editing.apply([(0, 8, "Room 12")], "typing")
    answers = ["cancel", "save"]
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda *args: answers.pop(0))
    monkeypatch.setattr(dialogs, "ask_save_workbook", lambda *args: str(tmp_path / "saved.xlsx"))
    window.close()
    assert window.isVisible()                                     # Cancel: nothing happens
    window.close()
    assert not window.isVisible()
    sheet = openpyxl.load_workbook(tmp_path / "saved.xlsx").active
    assert sheet["I2"].value == "Room 12"
    assert not session_path(workbook).exists()                   # a clean close leaves no session behind


def test_reload_with_unsaved_edits_asks_and_discard_drops_them(window, qtbot, workbook, monkeypatch):
    open_in(window, qtbot, workbook)
    window.editing.apply([(0, 8, "Room 12")], "typing")
    asked = []
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda *args: asked.append(args[2]) or "discard")
    with qtbot.waitSignal(window.loader.loaded, timeout=10000):
        window.actions.reload.trigger()
    assert asked == ["reading the file again"]
    assert value(window, 2, "Location") == "Suite 100, 12 Main St" and not window.isWindowModified()


def test_ctrl_s_saves_the_edited_rows_as_a_new_workbook(window, qtbot, workbook, monkeypatch, tmp_path):
    open_in(window, qtbot, workbook)
    select(window, cell(window, 3, "Location"))
    press(qtbot, window, Qt.Key.Key_Plus, CTRL)                   # a new row below row 3
    window.editing.apply([(2, 3, "Walk-in")], "typing")
    select(window, cell(window, 4, "Location"))
    press(qtbot, window, Qt.Key.Key_Minus, CTRL)                  # row 4 deleted
    out = tmp_path / "edited.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_workbook", lambda *args: str(out))
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(out.exists, timeout=5000)
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(out).active.iter_rows(min_row=2)]
    assert [r[1] for r in rows[:3]] == ["PM-1001", "PM-1002", None] and rows[2][3] == "Walk-in"
    assert len(rows) == 40 and "Saved the rows to edited.xlsx" in window.statusBar().currentMessage()
    assert not window.isWindowModified()
    qtbot.waitUntil(lambda: not saved_session(workbook)["modified"], timeout=5000)


def test_a_killed_app_gets_its_edits_back(window, qtbot, workbook, monkeypatch, tmp_path, isolated_data):
    """The app runs in its own process, is edited from the keyboard, then killed (SIGKILL; TerminateProcess on
    Windows) once its session file holds the edits; reopening the workbook here offers them back and restores
    them."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{DATA_DIR_ENV: str(isolated_data)},
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    settings = tmp_path / "child-settings"
    child = subprocess.Popen([sys.executable, str(DRIVER), workbook, str(settings)], env=env, cwd=str(ROOT),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    file, deadline, data = session_path(workbook), time.monotonic() + 60, {}
    try:
        while time.monotonic() < deadline and child.poll() is None:
            try:
                data = json.loads(file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}
            if data.get("order") and data.get("cells", {}).get("42"):
                break
            time.sleep(0.05)                                      # polling another process, with a deadline
    finally:
        killed = child.poll() is None
        if killed:
            child.kill()
        output, errors = child.communicate(timeout=30)
    assert "EDITED" in output, errors
    assert killed and child.returncode != 0, errors          # it did not end by itself: it was killed
    assert data["cells"]["2"]["8"] == "Crash Room 1"
    offered = []
    monkeypatch.setattr(dialogs, "ask_restore_session", lambda *args: offered.append(args) or True)
    open_in(window, qtbot, workbook)
    assert offered and offered[0][1:3] == ("schedule.xlsx", "2 cells, 1 added row")
    schedule = window.document.schedule
    assert [r.number for r in schedule.rows][:5] == [2, 3, 42, 4, 6]
    assert value(window, 2, "Location") == "Crash Room 1"
    assert value(window, 42, "Location") == "Added Room" and schedule.rows[2].added
    assert len(schedule.rows) == 40 and window.isWindowModified()
    assert window.model.headerData(2, Qt.Orientation.Vertical) == "new row"          # an added row: a plain label
