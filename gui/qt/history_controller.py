"""Send history and undoing a send from it (Apptoto ▸ Send history ▸ Undo this send…): the plan is made on a worker
(what Apptoto has now of every event the send touched), the confirmation lists it, and the undo runs on a worker as
the busy state's "undoing" job (progress, Cancel), journaled; the rows of that send on screen then say what the undo
did, through the document state, and rows whose created event it deleted lose that event's id and derived External ID
(they are new again). Editing goes on meanwhile."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from gui.apptoto.accounts import AccountFiles
from gui.apptoto.document import Document, Server
from gui.apptoto.errors import AuthError
from gui.apptoto.journal import Journal, RunSummary
from gui.apptoto.ratelimit import Pacer, RateLimiter
from gui.apptoto.rows import reborn_edits
from gui.apptoto.undo import DELETE, UndoPlan, UndoRefused, UndoResult, execute, plan_undo, refusal
from gui.core import crashlog
from gui.core.i18n import tr, tr_noop, trn
from gui.core.vocab import CANCELLED, FINISHED
from gui.qt import dialogs, settings
from gui.qt.account import Account
from gui.qt.busy import UNDOING, Busy
from gui.qt.history_dialog import HistoryDialog
from gui.qt.schedule_model import ScheduleModel
from gui.qt.send_controller import now_and_then
from gui.qt.tasks import run_task

CANNOT = tr_noop("history_controller", "Cannot undo this send")        # tr() where shown


class HistoryController(QObject):
    """Opens the history (one at a time) and undoes the send chosen in it; one undo at a time, as a busy job."""

    progress = Signal(int, int, str)       # done, total, text (emitted from the worker)
    planned = Signal(object)               # the UndoPlan, once answered (the undo started, or nothing to do)
    finished = Signal(object)              # the UndoResult, after the rows and the history show it
    message = Signal(str, int)             # for the status bar: text, milliseconds

    def __init__(self, document: Document, busy: Busy, model: ScheduleModel, account: Account,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.document, self.busy, self.model, self.account, self.parent_widget = document, busy, model, account, parent
        self.journal = Journal                       # () -> Journal
        self.options = settings.send_options         # () -> SendOptions
        self.sleep, self.clock = time.sleep, time.monotonic
        self.dialog: HistoryDialog | None = None
        self._cancel = threading.Event()
        self._closing = False
        self.progress.connect(busy.progress)
        busy.actions.history.triggered.connect(self._on_history_triggered)

    # ---- the history ----------------------------------------------------------------------------
    def open_history(self) -> HistoryDialog:
        """Show the send history (the one already open, if any); it stays open beside the grid."""
        if self._dialog() is None:
            dialog = HistoryDialog(self.parent_widget, self.journal())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.undo_requested.connect(self._on_dialog_undo_requested)
            self.dialog = dialog
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _dialog(self) -> HistoryDialog | None:
        return self.dialog if self.dialog is not None and shiboken6.isValid(self.dialog) else None

    def _say(self, text: str) -> None:
        """A line in the status bar, and in the history (listed again) when it is open."""
        self.message.emit(text, 15000)
        if self._dialog() is not None:
            self.dialog.refresh(text)

    # ---- undo: the plan -------------------------------------------------------------------------
    def undo(self, run: RunSummary) -> bool:
        """Undo the send `run` after the confirmation; False when nothing was started (another job runs, another
        account, no account set up)."""
        if self.busy.job is not None:
            self._tell(tr("history_controller", "The send can be undone once the {job} has ended.",
                          job=self.busy.name()))
            return False
        try:
            where = self.account.base_url(), self.account.where.user
        except ValueError as exc:
            dialogs.show_error(self._parent(), tr("history_controller", CANNOT), str(exc))
            return False
        refused = refusal(run, *where)
        if refused:
            dialogs.show_error(self._parent(), tr("history_controller", CANNOT), _nothing_undone(refused))
            return False
        return bool(self.account.load_key(lambda: self._plan(run), owner=self))

    def _plan(self, run: RunSummary) -> bool:
        if self.busy.job is not None:
            return False
        missing = self.account.missing()
        try:
            if missing:
                raise ValueError(missing)
            client = self.account.client()
        except ValueError as exc:
            dialogs.show_error(self._parent(), tr("history_controller", CANNOT), _nothing_undone(exc))
            return False
        journal, options, progress = self.journal(), self.options(), self.progress.emit
        self._cancel = cancel = threading.Event()
        pacer = Pacer(RateLimiter(options.rate_per_minute, options.burst, self.clock, self.sleep), cancel=cancel.is_set)
        sleep, clock = self.sleep, self.clock

        def work() -> UndoPlan:
            with client:
                plan = plan_undo(journal, run, client, pacer,
                                 lambda status: progress(status.rows_done, status.rows_total, status.text()))
                if plan.nothing_to_do and not cancel.is_set():         # the history notes that it is undone
                    execute(plan, client, options, journal, sleep=sleep, clock=clock)
            return plan

        self.busy.begin(UNDOING, tr("history_controller", "Preparing the undo"),
                        note=tr("history_controller", "asking Apptoto what it has now of the events this "
                        "send changed"), cancel=cancel.set,
                        cancel_tip=tr("history_controller", "Stop (nothing is changed)"),
                        stopping=tr("busy", "stopping"))
        run_task(work, lambda plan: self._on_plan_done(plan, cancel), self._on_task_failed, owner=self)
        return True

    def _on_plan_done(self, plan: UndoPlan, cancel: threading.Event) -> None:
        self.busy.end(UNDOING)
        if self._closing:
            return
        if cancel.is_set():
            self._say(tr("history_controller", "Undo stopped before anything was changed."))
            return
        if plan.nothing_to_do:
            self._say(plan.summary())
            dialogs.show_info(self._parent(), tr("history_controller", "Undo this send"), plan.summary())
        else:
            confirmed = dialogs.confirm_undo(self._parent(), plan)
            if confirmed is None:
                self._say(tr("history_controller", "Nothing was undone."))
            else:
                self._execute(plan, confirmed)
        self.planned.emit(plan)

    # ---- undo: doing it -------------------------------------------------------------------------
    def _execute(self, plan: UndoPlan, confirmed: set) -> bool:
        if self.busy.job is not None:
            self._tell(tr("history_controller", "The send can be undone once the {job} has ended.",
                          job=self.busy.name()))
            return False
        try:
            client = self.account.client()
        except ValueError as exc:
            dialogs.show_error(self._parent(), tr("history_controller", CANNOT), _nothing_undone(exc))
            return False
        journal, options, sleep, clock = self.journal(), self.options(), self.sleep, self.clock
        total = sum(1 for s in plan.acting() if not s.conflict or s.key in confirmed)
        self._cancel = cancel = threading.Event()
        progress, server = now_and_then(self.progress.emit, total), Server(client.base_url, client.user)

        def work() -> UndoResult:
            with client:
                return execute(plan, client, options, journal, confirmed, progress, cancel, sleep=sleep, clock=clock)

        self.busy.begin(UNDOING, tr("history_controller", "Undoing"), total=total, cancel=cancel.set,
                        cancel_tip=tr("history_controller",
                                      "Stop after the request being sent (what is undone stays undone; undo the send "
                        "again to finish)"), stopping=tr("history_controller", "stopping after this request"))
        self.message.emit(tr("history_controller", "Undoing the send in Apptoto: you can go on editing meanwhile."), 0)
        run_task(work, lambda result: self._on_undo_done(result, server), self._on_task_failed, owner=self)
        return True

    def _on_undo_done(self, result: UndoResult, server: Server) -> None:
        self.busy.end(UNDOING)
        rows = self.document.apply_undo(result.plan.run.file, server,
                                        [(step.key, step.event_id, got) for step, got in result.undone()])
        self.model.refresh_rows(rows)
        deleted = {step.key: (step.event_id, step.external_id) for step, _ in result.undone() if step.action == DELETE}
        if deleted and rows:                       # those rows are new appointments again: their ids go
            retired = AccountFiles(server.base_url, server.user).load().retired().external_ids
            edits = reborn_edits(self.document.schedule, rows, deleted, retired, self.model.ensure_column)
            if edits:
                self.model.set_cells(edits, undoable=False)
        text = self._summary(result, len(rows))
        self.finished.emit(result)
        if self._closing:
            return
        self._say(text)
        if result.left or result.status not in (FINISHED, CANCELLED):
            dialogs.show_info(self._parent(), tr("history_controller", "The send is partly undone"),
                              "\n".join([text, *result.lines()]))

    @staticmethod
    def _summary(result: UndoResult, rows: int) -> str:
        done, file = len(result.undone()), Path(result.plan.run.file).name
        text = trn("history_controller", "Undo of the send of {file}: {count} event undone",
                   "Undo of the send of {file}: {count} events undone", done, file=file)
        if result.left:
            text = tr("history_controller", "{summary}, {count} not (undo the send again to finish)", summary=text,
                      count=f"{result.left:,}")
        text += "." + (f" {result.message}" if result.message else "")
        if rows:
            text += " " + trn("history_controller", "{count} row shows it in the grid.",
                              "{count} rows show it in the grid.",
                              rows)
        return text

    def _on_task_failed(self, exc: BaseException) -> None:
        self.busy.end(UNDOING)
        if isinstance(exc, (AuthError, UndoRefused)):             # while preparing: refused key, another account
            text = _nothing_undone(exc)
        else:
            crashlog.logger.error("Undo stopped", exc_info=exc)
            text = tr("history_controller", "The undo stopped by an unexpected error: {error}. What was undone stays "
                      "undone; the history says how far it got.", error=repr(exc))
        self._say(text)
        if not self._closing:
            dialogs.show_error(self._parent(), tr("history_controller", "Undo stopped"), text)

    # ---- cancel, close --------------------------------------------------------------------------
    def cancel(self) -> None:
        if self.busy.job == UNDOING:
            self.busy.cancel()

    def stop_for_close(self) -> None:
        """The window closes once the undo has stopped: cancel, and ask nothing more when it ends."""
        self._closing = True
        self.cancel()

    def _tell(self, text: str) -> None:
        self.message.emit(text, 8000)
        if self._dialog() is not None:
            self.dialog.show_note(text)

    def _parent(self) -> QWidget:
        """Questions and messages go over the history when it is open."""
        return self._dialog() or self.parent_widget

    # ---- slots ----------------------------------------------------------------------------------
    def _on_history_triggered(self) -> None:
        self.open_history()

    def _on_dialog_undo_requested(self, run: RunSummary) -> None:
        self.undo(run)


def _nothing_undone(problem: object) -> str:
    return tr("history_controller", "{problem} Nothing was undone.", problem=problem)
