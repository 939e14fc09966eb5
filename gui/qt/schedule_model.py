"""The grid's table model: a thin QAbstractTableModel over the window's Document, plus the send ticks. How a row
looks (status text, colours, tooltips) comes from gui/qt/row_look.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from gui.apptoto.document import Document
from gui.core import fields
from gui.core.i18n import tr
from gui.core.problems import Problem
from gui.core.review import Review
from gui.qt.model_rows import RowsMixin, row_runs
from gui.qt.row_look import Look, cell_look, check_brush, status_look, worst
from gui.qt.sorting import sort_key

CHECK, STATUS, FIRST_DATA = 0, 1, 2          # columns: send tick, status, then the sheet's columns

SORT_ROLE = Qt.ItemDataRole.UserRole + 1       # native Python value for sorting
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 2    # list[Problem] of the cell (status column: the whole row)
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 3   # 0 none, 1 warning, 2 error
ROW_ROLE = Qt.ItemDataRole.UserRole + 4        # the row index in the Schedule

UNUSED_TEXT = QColor("#8a8a8a")
Index = QModelIndex | QPersistentModelIndex
Edit = tuple[int, int, object]                 # (row index, sheet column, value)


LOOK_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
              Qt.ItemDataRole.AccessibleDescriptionRole)


def look_data(look: Look, role: int):
    """What a cell's Look gives for one of LOOK_ROLES (the status text is the status cell's DisplayRole)."""
    if role == Qt.ItemDataRole.BackgroundRole:
        return look.brush
    if role == Qt.ItemDataRole.DecorationRole:
        return look.icon
    if role == Qt.ItemDataRole.ToolTipRole:
        return look.tooltip or None
    return look.description or look.tooltip or None


def display_text(value: object) -> str:
    """A cell value as staff read it (dates ISO, times HH:MM, whole floats without .0)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ScheduleModel(RowsMixin, QAbstractTableModel):
    """Rows of the Document; edits go through its methods and repaint only the rows they affect.

    Model row r shows schedule row `schedule_index(r)` (they differ once sorted). Everything this
    model's API and signals speak of is a schedule row index, never a model row, except Qt's own API.
    """

    checked_changed = Signal()            # the set of rows ticked for sending changed
    rows_changed = Signal(list)           # these row indices were rebuilt (edit, outcome written, ...);
                                          # emitted before dataChanged, after the schedule changed
    cells_edited = Signal(list)           # [(row, column, old value, new value)]: one user step (for undo)
    cells_written = Signal(list)          # same shape, written by the app (ids from sending) or by undo/redo
    rows_restructured = Signal()          # rows were inserted or removed: the row indices after them moved
    problems_changed = Signal(list)       # Review splices, for the problems list
    reset_done = Signal()                 # a new schedule (or mapping) is shown

    def __init__(self, document: Document | None = None, parent=None) -> None:
        super().__init__(parent)
        self.document = document if document is not None else Document()
        self.read_only = False               # while a send runs: no cell takes an edit from the grid
        self._checked: set[int] = set()
        self._place: dict[str, int] = {}
        self._order: list[int] = []          # model row -> schedule row
        self._row_of: list[int] = []         # schedule row -> model row
        if self.document.is_open:
            self.reset()

    # ---- the document ---------------------------------------------------------------------------
    @property
    def review(self) -> Review | None:
        return self.document.review

    @property
    def schedule(self):
        return self.document.schedule

    def set_read_only(self, on: bool) -> None:
        """Cells take no edits from the grid (flags); the app may still write them (ids of a send)."""
        self.read_only = on

    def reset(self, checked: Iterable[int] | None = None) -> None:
        """Show the document's rows afresh (another file, mapping or reading); every row is ticked unless
        `checked` says otherwise."""
        self.beginResetModel()
        review = self.document.review
        rows = len(review.schedule.rows) if review else 0
        self._checked = set(range(rows)) if checked is None else set(checked)
        self._order, self._row_of = list(range(rows)), list(range(rows))
        self._place = {}
        if review:
            schedule = review.schedule
            for column, header in enumerate(schedule.headers):
                self._place.setdefault(header, column + FIRST_DATA)
            for column, letter in enumerate(schedule.letters):
                if letter:
                    self._place[f"\0{letter}"] = column + FIRST_DATA
        self.endResetModel()
        self.reset_done.emit()
        self.checked_changed.emit()

    def schedule_index(self, row: int) -> int:
        """The schedule row shown on model row `row`."""
        return self._order[row]

    def model_row(self, index: int) -> int:
        """The model row showing schedule row `index`."""
        return self._row_of[index]

    def column_of(self, problem: Problem) -> int:
        """The model column a problem points at (the status column when it is not a sheet column)."""
        if problem.letter and f"\0{problem.letter}" in self._place:
            return self._place[f"\0{problem.letter}"]
        return self._place.get(problem.column, STATUS) if problem.column else STATUS

    def ensure_column(self, name: str) -> int:
        """The sheet column of canonical field `name`, added at the right (with the view told) if missing."""
        assert self.review is not None
        schedule = self.review.schedule
        column = schedule.column_of(name)
        if column is not None:
            return column
        position = self.columnCount()
        self.beginInsertColumns(QModelIndex(), position, position)
        column = self.document.ensure_column(name)
        self._place.setdefault(schedule.headers[column], column + FIRST_DATA)
        self.endInsertColumns()
        return column

    def set_cells(self, edits: list[Edit], undoable: bool = True, by_user: bool | None = None) -> list[int]:
        """Edit cells (sheet columns) as one step; returns the rows revalidated.

        `undoable=False`: `cells_written` fires, not `cells_edited` (the app writes ids from sending; undo and
        redo write too). `by_user` (default: undoable): the user changed them (undo and redo do), so a sent
        row says it was edited since and a job's answer knows the row changed."""
        assert self.review is not None
        values = self.review.schedule.rows
        undo = [(r, c, values[r].values[c], v) for r, c, v in edits]
        by_user = undoable if by_user is None else by_user
        typed_in = {r for r, _c, _v in edits if values[r].quiet} if by_user else set()
        affected, splices = self.document.edit(edits, by_user=by_user)
        self._rows_updated(affected, splices)
        if typed_in:                       # an added row typed in is a row to send, as every new row
            self.set_checked(typed_in)
        (self.cells_edited if undoable else self.cells_written).emit(undo)
        return affected

    def refresh_rows(self, indices: Iterable[int]) -> None:
        """Re-read rows that changed in the schedule behind the model's back (outcomes, ids written)."""
        if self.review is None:
            return
        indices = sorted(set(indices))
        self._rows_updated(indices, self.review.refresh(indices))

    def _rows_updated(self, rows: list[int], splices: list) -> None:
        self.rows_changed.emit(rows)          # first: the sort proxy refreshes its keys before re-sorting
        last = self.columnCount() - 1
        for first, end in row_runs(sorted(self._row_of[i] for i in rows)):
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))
        if splices:
            self.problems_changed.emit(splices)

    def _set_order(self, order: list[int]) -> None:
        self._order = order
        self._row_of = [0] * len(order)
        for row, index in enumerate(order):
            self._row_of[index] = row

    # ---- ticks ----------------------------------------------------------------------------------
    def checked_rows(self) -> list[int]:
        return sorted(self._checked)

    def checked_count(self) -> int:
        return len(self._checked)

    def is_checked(self, row: int) -> bool:
        return row in self._checked

    def set_checked(self, rows: Iterable[int], on: bool = True) -> None:
        rows = sorted(set(rows))
        if on:
            self._wake(rows)
            self._checked.update(rows)
        else:
            self._checked.difference_update(rows)
        for first, end in row_runs(sorted(self._row_of[i] for i in rows)):
            self.dataChanged.emit(self.index(first, CHECK), self.index(end, CHECK),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def check_only(self, rows: Iterable[int]) -> None:
        """Tick exactly `rows`."""
        self._checked = set(rows)
        self._wake(self._checked)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, CHECK), self.index(self.rowCount() - 1, CHECK),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    def _wake(self, rows: Iterable[int]) -> None:
        """Added rows not typed in show their problems once ticked to be sent."""
        if self.review is None:
            return
        values = self.review.schedule.rows
        quiet = [i for i in rows if values[i].quiet]
        if quiet:
            self._rows_updated(quiet, self.document.wake(quiet))

    def check_all(self) -> None:
        self.check_only(range(self.rowCount()))

    def check_none(self) -> None:
        self.check_only(())

    def check_problem_rows(self) -> None:
        self.check_only(self.review.problem_rows() if self.review else ())

    # ---- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.review is None else len(self.review.schedule.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.review is None else FIRST_DATA + len(self.review.schedule.headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CHECK:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() >= FIRST_DATA and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.review is None:
            return None
        row, column = self._order[index.row()], index.column()
        if column == CHECK:
            return self._check_data(row, role)
        if column == STATUS:
            return self._status_data(row, role)
        return self._cell_data(row, column, role)

    def _check_data(self, row: int, role: int):
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row in self._checked else Qt.CheckState.Unchecked
        if role == SORT_ROLE:
            return row in self._checked
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("schedule_model", "Rows selected here are previewed and sent")
        if role == Qt.ItemDataRole.BackgroundRole:
            return check_brush(self.document.compare.get(row))
        return None

    def _status_data(self, row: int, role: int):
        review = self.review
        record = review.schedule.rows[row]
        if role == Qt.ItemDataRole.DisplayRole or role in LOOK_ROLES:
            described = role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole)
            look = status_look(record.kind, review.severity[row], record.outcome, self.document.compare.get(row),
                               review.problems(row) if described else ())
            return look.text if role == Qt.ItemDataRole.DisplayRole else look_data(look, role)
        if role == SORT_ROLE:
            return (record.outcome.state if record.outcome else "", record.kind, -review.severity[row])
        if role == SEVERITY_ROLE:
            return review.severity[row]
        if role == PROBLEM_ROLE:
            return review.problems(row)
        if role == ROW_ROLE:
            return row
        return None

    def _cell_problems(self, row: int, column: int) -> list[Problem]:
        if not self.review.severity[row]:
            return []
        return [p for p in self.review.problems(row) if self.column_of(p) == column]

    def _cell_data(self, row: int, column: int, role: int):
        schedule = self.review.schedule
        value = schedule.rows[row].values[column - FIRST_DATA]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return display_text(value)
        if role == SORT_ROLE:
            return value
        if role in LOOK_ROLES:
            if role == Qt.ItemDataRole.DecorationRole and not self.review.severity[row]:
                return None                     # asked at every paint of every cell: the common case at once
            look = cell_look(self._cell_problems(row, column), self.document.compare.get(row), column - FIRST_DATA,
                             schedule.names)
            return look_data(look, role)
        if role == PROBLEM_ROLE:
            return self._cell_problems(row, column)
        if role == SEVERITY_ROLE:
            return worst(self._cell_problems(row, column))
        if role == Qt.ItemDataRole.ForegroundRole and schedule.names[column - FIRST_DATA] is None:
            return UNUSED_TEXT
        if role == ROW_ROLE:
            return row
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.review is None:
            return False
        row, column = self._order[index.row()], index.column()
        if column == CHECK and role == Qt.ItemDataRole.CheckStateRole:
            self.set_checked([row], Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if column >= FIRST_DATA and role == Qt.ItemDataRole.EditRole:
            if self.read_only:
                return False
            current = self.review.schedule.rows[row].values[column - FIRST_DATA]
            if display_text(value) == display_text(current):
                return True            # unchanged: keep the native value (a date stays a date)
            self.set_cells([(row, column - FIRST_DATA, value)])
            return True
        return False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self.review is None:
            return None
        schedule = self.review.schedule
        if orientation == Qt.Orientation.Vertical:
            record = schedule.rows[self._order[section]] if 0 <= section < len(schedule.rows) else None
            if role == Qt.ItemDataRole.DisplayRole and record is not None:
                return self.tr("new row") if record.added else str(record.number)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and record is not None:
                return (self.tr("Row {number}: added here, not in the workbook yet (Save as workbook writes it)")
                        .format(number=record.number) if record.added else self.tr("Row number in the sheet"))
            return None
        if section == CHECK:
            return tr("schedule_model", "Send") if role == Qt.ItemDataRole.DisplayRole else (
                self.tr("Ticked rows are previewed and sent (Space ticks the current row; click here to tick or "
                        "untick every row shown)") if role == Qt.ItemDataRole.ToolTipRole else None)
        if section == STATUS:          # named as in results workbooks: an export's own "Status" is another column
            return tr("schedule_model", "Send status") if role == Qt.ItemDataRole.DisplayRole else (
                tr("schedule_model", "What sending the row will do, or did (the app's column, not the sheet's)")
                if role == Qt.ItemDataRole.ToolTipRole else None)
        column = section - FIRST_DATA
        if not 0 <= column < len(schedule.headers):
            return None
        name = schedule.names[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return schedule.headers[column] or tr("schedule_model", "(column {letter})",
                                                  letter=schedule.letters[column])
        if role == Qt.ItemDataRole.ToolTipRole:
            where = (tr("schedule_model", "Column {letter}",
                        letter=schedule.letters[column]) if schedule.letters[column]
                     else tr("schedule_model", "Added column"))
            if name is None:
                return tr("schedule_model", "{column}: not used (not sent). Choose its field in Columns…", column=where)
            found = fields.field(name)
            return tr("schedule_model", "{column}: sent as {field} ({name})", column=where,
                      field=fields.shown_label(found) if found else name, name=name)
        if role == Qt.ItemDataRole.ForegroundRole and name is None:
            return UNUSED_TEXT
        return None


    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order rows by a column's native values (one Python sort; stable; blanks last either way)."""
        if self.review is None or not 0 <= column < self.columnCount():
            return
        sort_role = SORT_ROLE
        if column == CHECK:
            keys = [(0, i in self._checked) for i in range(len(self._order))]
        elif column == STATUS:
            keys = [sort_key(self._status_data(i, sort_role)) for i in range(len(self._order))]
        else:
            values = (row.values[column - FIRST_DATA] for row in self.review.schedule.rows)
            keys = [sort_key(v) for v in values]
        descending = order == Qt.SortOrder.DescendingOrder
        blanks = [i for i, k in enumerate(keys) if k[0] == 9]
        filled = sorted((i for i, k in enumerate(keys) if k[0] != 9), key=keys.__getitem__, reverse=descending)
        self._reorder(filled + blanks)

    def _reorder(self, order: list[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [self._order[i.row()] for i in old]
        self._set_order(order)
        self.changePersistentIndexList(old,
                                       [self.index(self._row_of[k], i.column()) for k,
                                        i in zip(kept, old, strict=True)])
        self.layoutChanged.emit()

