"""Never lose work: every change is saved to the workbook's session file within a second (written on a
worker), offered back after a crash, and nothing is dropped on close, reload or open without asking."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal

from gui.core.schedule import Row
from gui.core.table import WorkbookError
from gui.qt import dialogs
from gui.qt.loader import Document
from gui.qt.tasks import run_task
from gui.sheets.edited import save_edited
from gui.sheets.session import Session, session_path, stamp

DELAY_MS = 700                 # a change reaches the session file at most this long after it is made


def snapshot(schedule) -> SimpleNamespace:
    """The rows as they are now, copied on the GUI thread for a worker to write (`invalid`: the first error
    of each row that has errors, by row index)."""
    rows = [Row(r.number, list(r.values), r.built, r.outcome, r.known, r.added) for r in schedule.rows]
    invalid: dict[int, str] = {}
    for index in range(len(rows)):
        first = next((p.message for p in schedule.problems(index) if p.is_error), None)
        if first is not None:
            invalid[index] = first
    return SimpleNamespace(rows=rows, headers=list(schedule.headers), letters=list(schedule.letters),
                           names=list(schedule.names), invalid=invalid)


class SessionKeeper(QObject):
    """Records the open document's changes in a Session and keeps the window's modified marker (*)."""

    written = Signal(str)                  # the session file was saved (its path)
    workbook_saved = Signal(str)           # the rows were saved as a workbook (its path)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window, self.model = window, window.model
        self.session: Session | None = None
        self._document: Document | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._writing = self._again = False
        self._lock = threading.Lock()          # a discarded session is never written again by a late worker
        self._generation = 0                   # bumped when the session file is removed
        self._sending_hooked = False
        model = self.model
        model.cells_edited.connect(self._on_model_cells_changed)
        model.cells_written.connect(self._on_model_cells_changed)
        model.rows_changed.connect(self._on_model_rows_changed)
        model.rowsInserted.connect(self._on_model_rows_inserted)
        model.rows_restructured.connect(self._on_model_rows_restructured)
        model.columnsInserted.connect(self._on_model_columns_inserted)
        window.loader.loaded.connect(self._on_loader_loaded)
        window.actions.save_workbook.triggered.connect(self._on_save_workbook_triggered)

    @property
    def modified(self) -> bool:
        return self.session is not None and self.session.modified

    # ---- following the document -----------------------------------------------------------------
    def _on_loader_loaded(self, document: Document) -> None:
        self._hook_sending()
        previous, self._document = self._document, document
        if previous is not None and previous.loaded.table is document.loaded.table and self.session is not None:
            self.session.follow_columns(document.schedule)        # the columns were remapped: same edits
            return
        saved = Session.load(document.path)
        if saved is not None and saved.modified and saved.sheet == document.schedule.sheet:
            if dialogs.ask_restore_session(self.window, document.path.name, saved.summary(),
                                           saved.updated, saved.changed_on_disk()):
                self._restore(saved, document)
                return
            saved.remove()
        self.session = Session.start(document.path, document.schedule)
        self._show_modified()

    def _restore(self, saved: Session, document: Document) -> None:
        """Put a crashed session's edits back (not undoable: they are the starting point)."""
        plan = saved.plan(document.schedule)
        self.session = None                                   # the replay below is not recorded twice
        model = self.model
        for name in plan.add_columns:
            model.ensure_column(name)
        if plan.remove:
            model.remove_rows(plan.remove)
        run: list[tuple[int, Row]] = []
        for index, row in plan.insert + [(-2, None)]:
            if run and index != run[-1][0] + 1:
                model.insert_rows(run[0][0], run)             # fresh grid: model rows are schedule rows
                run = []
            run.append((index, row))
        if plan.cells:
            model.set_cells(plan.cells, undoable=False)
        for index, outcome in plan.outcomes.items():
            document.schedule.rows[index].outcome = outcome
        if plan.outcomes:
            model.refresh_rows(plan.outcomes)
        saved.size, saved.mtime = stamp(document.path)       # this workbook is the new starting point
        saved.follow_columns(document.schedule)
        saved.modified = True
        self.session = saved
        self._show_modified()
        self._write_soon()
        lost = f" ({plan.lost} could not be placed: their row or column is gone)" if plan.lost else ""
        self.window.statusBar().showMessage(f"Restored your edits: {saved.summary()}{lost}.", 15000)

    def _hook_sending(self) -> None:
        sending = getattr(self.window, "sending", None)
        if sending is not None and not self._sending_hooked and hasattr(sending, "saved"):
            sending.saved.connect(self._on_sending_saved)
            self._sending_hooked = True

    # ---- recording ------------------------------------------------------------------------------
    def _on_model_cells_changed(self, changes: list) -> None:
        if self.session is None:
            return
        rows = self.model.schedule.rows
        for row, column, _old, new in changes:
            self.session.record_cell(rows[row].number, column, new)
        self._changed()

    def _on_model_rows_changed(self, indices: list) -> None:
        if self.session is None:
            return
        rows, outcomes, fresh = self.model.schedule.rows, self.session.outcomes, False
        for index in indices:
            outcome = rows[index].outcome
            if outcome is not None and outcomes.get(rows[index].number) != outcome:
                self.session.record_outcome(rows[index].number, outcome)
                fresh = True
        if fresh:
            self._changed()

    def _on_model_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self.session is None:
            return
        rows = self.model.schedule.rows
        for model_row in range(first, last + 1):
            row = rows[self.model.schedule_index(model_row)]
            if row.added:
                self.session.record_added(row.number, row.values)

    def _on_model_rows_restructured(self) -> None:
        if self.session is not None:
            self.session.record_order([row.number for row in self.model.schedule.rows])
            self._changed()

    def _on_model_columns_inserted(self, *_args) -> None:
        if self.session is not None and self.model.schedule is not None:
            self.session.follow_columns(self.model.schedule)

    def _changed(self) -> None:
        self._show_modified()
        self._write_soon()

    def _show_modified(self) -> None:
        self.window.setWindowModified(self.modified)

    # ---- writing the session file ---------------------------------------------------------------
    def _write_soon(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.write_now()

    def write_now(self) -> None:
        """Save the session file (on a worker); one write at a time, the latest state last."""
        if self.session is None:
            return
        if self._writing:
            self._again = True
            return
        self._writing, session, data, generation = True, self.session, self.session.to_json(), self._generation
        run_task(lambda: self._write(session, data, generation), self._on_write_done, self._on_write_failed)

    def _write(self, session: Session, data: dict, generation: int) -> Path | None:
        """On a worker: write unless the session file was removed meanwhile."""
        with self._lock:
            return session.write(data=data) if generation == self._generation else None

    def _on_write_done(self, path: Path | None) -> None:
        self._writing = False
        if path is not None:
            self.written.emit(str(path))
        if self._again:
            self._again = False
            self.write_now()

    def _on_write_failed(self, exc: BaseException) -> None:
        self._writing = False
        self.window.statusBar().showMessage(f"Could not save your edits for safe keeping: {exc}", 15000)

    # ---- saving as a workbook, and leaving --------------------------------------------------------
    def _on_save_workbook_triggered(self) -> None:
        self.save_workbook(wait=False)

    def save_workbook(self, wait: bool) -> bool:
        """Ask where, then write the rows as edited; `wait`: on this thread (closing), else on a worker."""
        document = self._document
        if document is None or self.model.schedule is None:
            return False
        suggested = document.path.with_name(f"{document.path.stem}-edited.xlsx")
        path = dialogs.ask_save_workbook(self.window, str(suggested))
        if not path:
            return False
        rows, table = snapshot(self.model.schedule), document.loaded.table
        if not wait:
            run_task(lambda: save_edited(path, rows, table, rows.invalid), self._on_saved, self._on_save_failed)
            return True
        try:
            self._on_saved(save_edited(path, rows, table, rows.invalid))
        except (WorkbookError, OSError) as exc:
            self._on_save_failed(exc)
            return False
        return True

    def _on_saved(self, path: Path) -> None:
        if self.session is not None:
            self.session.saved(str(path))
            self._show_modified()
            self.write_now()
        self.window.statusBar().showMessage(f"Saved the rows to {Path(path).name}.", 15000)
        self.workbook_saved.emit(str(path))

    def _on_save_failed(self, exc: BaseException) -> None:
        dialogs.show_error(self.window, "Save as workbook", str(exc))

    def _on_sending_saved(self, path: str) -> None:
        """A results workbook holds every row as it is now (added rows in, deleted rows out)."""
        if self.session is not None:
            self._on_saved(Path(path))

    def may_leave(self, doing: str) -> bool:
        """Before closing, reloading or opening another file: False when the user cancels. Leaving with
        nothing unsaved (or discarding) removes the session file; the grid's state becomes the baseline
        (recording goes on should the document stay, e.g. when the other file cannot be opened)."""
        if self.session is None:
            return True
        if self.session.modified:
            answer = dialogs.ask_unsaved_changes(self.window, Path(self.session.workbook).name, doing)
            if answer == "cancel" or (answer == "save" and not self.save_workbook(wait=True)):
                return False
        self._timer.stop()
        with self._lock:
            self._generation += 1
            self.session.remove()
        self.session.modified = False
        self._show_modified()
        return True

    def session_file(self) -> str | None:
        """The open document's session file path (tests, diagnostics)."""
        return str(session_path(self.session.workbook)) if self.session else None
