"""Spreadsheet keys and cell editors: Enter moves down, Delete clears, Ctrl+D fills down, Ctrl+F / Ctrl+H / F3
find and replace, and the editor each field gets (list, tick box, time zones, dates, calendars)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from gui.qt.delegates import BLANK_TEXT, BOOL_BLANK, BoolEditor, HintedEdit
from tests.gui.editing_helpers import CTRL, SHIFT, cell, press, select, text, value
from tests.gui.helpers import schedule_row


def open_editor(window, qtbot, index, kind=QLineEdit):
    select(window, index)
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    found = [w for w in window.view.findChildren(kind) if w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def hint(window) -> str:
    labels = [w for w in window.view.findChildren(QLabel, "cell_hint") if w.isVisible()]
    return labels[0].text() if labels else ""


def test_enter_moves_down_shift_enter_up_and_after_an_edit_too(loaded, qtbot):
    window = loaded
    select(window, cell(window, 3, "Location"))
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.view.currentIndex() == cell(window, 4, "Location")
    qtbot.keyClick(window.view, Qt.Key.Key_Return, SHIFT)
    assert window.view.currentIndex() == cell(window, 3, "Location")
    qtbot.keyClicks(window.view, "R")                              # typing replaces the cell, like Excel
    line = [w for w in window.view.findChildren(QLineEdit) if w.isVisible()][0]
    qtbot.keyClicks(line, "oom 5")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: value(window, 3, "Location") == "Room 5")
    qtbot.waitUntil(lambda: window.view.currentIndex() == cell(window, 4, "Location"))


def test_delete_clears_the_selected_cells(loaded, qtbot):
    window = loaded
    select(window, cell(window, 2, "Location"), cell(window, 3, "Client Name"))
    press(qtbot, window, Qt.Key.Key_Delete)
    assert [value(window, n, h) for n in (2, 3) for h in ("Location", "Client Name")] == [None] * 4
    assert value(window, 4, "Location") is not None
    assert window.actions.undo.text() == "&Undo clear"


def test_ctrl_d_fills_down_from_the_top_cell_or_from_the_cell_above(loaded, qtbot):
    window = loaded
    select(window, cell(window, 2, "Location"), cell(window, 4, "Notes"))
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    assert value(window, 4, "Location") == "Suite 100, 12 Main St"
    assert value(window, 4, "Notes") == "Please bring your insurance card."
    select(window, cell(window, 6, "Client Name"))
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    assert value(window, 6, "Client Name") == value(window, 5, "Client Name")


def test_ctrl_f_finds_and_f3_finds_the_next(loaded, qtbot):
    window = loaded
    select(window, cell(window, 2, "Apptoto ID"))
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    dialog = window.editing.find_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.replace_edit.isVisible()
    qtbot.keyClicks(dialog.find_edit, "nguyen")
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)            # Enter: Find next (once)
    first = window.view.currentIndex()
    assert first == cell(window, 3, "Provider") and dialog.isVisible()
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
    assert window.view.currentIndex() == cell(window, 6, "Provider") and dialog.isVisible()
    first = window.view.currentIndex()
    dialog.close()
    window.view.setFocus()
    press(qtbot, window, Qt.Key.Key_F3)
    second = window.view.currentIndex()
    assert "Nguyen" in second.data() and second != first


def test_find_with_match_case_and_whole_cell(loaded, qtbot):
    window = loaded
    finder = window.editing.finder
    select(window, cell(window, 2, "Apptoto ID"))
    finder.text, finder.whole_cell = "hygiene", True
    assert finder.find_next() and window.view.currentIndex().data() == "Hygiene"
    finder.match_case = True
    assert not finder.find_next()


def test_ctrl_h_replace_all_is_one_step_and_replace_does_the_current_match(loaded, qtbot):
    window = loaded
    select(window, cell(window, 2, "Apptoto ID"))
    press(qtbot, window, Qt.Key.Key_H, CTRL)
    dialog = window.editing.find_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.replace_edit.isVisible() and dialog.windowTitle() == "Replace"
    qtbot.keyClicks(dialog.find_edit, "12 Main St")
    qtbot.keyClicks(dialog.replace_edit, "12 Main Street")
    qtbot.mouseClick(dialog.replace_all_button, Qt.MouseButton.LeftButton)
    assert value(window, 2, "Location") == "Suite 100, 12 Main Street"
    replaced = sum(1 for r in window.document.schedule.rows if "12 Main Street" in str(r.values[8]))
    assert f"Replaced {replaced} cells" in dialog.message.text()
    assert window.editing.stack.count() == 1
    dialog.find_edit.setText("Suite 100")
    dialog.replace_edit.setText("Suite 101")
    select(window, cell(window, 2, "Location"))
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert value(window, 2, "Location") == "Suite 101, 12 Main Street"


def test_replace_within_the_selected_cells_only(loaded, qtbot):
    window = loaded
    select(window, cell(window, 2, "Location"), cell(window, 3, "Location"))
    press(qtbot, window, Qt.Key.Key_H, CTRL)
    dialog = window.editing.find_dialog
    assert dialog.within.isVisible() and dialog.within.isChecked()
    dialog.find_edit.setText("Main St")
    dialog.replace_edit.setText("Elm St")
    qtbot.mouseClick(dialog.replace_all_button, Qt.MouseButton.LeftButton)
    assert value(window, 3, "Location") == "Suite 220, 12 Elm St"
    assert sum("Main St" in str(r.values[8]) for r in window.document.schedule.rows) > 5


def test_replace_only_in_the_current_column(loaded, qtbot):
    window = loaded
    window.model.setData(cell(window, 4, "Notes"), "Meet at Suite 100", Qt.ItemDataRole.EditRole)
    select(window, cell(window, 2, "Location"))
    press(qtbot, window, Qt.Key.Key_H, CTRL)
    dialog = window.editing.find_dialog
    assert dialog.in_column.isVisible() and dialog.in_column.text() == "Only in the c&olumn “Location”"
    assert not dialog.in_column.isChecked()
    dialog.in_column.setChecked(True)
    dialog.find_edit.setText("Suite 100")
    dialog.replace_edit.setText("Suite 300")
    qtbot.mouseClick(dialog.replace_all_button, Qt.MouseButton.LeftButton)
    assert value(window, 2, "Location") == "Suite 300, 12 Main St"
    assert value(window, 4, "Notes") == "Meet at Suite 100"                  # another column: left alone
    window.editing.stack.undo()
    assert value(window, 2, "Location") == "Suite 100, 12 Main St"           # one undo step


def test_show_as_is_a_list_of_the_labels(loaded, qtbot):
    window = loaded
    window.model.ensure_column("show_as")
    box = open_editor(window, qtbot, cell(window, 2, "show_as"), QComboBox)
    assert [box.itemText(i) for i in range(box.count())] == [BLANK_TEXT, "Free", "Tentative", "Busy",
                                                            "Out of Office", "Working Elsewhere"]
    qtbot.keyClicks(box, "O")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: value(window, 2, "show_as") == "Out of Office")
    assert window.document.schedule.rows[schedule_row(window, 2)].event["show_as"] == 3
    window.model.set_cells([(schedule_row(window, 3), window.document.schedule.column_of("show_as"), "2")])
    box = open_editor(window, qtbot, cell(window, 3, "show_as"), QComboBox)
    assert box.currentText() == "Busy"


def test_all_day_is_a_tick_box(loaded, qtbot):
    window = loaded
    window.model.ensure_column("all_day")
    box = open_editor(window, qtbot, cell(window, 2, "all_day"), BoolEditor)
    assert box.text() == BOOL_BLANK
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.text() == "Yes"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: value(window, 2, "all_day") == "yes")
    assert window.document.schedule.rows[schedule_row(window, 2)].event["all_day"] is True
    select(window, cell(window, 2, "all_day"))
    qtbot.keyClicks(window.view, "n")                              # typing y / n / x sets it at once
    box = [w for w in window.view.findChildren(BoolEditor) if w.isVisible()][0]
    assert box.text() == "No"
    qtbot.keyClick(box, Qt.Key.Key_Delete)                         # Delete blanks the box, not the cells
    assert box.text() == BOOL_BLANK
    qtbot.keyClick(box, Qt.Key.Key_Y)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: value(window, 2, "all_day") == "yes")


def test_time_zone_picker_searches_inside_names_and_says_what_it_knows(loaded, qtbot):
    window = loaded
    line = open_editor(window, qtbot, cell(window, 2, "Time Zone"), HintedEdit)
    completer = line.completer()
    line.selectAll()
    qtbot.keyClicks(line, "york")
    assert completer.completionCount() >= 1
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert "America/New_York" in found
    assert hint(window).startswith("✗")
    line.setText("Eastern Time (US & Canada)")
    assert hint(window).startswith("✓ America/New_York")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: value(window, 2, "Time Zone") == "Eastern Time (US & Canada)")


def test_date_and_time_boxes_show_how_the_text_is_read(loaded, qtbot):
    window = loaded
    line = open_editor(window, qtbot, cell(window, 2, "Start Time"), HintedEdit)
    assert hint(window) == "✓ 08:00 on the day in the Date column"
    line.selectAll()
    qtbot.keyClicks(line, "12/9/2026 2:30 PM")
    assert hint(window) == "✓ Wed 09 Dec 2026, 14:30"
    line.setText("next tuesday")                       # beside a Date column the example is a time, not a date
    assert hint(window) == "✗ “next tuesday” is not a time I can read (e.g. 9:30 or 2:30 PM)"
    line.setText("9:15 am")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text(window, 2, "Start Time") == "09:15")     # kept as the sheet's times read
    assert value(window, 2, "Start Time") == dt.time(9, 15)
    window.editing.stack.undo()                                           # one undo step back to what was there
    assert value(window, 2, "Start Time") == dt.time(8, 0)
    window.editing.stack.redo()
    assert window.document.schedule.rows[0].event["start_time"].startswith("2026-12-07T09:15")
    line = open_editor(window, qtbot, cell(window, 2, "Date"), HintedEdit)
    line.setText("12/24/2026 10:00")
    assert hint(window) == "✓ Thu 24 Dec 2026"


def test_calendar_suggests_the_calendars_in_the_sheet(loaded, qtbot):
    window = loaded
    line = open_editor(window, qtbot, cell(window, 2, "Provider"), HintedEdit)
    line.selectAll()
    qtbot.keyClicks(line, "ngu")
    completer = line.completer()
    assert completer.currentCompletion() == "Dr. Nguyen"
    line.setText("dr. nguyen")
    assert "Dr. Nguyen" in hint(window)
    line.setText("Dr. Newman")
    assert "not seen before" in hint(window)
    line.setText("Hygiene")
    assert hint(window) == ""


def test_choosing_a_suggestion_enters_it_and_moves_down(loaded, qtbot):
    window = loaded
    line = open_editor(window, qtbot, cell(window, 2, "Provider"), HintedEdit)
    line.selectAll()
    qtbot.keyClicks(line, "ngu")
    popup = line.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)                       # one Enter: chosen, entered, next row
    qtbot.waitUntil(lambda: value(window, 2, "Provider") == "Dr. Nguyen")
    qtbot.waitUntil(lambda: window.view.currentIndex() == cell(window, 3, "Provider"))


def test_picking_show_as_from_the_opened_list_enters_it(loaded, qtbot):
    window = loaded
    window.model.ensure_column("show_as")
    box = open_editor(window, qtbot, cell(window, 4, "show_as"), QComboBox)
    qtbot.keyClick(box, Qt.Key.Key_Down)                           # closed list: arrows browse, nothing entered
    assert value(window, 4, "show_as") is None
    box.showPopup()
    qtbot.waitUntil(box.view().isVisible)
    qtbot.keyClick(box.view(), Qt.Key.Key_Down)
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)                  # one Enter in the list: chosen and entered
    qtbot.waitUntil(lambda: value(window, 4, "show_as") == "Tentative")
    qtbot.waitUntil(lambda: window.view.currentIndex() == cell(window, 5, "show_as"))


def test_esc_in_the_time_zone_suggestions_cancels_the_edit_and_the_hint_stays_in_sight(loaded, qtbot):
    window = loaded
    before = value(window, 12, "Time Zone")
    line = open_editor(window, qtbot, cell(window, 12, "Time Zone"), HintedEdit)
    line.selectAll()
    qtbot.keyClicks(line, "york")
    popup = line.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.waitUntil(lambda: hint(window) != "")
    label = next(w for w in window.view.findChildren(QLabel, "cell_hint") if w.isVisible())

    def global_rect(widget):
        rect = widget.rect()
        rect.moveTopLeft(widget.mapToGlobal(rect.topLeft()))
        return rect
    qtbot.waitUntil(lambda: not global_rect(label).intersects(global_rect(popup)))
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not [w for w in window.view.findChildren(HintedEdit) if w.isVisible()])
    assert value(window, 12, "Time Zone") == before
    assert window.view.state() != window.view.State.EditingState
