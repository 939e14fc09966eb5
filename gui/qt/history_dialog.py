"""The send history: the journal's runs (when, file, how many created / updated / deleted / failed, whether the
send was undone); one opened shows what was sent and what came back; "Undo this send…" asks for the chosen send
to be undone (gui/qt/history_controller.py does it)."""

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
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.apptoto.history import RunDetail, RunEntry, list_runs, read_run
from gui.apptoto.journal import Journal, RunSummary
from gui.core.i18n import tr, trn
from gui.qt.tasks import run_task

Index = QModelIndex | QPersistentModelIndex
FILE, COUNTS = 1, range(3, 7)                # the columns of the file name, and of the counts (Created to Failed)


def headers() -> tuple[str, ...]:
    return (tr("history_dialog", "When"), tr("history_dialog", "File"), tr("history_dialog", "How it ended"),
            tr("history_dialog", "Created"), tr("history_dialog", "Updated"), tr("history_dialog", "Deleted"),
            tr("history_dialog", "Failed"), tr("history_dialog", "Undone"))


def detail_text(entry: RunEntry, detail: RunDetail) -> str:
    """A run as plain text: each request's events, then Apptoto's answer."""
    out = [f"{entry.file} — {entry.when} — {entry.status_text()}",
           tr("history_dialog", "Apptoto: {server}  as {user}", server=detail.base_url, user=detail.user), ""]
    if not detail.exchanges:
        out.append(tr("history_dialog", "No request was sent in this run."))
    for x in detail.exchanges:
        rows = ", ".join(str(k) for k in x.keys)
        out.append(tr("history_dialog", "── Request {number} at {when}: rows {rows}", number=x.seq, when=x.sent_at,
                      rows=rows))
        out.append(json.dumps({"events": x.sent}, indent=2, ensure_ascii=False))
        if x.error:
            out.append(tr("history_dialog", "── Answer: {status}: {error}", status=x.status, error=x.error))
        elif x.answer is not None:
            out.append(tr("history_dialog", "── Answer: {status}", status=x.status))
            out.append(json.dumps({"events": x.answer}, indent=2, ensure_ascii=False))
        else:
            out.append(tr("history_dialog", "── No answer was recorded (the run stopped here)."))
        out.append("")
    return "\n".join(out)


class RunsModel(QAbstractTableModel):
    """Read-only rows over the RunEntry list."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[RunEntry] = []
        self._when: dict[str, str] = {}

    def set_entries(self, entries: list[RunEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._when = {entry.run: entry.when for entry in self.entries}
        self.endResetModel()

    def row_of(self, run: str) -> int:
        """The row of the run with this id (-1 when it is not listed)."""
        return next((row for row, entry in enumerate(self.entries) if entry.run == run), -1)

    def undo_text(self, entry: RunEntry) -> str:
        """'undone 2026-05-01 14:10', 'partly undone (3 rows left)', or for an undo: what it undid."""
        undoes = entry.summary.undoes
        if undoes:
            return (tr("history_dialog", "an undo of the send of {when}",
                       when=self._when[undoes]) if undoes in self._when
                    else tr("history_dialog", "an undo"))
        return entry.undo_text()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (entry.when, entry.file, entry.status_text(), entry.created, entry.updated, entry.deleted,
                    entry.failed,
                    self.undo_text(entry))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            summary = entry.summary
            return summary.file + ("\n" + tr("history_dialog", "Sent to {user} on {server}", user=summary.user,
                                              server=summary.base_url) if summary.base_url else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in COUNTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return headers()[section]
        return None


class HistoryDialog(QDialog):
    """Lists the runs when opened (read off the GUI thread); choosing one shows its requests and answers."""

    loaded = Signal()
    opened = Signal()
    undo_requested = Signal(object)          # the RunSummary of the send to undo

    def __init__(self, parent: QWidget | None = None, journal: Journal | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("history_dialog", "Send history"))
        self.setObjectName("history_dialog")
        self.journal = journal or Journal()
        self.model = RunsModel(self)
        self.view = QTableView()
        self.view.setObjectName("history_runs")
        self.view.setAccessibleName(self.tr("Past sends"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("history_detail")
        self.detail.setAccessibleName(self.tr("What was sent and what Apptoto answered"))
        self.detail.setReadOnly(True)
        self.detail.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.note = QLabel(tr("history_dialog", "Reading the journal…"))
        self.note.setObjectName("history_note")
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.undo_button = QPushButton(tr("history_dialog", "&Undo this send…"))
        self.undo_button.setObjectName("history_undo")
        self._on_undoable_changed()
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        room = self.screen().availableGeometry()
        self.resize(min(940, room.width() - 40), min(620, room.height() - 60))
        self.refresh()

    def refresh(self, note: str = "") -> None:
        """List the runs again (after an undo: `note` says how it went), keeping the chosen run chosen."""
        journal = self.journal
        run_task(lambda: list_runs(journal), lambda entries: self._on_task_listed(entries, note),
                 self._on_task_failed, owner=self)        # closed meanwhile (deleted on close): nothing to show

    def _on_task_listed(self, entries: list[RunEntry], note: str = "") -> None:
        chosen = self.current()
        self.model.set_entries(entries)
        n = len(entries)
        self.note.setText(note or (trn("history_dialog",
                                       "{count} send run, newest first. Choose a send to see what was "
                                       "sent and what came back, or to undo it.", "{count} send runs, newest first. "
                                       "Choose a send to see what was sent and what came back, or to undo it.", n)
                                   if entries else tr("history_dialog", "Nothing has been sent yet.")))
        row = self.model.row_of(chosen.run_id) if chosen is not None else -1
        if row >= 0:
            self.view.selectRow(row)
        self._on_undoable_changed()
        self.loaded.emit()

    def current(self) -> RunSummary | None:
        """The run chosen in the list (None when none)."""
        index = self.view.currentIndex()
        return self.model.entries[index.row()].summary if index.isValid() else None

    def show_note(self, text: str) -> None:
        self.note.setText(text)

    def _on_undoable_changed(self) -> None:
        chosen = self.current()
        self.undo_button.setEnabled(chosen is not None and not chosen.undoes)
        self.undo_button.setToolTip(tr("history_dialog",
                                       "An undo cannot itself be undone here: send the rows again instead.")
                                    if chosen is not None and chosen.undoes else
                                    tr("history_dialog",
                                       "Delete in Apptoto what this send created and put back what it changed "
                                    "(asks first, says what will happen)"))

    def _on_undo_button_clicked(self) -> None:
        chosen = self.current()
        if chosen is not None and not chosen.undoes:
            self.undo_requested.emit(chosen)

    def _on_task_failed(self, exc: BaseException) -> None:
        self.note.setText(tr("history_dialog", "The journal could not be read: {problem}", problem=exc))

    def open_run(self, row: int) -> None:
        """Show run `row`'s requests and answers (read off the GUI thread)."""
        entry, journal = self.model.entries[row], self.journal
        self.detail.setPlainText(tr("history_dialog", "Reading…"))
        run_task(lambda: detail_text(entry, read_run(journal, entry)), self._on_task_read, self._on_task_failed,
                 owner=self)

    def _on_task_read(self, text: str) -> None:
        self.detail.setPlainText(text)
        self.opened.emit()

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._on_undoable_changed()
        if current.isValid():
            self.open_run(current.row())
