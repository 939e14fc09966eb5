"""The window's crash report: an unexpected error anywhere (a slot, a worker, a job without an error handler) is
logged by gui/core/crashlog.py; this saves the session at once and says so, with Copy details and Open log folder."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from gui.core import crashlog
from gui.core.paths import log_dir
from gui.qt import dialogs


class CrashReporter(QObject):
    """Reports reach the GUI thread through a queued signal (they may come from any thread); one dialog at a time."""

    reported = Signal(str)

    def __init__(self, save_now: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.save_now, self.parent_widget = save_now, parent
        self.shown = 0
        self._open = False
        self.reported.connect(self._on_self_reported, Qt.ConnectionType.QueuedConnection)

    def listen(self) -> None:
        """From now on crashlog tells this window (the process installs crashlog itself, gui/cli)."""
        crashlog.set_reporter(self.reported.emit)

    def _on_self_reported(self, details: str) -> None:
        if self._open:                       # one report at a time: the log has every one
            return
        self._open = True
        try:
            try:
                self.save_now()              # the edits and send results reach the session file now
            except Exception:                # noqa: BLE001 - a broken save must not hide the report
                crashlog.logger.exception("The session could not be saved after an error")
            self.shown += 1
            dialogs.show_crash(self.parent_widget, details, str(log_dir()))
        finally:
            self._open = False
