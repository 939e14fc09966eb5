"""Opening files: sheet picker, column mapping, recent files, drag and drop, errors, loading off the GUI thread."""

from __future__ import annotations

import json
import threading

import openpyxl
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from gui.qt import dialogs, settings
from gui.qt.main_window import MainWindow
from gui.qt.mapping_dialog import NOT_USED, MappingDialog
from tests.gui.helpers import CLINIC_PATH

UNMAPPED_CSV = ("Client Name,When,Until,Visit,Provider\n"
                "Ann Lee,2026-12-07 09:00,2026-12-07 09:30,Cleaning,Dr. Patel\n"
                "Bo Chan,2026-12-07 10:00,2026-12-07 10:30,Check-up,Dr. Patel\n")


def two_sheet_workbook(path):
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Monday"
    first.append(["Title", "Start", "End", "Calendar"])
    first.append(["Cleaning", "2026-12-07 09:00", "2026-12-07 09:30", "Dr. Patel"])
    second = book.create_sheet("Tuesday")
    second.append(["Title", "Start", "End", "Calendar"])
    second.append(["Check-up", "2026-12-08 09:00", "2026-12-08 09:30", "Dr. Patel"])
    second.append(["Filling", "2026-12-08 10:00", "2026-12-08 10:30", "Dr. Patel"])
    book.create_sheet("Notes")                              # empty: not offered
    book.save(path)
    return str(path)


def test_sheet_picker_offers_the_sheets_with_data(window, monkeypatch, tmp_path):
    path = two_sheet_workbook(tmp_path / "week.xlsx")
    offered = []

    def choose(parent, name, sheets):
        offered.append((name, sheets))
        return "Tuesday"

    monkeypatch.setattr(dialogs, "choose_sheet", choose)
    window.open_path(path)
    assert offered == [("week.xlsx", ["Monday", "Tuesday"])]
    assert window.document.schedule.sheet == "Tuesday"
    assert window.proxy.rowCount() == 2


def test_cancelling_the_sheet_picker_opens_nothing(window, monkeypatch, tmp_path):
    monkeypatch.setattr(dialogs, "choose_sheet", lambda parent, name, sheets: None)
    window.open_path(two_sheet_workbook(tmp_path / "week.xlsx"))
    assert not window.document.is_open
    assert window.actions.open.isEnabled() and window.busy.job is None


def choose_in_dialog(qtbot, choices: dict[str, str]):
    """A stand-in for MappingDialog.exec: picks fields by typing into the dropdowns, then presses OK."""

    def exec_(dialog: MappingDialog) -> int:
        qtbot.addWidget(dialog)
        for column, label in choices.items():
            combo = dialog.combos[dialog.headers.index(column)]
            combo.setFocus()
            if label == NOT_USED:
                qtbot.keyClick(combo, Qt.Key.Key_Home)      # "not used" heads the list
            else:
                qtbot.keyClicks(combo, label)               # keyboard search, as a user types
            assert combo.currentText() == label
        return QDialog.DialogCode.Accepted

    return exec_


def test_mapping_dialog_when_headers_do_not_map(window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(UNMAPPED_CSV, encoding="utf-8")
    # "When" and "Until" hold date-times, the second never before the first: Start and End are pre-chosen
    # (issue 20), so only the title is left to choose.
    monkeypatch.setattr(MappingDialog, "exec", choose_in_dialog(qtbot, {"Visit": "Title"}))
    window.open_path(str(path))
    schedule = window.document.schedule
    assert schedule.names == ["participant_name", "start_time", "end_time", "title", "calendar"]
    assert schedule.rows[0].kind == "new" and not schedule.has_errors(0)
    assert "0 with errors" in window.counts.text() and "2 with warnings" in window.counts.text()


def test_columns_menu_remaps_and_greys_unused_columns(loaded, qtbot, monkeypatch):
    window = loaded
    monkeypatch.setattr(MappingDialog, "exec", choose_in_dialog(qtbot, {"Notes": NOT_USED}))
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    schedule = window.document.schedule
    column = schedule.headers.index("Notes")
    assert schedule.names[column] is None
    assert all("content" not in row.event for row in schedule.rows)
    assert window.model.headerData(column + 2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole) is not None


def test_mapping_dialog_saves_and_loads_mapping_files(loaded, qtbot, monkeypatch, tmp_path):
    window = loaded
    schedule = window.document.schedule
    from gui.qt.mapping_dialog import samples_of

    dialog = MappingDialog(schedule.headers, schedule.letters, schedule.names,
                           samples_of(schedule.rows, len(schedule.headers)), schedule.sheet, str(tmp_path))
    qtbot.addWidget(dialog)
    out = tmp_path / "map.json"
    monkeypatch.setattr(dialogs, "ask_save_json", lambda parent, title, suggested: str(out))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["columns"]["Client Name"] == "participant_name" and saved["sheet"] == "Schedule"
    saved["columns"]["Notes"] = None
    out.write_text(json.dumps(saved), encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_json", lambda parent, title, folder: str(out))
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert dialog.names()[schedule.headers.index("Notes")] is None
    assert dialog.names()[schedule.headers.index("Mobile")] == "participant_phone"


def test_recent_files_are_remembered_and_reopen(window, qtbot):
    window.open_path(CLINIC_PATH)
    assert settings.recent_files() == [CLINIC_PATH]
    other = MainWindow()
    qtbot.addWidget(other)
    actions = [a for a in other.actions.recent_menu.actions() if a.data()]
    assert [a.data() for a in actions] == [CLINIC_PATH]
    actions[0].trigger()
    assert other.document is not None and other.document.path.name == "clinic-week.xlsx"
    other.actions.clear_recent.trigger()
    assert settings.recent_files() == [] and not other.actions.recent_menu.isEnabled()


def drop(window, path: str, qtbot) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path)])
    target = window.view.viewport() if window.document else window.empty
    point = QPoint(20, 20)
    try:                              # PySide6 6.11 takes a QPoint here, 6.12 a QPointF
        enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    except TypeError:
        enter = QDragEnterEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    dropped = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, dropped)
    return enter.isAccepted(), dropped.isAccepted()


def test_dropping_a_workbook_opens_it(window, qtbot):
    assert drop(window, CLINIC_PATH, qtbot) == (True, True)
    assert window.document is not None and window.proxy.rowCount() == 40


def test_dropping_something_else_is_refused(window, qtbot, tmp_path):
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    assert drop(window, str(picture), qtbot) == (False, False)
    assert not window.document.is_open


def test_an_unreadable_file_is_a_plain_message_naming_it(window, monkeypatch, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"this is not a workbook")
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append((title, message)))
    window.open_path(str(broken))
    assert len(shown) == 1
    title, message = shown[0]
    assert title == "Cannot open broken.xlsx" and "broken.xlsx" in message and "\n" not in message
    assert not window.document.is_open and window.actions.open.isEnabled()


def test_loading_runs_off_the_gui_thread_with_progress(window, qtbot, monkeypatch, threads):
    import gui.qt.loader as loader_module

    seen = []
    real = loader_module.load_schedule

    def spy(*args, **kwargs):
        seen.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(loader_module, "load_schedule", spy)
    with qtbot.waitSignal(window.loader.loaded, timeout=10000):
        window.open_path(CLINIC_PATH)
        assert window.busy.panel.bar.isVisibleTo(window) and not window.actions.open.isEnabled()
    assert seen == [False]
    assert not window.busy.panel.bar.isVisibleTo(window) and window.actions.open.isEnabled()
    assert window.proxy.rowCount() == 40


def test_the_sheet_in_use_is_named_and_another_can_be_opened(window, monkeypatch, tmp_path, qtbot):
    path = two_sheet_workbook(tmp_path / "week.xlsx")
    monkeypatch.setattr(dialogs, "choose_sheet", lambda parent, name, sheets: "Monday")
    window.open_path(path)
    switcher = window.sheet_switcher
    assert switcher.isVisible() and switcher.text().startswith("Sheet: Monday")
    assert "Monday" in window.windowTitle()
    menu = switcher.sheets_menu
    assert menu in [a.menu() for a in window.actions.sheet_menu.actions()]          # also Sheet ▸ Switch sheet
    assert [(a.data(), a.isChecked()) for a in menu.actions()] == [("Monday", True), ("Tuesday", False)]
    window.model.setData(window.model.index(0, window.model.columnCount() - 1), "edited")
    asked = []
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda parent, name, doing: asked.append(doing) or "discard")
    next(a for a in menu.actions() if a.data() == "Tuesday").trigger()
    assert asked and "Tuesday" in asked[0]                       # unsaved edits: asked first
    assert window.document.schedule.sheet == "Tuesday" and window.proxy.rowCount() == 2
    assert switcher.text().startswith("Sheet: Tuesday") and "Tuesday" in window.windowTitle()
    assert [(a.data(), a.isChecked()) for a in menu.actions()] == [("Monday", False), ("Tuesday", True)]
