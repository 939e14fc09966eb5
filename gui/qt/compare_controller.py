"""Compare with Apptoto in the window: runs the compare on a worker, keeps each row's result, colours the grid."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor

from gui.apptoto.client import ApptotoClient
from gui.apptoto.credentials import cli_credentials
from gui.apptoto.diff import (
    RowDiff,
    apply_known,
    change_lines,
    compare_rows,
    counts,
    field_columns,
    snapshot,
)
from gui.apptoto.errors import ApptotoError, AuthError
from gui.apptoto.ratelimit import RateLimiter
from gui.core.vocab import CANCEL, CONFLICT, NEW, UNCHANGED, UNKNOWN, UPDATE
from gui.qt import dialogs, settings
from gui.qt.tasks import run_task

KIND_BRUSH = {NEW: QColor("#d8f0dc"), UPDATE: QColor("#d7e6fb"), UNCHANGED: QColor("#e8e8e8"),
              CONFLICT: QColor("#ecd5f5"), CANCEL: QColor("#f6dcc8")}
KIND_TEXT = {NEW: "New", UPDATE: "Will change", CANCEL: "Will be cancelled", UNCHANGED: "Unchanged",
             CONFLICT: "Conflict", UNKNOWN: "Not compared"}
KIND_HELP = {
    NEW: "Apptoto does not have this appointment: sending creates it.",
    UPDATE: "Sending changes this appointment in Apptoto:",
    CANCEL: "Sending deletes this appointment in Apptoto (it is cancelled):",
    UNCHANGED: "Apptoto already has this appointment exactly so: sending would change nothing.",
    CONFLICT: "Sending would not do what the sheet says:",
    UNKNOWN: "Apptoto could not be asked about this row:",
}
ClientFactory = Callable[[], ApptotoClient]


def explain(diff: RowDiff) -> str:
    """The tooltip for a compared row: what sending it would do, old → new."""
    return "\n".join([KIND_HELP[diff.kind], *diff.reasons, *change_lines(diff.changes)])


class CompareController(QObject):
    """Owns the per-row results ({schedule row index: RowDiff}); the table model reads them through `data`."""

    started = Signal()
    progress = Signal(int, int)          # rows answered, rows asked about (emitted from the worker)
    finished = Signal(object)            # {row index: RowDiff} of the run that just ended
    failed = Signal(str)

    def __init__(self, window: Any, connect: ClientFactory | None = None) -> None:
        super().__init__(window)
        self.window, self.model = window, window.model
        self.connect = connect or self._default_client
        self.limiter: Callable[[], RateLimiter] = lambda: RateLimiter(settings.get(settings.RATE_LIMIT))
        self.results: dict[int, RowDiff] = {}
        self.listing = None                  # the last compare's listing: a send soon after reuses it (gui/apptoto/send)
        self.running = False
        self._cancel = threading.Event()
        self._generation = 0
        self._schedule = None
        self.model.compare_source = self.data
        self.model.cells_edited.connect(self._on_model_cells_edited)
        self.model.reset_done.connect(self._on_model_reset_done)
        self.model.rows_restructured.connect(self._on_model_reset_done)     # row indices moved: compare again
        self.progress.connect(self._on_self_progress)
        self.started.connect(self._on_self_started)
        self.finished.connect(self._on_self_finished)
        self.failed.connect(self._on_self_failed)
        actions = window.actions
        actions.compare.triggered.connect(self._on_compare_triggered)
        actions.select_changing.triggered.connect(self._on_select_changing_triggered)
        actions.history.triggered.connect(self._on_history_triggered)
        window.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)

    # ---- running --------------------------------------------------------------------------------
    def start(self, rows: Iterable[int] | None = None) -> bool:
        """Compare `rows` (default: the ticked rows, or every row when none is ticked) off the GUI thread."""
        schedule = self.model.schedule
        if schedule is None or self.running:
            return False
        rows = list(rows) if rows is not None else (self.model.checked_rows() or range(len(schedule.rows)))
        try:
            client = self.connect()
        except (ApptotoError, ValueError) as exc:
            dialogs.show_error(self.window, "Cannot compare with Apptoto", str(exc))
            return False
        self._generation += 1
        self._cancel = threading.Event()
        self._schedule, generation, cancel = schedule, self._generation, self._cancel
        todo, limiter = snapshot(schedule, rows), self.limiter()

        def work() -> list[RowDiff]:
            with client:
                return compare_rows(todo, client, limiter, cancel.is_set,
                                    progress=lambda status: self.progress.emit(status.rows_done, status.rows_total))

        self.running = True
        self.started.emit()
        run_task(work, lambda diffs: self._on_task_done(generation, diffs),
                 lambda exc: self._on_task_failed(generation, exc), owner=self)
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def _on_task_done(self, generation: int, diffs: list[RowDiff]) -> None:
        if generation != self._generation or self._schedule is not self.model.schedule:
            return                                   # a stale run: another schedule is shown now
        self.running = False
        self.listing = getattr(diffs, "listing", None)
        rebuilt = apply_known(self._schedule, diffs)  # unknown external_ids: the row is new, errors show
        self.results.update({d.index: d for d in diffs})
        self.model.refresh_rows({*rebuilt, *(d.index for d in diffs)})
        self.finished.emit({d.index: d for d in diffs})

    def _on_task_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.running = False
        text = str(exc) if isinstance(exc, AuthError) else f"Apptoto could not be asked: {exc}"
        self.failed.emit(text)

    # ---- the window ---------------------------------------------------------------------------------
    def _on_compare_triggered(self) -> None:
        self.start()

    def _on_self_started(self) -> None:
        self.window.actions.compare.setEnabled(False)
        self.window.progress.show()
        self.window.statusBar().showMessage("Asking Apptoto…")

    def _on_self_finished(self, results: dict) -> None:
        self._done()
        tally = counts(results.values())
        self.window.statusBar().showMessage(
            "Compared with Apptoto: " + ", ".join(f"{n} {KIND_TEXT[k].lower()}" for k, n in tally.items() if n)
            + ". Nothing was sent.", 15000)
        self.show_current()

    def _on_self_failed(self, message: str) -> None:
        self._done()
        self.window.statusBar().clearMessage()
        dialogs.show_error(self.window, "Cannot compare with Apptoto", message)

    def _done(self) -> None:
        self.window.actions.compare.setEnabled(self.model.schedule is not None)
        self.window.progress.hide()

    def _on_select_changing_triggered(self) -> None:
        keep, tally = self.changing_rows()
        self.model.check_only(keep)
        left = [f"{tally[k]} {KIND_TEXT[k].lower()}" for k in (UNCHANGED, CONFLICT, UNKNOWN) if tally[k]]
        self.window.statusBar().showMessage(
            f"{len(keep)} rows selected" + (f"; left out: {', '.join(left)}." if left else "."), 15000)

    def _on_history_triggered(self) -> None:
        from gui.qt.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_view_current_row_changed(self, *_args) -> None:
        self.show_current()

    def show_current(self) -> None:
        """Show the current row's result in the compare panel."""
        dock = getattr(self.window, "compare_dock", None)
        current = self.window.current_source_index()
        if dock is None:
            return
        if not current.isValid() or self.model.schedule is None:
            dock.show_row(None, None)
            return
        row = self.model.schedule_index(current.row())
        dock.show_row(self.model.schedule.rows[row].number, self.results.get(row))

    @Slot(int, int)
    def _on_self_progress(self, done: int, total: int) -> None:
        self.window.statusBar().showMessage(f"Asking Apptoto… {done} of {total} rows answered")

    def _default_client(self) -> ApptotoClient:
        """The window's account (the send settings) when it has one; else the sandbox in sandbox mode, or the
        e-mail and key from the environment or the keyring. ValueError in plain words when something is missing."""
        account = getattr(self.window, "account", None)
        if account is not None:
            return account.client()
        sandbox = getattr(self.window, "sandbox", None)
        if sandbox is not None:
            (user, key), = sandbox.users.items()
            return ApptotoClient(sandbox.url, user, key)
        creds = cli_credentials()
        if not creds.user or not creds.api_key:
            raise ValueError("No Apptoto e-mail and API key are set up yet.")
        return ApptotoClient(user=creds.user, api_key=creds.api_key)

    # ---- the results ----------------------------------------------------------------------------
    def result(self, row: int) -> RowDiff | None:
        return self.results.get(row)

    def data(self, row: int, column: int | None, role: int) -> Any:
        """For the model: a row's (column None) or a sheet column's colour, tooltip or status text."""
        diff = self.results.get(row)
        if diff is None:
            return None
        if column is None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return KIND_BRUSH.get(diff.kind)
            if role == Qt.ItemDataRole.ToolTipRole:
                return explain(diff)
            if role == Qt.ItemDataRole.DisplayRole:
                return KIND_TEXT[diff.kind]
            return None
        names = self.model.schedule.names
        changed = [key for key in diff.changes if column in field_columns(key, names)]
        if not changed:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return KIND_BRUSH[UPDATE]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(change_lines({k: diff.changes[k] for k in changed}))
        return None

    def changing_rows(self) -> tuple[list[int], dict[str, int]]:
        """The ticked rows to keep for sending: all but those compared as unchanged, in conflict or unknown."""
        keep = [r for r in self.model.checked_rows()
                if r not in self.results or self.results[r].kind in (NEW, UPDATE, CANCEL)]
        return keep, counts(d for r, d in self.results.items() if self.model.is_checked(r))

    def forget(self, rows: Iterable[int]) -> None:
        rows = [r for r in rows if r in self.results]
        for row in rows:
            del self.results[row]
        if rows:
            self.model.refresh_rows(rows)
            self.show_current()

    def _on_model_cells_edited(self, edits: list) -> None:
        self.forget({row for row, *_ in edits})      # an edited row must be compared again

    def _on_model_reset_done(self) -> None:
        self.cancel()
        self._generation += 1
        self.running = False
        self.results.clear()
        self.show_current()
