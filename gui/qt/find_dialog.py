"""Find and replace across the grid (Ctrl+F / Ctrl+H): match case, whole cell, replace all as one undo step."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.i18n import tr, trn
from gui.qt.clipboard import CellOps
from gui.qt.schedule_model import FIRST_DATA, display_text

Apply = Callable[[list, str], None]
Status = Callable[[str], None]


class Finder:
    """What is searched for, and the search itself, in the order the grid shows cells (row by row)."""

    def __init__(self, cells: CellOps) -> None:
        self.cells = cells
        self.text, self.replacement = "", ""
        self.match_case = self.whole_cell = False
        self.within: set[tuple[int, int]] | None = None      # (schedule row, sheet column) or None: everywhere
        self.column: int | None = None                       # only this sheet column, or None: every column

    def _pattern(self) -> re.Pattern:
        body = re.escape(self.text)
        return re.compile(f"^{body}$" if self.whole_cell else body, 0 if self.match_case else re.IGNORECASE)

    def _cells(self, start: tuple[int, int], backwards: bool) -> Iterator[tuple[int, int, int, str]]:
        """(view row, view column, schedule row, text) from the cell after `start`, round the grid once."""
        proxy, model = self.cells.proxy, self.cells.model
        rows, columns = proxy.rowCount(), model.columnCount() - FIRST_DATA
        if not rows or columns <= 0:
            return
        values = model.schedule.rows
        total = rows * columns
        here = start[0] * columns + max(start[1] - FIRST_DATA, 0)
        step = -1 if backwards else 1
        row_cache = (-1, -1)
        for n in range(1, total + 1):
            position = (here + step * n) % total
            view_row, column = divmod(position, columns)
            if row_cache[0] != view_row:
                row_cache = (view_row, self.cells.schedule_row(view_row))
            row = row_cache[1]
            if self.within is not None and (row, column) not in self.within \
                    or self.column is not None and column != self.column:
                continue
            yield view_row, column + FIRST_DATA, row, display_text(values[row].values[column])

    def find_next(self, backwards: bool = False) -> bool:
        """Go to the next matching cell; False when none matches."""
        if not self.text:
            return False
        pattern = self._pattern()
        current = self.cells.view.currentIndex()
        start = (current.row(), current.column()) if current.isValid() else (0, FIRST_DATA - 1)
        for view_row, column, _row, text in self._cells(start, backwards):
            if pattern.search(text):
                index = self.cells.proxy.index(view_row, column)
                self.cells.view.setCurrentIndex(index)
                self.cells.view.scrollTo(index)
                return True
        return False

    def replaced(self, text: str) -> str | None:
        """`text` with the search replaced, or None when it does not match."""
        pattern = self._pattern()
        if not pattern.search(text):
            return None
        if self.whole_cell:
            return self.replacement
        return pattern.sub(lambda _m: self.replacement, text)

    def replace_current(self) -> list:
        """The edit replacing in the current cell (none when it does not match)."""
        current: QModelIndex = self.cells.view.currentIndex()
        if not current.isValid() or current.column() < FIRST_DATA or not self.text:
            return []
        row, column = self.cells.schedule_row(current.row()), current.column() - FIRST_DATA
        new = self.replaced(display_text(self.cells.model.schedule.rows[row].values[column]))
        return [] if new is None else [(row, column, new)]

    def replace_all(self) -> list:
        """Edits replacing in every matching cell (of the selection, or of the column, when searching within it)."""
        if not self.text:
            return []
        edits = []
        for _view_row, column, row, text in self._cells((0, FIRST_DATA - 1), False):
            new = self.replaced(text)
            if new is not None and new != text:
                edits.append((row, column - FIRST_DATA, new))
        return edits


class FindDialog(QDialog):
    """Excel's Find and Replace box, not modal: Enter finds the next cell, Escape closes."""

    def __init__(self, finder: Finder, apply: Apply, status: Status, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_dialog")
        self.finder, self.apply, self.status = finder, apply, status
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("find_text")
        self.replace_edit = QLineEdit()
        self.replace_edit.setObjectName("replace_text")
        self.replace_label = QLabel(tr("find_dialog", "Replace &with:"))
        self.replace_label.setBuddy(self.replace_edit)
        self.match_case = QCheckBox(tr("find_dialog", "Match &case"))
        self.whole_cell = QCheckBox(tr("find_dialog", "Match &entire cell contents"))
        self.within = QCheckBox(tr("find_dialog", "Only in the &selected cells"))
        self.in_column = QCheckBox()                   # "Only in the column “Location”": the current cell's column
        self.in_column.setObjectName("find_in_column")
        self._column: int | None = None
        self.message = QLabel()
        self.message.setObjectName("find_message")
        form = QFormLayout()
        find_label = QLabel(tr("find_dialog", "Fi&nd what:"))
        find_label.setBuddy(self.find_edit)
        form.addRow(find_label, self.find_edit)
        form.addRow(self.replace_label, self.replace_edit)
        buttons = QDialogButtonBox()
        self.find_button = QPushButton(tr("find_dialog", "&Find next"))
        self.replace_button = QPushButton(tr("find_dialog", "&Replace"))
        self.replace_all_button = QPushButton(tr("find_dialog", "Replace &all"))
        for button in (self.find_button, self.replace_button, self.replace_all_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        for button in buttons.buttons():
            button.setAutoDefault(False)
        self.find_button.setDefault(True)         # Enter finds the next cell (Escape closes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.match_case, self.whole_cell, self.within, self.in_column, self.message, buttons):
            layout.addWidget(widget)
        self.find_button.clicked.connect(self._on_find_button_clicked)
        self.replace_button.clicked.connect(self._on_replace_button_clicked)
        self.replace_all_button.clicked.connect(self._on_replace_all_button_clicked)
        self._selection: set[tuple[int, int]] = set()

    def open_for(self, replacing: bool, selected: list[QModelIndex]) -> None:
        """Show for finding or replacing; several selected cells offer searching only within them."""
        cells = self.finder.cells
        self._selection = {(cells.schedule_row(i.row()), i.column() - FIRST_DATA)
                           for i in selected if i.column() >= FIRST_DATA}
        self.within.setVisible(len(self._selection) > 1)
        self.within.setChecked(len(self._selection) > 1)
        current = cells.view.currentIndex()
        self._column = current.column() - FIRST_DATA if current.isValid() and current.column() >= FIRST_DATA else None
        if self._column is not None:
            name = cells.model.headerData(current.column(), Qt.Orientation.Horizontal)
            self.in_column.setText(self.tr("Only in the c&olumn “{name}”").format(name=name))
        self.in_column.setVisible(self._column is not None)
        self.in_column.setChecked(False)
        self.setWindowTitle(tr("find_dialog", "Replace") if replacing else tr("find_dialog", "Find"))
        for widget in (self.replace_label, self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(replacing)
        self.message.clear()
        self.show()
        self.raise_()
        self.activateWindow()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def _take(self) -> None:
        finder = self.finder
        finder.text, finder.replacement = self.find_edit.text(), self.replace_edit.text()
        finder.match_case, finder.whole_cell = self.match_case.isChecked(), self.whole_cell.isChecked()
        finder.within = self._selection if self.within.isVisible() and self.within.isChecked() else None
        finder.column = self._column if self.in_column.isVisible() and self.in_column.isChecked() else None

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.status(text)

    def _on_find_button_clicked(self) -> None:
        self._take()
        if not self.finder.text:
            return
        self._say("" if self.finder.find_next() else tr("find_dialog", "“{text}” was not found.",
                                                        text=self.finder.text))

    def _on_replace_button_clicked(self) -> None:
        self._take()
        edits = self.finder.replace_current()
        self.apply(edits, tr("find_dialog", "replace"))
        self._on_find_button_clicked()

    def _on_replace_all_button_clicked(self) -> None:
        self._take()
        edits = self.finder.replace_all()
        self.apply(edits, tr("find_dialog", "replace all"))
        self._say(trn("find_dialog", "Replaced {count} cell.", "Replaced {count} cells.", len(edits)) if edits
                  else tr("find_dialog", "“{text}” was not found.", text=self.finder.text))
