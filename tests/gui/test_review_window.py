"""The review window driven as a user would: open, edit, jump to problems, filter, sort, select rows."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from gui.core.review import FAILED
from gui.qt import dialogs
from gui.qt.schedule_model import CHECK, SEVERITY_ROLE
from tests.gui.helpers import CLINIC_PATH, counts, data_column, editor, schedule_row, view_index


def test_open_with_ctrl_o_shows_the_sample(window, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_open_schedule", lambda parent, folder: CLINIC_PATH)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.document.is_open)
    assert window.windowTitle() == "clinic-week.xlsx[*] — Apptoto Sheets"
    assert window.proxy.rowCount() == 40
    assert "40 rows" in counts(window) and "9 new" in counts(window) and "5 with errors" in counts(window)
    assert "40 selected" in counts(window)
    assert window.problems.model.rowCount() == 5
    assert window.stack.currentWidget() is window.view


def test_editing_a_cell_revalidates_its_row(loaded, qtbot):
    window = loaded
    index = view_index(window, 10, data_column(window, "End Time"))     # ends before it starts
    assert index.data(SEVERITY_ROLE) == FAILED
    window.view.setFocus()
    window.view.setCurrentIndex(index)
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    line = editor(window)
    line.selectAll()
    qtbot.keyClicks(line, "11:00")
    qtbot.keyClick(line, Qt.Key.Key_Return)                  # the delegate commits on its next event loop turn
    qtbot.waitUntil(lambda: index.data() == "11:00")
    assert not index.data(SEVERITY_ROLE)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "4 with errors" in counts(window)
    assert window.problems.model.rowCount() == 4
    assert window.document.schedule.rows[schedule_row(window, 10)].event["end_time"].startswith("2026-12-08T11:00")


def test_fixing_a_duplicate_clears_both_rows(loaded, qtbot):
    window = loaded
    index = view_index(window, 35, data_column(window, "External ID"))
    window.view.setCurrentIndex(index)
    window.view.setFocus()
    qtbot.keyClicks(window.view, "P")                       # typing starts editing, like Excel
    qtbot.keyClicks(editor(window), "M-1099")                # ... and the editor has the keyboard from then on
    qtbot.keyClick(editor(window), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: index.data() == "PM-1099")
    other = view_index(window, 33, data_column(window, "External ID"))
    assert not other.data(SEVERITY_ROLE)
    assert "3 with errors" in counts(window)


def test_clicking_a_problem_jumps_to_its_cell(loaded, qtbot):
    window = loaded
    listing = window.problems.view
    item = window.problems.model.index(2, 0)                   # row 24, column F "Start Time"
    rect = listing.visualRect(item)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    current = window.view.currentIndex()
    assert current == view_index(window, 24, data_column(window, "Start Time"))
    assert window.view.hasFocus()


def test_f8_walks_through_the_problems(loaded, qtbot):
    window = loaded
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.view.currentIndex() == view_index(window, 10, data_column(window, "End Time"))
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.view.currentIndex() == view_index(window, 17, data_column(window, "Email"))


def test_only_rows_with_problems_filter(loaded, qtbot):
    window = loaded
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.actions.only_problems.isChecked()
    numbers = [window.proxy.headerData(r, Qt.Orientation.Vertical) for r in range(window.proxy.rowCount())]
    assert numbers == ["10", "17", "24", "33", "35"]
    window.actions.only_problems.trigger()
    assert window.proxy.rowCount() == 40


def test_clicking_a_header_sorts(loaded, qtbot):
    window = loaded
    header = window.view.horizontalHeader()
    column = data_column(window, "Provider")
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    providers = [window.proxy.index(r, column).data() for r in range(window.proxy.rowCount())]
    assert providers == sorted(providers, key=str.casefold)
    assert window.proxy.rowCount() == 40


def test_select_actions_and_space_toggle(loaded, qtbot):
    window = loaded
    window.actions.check_none.trigger()
    assert "0 selected" in counts(window)
    window.actions.check_problems.trigger()
    assert "5 selected" in counts(window)
    window.actions.check_all.trigger()
    index = view_index(window, 4, CHECK)
    window.view.setCurrentIndex(index)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert not window.model.is_checked(schedule_row(window, 4))
    assert "39 selected" in counts(window)
    window.view.setCurrentIndex(view_index(window, 5, data_column(window, "Notes")))
    qtbot.keyClick(window.view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert not window.model.is_checked(schedule_row(window, 5))


def test_copy_json_puts_the_body_on_the_clipboard(loaded, qtbot):
    import json

    window = loaded
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(window.preview.copy_button, Qt.MouseButton.LeftButton)
    body = window.document.schedule.body(window.model.checked_rows())
    assert json.loads(QGuiApplication.clipboard().text()) == body


def test_the_counts_never_show_cut_off_in_a_narrow_window(loaded, qtbot):
    window = loaded
    window.resize(1024, 700)
    window.busy.panel.show_counts("12 created · 1 updated · 3 failed · 2 unknown: check Apptoto before resending")
    qtbot.waitUntil(lambda: window.counts.width() < window.counts.sizeHint().width())
    assert window.width() == 1024                             # the window did not grow to make room
    shown = [label for label in window.counts.labels.values() if label.isVisible()]
    assert window.counts.labels["errors"] in shown and window.counts.labels["selected"] in shown
    qtbot.waitUntil(lambda: all(label.width() >= label.sizeHint().width()    # each whole: no "21 with erro"
                                for label in shown))
    assert "rows" in window.counts.toolTip() and "new" in window.counts.toolTip()
    window.busy.panel.show_counts("")
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: all(label.isVisible() for label in window.counts.labels.values()))


def test_tab_moves_between_cells_as_in_excel_and_ctrl_tab_between_panels_with_a_ring(loaded, qtbot):
    """Tab and Shift+Tab move to the next and previous cell (Tab used to leave for the Problems panel, and a second
    Tab reached a status-bar button with no mark); Ctrl+Tab and Ctrl+Shift+Tab go from panel to panel, each with
    the focus ring."""
    from PySide6.QtWidgets import QApplication

    window = loaded
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    window.view.setCurrentIndex(window.view.model().index(1, 3))
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.view
    assert (window.view.currentIndex().row(), window.view.currentIndex().column()) == (1, 4)
    qtbot.keyClick(window.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert (window.view.currentIndex().row(), window.view.currentIndex().column()) == (1, 2)
    ctrl = Qt.KeyboardModifier.ControlModifier
    visited = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, ctrl)
        visited.append(QApplication.focusWidget())
    assert visited == [window.problems.view, window.compare_dock.browser, window.preview.text,
                       window.preview.summary, window.view]
    assert all(":focus { border: 2px solid" in w.styleSheet() for w in visited)
    qtbot.keyClick(window.view, Qt.Key.Key_Backtab, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.preview.summary
    assert ":focus { border: 2px solid" in window.sheet_switcher.styleSheet()     # reached by Tab: marked too


def test_the_problems_highlight_stays_with_the_current_cell_and_never_jumps_to_an_unrelated_problem(loaded, qtbot):
    window = loaded
    problems = window.problems
    end = view_index(window, 10, data_column(window, "End Time"))          # ends before it starts
    first = problems.model.index(0, 0)
    assert problems.model.entry(0)[0] == schedule_row(window, 10)
    problems.view.scrollTo(first)
    qtbot.mouseClick(problems.view.viewport(), Qt.MouseButton.LeftButton, pos=problems.view.visualRect(first).center())
    assert window.view.currentIndex() == end
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    line = editor(window)
    line.selectAll()
    qtbot.keyClicks(line, "11:00")
    qtbot.keyClick(line, Qt.Key.Key_Return)                  # fixed; Enter moves the cursor to row 11
    qtbot.waitUntil(lambda: end.data() == "11:00")
    assert window.view.currentIndex().row() == end.row() + 1
    assert problems.view.selectionModel().selectedIndexes() == []          # row 11 has no problem: none is lit
    email = view_index(window, 17, data_column(window, "Email"))
    window.view.setCurrentIndex(email)
    chosen = problems.view.selectionModel().selectedIndexes()
    assert len(chosen) == 1 and problems.model.entry(chosen[0].row())[0] == schedule_row(window, 17)
