"""One busy state for the window, in vorta's sequence: a job (opening, sending, comparing, undoing a send) starts
only when none runs, disables what conflicts with it, shows its progress (by signals, from any thread) and
re-enables everything when it ends, done or failed. It alone enables and disables the window's actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gui.core.i18n import tr, tr_noop
from gui.qt.actions import Actions
from gui.qt.job_panel import JobPanel, row_news

OPENING, SENDING, COMPARING, UNDOING = "opening", "sending", "comparing", "undoing"
REPAINT_MS = 100               # row-by-row progress reaches the panel at most this often

EDITS = ("undo", "redo", "cut", "paste", "clear_cells", "fill_down", "insert_row", "delete_rows", "replace")
DOCUMENT = ("open", "recent_menu", "reload", "columns", "settings")        # would replace or reread the rows
APPTOTO = ("send", "retry_failed", "compare")
CONFLICTS: dict[str, tuple[str, ...]] = {
    OPENING: (*DOCUMENT, *APPTOTO, *EDITS, "save_results", "save_workbook"),
    SENDING: (*DOCUMENT, *APPTOTO, *EDITS, "save_results"),
    COMPARING: (*DOCUMENT, *APPTOTO),          # editing goes on: edited rows lose their result, nothing else
    UNDOING: (*DOCUMENT, *APPTOTO),            # editing goes on: an undo changes Apptoto, not the cells
}
NAMES = {OPENING: tr_noop("busy", "file being opened"), SENDING: tr_noop("busy", "send"),   # in "once the … has
         COMPARING: tr_noop("busy", "compare"), UNDOING: tr_noop("busy", "undo")}             # ended"; tr() where shown
READ_ONLY = {                                   # jobs during which the grid takes no edits, and why (short:
    OPENING: tr_noop("busy", "Read-only while the file is read."),   # it has to fit beside the job in the status bar)
    SENDING: tr_noop("busy", "Read-only while sending: edit again when the send ends (or Cancel it)."),
}


class Busy(QObject):
    """Which job runs; `allow` says what an action needs apart from that (a document, failed rows...)."""

    started = Signal(str)                  # the job
    ended = Signal(str)                    # the job, after it ended (done, failed or cancelled)
    read_only_changed = Signal(bool)       # the grid must (not) take edits
    progress = Signal(int, int, str)       # done, total, text: may be emitted from a worker thread

    def __init__(self, actions: Actions, panel: JobPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions, self.panel = actions, panel
        self.job: str | None = None
        self._wanted: dict[str, bool] = {}
        self._cancel: Callable[[], None] | None = None
        self._stopping = ""
        self._latest: tuple[int, int, str] | None = None
        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.setInterval(REPAINT_MS)
        self._repaint.timeout.connect(self._on_repaint_timeout)
        self.progress.connect(self._on_self_progress)
        panel.cancel_requested.connect(self.cancel)
        actions.cancel_job.triggered.connect(self.cancel)
        actions.cancel_job.setEnabled(False)

    # ---- what each action needs -----------------------------------------------------------------
    def allow(self, names: str | tuple[str, ...] | list[str], on: bool) -> None:
        """Actions `names` may be used when `on` and no running job conflicts with them."""
        for name in (names,) if isinstance(names, str) else names:
            self._wanted[name] = bool(on)
            self._apply(name)

    def allowed(self, name: str) -> bool:
        """Whether `name` may be used now (what it needs, and no conflicting job)."""
        return self._wanted.get(name, True) and not (self.job and name in CONFLICTS[self.job])

    def _apply(self, name: str) -> None:
        getattr(self.actions, name).setEnabled(self.allowed(name))

    # ---- a job ----------------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.job in READ_ONLY

    def name(self) -> str:
        """The running job in a few words ('' when none)."""
        return tr("busy", NAMES[self.job]) if self.job in NAMES else ""

    def reason(self) -> str:
        """Why the grid takes no edits now ('' when it does)."""
        return tr("busy", READ_ONLY[self.job]) if self.job in READ_ONLY else ""

    def begin(self, job: str, verb: str, total: int = 0, note: str = "", least_pace: float = 0.0,
              cancel: Callable[[], None] | None = None, cancel_tip: str = "", stopping: str = "",
              esc: bool = False) -> bool:
        """Start `job` unless one runs (False then): disable what conflicts, show `verb` and the progress of
        `total` rows. `cancel`: what Cancel (and Esc when `esc`) does; `stopping`: what the panel says then."""
        if self.job is not None:
            return False
        self.job, self._cancel, self._stopping = job, cancel, stopping
        for name in CONFLICTS[job]:
            self._apply(name)
        self.actions.cancel_job.setEnabled(esc and cancel is not None)
        self.panel.start(total, note, least_pace, verb, cancel_tip if cancel else "")
        if job in READ_ONLY:
            self.panel.set_read_only(tr("busy", READ_ONLY[job]))
            self.read_only_changed.emit(True)
        self.started.emit(job)
        return True

    def end(self, job: str) -> None:
        """`job` ended (call it from the done *and* the failed path): everything it disabled comes back."""
        if self.job != job:
            return
        self.job, self._cancel, self._latest = None, None, None
        self._repaint.stop()
        self.actions.cancel_job.setEnabled(False)
        self.panel.finish()
        for name in CONFLICTS[job]:
            self._apply(name)
        if job in READ_ONLY:
            self.read_only_changed.emit(False)
        self.ended.emit(job)

    def cancel(self) -> None:
        """Cancel the running job (the Cancel button, Esc during a Compare, closing the window)."""
        if self._cancel is not None and self.panel.cancel.isEnabled():
            self._cancel()
            self.panel.cancelling(self._stopping or tr("busy", "stopping"))

    @Slot(int, int, str)
    def _on_self_progress(self, done: int, total: int, text: str) -> None:
        """A row answered (coalesced: a 20,000-row send reports 20,000 times), or news (shown at once)."""
        if self.job is None:
            return
        if not row_news(text):
            self._repaint.stop()
            self._latest = None
            self.panel.show_progress(done, total, text)
            return
        self._latest = (done, total, text)
        if not self._repaint.isActive():
            self._repaint.start()

    def _on_repaint_timeout(self) -> None:
        if self.job is not None and self._latest is not None:
            self.panel.show_progress(*self._latest)
            self._latest = None
