"""The JSON preview: the exact body that would be sent for the selected rows, and what the send will do in words.
Built, copied and saved on workers from a snapshot taken on the GUI thread (never from the live rows)."""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.core import words
from gui.core.i18n import tr, trn
from gui.core.snapshot import Snapshot
from gui.core.summary import summarise
from gui.qt import dialogs
from gui.qt.tasks import run_task

SHOWN_EVENTS = 300          # events rendered in the preview; Copy and Save always write the whole body
DEBOUNCE_MS = 150


@dataclass(slots=True)
class Preview:
    text: str              # pretty-printed body (of at most SHOWN_EVENTS events)
    lines: list[str]       # the summary in plain words
    events: int            # events in the whole body
    shown: int             # events in `text`


def body_text(body: dict) -> str:
    return json.dumps(body, indent=2, ensure_ascii=False)


def build_preview(snapshot: Snapshot, indices: list[int], known_calendars: Iterable[str] | None) -> Preview:
    """Runs on a worker: the summary of all `indices`, the body text of the first SHOWN_EVENTS sendable rows."""
    lines = summarise(snapshot, indices, known_calendars).lines()
    sendable = snapshot.sendable(indices)
    shown = sendable[:SHOWN_EVENTS]
    return Preview(body_text(snapshot.body(shown)), lines, len(sendable), len(shown))


class PreviewDock(QDockWidget):
    """Rebuilt (debounced, off the GUI thread) when the ticks or rows change; stale results are dropped."""

    updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("preview_dock", "Preview"), parent)
        self.setObjectName("preview_dock")
        self.model = None
        self.summary_lines: list[str] = []
        self.folder = ""
        self._generation = 0
        self._paused = self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.text = QPlainTextEdit()
        self.text.setObjectName("preview_json")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setAccessibleName(tr("preview_dock", "JSON that would be sent"))
        self.summary = QTextBrowser()
        self.summary.setObjectName("preview_summary")
        self.summary.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.summary.setAccessibleName(tr("preview_dock", "What sending the selected rows will do"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.copy_button = QPushButton(tr("preview_dock", "&Copy JSON"))
        self.save_button = QPushButton(tr("preview_dock", "Save as .&json…"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(QLabel(tr("preview_dock", "<b>What sending the selected rows will do</b>")))
        side_layout.addWidget(self.summary, 1)
        side_layout.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        side_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.text)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.setWidget(splitter)

    def set_model(self, model) -> None:
        """Follow a ScheduleModel: its ticks, edits and resets schedule a rebuild (of its document's rows)."""
        self.model = model
        model.checked_changed.connect(self.schedule_update)
        model.rows_changed.connect(self.schedule_update)
        model.reset_done.connect(self.schedule_update)

    def schedule_update(self, *args) -> None:
        self._generation += 1                # a preview on its way is already out of date: it is dropped
        if self._paused:
            self._stale = True
            return
        self._timer.start()

    def set_paused(self, on: bool) -> None:
        """While a send runs the rows change only by the ids it writes, batch after batch: rebuilding the
        preview each time would take the worker threads from the send. It catches up when unpaused."""
        self._paused = on
        if on:
            self._timer.stop()
            self.note.setText(tr("preview_dock", "The preview catches up when the send has ended."))
        elif self._stale:
            self._stale = False
            self.schedule_update()

    def selected_indices(self) -> list[int]:
        return self.model.checked_rows() if self.model is not None and self.model.review else []

    def _snapshot(self) -> Snapshot | None:
        document = self.model.document if self.model is not None else None
        return document.snapshot() if document is not None and document.is_open else None

    def _on_timer_timeout(self) -> None:
        generation = self._generation
        snapshot = self._snapshot()
        if snapshot is None:
            self._show(generation, Preview("",
                                           [tr("preview_dock", "Open a schedule to see what would be sent.")], 0, 0))
            return
        indices, known = self.selected_indices(), self.model.document.known_calendars
        run_task(lambda: build_preview(snapshot, indices, known), lambda preview: self._show(generation, preview),
                 owner=self)

    def _show(self, generation: int, preview: Preview) -> None:
        if generation != self._generation:
            return                      # a newer update is on its way
        self.text.setPlainText(preview.text)
        self.summary_lines = list(preview.lines)
        self.summary.setHtml("<ul style='margin-left:-20px'>" + "".join(f"<li>{html.escape(line)}</li>"
                                                                        for line in preview.lines) + "</ul>")
        self.note.setText(trn("preview_dock", "Showing the first {shown} of {count} event; Copy and Save write all of "
                              "them.", "Showing the first {shown} of {count} events; Copy and Save write all of "
                              "them.", preview.events, shown=words.number(preview.shown))
                          if preview.shown < preview.events else "")
        self.updated.emit()

    def _full_body(self, then) -> None:
        snapshot = self._snapshot()
        if snapshot is None:
            return
        indices = self.selected_indices()
        run_task(lambda: body_text(snapshot.body(indices)), then, owner=self)

    def _on_copy_button_clicked(self) -> None:
        self._full_body(lambda text: QGuiApplication.clipboard().setText(text))

    def _on_save_button_clicked(self) -> None:
        schedule = self.model.schedule if self.model is not None else None
        if schedule is None:
            return
        stem = Path(schedule.source or "schedule").stem
        path = dialogs.ask_save_json(self, tr("preview_dock", "Save the JSON body"),
                                     str(Path(self.folder) / f"{stem}-events.json"))
        if path:
            self._full_body(lambda text: self._write(path, text))

    def _write(self, path: str, text: str) -> None:
        try:
            Path(path).write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            dialogs.show_error(self, tr("preview_dock", "Save as .json"),
                               tr("preview_dock", "{file} could not be written: {problem}.", file=Path(path).name,
                                  problem=exc.strerror or exc))

