"""The grid's selected cells as schedule cells, and the edits copy, paste, fill down and clear make of them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QTableView

from gui.core import tsv
from gui.core.i18n import tr, trn
from gui.qt.schedule_model import FIRST_DATA, ScheduleModel, display_text

Box = tuple[int, int, int, int]          # (top, left, bottom, right) in view rows and columns, inclusive
Edit = tuple[int, int, object]           # (schedule row, sheet column, value)


@dataclass(slots=True)
class Pasted:
    """What a paste does: the edits, the view box it wrote, and a note for the status bar ('' if none)."""

    edits: list[Edit]
    box: Box | None
    note: str = ""


class CellOps:
    """Works in what the user sees (view rows and columns, sorted and filtered); edits speak schedule rows."""

    def __init__(self, view: QTableView, model: ScheduleModel) -> None:
        self.view, self.model = view, model

    @property
    def proxy(self):
        return self.view.model()

    # ---- where things are -----------------------------------------------------------------------
    def schedule_row(self, view_row: int) -> int:
        return self.model.schedule_index(self.proxy.mapToSource(self.proxy.index(view_row, 0)).row())

    def view_row(self, schedule_row: int) -> int:
        """The view row showing a schedule row (-1 when filtered out)."""
        source = self.model.index(self.model.model_row(schedule_row), 0)
        return self.proxy.mapFromSource(source).row()

    def selected(self) -> list[QModelIndex]:
        """The selected cells, or the current cell when nothing is selected."""
        indexes = self.view.selectionModel().selectedIndexes()
        current = self.view.currentIndex()
        return indexes or ([current] if current.isValid() else [])

    def box(self) -> Box | None:
        """The bounding box of the selected cells."""
        indexes = self.selected()
        if not indexes:
            return None
        rows, columns = [i.row() for i in indexes], [i.column() for i in indexes]
        return min(rows), min(columns), max(rows), max(columns)

    def select_box(self, box: Box, current: tuple[int, int] | None = None) -> None:
        top, left, bottom, right = box
        proxy = self.proxy
        selection = QItemSelection(proxy.index(top, left), proxy.index(bottom, right))
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().setCurrentIndex(proxy.index(*(current or (top, left))), flags.NoUpdate)
        self.view.selectionModel().select(selection, flags.ClearAndSelect)

    def select_cells(self, cells: list[tuple[int, int]]) -> None:
        """Select schedule cells (schedule row, sheet column) that are shown; the first becomes current."""
        proxy, shown = self.proxy, {}
        for row, column in cells:
            view_row = self.view_row(row)
            if view_row >= 0:
                shown.setdefault(column + FIRST_DATA, set()).add(view_row)
        if not shown:
            return
        selection = QItemSelection()
        for column, rows in shown.items():
            ordered = sorted(rows)
            start = previous = ordered[0]
            for row in ordered[1:] + [None]:
                if row is not None and row == previous + 1:
                    previous = row
                    continue
                selection.select(proxy.index(start, column), proxy.index(previous, column))
                if row is not None:
                    start = previous = row
        first = min((min(rows), column) for column, rows in shown.items())
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().setCurrentIndex(proxy.index(*first), flags.NoUpdate)
        self.view.selectionModel().select(selection, flags.ClearAndSelect)
        self.view.scrollTo(proxy.index(*first))

    # ---- copy ---------------------------------------------------------------------------------------
    def copy_text(self) -> str:
        """The selected box as Excel's clipboard text (cells outside the selection come out empty)."""
        box = self.box()
        if box is None:
            return ""
        top, left, bottom, right = box
        chosen = {(i.row(), i.column()) for i in self.selected()}
        values = self.model.schedule.rows
        lines = []
        for view_row in range(top, bottom + 1):
            row = self.schedule_row(view_row)
            cells = []
            for column in range(left, right + 1):
                if (view_row, column) not in chosen:
                    cells.append("")
                elif column >= FIRST_DATA:
                    cells.append(display_text(values[row].values[column - FIRST_DATA]))
                else:
                    cells.append(str(self.proxy.index(view_row, column).data() or ""))
            lines.append(cells)
        return tsv.format_rows(lines)

    # ---- paste --------------------------------------------------------------------------------------
    def paste(self, text: str) -> Pasted:
        """Clipboard text into the grid from the top-left selected cell. One copied cell fills every
        selected cell; a block that fits a whole number of times into the selected box is repeated;
        otherwise the block is pasted at its own size. What falls off the last row or column is left out."""
        block = tsv.parse(text)
        box = self.box()
        if not block or box is None:
            return Pasted([], None)
        top, left, bottom, right = box
        left = max(left, FIRST_DATA)
        right = max(right, left)
        height, width = len(block), max(len(r) for r in block)
        if height == 1 and width == 1:
            targets = [(i.row(), i.column()) for i in self.selected() if i.column() >= FIRST_DATA] or [(top, left)]
            return Pasted(self._edits((r, c, block[0][0]) for r, c in targets), box)
        box_height, box_width = bottom - top + 1, right - left + 1
        if box_height % height == 0 and box_width % width == 0 and (box_height > height or box_width > width):
            rows, columns = box_height, box_width
        else:
            rows, columns = height, width
        last_row, last_column = self.proxy.rowCount() - 1, self.proxy.columnCount() - 1
        notes = []
        if top + rows - 1 > last_row:
            notes.append(trn("clipboard", "{count} copied row did not fit below the last row (add rows with Rows ▸ "
                             "Insert row first)", "{count} copied rows did not fit below the last row (add rows with "
                             "Rows ▸ Insert row first)", top + rows - 1 - last_row))
            rows = last_row - top + 1
        if left + columns - 1 > last_column:
            notes.append(trn("clipboard", "{count} copied column did not fit right of the last column",
                             "{count} copied columns did not fit right of the last column",
                             left + columns - 1 - last_column))
            columns = last_column - left + 1
        cells = []
        for dr in range(rows):
            line = block[dr % height]
            for dc in range(columns):
                if dc % width < len(line):
                    cells.append((top + dr, left + dc, line[dc % width]))
        return Pasted(self._edits(cells), (top, left, top + rows - 1, left + columns - 1),
                      tr("clipboard", "Pasted only part: {notes}.", notes="; ".join(notes)) if notes else "")

    def _edits(self, cells) -> list[Edit]:
        """(view row, view column, text) to schedule edits, leaving out cells whose text is already shown."""
        values, rows, edits = self.model.schedule.rows, {}, []
        for view_row, column, text in cells:
            row = rows.get(view_row)
            if row is None:
                row = rows[view_row] = self.schedule_row(view_row)
            current = values[row].values[column - FIRST_DATA]
            if text != display_text(current):
                edits.append((row, column - FIRST_DATA, text))
        return edits

    # ---- fill down and clear ------------------------------------------------------------------------
    def fill_down(self) -> list[Edit]:
        """Each selected data column: its top selected cell's value into the selected cells below it
        (with one row selected: the cell above into it, as Excel does)."""
        by_column: dict[int, list[int]] = {}
        for index in self.selected():
            if index.column() >= FIRST_DATA:
                by_column.setdefault(index.column(), []).append(index.row())
        values, edits = self.model.schedule.rows, []
        for column, view_rows in by_column.items():
            view_rows.sort()
            if len(view_rows) == 1:
                if view_rows[0] == 0:
                    continue
                view_rows.insert(0, view_rows[0] - 1)
            source = values[self.schedule_row(view_rows[0])].values[column - FIRST_DATA]
            for view_row in view_rows[1:]:
                row = self.schedule_row(view_row)
                if values[row].values[column - FIRST_DATA] != source:
                    edits.append((row, column - FIRST_DATA, source))
        return edits

    def clear(self) -> list[Edit]:
        """Empty every selected data cell (Delete)."""
        values, edits = self.model.schedule.rows, []
        for index in self.selected():
            if index.column() >= FIRST_DATA:
                row = self.schedule_row(index.row())
                if values[row].values[index.column() - FIRST_DATA] is not None:
                    edits.append((row, index.column() - FIRST_DATA, None))
        return edits
