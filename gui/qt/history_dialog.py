"""The send history: the journal's runs (when, file, how many created / updated / failed); one opened shows
what was sent and what came back."""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.apptoto.history import RunDetail, RunEntry, list_runs, read_run
from gui.apptoto.journal import Journal
from gui.core import words
from gui.qt.tasks import run_task

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("When", "File", "How it ended", "Created", "Updated", "Failed")


def detail_text(entry: RunEntry, detail: RunDetail) -> str:
    """A run as plain text: each request's events, then Apptoto's answer."""
    out = [f"{entry.file} — {entry.when} — {entry.status}", f"Apptoto: {detail.base_url}  as {detail.user}", ""]
    if not detail.exchanges:
        out.append("No request was sent in this run.")
    for x in detail.exchanges:
        rows = ", ".join(str(k) for k in x.keys)
        out.append(f"── Request {x.seq} at {x.sent_at}: rows {rows}")
        out.append(json.dumps({"events": x.sent}, indent=2, ensure_ascii=False))
        if x.error:
            out.append(f"── Answer: {x.status}: {x.error}")
        elif x.answer is not None:
            out.append(f"── Answer: {x.status}")
            out.append(json.dumps({"events": x.answer}, indent=2, ensure_ascii=False))
        else:
            out.append("── No answer was recorded (the run stopped here).")
        out.append("")
    return "\n".join(out)


class RunsModel(QAbstractTableModel):
    """Read-only rows over the RunEntry list."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[RunEntry] = []

    def set_entries(self, entries: list[RunEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (entry.when, entry.file, entry.status, entry.created, entry.updated, entry.failed)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.summary.file
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None


class HistoryDialog(QDialog):
    """Lists the runs when opened (read off the GUI thread); choosing one shows its requests and answers."""

    loaded = Signal()
    opened = Signal()

    def __init__(self, parent: QWidget | None = None, journal: Journal | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Send history")
        self.setObjectName("history_dialog")
        self.journal = journal or Journal()
        self.model = RunsModel(self)
        self.view = QTableView()
        self.view.setObjectName("history_runs")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("history_detail")
        self.detail.setReadOnly(True)
        self.detail.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.note = QLabel("Reading the journal…")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(860, 620)
        self.refresh()

    def refresh(self) -> None:
        journal = self.journal
        run_task(lambda: list_runs(journal), self._on_task_listed, self._on_task_failed)

    def _on_task_listed(self, entries: list[RunEntry]) -> None:
        self.model.set_entries(entries)
        self.note.setText(f"{words.count(len(entries), 'send run')}, newest first. Choose one to see what was sent and what came back."
                          if entries else "Nothing has been sent yet.")
        self.loaded.emit()

    def _on_task_failed(self, exc: BaseException) -> None:
        self.note.setText(f"The journal could not be read: {exc}")

    def open_run(self, row: int) -> None:
        """Show run `row`'s requests and answers (read off the GUI thread)."""
        entry, journal = self.model.entries[row], self.journal
        self.detail.setPlainText("Reading…")
        run_task(lambda: detail_text(entry, read_run(journal, entry)), self._on_task_read, self._on_task_failed)

    def _on_task_read(self, text: str) -> None:
        self.detail.setPlainText(text)
        self.opened.emit()

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.open_run(current.row())
