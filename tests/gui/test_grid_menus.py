"""The Send header ticks or unticks every row shown (it does not sort), and right-clicks on cells, column headers
and row numbers open menus with the window's own commands."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from gui.qt.schedule_model import CHECK
from tests.gui.editing_helpers import cell
from tests.gui.helpers import data_column


def header_point(window, column) -> QPoint:
    header = window.view.horizontalHeader()
    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)


def test_clicking_the_send_header_ticks_or_unticks_every_row_shown_and_does_not_sort(loaded, qtbot):
    window = loaded
    model, header = window.model, window.view.horizontalHeader()
    order = [window.proxy.headerData(r, Qt.Orientation.Vertical) for r in range(window.proxy.rowCount())]
    window.actions.check_none.trigger()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header_point(window, CHECK))
    assert model.checked_count() == len(window.document.schedule.rows)
    assert header.sortIndicatorSection() != CHECK
    assert [window.proxy.headerData(r, Qt.Orientation.Vertical) for r in range(window.proxy.rowCount())] == order
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header_point(window, CHECK))
    assert model.checked_count() == 0
    window.actions.only_problems.setChecked(True)                 # only the rows shown
    shown = window.proxy.rowCount()
    assert 0 < shown < len(window.document.schedule.rows)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header_point(window, CHECK))
    assert model.checked_count() == shown


def test_another_header_still_sorts(loaded, qtbot):
    window = loaded
    header = window.view.horizontalHeader()
    column = data_column(window, "Client Name")
    header.setSectionResizeMode(column, header.ResizeMode.Fixed)
    window.view.scrollTo(cell(window, 2, "Client Name"))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header_point(window, column))
    assert header.sortIndicatorSection() == column


def menu_texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_right_click_menus_offer_the_commands(loaded, qtbot):
    window = loaded
    menus = window.grid_menus
    index = cell(window, 4, "Location")
    window.view.scrollTo(index)
    window.view.customContextMenuRequested.emit(window.view.visualRect(index).center())
    assert menus.menu.isVisible()
    texts = menu_texts(menus.menu)
    assert window.view.currentIndex() == index                     # the right-clicked cell is the one acted on
    for action in (window.actions.cut, window.actions.copy, window.actions.paste, window.actions.insert_row,
                   window.actions.delete_rows, window.actions.toggle_check, window.actions.columns):
        assert action.text() in texts
    assert any(t.startswith("Sort by “Location”") for t in texts)
    menus.menu.close()
    header = window.view.horizontalHeader()
    header.customContextMenuRequested.emit(header_point(window, data_column(window, "Location")))
    texts = menu_texts(menus.menu)
    assert "Sort by “Location”, Z to A" in texts and window.actions.columns.text() in texts
    sort = next(a for a in menus.menu.actions() if a.text() == "Sort by “Location”, Z to A")
    menus.menu.close()
    sort.trigger()
    assert header.sortIndicatorSection() == data_column(window, "Location")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    rows = window.view.verticalHeader()
    rows.customContextMenuRequested.emit(QPoint(rows.width() // 2, rows.sectionViewportPosition(3) + 3))
    assert window.actions.insert_row.text() in menu_texts(menus.menu)
    assert window.view.selectionModel().isRowSelected(3)
    menus.menu.close()


def test_an_empty_grid_under_only_rows_with_problems_says_why(loaded, qtbot):
    window = loaded
    note = window.view.note
    window.actions.only_problems.setChecked(True)
    assert window.proxy.rowCount() > 0 and note.isHidden()
    window.view.selectAll()
    window.actions.delete_rows.trigger()                           # the rows with problems are gone
    assert window.proxy.rowCount() == 0
    assert note.isVisible() and "Only rows with problems" in note.text()
    assert "No row has a problem" in window.view.accessibleDescription()
    window.actions.only_problems.setChecked(False)
    assert window.proxy.rowCount() > 0 and note.isHidden()


def test_send_and_status_stay_in_sight_when_the_grid_scrolls_sideways(loaded, qtbot):
    window = loaded
    window.resize(1024, 700)
    view, frozen = window.view, window.view.frozen
    last = cell(window, 20, window.document.schedule.headers[-1])
    view.scrollTo(last)
    qtbot.waitUntil(lambda: view.horizontalScrollBar().value() > 0)
    assert frozen.isVisible() and not frozen.isColumnHidden(CHECK) and frozen.isColumnHidden(data_column(window, "Notes"))
    assert frozen.width() == view.columnWidth(0) + view.columnWidth(1)
    assert frozen.verticalScrollBar().value() == view.verticalScrollBar().value() > 0   # rows scroll together
    row = last.row()
    box = frozen.visualRect(frozen.model().index(row, CHECK))
    before = window.model.checked_count()
    tick = QPoint(box.left() + 12, box.center().y())                   # on the tick box, at the cell's left
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=tick)
    assert window.model.checked_count() == before - 1                 # a click on its box unticks the row
    first_data = cell(window, 20, window.document.schedule.headers[0])
    view.scrollTo(first_data)                                         # back to the first sheet column: in sight
    assert view.visualRect(first_data).left() >= frozen.width()


def test_the_menu_key_and_shift_f10_open_the_cell_menu_at_the_current_cell(loaded, qtbot):
    window = loaded
    index = cell(window, 6, "Location")
    window.view.setFocus()
    window.view.setCurrentIndex(index)
    for key, modifiers in ((Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)):
        window.grid_menus.menu = None
        qtbot.keyClick(window.view, key, modifiers)
        assert window.grid_menus.menu is not None and window.grid_menus.menu.isVisible()
        assert window.view.currentIndex() == index
        assert any(a.text().startswith("Sort by “Location”") for a in window.grid_menus.menu.actions())
        window.grid_menus.menu.close()
