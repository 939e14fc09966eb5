"""Compare with Apptoto in the window: asks Apptoto on a worker about a snapshot of the rows, as the busy state's
"comparing" job (Cancel and Esc stop it); the answers go to the Document, which drops rows edited meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTableView, QWidget

from gui.apptoto.accounts import AccountFiles
from gui.apptoto.client import ApptotoClient
from gui.apptoto.diff import RowDiff, compare_rows, counts, row_events
from gui.apptoto.document import Applied, Document, Server
from gui.apptoto.engine import has_key
from gui.apptoto.errors import ApptotoError, AuthError, failure_text
from gui.apptoto.ratelimit import RateLimiter
from gui.core import words
from gui.core.i18n import tr, trn
from gui.core.snapshot import Snapshot
from gui.core.vocab import CANCEL, CONFLICT, NEW, UNCHANGED, UNKNOWN, UPDATE, compare_tally
from gui.qt import dialogs, settings
from gui.qt.account import Account
from gui.qt.busy import COMPARING, Busy
from gui.qt.compare_dock import CompareDock
from gui.qt.job_panel import time_left
from gui.qt.schedule_model import ScheduleModel
from gui.qt.tasks import run_task

ClientFactory = Callable[[], ApptotoClient]


class CompareController(QObject):
    """Runs Compare; the results live in `document.compare` and the table model shows them."""

    finished = Signal(object)            # {row index: RowDiff} stored by the run that just ended
    failed = Signal(str)
    message = Signal(str, int)           # for the status bar: text, milliseconds

    def __init__(self, document: Document, busy: Busy, model: ScheduleModel, account: Account, view: QTableView,
                 dock: CompareDock, parent: QWidget) -> None:
        super().__init__(parent)
        self.document, self.busy, self.model, self.account = document, busy, model, account
        self.view, self.dock, self.parent_widget = view, dock, parent
        self.connect: ClientFactory = account.client
        self.limiter: Callable[[], RateLimiter] = lambda: RateLimiter(settings.get(settings.RATE_LIMIT))
        self._cancel = threading.Event()
        actions = busy.actions
        actions.compare.triggered.connect(self._on_compare_triggered)
        actions.select_changing.triggered.connect(self._on_select_changing_triggered)
        view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        model.rows_changed.connect(self._on_model_rows_changed)
        model.reset_done.connect(self._on_model_reset_done)

    @property
    def running(self) -> bool:
        return self.busy.job == COMPARING

    # ---- running --------------------------------------------------------------------------------
    def start(self, rows: Iterable[int] | None = None) -> bool:
        """Compare `rows` (default: the ticked rows, or every row when none is ticked) off the GUI thread.
        False when it cannot start (nothing open, another job runs)."""
        if not self.document.is_open or self.busy.job is not None:
            return False
        chosen = list(rows) if rows is not None else None
        return self.account.load_key(lambda: self._start(chosen), owner=self) is not False

    def _start(self, rows: list[int] | None) -> bool:
        if not self.document.is_open or self.busy.job is not None:
            return False
        try:
            client = self.connect()
        except (ApptotoError, ValueError) as exc:
            dialogs.show_error(self.parent_widget, tr("compare_controller", "Cannot compare with Apptoto"), str(exc))
            return False
        snapshot = self.document.snapshot()
        if rows is None:
            rows = self.model.checked_rows() or list(range(len(snapshot.numbers)))
        todo, limiter, rate = row_events(snapshot, rows), self.limiter(), settings.get(settings.RATE_LIMIT)
        asked = sum(1 for row in todo if has_key(row.event))
        self._cancel = cancel = threading.Event()
        server, progress = Server(client.base_url, client.user), self.busy.progress
        names = self.account.calendars(server)      # Apptoto may answer calendar ids only: a move is still told
        account = AccountFiles(client.base_url, client.user)

        def work() -> list[RowDiff]:
            with client:
                diffs = compare_rows(todo, client, limiter, cancel.is_set, names=names,
                                     progress=lambda status: progress.emit(status.rows_done, status.rows_total,
                                                                           status.text()))
            account.learn(diffs.calendars())        # the account's calendars, for the next confirmation
            return diffs

        self.busy.begin(COMPARING, tr("compare_controller", "Comparing with Apptoto"), total=asked,
                        note=tr("compare_controller", "up to {time}", time=time_left(asked * 60.0 / max(1, rate)))
                        if asked else "", cancel=cancel.set,
                        cancel_tip=tr("compare_controller",
                                      "Stop asking Apptoto (Esc); rows already answered keep their "
                                      "result"), stopping=tr("busy", "stopping"), esc=True)
        run_task(work, lambda diffs: self._on_task_done(snapshot, server, cancel, diffs),
                 lambda exc: self._on_task_failed(server, cancel, exc), owner=self)
        return True

    def cancel(self) -> None:
        """Stop asking Apptoto (the rows answered so far keep their result)."""
        if self.running:
            self.busy.cancel()

    def _on_task_done(self, snapshot: Snapshot, server: Server, cancel: threading.Event,
                      diffs: list[RowDiff]) -> None:
        self.busy.end(COMPARING)
        stopped = cancel.is_set()
        applied = self.document.apply_compare(snapshot, diffs, server, keep_unknown=not stopped)
        self.document.compare_listing = getattr(diffs, "listing", None)      # used by a send only while fresh
        self.model.refresh_rows(applied.rows)
        results = {row: self.document.compare[row] for row in applied.rows}
        conflicts = [row for row, diff in results.items() if diff.kind == CONFLICT and self.model.is_checked(row)]
        if conflicts:                       # not sent unless ticked again: they would not do what the sheet says
            self.model.set_checked(conflicts, False)
        self.message.emit(self._summary(results, applied, stopped, len(diffs), len(conflicts)), 15000)
        self.show_current()
        self.finished.emit(results)

    @staticmethod
    def _summary(results: dict[int, RowDiff], applied: Applied, stopped: bool, asked: int, unticked: int) -> str:
        tally = compare_tally(counts(results.values()))
        if stopped:
            text = trn("compare_controller", "Compare stopped: {done} of {count} row compared",
                       "Compare stopped: {done} of {count} rows compared", asked, done=words.number(len(results)))
            text += f" ({tally})" if results else ""
        else:
            text = tr("compare_controller", "Compared with Apptoto: {tally}", tally=tally)
        parts = [text]
        if unticked:                        # short: the status bar shares its width with the counts
            parts.append(trn("compare_controller", "the conflict unticked", "the conflicts unticked", unticked))
        if applied.edited:
            parts.append(trn("compare_controller",
                             "{count} row was edited meanwhile: compare again to see what sending "
                             "would change", "{count} rows were edited meanwhile: compare again to see what sending "
                             "would change", applied.edited))
        if applied.removed:
            parts.append(trn("compare_controller", "{count} row was deleted meanwhile",
                             "{count} rows were deleted meanwhile", applied.removed))
        return tr("compare_controller", "{summary}. Nothing was sent.", summary="; ".join(parts))

    def _on_task_failed(self, server: Server, cancel: threading.Event, exc: BaseException) -> None:
        self.busy.end(COMPARING)
        text = (str(exc) if isinstance(exc, AuthError) else failure_text(exc, server.name())
                if isinstance(exc, ApptotoError) else tr("compare_controller", "Apptoto could not be asked: {problem}",
                                                         problem=exc))
        self.failed.emit(text)
        self.message.emit("", 0)
        if not cancel.is_set() or isinstance(exc, AuthError):
            dialogs.show_error(self.parent_widget, tr("compare_controller", "Cannot compare with Apptoto"), text)

    # ---- the results ----------------------------------------------------------------------------
    def result(self, row: int) -> RowDiff | None:
        return self.document.compare.get(row)

    def changing_rows(self) -> tuple[list[int], dict[str, int]]:
        """The ticked rows to keep for sending: all but those compared as unchanged, in conflict or unknown."""
        results = self.document.compare
        keep = [r for r in self.model.checked_rows() if r not in results or results[r].kind in (NEW, UPDATE, CANCEL)]
        return keep, counts(d for r, d in results.items() if self.model.is_checked(r))

    def show_current(self) -> None:
        """Show the current row's result in the compare panel."""
        current = self.view.model().mapToSource(self.view.currentIndex()) if self.view.model() else None
        if current is None or not current.isValid() or not self.document.is_open:
            self.dock.show_row(None, None)
            return
        row = self.model.schedule_index(current.row())
        line = self.document.schedule.rows[row]
        self.dock.show_row(line.number, self.document.compare.get(row), line.outcome, bool(self.document.compare))

    # ---- slots ----------------------------------------------------------------------------------
    def _on_compare_triggered(self) -> None:
        self.start()

    def _on_select_changing_triggered(self) -> None:
        keep, tally = self.changing_rows()
        self.model.check_only(keep)
        kept = {k: tally[k] for k in (UNCHANGED, CONFLICT, UNKNOWN)}
        text = trn("compare_controller", "{count} row selected", "{count} rows selected", len(keep))
        self.message.emit(tr("compare_controller", "{selected}; left out: {left}.", selected=text,
                             left=compare_tally(kept)) if any(kept.values()) else text + ".", 15000)

    def _on_view_current_row_changed(self, *_args) -> None:
        self.show_current()

    def _on_model_rows_changed(self, rows: list) -> None:
        current = self.view.model().mapToSource(self.view.currentIndex()) if self.view.model() else None
        if current is not None and current.isValid() and self.model.schedule_index(current.row()) in rows:
            self.show_current()

    def _on_model_reset_done(self) -> None:
        self.show_current()
