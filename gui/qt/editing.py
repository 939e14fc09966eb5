"""Editing the grid like a spreadsheet: undo/redo, cut/copy/paste, clear, fill down, insert and delete rows,
find and replace, and an editor fit for each field. The main window creates one EditingController; while the
busy state keeps the grid read-only (a send), every edit is refused with the reason."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from gui.core.i18n import tr, trn
from gui.core.schedule import Row
from gui.qt.busy import Busy
from gui.qt.clipboard import CellOps
from gui.qt.delegates import FieldDelegate
from gui.qt.find_dialog import FindDialog, Finder
from gui.qt.grid import ScheduleView
from gui.qt.schedule_model import FIRST_DATA, ScheduleModel
from gui.qt.undo import CellsCommand, InsertRowsCommand, RemoveRowsCommand, describe, make_stack

GRID_ONLY = ("cut", "copy", "paste", "clear_cells", "fill_down", "insert_row", "delete_rows")


class EditingController(QObject):
    """Owns the undo stack; every user change of cells arrives through model.cells_edited as one step."""

    message = Signal(str, int)             # for the status bar: text, milliseconds

    def __init__(self, busy: Busy, model: ScheduleModel, view: ScheduleView, parent: QWidget) -> None:
        super().__init__(parent)
        self.busy, self.model, self.view, self.parent_widget = busy, model, view, parent
        self.cells = CellOps(self.view, self.model)
        self.stack = make_stack(self)
        self.delegate = FieldDelegate(self.model, self.view)
        self.view.setItemDelegate(self.delegate)
        self.finder = Finder(self.cells)
        self.find_dialog: FindDialog | None = None
        self._step_name = ""
        actions = busy.actions
        for name in GRID_ONLY:              # these act on the grid's cells: only while the grid has the focus
            action = getattr(actions, name)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        actions.undo.triggered.connect(self.stack.undo)
        actions.redo.triggered.connect(self.stack.redo)
        actions.cut.triggered.connect(self._on_cut_triggered)
        actions.copy.triggered.connect(self._on_copy_triggered)
        actions.paste.triggered.connect(self._on_paste_triggered)
        actions.clear_cells.triggered.connect(self._on_clear_cells_triggered)
        actions.fill_down.triggered.connect(self._on_fill_down_triggered)
        actions.insert_row.triggered.connect(self._on_insert_row_triggered)
        actions.delete_rows.triggered.connect(self._on_delete_rows_triggered)
        actions.find.triggered.connect(self._on_find_triggered)
        actions.replace.triggered.connect(self._on_replace_triggered)
        actions.find_next.triggered.connect(self._on_find_next_triggered)
        self.stack.canUndoChanged.connect(self._on_stack_can_undo_changed)
        self.stack.canRedoChanged.connect(self._on_stack_can_redo_changed)
        self.stack.undoTextChanged.connect(self._on_stack_undo_text_changed)
        self.stack.redoTextChanged.connect(self._on_stack_redo_text_changed)
        self.model.cells_edited.connect(self._on_model_cells_edited)
        self.model.reset_done.connect(self._on_model_reset_done)
        self.view.edit_refused.connect(self._on_view_edit_refused)
        busy.allow(("undo", "redo"), False)

    def refused(self) -> bool:
        """True (and the status bar says why) when the grid takes no edits now."""
        if self.busy.read_only:
            self.status(self.busy.reason())
            return True
        return False

    # ---- steps ----------------------------------------------------------------------------------
    def apply(self, edits: list, name: str) -> None:
        """Apply edits as one undo step called `name` (nothing when there is nothing to change, or while the
        grid is read-only)."""
        if not edits or self.model.review is None or self.refused():
            return
        self._step_name = name
        try:
            self.model.set_cells(edits)
        finally:
            self._step_name = ""

    def _on_model_cells_edited(self, changes: list) -> None:
        self.stack.push(CellsCommand(self.model, changes, describe(changes, self._step_name),
                                     self.cells.select_cells))

    def _on_model_reset_done(self) -> None:
        self.stack.clear()                  # another schedule (or mapping): the old steps no longer apply

    def focus_grid(self) -> None:
        """A schedule just opened: the keyboard goes to the grid, on its first sheet cell, ready to type."""
        proxy = self.view.model()
        if proxy.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(proxy.index(0, FIRST_DATA))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_stack_can_undo_changed(self, on: bool) -> None:
        self.busy.allow("undo", on)

    def _on_stack_can_redo_changed(self, on: bool) -> None:
        self.busy.allow("redo", on)

    def _on_stack_undo_text_changed(self, text: str) -> None:
        self.busy.actions.undo.setText(tr("editing", "&Undo {step}", step=text) if text else tr("actions", "&Undo"))

    def _on_stack_redo_text_changed(self, text: str) -> None:
        self.busy.actions.redo.setText(tr("editing", "&Redo {step}", step=text) if text else tr("actions", "&Redo"))

    def _on_view_edit_refused(self) -> None:
        self.refused()

    def status(self, message: str) -> None:
        self.message.emit(message, 8000)

    # ---- clipboard, fill, clear -----------------------------------------------------------------
    def _on_copy_triggered(self) -> None:
        text = self.cells.copy_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            box = self.cells.box()
            count = (box[2] - box[0] + 1) * (box[3] - box[1] + 1) if box else 0
            self.status(trn("editing", "Copied {count} cell.", "Copied {count} cells.", count))

    def _on_cut_triggered(self) -> None:
        text = self.cells.copy_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.apply(self.cells.clear(), tr("editing", "cut"))

    def _on_paste_triggered(self) -> None:
        if self.model.review is None:
            return
        pasted = self.cells.paste(QGuiApplication.clipboard().text())
        self.apply(pasted.edits, tr("editing", "paste"))
        if pasted.box is not None:
            self.cells.select_box(pasted.box)
        if pasted.note:
            self.status(pasted.note)
        elif pasted.edits:
            self.status(trn("editing", "Pasted {count} cell.", "Pasted {count} cells.", len(pasted.edits)))

    def _on_clear_cells_triggered(self) -> None:
        self.apply(self.cells.clear(), tr("editing", "clear"))

    def _on_fill_down_triggered(self) -> None:
        self.apply(self.cells.fill_down(), tr("editing", "fill down"))

    # ---- rows -----------------------------------------------------------------------------------
    def _on_insert_row_triggered(self) -> None:
        """Blank rows below the current row (as many as the selection spans), numbered after the last row."""
        schedule = self.model.schedule
        if schedule is None or self.refused():
            return
        box = self.cells.box()
        count = box[2] - box[0] + 1 if box else 1
        view_row = box[2] if box else self.view.model().rowCount() - 1
        if view_row >= 0:
            model_row = self.model.model_row(self.cells.schedule_row(view_row)) + 1
            at = self.cells.schedule_row(view_row) + 1
        else:
            model_row = at = 0
        numbers = schedule.next_numbers(count)
        placed = [(at + n, Row(number, [None] * len(schedule.headers), added=True, quiet=True))
                  for n, number in enumerate(numbers)]
        self.stack.push(InsertRowsCommand(self.model, model_row, placed, self._select_new_rows))
        self.status(tr("editing", "Added row {row}.", row=numbers[0]) if count == 1 else
                    tr("editing", "Added rows {first}–{last}.", first=numbers[0], last=numbers[-1]))

    def _select_new_rows(self, cells: list[tuple[int, int]]) -> None:
        column = max(self.view.currentIndex().column(), FIRST_DATA) - FIRST_DATA
        self.cells.select_cells([(row, column) for row, _ in cells])

    def _on_delete_rows_triggered(self) -> None:
        if self.model.schedule is None or self.refused():
            return
        rows = sorted({self.cells.schedule_row(i.row()) for i in self.cells.selected()})
        if not rows:
            return
        self.stack.push(RemoveRowsCommand(self.model, rows, self._select_new_rows))
        self.status(trn("editing", "Deleted {count} row (Ctrl+Z brings it back).",
                        "Deleted {count} rows (Ctrl+Z brings them back).", len(rows)))

    # ---- find and replace -----------------------------------------------------------------------
    def _dialog(self, replacing: bool) -> FindDialog:
        if self.find_dialog is None:
            self.find_dialog = FindDialog(self.finder, self.apply, self.status, self.parent_widget)
        self.find_dialog.open_for(replacing, self.cells.selected())
        return self.find_dialog

    def _on_find_triggered(self) -> None:
        if self.model.review is not None:
            self._dialog(False)

    def _on_replace_triggered(self) -> None:
        if self.model.review is not None:
            self._dialog(True)

    def _on_find_next_triggered(self) -> None:
        if self.model.review is None:
            return
        if not self.finder.text:
            self._dialog(False)
            return
        if not self.finder.find_next():
            self.status(tr("find_dialog", "“{text}” was not found.", text=self.finder.text))
