"""The grid: a QTableView set up like a spreadsheet (row numbers, sortable headers, sensible widths, keyboard)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from gui.core.i18n import tr
from gui.qt.frozen import FrozenColumns
from gui.qt.schedule_model import CHECK, FIRST_DATA, STATUS

MIN_WIDTH, MAX_WIDTH = 60, 280
STATUS_WIDTH = 170           # the Send status column keeps this width (a longer status is whole in its tooltip)
FIT_ROWS = 30                # rows whose contents fit the column widths at load (more: a slower start, same widths)
Trigger = QAbstractItemView.EditTrigger


class ColumnHeader(QHeaderView):
    """Column headers that sort on a click, except Send's: a click there ticks or unticks every row shown."""

    check_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self._pressed_check = False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_check = (event.button() == Qt.MouseButton.LeftButton
                               and self.logicalIndexAt(event.position().toPoint()) == CHECK)
        if not self._pressed_check:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pressed_check:
            self._pressed_check = False
            if self.logicalIndexAt(event.position().toPoint()) == CHECK:
                self.check_clicked.emit()
            return
        super().mouseReleaseEvent(event)


class ScheduleView(QTableView):
    """Shows a ScheduleProxy; typing or F2 starts editing, Enter moves down, Space ticks in the Send column."""

    edit_refused = Signal()               # the user tried to edit a cell of the sheet while the grid is read-only
    check_header_clicked = Signal()       # the Send column's header was clicked: tick or untick the rows shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_grid")
        self.setAccessibleName(tr("grid", "Schedule rows"))
        self.setHorizontalHeader(ColumnHeader(self))
        self.horizontalHeader().check_clicked.connect(self.check_header_clicked)
        self.frozen = FrozenColumns(self, ColumnHeader())          # Send and Status stay in sight at the left
        self.frozen.horizontalHeader().check_clicked.connect(self.check_header_clicked)
        self.setSortingEnabled(True)
        self.frozen.setSortingEnabled(True)
        self.horizontalHeader().sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.frozen.horizontalHeader().sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)     # Tab moves cell by cell (focusNextPrevChild); Ctrl+Tab leaves
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setSectionsMovable(False)
        header.setHighlightSections(True)
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.note = QLabel(self.viewport())      # said over an empty grid (all rows filtered out)
        self.note.setObjectName("grid_empty_note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setStyleSheet("QLabel { color: palette(text); background: palette(base); padding: 12px; }")
        self.note.hide()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)

    # ---- the frozen Send and Status columns (gui/qt/frozen.py) ------------------------------------------
    def setModel(self, model) -> None:
        super().setModel(model)
        self.frozen.attach()

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        """Both headers show the one sort (the rows are sorted once, by the header clicked)."""
        for header in (self.horizontalHeader(), self.frozen.horizontalHeader()):
            if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
                header.blockSignals(True)
                header.setSortIndicator(column, order)
                header.blockSignals(False)

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self.frozen.place()

    def scrollTo(self, index: QModelIndex, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible
                 ) -> None:
        """As Qt does, and a sheet cell is never left hidden under the frozen columns."""
        super().scrollTo(index, hint)
        if index.isValid() and index.column() >= FIRST_DATA:
            hidden = self.frozen.width_shown() - self.visualRect(index).left()
            if hidden > 0:
                self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - hidden)

    def show_note(self, text: str) -> None:
        """A sentence over the grid's empty area ('' hides it); screen readers get it as the grid's description."""
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.setAccessibleDescription(text)
        self._place_note()

    def _place_note(self) -> None:
        area = self.viewport().rect()
        self.note.setGeometry(area.adjusted(24, 24, -24, -24).intersected(area.adjusted(0, 0, 0, -area.height() // 2)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_note()

    def focusNextPrevChild(self, next: bool) -> bool:     # noqa: A002 (Qt's name)
        """Tab and Shift+Tab move to the next and previous cell, as in Excel (an open editor's Tab is the
        delegate's: it commits and moves on)."""
        if self.state() != self.State.EditingState and self.model() is not None and self.model().rowCount():
            action = self.CursorAction.MoveNext if next else self.CursorAction.MovePrevious
            index = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
            if index.isValid():
                self.setCurrentIndex(index)
                self.scrollTo(index)
            return True
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves to the cell below (Shift+Enter: above), as in Excel; F2 or typing edits (Ctrl+Tab leaves the
        grid: gui/qt/focus.py PanelCycle)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            self.step_down(bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return
        if event.key() == Qt.Key.Key_Menu or (event.key() == Qt.Key.Key_F10
                                              and event.modifiers() == Qt.KeyboardModifier.ShiftModifier):
            current = self.currentIndex()          # the menu opens at the current cell, not where the mouse is
            spot = self.visualRect(current).center() if current.isValid() else self.viewport().rect().topLeft()
            self.customContextMenuRequested.emit(spot)
            return
        super().keyPressEvent(event)

    def edit(self, index: QModelIndex, trigger: Trigger = Trigger.AllEditTriggers, event: QEvent | None = None) -> bool:
        """Start editing as Qt does; a sheet cell that takes no edit now (a send runs) says so."""
        started = super().edit(index, trigger, event)
        if not started and index.isValid() and index.column() >= FIRST_DATA and trigger & self.editTriggers() \
                and not index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.edit_refused.emit()
        return started

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:       # the editor was left with Enter
            self.step_down(bool(QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier))

    def step_down(self, up: bool = False) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        row = current.row() + (-1 if up else 1)
        if 0 <= row < self.model().rowCount():
            self.setCurrentIndex(current.siblingAtRow(row))

    def fit_columns(self) -> None:
        """Widths from the header and the first rows' contents, within sensible bounds."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column in range(header.count()):
            width = header.sectionSize(column)
            if column == CHECK:
                continue
            header.resizeSection(column, STATUS_WIDTH if column == STATUS else max(MIN_WIDTH, min(MAX_WIDTH,
                                                                                                  width + 12)))

    def go_to(self, index: QModelIndex) -> None:
        """Make `index` (of this view's model) current, selected and visible."""
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
