"""Never lose work: every change (cells, rows, send outcomes and the ids a send wrote) is saved to the workbook's
session file within a second (written on a worker), offered back after a crash, and nothing is dropped on close,
reload or open without asking. Save as workbook and Save results write a snapshot of the rows on a worker."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from gui.apptoto.document import Document
from gui.core.i18n import tr, trn
from gui.core.schedule import Row
from gui.core.table import WorkbookError
from gui.qt import dialogs
from gui.qt.schedule_model import ScheduleModel
from gui.qt.tasks import run_task
from gui.resources import resources_dir
from gui.sheets.edited import save_edited
from gui.sheets.session import Session, session_path, stamp

DELAY_MS = 700                 # a change reaches the session file this long after it is made (at most ...
PATIENCE = 4                   # ... or this many times as long as the last write took: a huge session (a
                               # 20,000-row send) is written less often, so that writing never takes the app over


class SessionKeeper(QObject):
    """Records the open document's changes in a Session and says whether anything is unsaved."""

    written = Signal(str)                  # the session file was saved (its path)
    workbook_saved = Signal(str)           # the rows were saved as a workbook (its path)
    modified_changed = Signal(bool)        # something is (not) saved in any workbook yet
    message = Signal(str, int)             # for the status bar: text, milliseconds

    def __init__(self, document: Document, model: ScheduleModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.document, self.model, self.parent_widget = document, model, parent
        self.session: Session | None = None
        self._table = None                     # the reader's table of the document followed (a remap keeps it)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._writing = self._again = False
        self._lock = threading.Lock()          # a discarded session is never written again by a late worker
        self._generation = 0                   # bumped when the session file is removed
        model.cells_edited.connect(self._on_model_cells_changed)
        model.cells_written.connect(self._on_model_cells_changed)
        model.rows_changed.connect(self._on_model_rows_changed)
        model.rowsInserted.connect(self._on_model_rows_inserted)
        model.rows_restructured.connect(self._on_model_rows_restructured)
        model.columnsInserted.connect(self._on_model_columns_inserted)

    @property
    def modified(self) -> bool:
        return self.session is not None and self.session.modified

    # ---- following the document -----------------------------------------------------------------
    def follow(self) -> None:
        """The window shows the document afresh: another file (offer its crashed session back), or the same
        rows remapped (the same edits go on)."""
        document = self.document
        previous, self._table = self._table, document.loaded.table
        if previous is document.loaded.table and self.session is not None:
            self.session.follow_columns(document.schedule)        # the columns were remapped: same edits
            return
        saved = Session.load(document.path)
        if saved is not None and saved.modified and saved.sheet == document.schedule.sheet:
            if dialogs.ask_restore_session(self.parent_widget, document.path.name, saved.summary(),
                                           saved.updated, saved.changed_on_disk()):
                self._restore(saved)
                return
            saved.remove()
        self.session = Session.start(document.path, document.schedule)
        self._show_modified()

    def _restore(self, saved: Session) -> None:
        """Put a crashed session's edits, outcomes and ids back (not undoable: they are the starting point)."""
        document = self.document
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
        if plan.outcomes:
            model.refresh_rows(document.restore_outcomes(plan.outcomes))
        saved.size, saved.mtime = stamp(document.path)       # this workbook is the new starting point
        saved.follow_columns(document.schedule)
        saved.modified = True
        self.session = saved
        self._show_modified()
        self._write_soon()
        self.message.emit(trn("autosave", "Restored your edits: {summary} ({count} could not be placed: its row or "
                              "column is gone).", "Restored your edits: {summary} ({count} could not be placed: their "
                              "row or column is gone).", plan.lost, summary=saved.summary()) if plan.lost else
                          tr("autosave", "Restored your edits: {summary}.", summary=saved.summary()), 15000)

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
            if outcomes.get(rows[index].number) != outcome:        # None: cleared (another server)
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
        self.modified_changed.emit(self.modified)

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
        started = time.monotonic()
        self._writing, session, data, generation = True, self.session, self.session.to_json(), self._generation

        def work() -> tuple[Path | None, float]:
            return self._write(session, data, generation), time.monotonic() - started

        run_task(work, self._on_write_done, self._on_write_failed)

    def save_now(self) -> None:
        """Write the session file at once, on this thread (after an unexpected error the work must be on disk)."""
        if self.session is None:
            return
        self._timer.stop()
        with self._lock:
            self.session.write(data=self.session.to_json())
        self.written.emit(str(session_path(self.session.workbook)))

    def _write(self, session: Session, data: dict, generation: int) -> Path | None:
        """On a worker: write unless the session file was removed meanwhile."""
        with self._lock:
            return session.write(data=data) if generation == self._generation else None

    def _on_write_done(self, done: tuple[Path | None, float]) -> None:
        path, took = done
        self._writing = False
        self._timer.setInterval(max(DELAY_MS, int(took * 1000 * PATIENCE)))
        if path is not None:
            self.written.emit(str(path))
        if self._again:
            self._again = False
            self._write_soon()

    def _on_write_failed(self, exc: BaseException) -> None:
        self._writing = False
        self.message.emit(tr("autosave", "Could not save your edits for safe keeping: {problem}", problem=exc), 15000)

    # ---- saving as a workbook, and leaving --------------------------------------------------------
    def save_workbook(self, wait: bool = False) -> bool:
        """Save as workbook: ask where, then write the rows as edited (with ids and statuses) to a new .xlsx;
        `wait`: on this thread (closing), else on a worker."""
        return self._save(dialogs.ask_save_workbook, "edited", wait)

    def save_results(self) -> bool:
        """Save results: the same workbook, offered as the results of sending (never over the input)."""
        return self._save(dialogs.ask_save_results, "results", False)

    def _save(self, ask, suffix: str, wait: bool) -> bool:
        document = self.document
        if not document.is_open:
            return False
        folder = document.path.parent
        if folder.resolve() == resources_dir().resolve():      # the bundled sample: not into the app's folder
            folder = Path.home()
        path = ask(self.parent_widget, str(folder / f"{document.path.stem}-{suffix}.xlsx"))
        if not path:
            return False
        snapshot, table = document.snapshot(cells=True), document.loaded.table    # written on a worker
        if not wait:
            run_task(lambda: save_edited(path, snapshot, table, snapshot.invalid), self._on_saved,
                     self._on_save_failed)
            return True
        try:
            self._on_saved(save_edited(path, snapshot, table, snapshot.invalid))
        except (WorkbookError, OSError) as exc:
            self._on_save_failed(exc)
            return False
        return True

    def _on_saved(self, path: Path) -> None:
        if self.session is not None:
            self.session.saved(str(path))
            self._show_modified()
            self.write_now()
        self.message.emit(tr("autosave", "Saved the rows to {file}.", file=Path(path).name), 15000)
        self.workbook_saved.emit(str(path))

    def _on_save_failed(self, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, WorkbookError | OSError) else repr(exc)
        dialogs.show_error(self.parent_widget, tr("autosave", "Save the rows"), message)

    def may_leave(self, doing: str) -> bool:
        """Before closing, reloading or opening another file: False when the user cancels. Leaving with
        nothing unsaved (or discarding) removes the session file; the grid's state becomes the baseline
        (recording goes on should the document stay, e.g. when the other file cannot be opened)."""
        if self.session is None:
            return True
        if self.session.modified:
            answer = dialogs.ask_unsaved_changes(self.parent_widget, Path(self.session.workbook).name, doing)
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
