"""The grid's Send and Status columns kept in sight at the left while the sheet's columns scroll sideways: a
second table over the grid's left edge, on the same model and selection (Qt's frozen-column pattern)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView

from gui.qt.schedule_model import FIRST_DATA


class FrozenColumns(QTableView):
    """Shows the grid's columns before FIRST_DATA; scrolls up and down with it, never sideways. Clicks, ticks and
    right-clicks act as on the grid; the keyboard stays on the grid."""

    def __init__(self, grid: QTableView, header: QHeaderView) -> None:
        super().__init__(grid)
        self.grid = grid
        self.setObjectName("frozen_columns")
        self.setHorizontalHeader(header)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(grid.verticalScrollMode())
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)   # Send ticks by its box; Status is read
        self.setStyleSheet("QTableView#frozen_columns { border-right: 1px solid palette(mid); }")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)       # gui/qt/grid_menus.py shows it
        grid.viewport().stackUnder(self)

    def attach(self) -> None:
        """Follow the grid's model, selection, row heights and column widths (after grid.setModel)."""
        grid = self.grid
        self.setModel(grid.model())
        self.setSelectionModel(grid.selectionModel())
        self.verticalHeader().setDefaultSectionSize(grid.verticalHeader().defaultSectionSize())
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        grid.horizontalHeader().sectionResized.connect(self._on_grid_section_resized)
        grid.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(grid.verticalScrollBar().setValue)
        grid.model().columnsInserted.connect(self._hide_sheet_columns)
        grid.model().modelReset.connect(self._hide_sheet_columns)
        self._hide_sheet_columns()

    def width_shown(self) -> int:
        return sum(self.grid.columnWidth(column) for column in range(FIRST_DATA))

    def place(self) -> None:
        """Over the grid's first columns, from the top of its header to the bottom of its rows."""
        grid = self.grid
        frame = grid.frameWidth()
        self.setGeometry(grid.verticalHeader().width() + frame, frame, self.width_shown(),
                         grid.viewport().height() + grid.horizontalHeader().height())
        self.horizontalHeader().setFixedHeight(grid.horizontalHeader().height())

    def _hide_sheet_columns(self, *args) -> None:
        model = self.model()
        for column in range(model.columnCount() if model is not None else 0):
            self.setColumnHidden(column, column >= FIRST_DATA)
            if column < FIRST_DATA:
                self.setColumnWidth(column, self.grid.columnWidth(column))
        self.place()

    def _on_grid_section_resized(self, column: int, _old: int, new: int) -> None:
        if column < FIRST_DATA:
            self.setColumnWidth(column, new)
            self.place()
