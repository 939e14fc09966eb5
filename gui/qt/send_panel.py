"""The sending panel in the status bar: progress bar, rows done / total, time left, Cancel; then outcome counts."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

PACE_AFTER = 2.0            # seconds of answers before their pace is trusted
ROW_STATES = ("created", "updated", "failed", "unknown", "skipped")


def time_left(seconds: float) -> str:
    """'about 40 s left', 'about 3 min left'."""
    if seconds < 60:
        return f"about {max(1, round(seconds))} s left"
    return f"about {round(seconds / 60)} min left"


class SendPanel(QWidget):
    """Shown while sending (never touched by the worker: progress arrives through the controller's signals)."""

    cancel_requested = Signal()

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send_panel")
        self.clock = clock
        self._first: tuple[float, int] | None = None     # (time, rows done) when the first answer came
        self.least_pace = 0.0
        self.note = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        self.label = QLabel()
        self.label.setObjectName("send_progress_text")
        self.bar = QProgressBar()
        self.bar.setObjectName("send_progress")
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName("Sending progress")
        self.cancel = QPushButton("Cancel")
        self.cancel.setObjectName("send_cancel")
        self.cancel.setToolTip("Stop after the batch being sent (rows already sent keep their results)")
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self.results = QLabel()
        self.results.setObjectName("send_results")
        self.results.setToolTip("What happened to the rows sent in this session")
        for widget in (self.label, self.bar, self.cancel, self.results):
            layout.addWidget(widget)
        self.finish()

    def start(self, total: int, note: str = "", least_pace: float = 0.0) -> None:
        """Show the panel for `total` rows; `note`: what happens before the first answer; `least_pace`: the
        fewest seconds a row can take (the rate limit over the batch size)."""
        self._first: tuple[float, int] | None = None
        self.least_pace = least_pace
        self.note = note
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(0)
        self.cancel.setEnabled(True)
        self.cancel.setText("Cancel")
        self.results.hide()                               # the counts of earlier sends come back after
        for widget in (self.label, self.bar, self.cancel):
            widget.show()
        self.show_progress(0, total, "")

    def show_progress(self, done: int, total: int, message: str) -> None:
        """Rows done / total and the time left, from the pace so far."""
        if message and message.split(":", 1)[0] not in ROW_STATES and message not in ("Starting", "Done"):
            self.note = message
        elif done and self._first is None:
            self.note = ""                                      # the look-up before sending is over
        self.bar.setRange(0, max(1, total) if done else 0)     # busy until the first row is answered
        self.bar.setValue(done)
        text = f"Sending: {done:,} / {total:,} rows"
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

    def cancelling(self) -> None:
        self.cancel.setEnabled(False)
        self.cancel.setText("Cancelling…")
        self.label.setText(self.label.text() + " — stopping after this batch")

    def finish(self) -> None:
        for widget in (self.label, self.bar, self.cancel):
            widget.hide()

    def show_counts(self, text: str) -> None:
        self.results.setText(f"Results: {text}" if text else "")
        self.results.setVisible(bool(text))

    def _on_cancel_clicked(self) -> None:
        self.cancelling()
        self.cancel_requested.emit()
