"""Undo and redo: Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z, one step per paste, fill or replace all, the selection
restored, rows added and deleted, a long history, and writes from sending never on the stack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gui.qt.undo import UNDO_LIMIT
from tests.gui.editing_helpers import CTRL, SHIFT, cell, press, select, selected_box, text, value
from tests.gui.helpers import editor, schedule_row


def box_of(window, first, last):
    a, b = cell(window, *first), cell(window, *last)
    return a.row(), a.column(), b.row(), b.column()


def test_undo_of_a_paste_puts_every_cell_back_as_one_step_and_selects_them(loaded, qtbot):
    window = loaded
    before = [(value(window, n, "Location"), value(window, n, "Client Name")) for n in (4, 5, 6)]
    QGuiApplication.clipboard().setText("R1\tA\r\nR2\tB\r\nR3\tC\r\n")
    select(window, cell(window, 4, "Location"))
    press(qtbot, window, Qt.Key.Key_V, CTRL)
    assert value(window, 6, "Client Name") == "C"
    assert window.actions.undo.text() == "&Undo paste"
    select(window, cell(window, 20, "Notes"))                       # the user moved on
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert [(value(window, n, "Location"), value(window, n, "Client Name")) for n in (4, 5, 6)] == before
    assert selected_box(window) == box_of(window, (4, "Location"), (6, "Client Name"))
    assert window.view.currentIndex() == cell(window, 4, "Location")
    press(qtbot, window, Qt.Key.Key_Y, CTRL)
    assert value(window, 5, "Location") == "R2"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)                # the other redo shortcut
    assert value(window, 5, "Location") == "R2"


def test_undo_of_a_typed_edit_restores_the_native_value_and_the_problems(loaded, qtbot):
    window = loaded
    index = cell(window, 10, "End Time")                           # ends before it starts: an error
    original = value(window, 10, "End Time")
    select(window, index)
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    editor(window).selectAll()
    qtbot.keyClicks(editor(window), "11:00")
    qtbot.keyClick(editor(window), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text(window, 10, "End Time") == "11:00")
    assert window.problems.model.rowCount() == 4
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert value(window, 10, "End Time") == original               # a time again, not text
    assert window.problems.model.rowCount() == 5


def test_fill_down_and_replace_all_are_one_step_each(loaded, qtbot):
    window = loaded
    select(window, cell(window, 2, "Provider"), cell(window, 9, "Provider"))
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    assert {value(window, n, "Provider") for n in range(2, 10)} == {"Dr. Patel"}
    assert window.editing.stack.count() == 1
    window.editing.finder.text, window.editing.finder.replacement = "Dr.", "Doctor"
    window.editing.apply(window.editing.finder.replace_all(), "replace all")
    assert window.editing.stack.count() == 2
    assert value(window, 2, "Provider") == "Doctor Patel"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert value(window, 2, "Provider") == "Dr. Patel"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert value(window, 3, "Provider") == "Dr. Nguyen"


def test_more_than_a_hundred_steps_are_kept(loaded, qtbot):
    window = loaded
    column = window.document.schedule.headers.index("Notes")
    row = schedule_row(window, 2)
    for n in range(150):
        window.model.set_cells([(row, column, f"note {n}")])
    assert UNDO_LIMIT >= 100 and window.editing.stack.count() == 150
    select(window, cell(window, 2, "Notes"))
    for _ in range(149):
        press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert value(window, 2, "Notes") == "note 0"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert value(window, 2, "Notes") == "Please bring your insurance card."
    assert not window.actions.undo.isEnabled()


def test_writes_from_sending_are_not_undo_steps(loaded):
    window = loaded
    column = window.model.ensure_column("id")
    window.model.set_cells([(0, column, 4242)], undoable=False)     # what the send flow does with ids
    assert window.editing.stack.count() == 0
    assert window.isWindowModified()                                # ... but they are unsaved work


def test_added_and_deleted_rows_come_back_with_undo(loaded, qtbot):
    window = loaded
    schedule = window.document.schedule
    select(window, cell(window, 5, "Location"))
    press(qtbot, window, Qt.Key.Key_Plus, CTRL)                     # Ctrl++ adds a blank row below
    assert len(schedule.rows) == 41
    added = schedule.rows[schedule_row(window, 42)]
    assert added.added and schedule.rows.index(added) == schedule_row(window, 5) + 1
    assert window.model.headerData(cell(window, 42, "Location").row(), Qt.Orientation.Vertical) == "new row"
    assert window.view.currentIndex() == cell(window, 42, "Location")
    assert "Added row 42" in window.statusBar().currentMessage()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert len(schedule.rows) == 40 and all(not r.added for r in schedule.rows)
    select(window, cell(window, 7, "Location"), cell(window, 9, "Location"))
    press(qtbot, window, Qt.Key.Key_Minus, CTRL)                    # Ctrl+- deletes the selected rows
    assert [r.number for r in schedule.rows][4:7] == [6, 10, 11]
    assert "40 rows" not in window.counts.text() and "37 rows" in window.counts.text()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert [r.number for r in schedule.rows] == list(range(2, 42))
    assert selected_box(window) == box_of(window, (7, "Location"), (9, "Location"))
    assert window.problems.model.rowCount() == 5


def test_a_new_document_starts_a_new_history(loaded, qtbot):
    window = loaded
    window.model.set_cells([(0, 2, "Dr. Who")])
    assert window.editing.stack.count() == 1
    window.model.reset()
    assert window.editing.stack.count() == 0
