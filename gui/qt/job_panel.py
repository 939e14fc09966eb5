"""The job panel in the status bar: what runs (opening, sending, comparing), a progress bar, rows done / total and
the time left, Cancel; when nothing runs, the outcome counts of this session's sends."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from gui.core import words
from gui.core.i18n import tr, trn

PACE_AFTER = 2.0            # seconds of answers before their pace is trusted
ROW_STATES = ("created", "updated", "deleted", "failed", "unknown", "skipped")


def row_news(message: str) -> bool:
    """Whether a progress message only says a row was answered (not worth a repaint of its own)."""
    return not message or message.split(":", 1)[0] in ROW_STATES or message in ("Starting", "Done")


def time_left(seconds: float) -> str:
    """'about 40 s left', 'about 3 min left'."""
    if seconds < 60:
        return tr("job_panel", "about {seconds} s left", seconds=max(1, round(seconds)))
    return tr("job_panel", "about {minutes} min left", minutes=round(seconds / 60))


class JobPanel(QWidget):
    """Shown while a job runs (never touched by a worker: progress arrives through signals, see gui/qt/busy.py)."""

    cancel_requested = Signal()

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("job_panel")
        self.clock = clock
        self._first: tuple[float, int] | None = None     # (time, rows done) when the first answer came
        self.least_pace = 0.0
        self.note = ""
        self.verb = ""
        self.counting = False
        self.making_room = False                         # a long status-bar message has the results' place
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        self.label = QLabel()
        self.label.setObjectName("job_progress_text")
        self.bar = QProgressBar()
        self.bar.setObjectName("job_progress")
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(tr("job_panel", "Progress"))
        self.cancel = QPushButton(tr("job_panel", "Cancel"))
        self.cancel.setObjectName("job_cancel")
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.lock = QLabel(tr("job_panel", "Grid read-only"))
        self.lock.setObjectName("job_read_only")
        self.lock.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.results = QLabel()
        self.results.setObjectName("send_results")
        self.results.setToolTip(tr("job_panel", "What happened to the rows sent in this session"))
        for widget in (self.label, self.bar, self.cancel, self.lock, self.results):
            layout.addWidget(widget)
        self.finish()

    def start(self, total: int, note: str = "", least_pace: float = 0.0, verb: str = "",
              cancel_tip: str = "") -> None:
        """Show the panel for a job over `total` rows (0: no count, the bar only says it is busy); `note`: what
        happens before the first answer; `least_pace`: the fewest seconds a row can take (e.g. the rate limit
        over the batch size); `cancel_tip`: what Cancel does ('' hides it)."""
        self._first = None
        self.least_pace = least_pace
        self.note, self.verb, self.counting = note, verb or tr("job_panel", "Sending"), total > 0
        self.bar.setRange(0, 0)
        self.bar.setValue(0)
        self.cancel.setEnabled(True)
        self.cancel.setText(tr("job_panel", "Cancel"))
        self.cancel.setToolTip(cancel_tip)
        self.cancel.setVisible(bool(cancel_tip))
        self.results.hide()                               # the counts of earlier sends come back after
        self.label.show()
        self.bar.show()
        if self.counting:
            self.show_progress(0, total, "")
        else:
            self.label.setText(self.verb + (f" — {note}" if note else ""))

    def show_progress(self, done: int, total: int, message: str) -> None:
        """Rows done / total and the time left, from the pace so far."""
        if not row_news(message):
            self.note = message
        elif done and self._first is None:
            self.note = ""                                      # the look-up before the first answer is over
        self.bar.setRange(0, max(1, total) if done else 0)     # busy until the first row is answered
        self.bar.setValue(done)
        text = trn("job_panel", "{job}: {done} / {count} row", "{job}: {done} / {count} rows", total, job=self.verb,
                   done=words.number(done))
        now = self.clock()
        if done and self._first is None:
            self._first = (now, done)
        if self._first is not None and 0 < done < total:
            pace = self.least_pace                        # answers come a batch at a time: measure over 2 s at least
            if done > self._first[1] and now - self._first[0] >= PACE_AFTER:
                pace = max(pace, (now - self._first[0]) / (done - self._first[1]))
            if pace:
                text += f", {time_left(pace * (total - done))}"
        if self.note:
            text += f" — {self.note}"
        self.label.setText(text)

    def cancelling(self, what: str = "") -> None:
        self.cancel.setEnabled(False)
        self.cancel.setText(tr("job_panel", "Cancelling…"))
        self.label.setText(self.label.text() + f" — {what or tr('job_panel', 'stopping after this batch')}")

    def set_read_only(self, reason: str) -> None:
        """Say (and, in its tooltip, why) that the grid takes no edits now ('' when it does)."""
        self.lock.setToolTip(reason)
        self.lock.setVisible(bool(reason))

    def finish(self) -> None:
        for widget in (self.label, self.bar, self.cancel, self.lock):
            widget.hide()
        self.results.setVisible(bool(self.results.text()) and not self.making_room)

    def show_counts(self, text: str) -> None:
        self.results.setText(tr("job_panel", "Results: {counts}", counts=text) if text else "")
        self.results.setVisible(bool(text) and self.label.isHidden() and not self.making_room)

    def make_room(self, on: bool) -> None:
        """Leave the results' place to a status-bar message (on) or take it back."""
        self.making_room = on
        self.results.setVisible(bool(self.results.text()) and self.label.isHidden() and not on)

    def _on_cancel_clicked(self) -> None:
        self.cancel_requested.emit()
