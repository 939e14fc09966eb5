"""After a send: Save results (a new workbook, never over the input), Ctrl+Return, the panel. (The confirmation
dialog itself: test_confirm_dialog.py.)"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from gui.qt.main_window import MainWindow
from tests.gui import send_helpers
from tests.gui.helpers import CLINIC_PATH, SAMPLE_PATH

sandbox, stubs, win, journal_dir = send_helpers.sandbox, send_helpers.stubs, send_helpers.win, send_helpers.journal_dir


def sheet_rows(path: Path) -> list[dict]:
    sheet = openpyxl.load_workbook(path).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    at = next(i for i, row in enumerate(rows) if "Send status" in row)
    header = rows[at]
    return [dict(zip(header, row, strict=False)) for row in rows[at + 1:] if any(v is not None for v in row)]


def test_save_results_writes_a_new_workbook_with_ids_and_states(win, stubs, qtbot, tmp_path):
    with qtbot.waitSignal(win.sending.finished, timeout=20000):
        win.sending.send()
    stubs.save_path = str(tmp_path / "out.xlsx")
    with qtbot.waitSignal(win.keeper.workbook_saved, timeout=10000):
        assert win.keeper.save_results()
    suggested = Path(stubs.asked[-1][1])
    assert suggested == Path(CLINIC_PATH).with_name("clinic-week-results.xlsx")
    rows = sheet_rows(tmp_path / "out.xlsx")
    schedule = win.model.schedule
    assert len(rows) == len(schedule.rows)
    by_state = {}
    for sheet_row, row in zip(rows, schedule.rows, strict=True):
        by_state[sheet_row["Send status"]] = by_state.get(sheet_row["Send status"], 0) + 1
        if row.outcome is not None:
            assert sheet_row["Apptoto ID"] == row.outcome.id and sheet_row["External ID"] == row.outcome.external_id
    assert by_state == {"created": 29, "updated": 6, "invalid": 5}


def test_save_results_never_writes_over_the_input(win, stubs):
    before = Path(CLINIC_PATH).stat().st_mtime_ns
    stubs.save_path = CLINIC_PATH
    win.keeper.save_results()
    assert stubs.errors and "would overwrite the file it was read from" in stubs.errors[0]
    assert Path(CLINIC_PATH).stat().st_mtime_ns == before


def test_the_bundled_samples_results_are_offered_in_the_home_folder(qtbot, stubs):
    """Not inside the app's own resources folder (an installed app may not write there)."""
    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.loader.loaded, timeout=10000):
        assert win.open_path(SAMPLE_PATH)
    assert not win.keeper.save_results()                     # the stub cancels the file dialog
    assert Path(stubs.asked[-1][1]) == Path.home() / "sample-schedule-results.xlsx"


def test_send_is_on_the_toolbar_and_ctrl_return(win, stubs):
    assert win.actions.send.shortcut().toString() == "Ctrl+Return"
    stubs.confirm = False
    win.actions.send.trigger()
    assert [kind for kind, _ in stubs.asked] == ["confirm"]


def test_the_panel_shows_rows_done_and_time_left(qtbot):
    from PySide6.QtWidgets import QMainWindow

    from gui.qt.actions import Actions
    from gui.qt.busy import SENDING, Busy
    from gui.qt.job_panel import JobPanel
    from tests.helpers.fakes import FakeClock

    clock, cancelled = FakeClock(), []
    window = QMainWindow()
    qtbot.addWidget(window)
    panel = JobPanel(clock)
    busy = Busy(Actions(window), panel)
    window.statusBar().addPermanentWidget(panel)
    window.show()
    assert busy.begin(SENDING, "Sending", 30, "checking External IDs first", least_pace=0.1,
                      cancel=lambda: cancelled.append(True), cancel_tip="Stop after the batch being sent",
                      stopping="stopping after this batch")
    assert panel.label.text() == "Sending: 0 / 30 rows — checking External IDs first"
    assert panel.bar.maximum() == 0                          # busy until the first answer
    clock.now += 12
    panel.show_progress(10, 30, "created: 12")
    assert panel.label.text() == "Sending: 10 / 30 rows, about 2 s left"     # from the rate limit: 0.1 s a row
    assert panel.bar.maximum() == 30
    clock.now += 0.5
    panel.show_progress(15, 30, "")                          # a burst of answers says little about the pace
    assert panel.label.text() == "Sending: 15 / 30 rows, about 2 s left"
    clock.now += 9.5
    panel.show_progress(20, 30, "Apptoto says too many requests (429); trying again in 3 s")
    assert panel.label.text() == ("Sending: 20 / 30 rows, about 10 s left — Apptoto says too many requests "
                                  "(429); trying again in 3 s")
    qtbot.mouseClick(panel.cancel, Qt.MouseButton.LeftButton)
    assert cancelled == [True]
    assert not panel.cancel.isEnabled() and "stopping after this batch" in panel.label.text()
    busy.end(SENDING)
    assert not panel.bar.isVisible()


def test_results_are_offered_beside_the_users_own_file(win, stubs, qtbot, tmp_path):
    import shutil

    own = tmp_path / "clinic.xlsx"
    shutil.copy(CLINIC_PATH, own)
    with qtbot.waitSignal(win.preview.updated, timeout=5000):
        assert win.open_path(str(own))
    assert not win.keeper.save_results()                     # the stub cancels the file dialog
    assert Path(stubs.asked[-1][1]) == tmp_path / "clinic-results.xlsx"
