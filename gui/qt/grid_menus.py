"""The grid's right-click menus (on cells, on column headers, on row numbers) and the Send header that ticks or
unticks every row shown: each offers the window's own actions, plus sorting by the column under the mouse."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QWidget

from gui.qt.actions import Actions
from gui.qt.grid import ScheduleView
from gui.qt.schedule_model import CHECK, ScheduleModel
from gui.qt.schedule_proxy import ScheduleProxy


class GridMenus(QObject):
    """Builds each menu when asked (what is enabled follows the actions: a send running greys the edits)."""

    def __init__(self, actions: Actions, model: ScheduleModel, proxy: ScheduleProxy, view: ScheduleView,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.actions, self.model, self.proxy, self.view = actions, model, proxy, view
        self.menu: QMenu | None = None            # the menu last shown (tests read it)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_view_custom_context_menu_requested)
        for header in (view.horizontalHeader(), view.verticalHeader()):
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.horizontalHeader().customContextMenuRequested.connect(self._on_columns_custom_context_menu_requested)
        view.verticalHeader().customContextMenuRequested.connect(self._on_rows_custom_context_menu_requested)
        view.check_header_clicked.connect(self.toggle_shown_rows)
        view.frozen.customContextMenuRequested.connect(self._on_frozen_custom_context_menu_requested)
        view.frozen.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.frozen.horizontalHeader().customContextMenuRequested.connect(
            self._on_frozen_columns_custom_context_menu_requested)

    # ---- the Send header ------------------------------------------------------------------------------
    def shown_rows(self) -> list[int]:
        """Schedule indices of the rows the grid shows now (after the 'only rows with problems' filter)."""
        proxy, model = self.proxy, self.model
        return [model.schedule_index(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(proxy.rowCount())]

    def toggle_shown_rows(self) -> None:
        """Tick every row shown; untick them all when they all are ticked already."""
        if not self.actions.check_all.isEnabled():
            return
        rows = self.shown_rows()
        self.model.set_checked(rows, not all(self.model.is_checked(r) for r in rows))

    # ---- the menus ------------------------------------------------------------------------------------
    def cell_menu(self, column: int) -> QMenu:
        a = self.actions
        menu = QMenu(self.view)
        menu.setObjectName("grid_cell_menu")
        menu.addActions([a.cut, a.copy, a.paste, a.clear_cells, a.fill_down])
        menu.addSeparator()
        menu.addActions([a.insert_row, a.delete_rows])
        menu.addSeparator()
        menu.addActions([a.toggle_check, a.check_all, a.check_none])
        menu.addSeparator()
        self._add_sorting(menu, column)
        menu.addAction(a.columns)
        return menu

    def column_menu(self, column: int) -> QMenu:
        a = self.actions
        menu = QMenu(self.view)
        menu.setObjectName("grid_column_menu")
        self._add_sorting(menu, column)
        menu.addSeparator()
        menu.addActions([a.check_all, a.check_none, a.check_problems])
        menu.addSeparator()
        menu.addAction(a.columns)
        return menu

    def row_menu(self) -> QMenu:
        a = self.actions
        menu = QMenu(self.view)
        menu.setObjectName("grid_row_menu")
        menu.addActions([a.insert_row, a.delete_rows])
        menu.addSeparator()
        menu.addActions([a.toggle_check, a.check_all, a.check_none])
        return menu

    def _add_sorting(self, menu: QMenu, column: int) -> None:
        if column < 0 or column == CHECK:
            return
        name = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
        for text, order in ((self.tr("Sort by “{name}”, A to Z"), Qt.SortOrder.AscendingOrder),
                            (self.tr("Sort by “{name}”, Z to A"), Qt.SortOrder.DescendingOrder)):
            action = menu.addAction(text.format(name=name))
            action.setEnabled(self.actions.check_all.isEnabled())
            action.triggered.connect(lambda _on=False, o=order: self.view.sortByColumn(column, o))

    def _show(self, menu: QMenu, widget: QWidget, pos: QPoint) -> None:
        self.menu = menu
        menu.popup(widget.mapToGlobal(pos))

    def _on_view_custom_context_menu_requested(self, pos: QPoint) -> None:
        self._cell_menu_at(self.view, pos)

    def _on_frozen_custom_context_menu_requested(self, pos: QPoint) -> None:
        self._cell_menu_at(self.view.frozen, pos)

    def _cell_menu_at(self, table, pos: QPoint) -> None:
        index = table.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)              # as Excel: the right-clicked cell is the one acted on
        self._show(self.cell_menu(index.column()), table.viewport(), pos)

    def _on_columns_custom_context_menu_requested(self, pos: QPoint) -> None:
        header = self.view.horizontalHeader()
        self._show(self.column_menu(header.logicalIndexAt(pos)), header, pos)

    def _on_frozen_columns_custom_context_menu_requested(self, pos: QPoint) -> None:
        header = self.view.frozen.horizontalHeader()
        self._show(self.column_menu(header.logicalIndexAt(pos)), header, pos)

    def _on_rows_custom_context_menu_requested(self, pos: QPoint) -> None:
        header = self.view.verticalHeader()
        row = header.logicalIndexAt(pos)
        if row >= 0 and not self.view.selectionModel().isRowSelected(row):
            self.view.selectRow(row)
        self._show(self.row_menu(), header, pos)
