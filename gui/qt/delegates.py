"""Cell editors fit for each field: a list for Show as, a tick box for All day, searchable time zones and
calendars, and a date/time box that says how it reads what is typed. Chosen by the column's canonical field."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import lru_cache

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from gui.core import convert, fields
from gui.core.i18n import tr, tr_noop
from gui.core.zones import all_zone_names, zone
from gui.qt.schedule_model import FIRST_DATA, ScheduleModel

Index = QModelIndex | QPersistentModelIndex
SHOW_AS_CHOICES = ("", tr_noop("delegates", "Free"), tr_noop("delegates", "Tentative"), tr_noop("delegates", "Busy"),
                   tr_noop("delegates", "Out of Office"), tr_noop("delegates", "Working Elsewhere"))   # written as is
YES = ("y", "yes", "true", "1", "x")
BLANK_TEXT = tr_noop("delegates", "(blank: left as it is)")
BOOL_BLANK = tr_noop("delegates", "(blank)")


@lru_cache(maxsize=1)
def zone_names() -> list[str]:
    return all_zone_names()


def completer(words: list[str], parent: QWidget) -> QCompleter:
    """Suggestions that contain what is typed, in any case, in a list under the box."""
    found = QCompleter(words, parent)
    found.setFilterMode(Qt.MatchFlag.MatchContains)
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    found.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    found.setMaxVisibleItems(12)
    return found


class HintedEdit(QLineEdit):
    """A line editor with a small note under the cell saying how what is typed will be read; Esc cancels the edit
    even while its suggestions are open (Qt's list would only close itself)."""

    cancelled = Signal()

    def __init__(self, parent: QWidget, explain) -> None:
        super().__init__(parent)
        self.explain = explain                   # text -> (note, ok)
        self.hint = QLabel(parent)
        self.hint.setObjectName("cell_hint")
        self.hint.setAutoFillBackground(True)
        self.hint.setMargin(3)
        self.hint.hide()
        self.textChanged.connect(self._on_self_text_changed)
        self.destroyed.connect(self.hint.deleteLater)

    def _on_self_text_changed(self, text: str) -> None:
        note, ok = self.explain(text)
        self.hint.setText(note)
        self.hint.setStyleSheet("QLabel { background: %s; border: 1px solid #b0b0b0; color: #202020; }"
                                % ("#eef6ea" if ok else "#fbe3e3"))
        self.hint.setVisible(bool(note) and self.isVisible())
        self.hint.adjustSize()
        self.place_hint()

    def setCompleter(self, found: QCompleter | None) -> None:
        super().setCompleter(found)
        if found is not None:
            found.popup().installEventFilter(self)      # after the completer's own filter: this one runs first

    def eventFilter(self, watched, event: QEvent) -> bool:
        completer = self.completer()
        if completer is not None and watched is completer.popup():
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                completer.popup().hide()
                self.cancelled.emit()
                return True
            if event.type() in (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Hide):
                QTimer.singleShot(0, self, self.place_hint)
        return super().eventFilter(watched, event)

    def place_hint(self) -> None:
        """Under the cell; above it when suggestions drop down under it (below them when they open upwards), or
        at the bottom of the grid; never under the open list of suggestions."""
        area = self.parentWidget().rect()
        box = self.geometry()
        height = self.hint.height()
        below, above = box.bottom() + 2, box.top() - height - 1
        popup = self.completer().popup() if self.completer() is not None else None
        listed = popup is not None and popup.isVisible()
        if listed:
            opens_up = popup.mapToGlobal(popup.rect().topLeft()).y() < self.mapToGlobal(self.rect().topLeft()).y()
            y = below if opens_up else above
        else:
            y = above if self.completer() is not None and above >= 0 else below
        if not listed and y + height > area.bottom():
            y = above
        x = max(0, min(box.left(), area.right() - self.hint.width()))
        if y < 0 or y + height > area.bottom() + 1:       # no room above or below: beside the cell
            y, x = box.top(), min(box.right() + 2, max(0, area.right() - self.hint.width()))
            if listed:                                    # ... and beside the list too
                list_right = self.parentWidget().mapFromGlobal(popup.mapToGlobal(popup.rect().topRight())).x()
                x = max(x, list_right + 2)
        self.hint.move(x, y)
        self.hint.raise_()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._on_self_text_changed(self.text())

    def hideEvent(self, event) -> None:
        self.hint.hide()
        super().hideEvent(event)


class ShowAsEditor(QComboBox):
    """Show as from a list; picking an entry from the opened list (Alt+Down, a click) also enters it."""

    picked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.addItems([tr("delegates", choice) if choice else "" for choice in SHOW_AS_CHOICES])
        self.setItemText(0, tr("delegates", BLANK_TEXT))
        self._open = False
        self.activated.connect(self._on_self_activated)

    def showPopup(self) -> None:
        self._open = True
        super().showPopup()

    def hidePopup(self) -> None:
        super().hidePopup()
        QTimer.singleShot(0, self, self._closed)        # `activated` follows the hiding: still "from the list"

    def _closed(self) -> None:
        self._open = False

    def _on_self_activated(self, _index: int) -> None:
        if self._open:
            self.picked.emit()


class BoolEditor(QCheckBox):
    """All day as a tick box: Space or a click toggles yes/no; y/x/1 ticks, n/0 unticks, Delete blanks it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTristate(True)
        self.setAutoFillBackground(True)
        self.setToolTip(tr("delegates", "Space ticks or unticks; Y or N; Delete leaves it blank (left as it is)"))
        self.stateChanged.connect(self._on_self_state_changed)

    def value(self) -> str:
        state = self.checkState()
        return "" if state == Qt.CheckState.PartiallyChecked else ("yes" if state == Qt.CheckState.Checked else "no")

    def set_value(self, text: str) -> None:
        if not text.strip():
            self.setCheckState(Qt.CheckState.PartiallyChecked)
            return
        try:
            on = convert.to_bool(text)
        except convert.CellProblem:
            on = text.strip().lower() in YES
        self.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._on_self_state_changed()

    def nextCheckState(self) -> None:
        self.setCheckState(Qt.CheckState.Unchecked if self.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)

    def _on_self_state_changed(self, *_args) -> None:
        value = self.value()
        self.setText(tr("delegates", "Yes") if value == "yes" else tr("delegates", "No") if value == "no"
                     else tr("delegates", BOOL_BLANK))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            event.accept()                       # Delete blanks this box, it does not clear the cells
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().lower()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setCheckState(Qt.CheckState.PartiallyChecked)
        elif text and text in "yxt1":
            self.setCheckState(Qt.CheckState.Checked)
        elif text and text in "nf0":
            self.setCheckState(Qt.CheckState.Unchecked)
        else:
            super().keyPressEvent(event)


class FieldDelegate(QStyledItemDelegate):
    """Picks the editor by the canonical field of the cell's column (plain text for the rest)."""

    def __init__(self, model: ScheduleModel, parent: QAbstractItemView) -> None:
        super().__init__(parent)
        self.model = model
        self.known_calendars: list[str] = []        # calendars Apptoto has (sandbox / account), if known

    def field_kind(self, index: Index) -> tuple[str | None, str | None]:
        """(canonical name, field kind) of the cell's column."""
        schedule = self.model.schedule
        column = index.column() - FIRST_DATA
        if schedule is None or not 0 <= column < len(schedule.names) or schedule.names[column] is None:
            return None, None
        found = fields.field(schedule.names[column])
        return schedule.names[column], found.kind if found else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        name, kind = self.field_kind(index)
        if kind == fields.SHOW_AS:
            box = ShowAsEditor(parent)
            box.picked.connect(lambda: QTimer.singleShot(0, box, lambda: self._enter(box)))
            return box
        if kind == fields.BOOL:
            return BoolEditor(parent)
        if kind == fields.ZONE:
            edit = HintedEdit(parent, explain_zone)
            self._suggest(edit, zone_names())
            return edit
        if kind in (fields.DATETIME, fields.DATE):
            order = self.model.schedule.options.date_order
            times = kind == fields.DATETIME and self.model.schedule.column_of("date") is not None
            return HintedEdit(parent, lambda text: explain_moment(text, order, kind == fields.DATE, times))
        if name == "calendar":
            seen = self.calendars()
            edit = HintedEdit(parent, lambda text: explain_calendar(text, seen))
            self._suggest(edit, seen)
            return edit
        return super().createEditor(parent, option, index)

    def _suggest(self, edit: HintedEdit, words: list[str]) -> None:
        """Suggestions under the box; choosing one (Enter or a click) also enters it, as Excel's AutoComplete; Esc
        in the list cancels the edit."""
        found = completer(words, edit)
        edit.setCompleter(found)
        edit.cancelled.connect(lambda: self.closeEditor.emit(edit, QAbstractItemDelegate.EndEditHint.RevertModelCache))
        found.activated.connect(lambda _text: QTimer.singleShot(0, edit, lambda: self._enter(edit)))

    def _enter(self, edit: QWidget) -> None:
        if edit.isVisible():
            self.commitData.emit(edit)
            self.closeEditor.emit(edit, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

    def calendars(self) -> list[str]:
        """Calendar names in the sheet (most used first), then those Apptoto is known to have."""
        schedule = self.model.schedule
        column = schedule.column_of("calendar")
        counted = Counter(str(row.values[column]).strip() for row in schedule.rows
                          if row.values[column] not in (None, ""))
        names = [name for name, _ in counted.most_common()]
        return names + sorted(set(self.known_calendars) - set(names))

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit) and editor.isModified():
            return       # the row changed behind an open editor (a job's answer): what the user is typing stays
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            choice = show_as_choice(text)
            editor.setCurrentIndex(SHOW_AS_CHOICES.index(choice) if choice in SHOW_AS_CHOICES else 0)
        elif isinstance(editor, BoolEditor):
            editor.set_value(text)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, SHOW_AS_CHOICES[editor.currentIndex()], Qt.ItemDataRole.EditRole)
        elif isinstance(editor, BoolEditor):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, HintedEdit) and self.field_kind(index)[1] == fields.DATETIME:
            model.setData(index, convert.tidy_typed_time(editor.text()), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        super().updateEditorGeometry(editor, option, index)
        if isinstance(editor, QComboBox) and editor.width() < 150:      # room for the labels, inside the grid
            right = editor.parentWidget().rect().right()
            editor.setGeometry(max(0, min(editor.x(), right - 150)), editor.y(), 150, editor.height())
        if isinstance(editor, HintedEdit):
            editor.place_hint()


def show_as_choice(text: str) -> str:
    """The list entry for a Show as cell ('2' is Busy), or the text itself when it is none of them."""
    try:
        return SHOW_AS_CHOICES[convert.to_show_as(text) + 1] if text.strip() else ""
    except convert.CellProblem:
        return text


def explain_moment(text: str, order: str, date_only: bool, times: bool = False) -> tuple[str, bool]:
    """How a date/time cell reads `text`: (note, readable). `times`: the sheet has a Date column, so the example
    given for what cannot be read is a time."""
    if not text.strip():
        return tr("delegates", "Blank: left as it is"), True
    try:
        moment = convert.to_date(text, order) if date_only else convert.to_moment(text, order)
    except convert.CellProblem as problem:
        if times:
            return tr("delegates", "✗ “{text}” is not a time I can read ({example})", text=text.strip(),
                      example=tr("convert", convert.TIME_HINT)), False
        return f"✗ {problem}", False
    if isinstance(moment, dt.datetime):
        offset = moment.strftime(" %z") if moment.tzinfo else ""
        return f"✓ {_day(moment)}, {moment:%H:%M}{offset}", True
    if isinstance(moment, dt.date):
        return f"✓ {_day(moment)}", True
    return tr("delegates", "✓ {time} on the day in the Date column", time=f"{moment:%H:%M}"), True


def _day(day: dt.date) -> str:
    """`Wed 09 Dec 2026`, in the user's language."""
    return tr("words", "{weekday} {day} {month} {year}", weekday=tr("weekday", day.strftime("%a")),
              day=day.strftime("%d"), month=tr("month", day.strftime("%b")), year=day.year)


def explain_zone(text: str) -> tuple[str, bool]:
    if not text.strip():
        return tr("delegates", "Blank: the default time zone"), True
    found = zone(text)
    if found is None:
        return tr("delegates", "✗ Not a time zone Apptoto knows: pick one from the list"), False
    offset = dt.datetime.now(found).strftime("%z")
    return tr("delegates", "✓ {zone}, now UTC{offset}", zone=found.key, offset=f"{offset[:3]}:{offset[3:]}"), True


def explain_calendar(text: str, seen: list[str]) -> tuple[str, bool]:
    name = text.strip()
    if not name or name in seen:
        return "", True
    close = [s for s in seen if s.casefold() == name.casefold()]
    if close:
        return tr("delegates", "Written differently from “{calendar}”", calendar=close[0]), False
    return tr("delegates", "A calendar not seen before: Apptoto will create it"), False
