"""The question dialogs over a list (the undo's events, rows to create anyway): plain rows, each with a first column
that some rows turn into a tick box the user may tick (a thin read-only table model), and the dialog around it: a
heading, notes, the list, a warning, the button that acts and the safe one (the default)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
TICK = 0                                           # the column of the tick boxes
WRAP_ROWS = 300                                    # longer lists show one line a row (the tooltip has it all)
WARNING_STYLE = "color: #9a3b00; font-weight: bold;"
MIN_HEIGHT = 240


@dataclass(slots=True)
class TickRow:
    """One line of the list: its key, its cells as text, and whether the user may tick it (and has)."""

    key: Hashable
    cells: tuple[str, ...]
    tooltip: str = ""
    tickable: bool = False
    ticked: bool = False
    shade: QColor | None = None
    warn: bool = False                             # a warning sign in the model's warn_column
    fixed: bool = False                            # a tick box shown ticked that cannot be unticked (done anyway)


class TickModel(QAbstractTableModel):
    """Rows of text; the tick boxes of the tickable ones are the only thing that can change."""

    ticked_changed = Signal()

    def __init__(self, headers: Sequence[str], rows: Sequence[TickRow], warn_column: int = TICK + 1,
                 parent=None) -> None:
        super().__init__(parent)
        self.headers, self.rows, self.warn_column = tuple(headers), list(rows), warn_column

    def ticked(self) -> set[Hashable]:
        return {row.key for row in self.rows if row.tickable and row.ticked}

    def set_ticked(self, key: Hashable, on: bool) -> bool:
        """Tick (or untick) the row with `key`; False when it has no tick box."""
        for number, row in enumerate(self.rows):
            if row.key == key and row.tickable:
                return self.setData(self.index(number, TICK), Qt.CheckState.Checked if on else
                                    Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
        return False

    # ---- Qt's model interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TICK and self.rows[index.row()].tickable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column] if column < len(row.cells) else ""
        if role == Qt.ItemDataRole.CheckStateRole and column == TICK and (row.tickable or row.fixed):
            return Qt.CheckState.Checked if row.ticked or row.fixed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return row.shade
        if role == Qt.ItemDataRole.DecorationRole and column == self.warn_column and row.warn:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != TICK
                or not self.rows[index.row()].tickable):
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        row = self.rows[index.row()]
        if row.ticked != on:
            row.ticked = on
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            self.ticked_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class TopAligned(QStyledItemDelegate):
    """Cells whose icon sits at the top beside its text (a wrapped row is tall; Qt centres the icon)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.decorationAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def tick_view(model: TickModel, name: str, stretch: int) -> QTableView:
    """The list as a table: whole rows selected, text wrapped, column `stretch` taking the room left."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setItemDelegate(TopAligned(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if model.rowCount() <= WRAP_ROWS:               # rows as tall as their text (measuring every row of a very
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)   # long list is slow)
    return view


class TickDialog(QDialog):
    """A question over a tick list. `act`: the button that does it (enabled while `count()` is above 0, its text
    from `act_text(count)`); `safe`: the other, the default, so a stray Enter does nothing."""

    def __init__(self, name: str, title: str, model: TickModel, stretch: int, safe: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.model = model
        model.setParent(self)
        model.ticked_changed.connect(self._on_model_ticked_changed)
        layout = QVBoxLayout(self)
        self.head = self._label(f"{name}_head")
        layout.addWidget(self.head)
        self.notes = QVBoxLayout()
        layout.addLayout(self.notes)
        self.view = tick_view(model, f"{name}_list", stretch)
        layout.addWidget(self.view, 1)
        self.warning = self._label(f"{name}_warning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        layout.addWidget(self.warning)
        buttons = QDialogButtonBox()
        self.act_button = QPushButton()
        self.act_button.setObjectName(f"{name}_button")
        self.act_button.setAutoDefault(False)
        self.safe_button = buttons.addButton(safe, QDialogButtonBox.ButtonRole.RejectRole)
        self.safe_button.setDefault(True)
        buttons.addButton(self.act_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def fit(self, width: int, height: int) -> None:
        """Take this width and as much of this height as the list needs, within the screen (a 1024 × 700 one shows
        the whole dialog); the button follows what is ticked."""
        self._on_model_ticked_changed()
        room = self.screen().availableGeometry()
        width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)
        self.layout().activate()                  # the list at its width: its rows at their wrapped height
        view = self.view
        needed = (view.horizontalHeader().height() + view.verticalHeader().length() + 2 * view.frameWidth()
                  + view.horizontalScrollBar().sizeHint().height())
        self.resize(width, max(MIN_HEIGHT, min(height, height - view.height() + needed)))

    def add_note(self, text: str) -> QLabel:
        label = self._label("")
        label.setText(text)
        self.notes.addWidget(label)
        return label

    def warn(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def count(self) -> int:
        """How many things the act button does now."""
        return len(self.model.ticked())

    def act_text(self, count: int) -> str:
        raise NotImplementedError

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _on_model_ticked_changed(self) -> None:
        n = self.count()
        self.act_button.setText(self.act_text(n))
        self.act_button.setEnabled(n > 0)
