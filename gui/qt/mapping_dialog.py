"""The Columns dialog: for each sheet column, its values and the Apptoto field it fills (suggestions pre-chosen),
what is still needed, how the file's dates read, and loading / saving / remembering the mapping."""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.core import fields
from gui.core.i18n import tr, tr_noop, trn
from gui.qt import dialogs
from gui.qt.schedule_model import display_text
from gui.sheets import needed
from gui.sheets.dateorder import SAVED, DateOrder
from gui.sheets.mapping import ColumnMap, MappingError, load_mapping, map_columns, save_mapping
from gui.sheets.memory import default_name

NOT_USED = tr_noop("mapping_dialog", "— not used —")         # these texts: tr("mapping_dialog", ...) where shown
EXTRA_PARTICIPANTS = 3          # participant2_… to participant<N>_… are offered
DATE_ORDERS = {"MDY": tr_noop("mapping_dialog", "Month first (03/04/2026 is 4 March)"),
               "DMY": tr_noop("mapping_dialog", "Day first (03/04/2026 is 3 April)"),
               "YMD": tr_noop("mapping_dialog", "Year first (2026/03/04)")}
UNUSED_HELP = tr_noop("mapping_dialog", "Not sent: the column stays in the grid, greyed.")
WARN_STYLE, OK_STYLE = "color: #8a4b00;", "color: #1b6e2a;"
SAMPLE_SEPARATOR = "  ·  "
SAMPLE_WIDTH = 250              # pixels of example values shown; the whole text is the tooltip


@dataclass(frozen=True, slots=True)
class Choice:
    """What the user chose: a field per column, the date order (None: as the file's dates show), the name the
    mapping is remembered under."""

    names: list[str | None]
    date_order: str | None = None
    name: str = ""


def field_choices(header: str) -> list[tuple[str, str | None]]:
    """(label, canonical name) offered for a column: not used, the catalogue, more participants, custom data."""
    choices: list[tuple[str, str | None]] = [(tr("mapping_dialog", NOT_USED), None)]
    choices += [(fields.shown_label(f), f.name) for f in fields.CANONICAL]
    for n in range(1, EXTRA_PARTICIPANTS):
        for part in ("name", "email", "phone"):
            f = fields.participant_field(n, part)
            choices.append((fields.shown_label(f), f.name))
    key = "_".join(header.lower().split()) or "value"
    choices.append((tr("mapping_dialog", "Custom data: {key}", key=key), f"custom_data.{key}"))
    return choices


def describe(name: str | None) -> str:
    """A short description of a field, for the dialog."""
    if name is None:
        return tr("mapping_dialog", UNUSED_HELP)
    found = fields.field(name)
    return fields.shown_help(found) if found else name


class MappingDialog(QDialog):
    """Choose, for every column of the sheet, the Apptoto field it fills (or none)."""

    def __init__(self, headers: list[str], letters: list[str], names: list[str | None], samples: list[str],
                 sheet: str = "", folder: str = "", parent: QWidget | None = None, *,
                 suggested: dict[int, str] | None = None, dates: DateOrder | None = None, mapping_label: str = "",
                 mapping_name: str = "", default_calendar: str = "", remember: bool = True,
                 notes: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("mapping_dialog", "Columns"))
        self.headers, self.sheet, self.folder = list(headers), sheet, folder
        self.default_calendar = default_calendar
        self.suggested = dict(suggested or {})
        self.dates = dates or DateOrder()
        self.combos: list[QComboBox] = []
        self.descriptions: list[QLabel] = []
        self.samples = list(samples)
        self.notes = list(notes or [""] * len(headers))     # why a column is not used, as the matcher said
        intro = QLabel(tr("mapping_dialog", "Choose what each column of the sheet holds. Columns marked “not used” are "
                          "shown greyed in the grid and never sent.")
                       + (" " + tr("mapping_dialog", "Choices marked “suggested” come from the column's values: check "
                                   "them.") if self.suggested else ""))
        intro.setWordWrap(True)
        self.needed = QLabel()
        self.needed.setObjectName("needed")
        self.needed.setWordWrap(True)
        self.needed.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if mapping_label:
            self.mapping_line = QLabel(tr("mapping_dialog", "<b>{mapping}</b>: the columns chosen last time for files "
                                          "with these headers. Change anything below; OK keeps the change for next "
                                          "time.", mapping=mapping_label))
            self.mapping_line.setWordWrap(True)
            layout.addWidget(self.mapping_line)
        layout.addWidget(self.needed)
        layout.addWidget(self._column_grid(headers, letters, names), 1)
        layout.addLayout(self._file_form(mapping_name, remember))
        self.error = QLabel()
        self.error.setObjectName("mapping_error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(self._buttons())
        self._on_combo_current_index_changed()
        self._fit_to_screen()

    # ---- construction ---------------------------------------------------------------------------
    def _column_grid(self, headers: list[str], letters: list[str], names: list[str | None]) -> QScrollArea:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for col, title in enumerate((tr("mapping_dialog", "Column"), tr("mapping_dialog", "Values"),
                                     tr("mapping_dialog", "Field"), tr("mapping_dialog", "What it is"))):
            heading = QLabel(f"<b>{title}</b>")
            grid.addWidget(heading, 0, col)
        for column, header in enumerate(headers):
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for label, name in field_choices(header):
                combo.addItem(label, name)
                combo.setItemData(combo.count() - 1, describe(name), Qt.ItemDataRole.ToolTipRole)
            chosen = names[column] if names[column] is not None else self.suggested.get(column)
            if chosen is not None and combo.findData(chosen) < 0:
                found = fields.field(chosen)
                combo.addItem(fields.shown_label(found) if found else chosen, chosen)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.setAccessibleName(tr("mapping_dialog", "Field for column {letter} {header}", letter=letters[column],
                                       header=header))
            combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
            label = QLabel(f"<b>{letters[column]}</b>&nbsp; {header or tr('mapping_dialog', '(no header)')}")
            label.setBuddy(combo)
            sample = QLabel()
            sample.setText(sample.fontMetrics().elidedText(self.samples[column] or tr("mapping_dialog", "(empty)"),
                                                           Qt.TextElideMode.ElideRight, SAMPLE_WIDTH))
            sample.setStyleSheet("color: gray;")
            sample.setToolTip(self.samples[column])
            description = QLabel()
            description.setWordWrap(True)
            description.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            for col, widget in enumerate((label, sample, combo, description)):
                grid.addWidget(widget, column + 1, col, Qt.AlignmentFlag.AlignTop if col == 3 else
                               Qt.AlignmentFlag.AlignVCenter)
            self.combos.append(combo)
            self.descriptions.append(description)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(headers) + 1, 1)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(body)
        return scroll

    def _file_form(self, mapping_name: str, remember: bool) -> QFormLayout:
        form = QFormLayout()
        self.date_order = QComboBox()
        self.date_order.setObjectName("date_order")
        for code, text in DATE_ORDERS.items():
            self.date_order.addItem(tr("mapping_dialog", text), code)
        self.date_order.setCurrentIndex(max(0, self.date_order.findData(self.dates.order)))
        self.date_order.setToolTip(tr("mapping_dialog",
                                      "How this file's dates written as text read. Chosen per file, and kept with its "
                                   "columns for the next file like it."))
        dates_row = QWidget()
        row = QVBoxLayout(dates_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_order)
        self.dates_note = QLabel(tr("mapping_dialog", "In use: {order}.", order=self.dates.words()))
        self.dates_note.setStyleSheet("color: gray;")
        self.dates_note.setWordWrap(True)
        row.addWidget(self.dates_note)
        form.addRow(tr("mapping_dialog", "&Dates written as text:"), dates_row)
        self.name_edit = QLineEdit(mapping_name)
        self.name_edit.setObjectName("mapping_name")
        self.name_edit.setPlaceholderText(tr("mapping_dialog", "e.g. Jane export"))
        if remember:
            form.addRow(tr("mapping_dialog", "&Remember for files like this as:"), self.name_edit)
        else:
            self.name_edit.hide()
        return form

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.load_button = QPushButton(tr("mapping_dialog", "&Load mapping…"))
        self.save_button = QPushButton(tr("mapping_dialog", "&Save mapping…"))
        self.load_button.setToolTip(tr("mapping_dialog", "Use a mapping file a colleague saved"))
        self.save_button.setToolTip(tr("mapping_dialog", "Save these choices to a file to share with colleagues"))
        buttons.addButton(self.load_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.load_button.clicked.connect(self._on_load_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        return buttons

    def _fit_to_screen(self) -> None:
        """As wide as the columns need (never cutting a field's name), within the screen."""
        wanted_width = 1040
        wanted_height = 260 + 34 * len(self.headers)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            wanted_width = min(wanted_width, screen.width() - 40)
            wanted_height = min(wanted_height, screen.height() - 60)
        self.resize(max(wanted_width, 600), max(wanted_height, 420))

    # ---- reading the choices --------------------------------------------------------------------
    def names(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def set_names(self, names: list[str | None]) -> None:
        for combo, name in zip(self.combos, names, strict=True):
            index = combo.findData(name)
            if index < 0:
                found = fields.field(name) if name else None
                combo.addItem(found.label if found else str(name), name)
                index = combo.count() - 1
            combo.setCurrentIndex(index)

    def choice(self) -> Choice:
        order = self.date_order.currentData()
        changed = order != self.dates.order or self.dates.source == SAVED
        return Choice(self.names(), order if changed else None, self.name_edit.text().strip())

    def column_map(self) -> ColumnMap:
        names = self.names()
        return ColumnMap(list(self.headers), names, [""] * len(names))

    def accept(self) -> None:
        clash = self._clash()
        if clash:
            self.error.setText(clash)
            self.error.show()
            return
        super().accept()

    def _clash(self) -> str:
        """'"Visit" and "Type" are both chosen as Title: choose one.' ('' when every field has one column)."""
        seen: dict[str, int] = {}
        for column, name in enumerate(self.names()):
            if name is None:
                continue
            if name in seen:
                label = self.combos[column].currentText()
                return tr("mapping_dialog", "“{first}” and “{second}” are both chosen as {field}: choose one of them.",
                          first=self.headers[seen[name]], second=self.headers[column], field=label)
            seen[name] = column
        return ""

    # ---- slots ----------------------------------------------------------------------------------
    def _on_combo_current_index_changed(self, *_args) -> None:
        names = self.names()
        for column, (combo, description) in enumerate(zip(self.combos, self.descriptions, strict=True)):
            text = describe(combo.currentData())
            if combo.currentData() is not None and self.suggested.get(column) == combo.currentData():
                text = tr("mapping_dialog", "<i>Suggested from its values.</i> ") + text
            elif combo.currentData() is None and self.notes[column] and self.notes[column] != tr(
                    "mapping", '"{column}" is not a known column; it is ignored.', column=self.headers[column]):
                text = self.notes[column]           # e.g. a home phone set aside for the mobile one
            description.setText(text)
        self._show_needed(names)

    def _show_needed(self, names: list[str | None]) -> None:
        lacking = needed.missing(names, self.default_calendar)
        if not lacking:
            self.needed.setStyleSheet(OK_STYLE)
            self.needed.setText(tr("mapping_dialog", "Every field a new appointment needs has a column."))
            return
        free = needed.unused(self.headers, names)
        unknown = [i for i in free if not fields.candidates(self.headers[i])]    # those no name matched first
        free = unknown or free
        hint = ""
        if free:
            listed = ", ".join(tr("mapping_dialog", "“{column}” (e.g. {value})", column=self.headers[i],
                                  value=self.samples[i].split(SAMPLE_SEPARATOR)[0]) if self.samples[i]
                               else f"“{self.headers[i]}”" for i in free[:6])
            hint = "<br>" + tr("mapping_dialog", "Columns not used yet: {columns}. One of them may hold it.",
                               columns=listed + (", …" if len(free) > 6 else ""))
        self.needed.setStyleSheet(WARN_STYLE)
        self.needed.setText(trn("mapping_dialog", "<b>Still needed:</b> {fields}. Without it, rows cannot become "
                                "appointments with reminders.", "<b>Still needed:</b> {fields}. Without them, rows "
                                "cannot become appointments with reminders.", len(lacking),
                                fields=", ".join(lacking)) + hint)

    def _on_load_button_clicked(self) -> None:
        path = dialogs.ask_open_json(self, tr("mapping_dialog", "Load a column mapping"), self.folder)
        if not path:
            return
        try:
            mapping = load_mapping(path)
            self.set_names(map_columns(self.headers, mapping.columns,
                                       source=tr("mapping_dialog", "Mapping file “{file}”", file=path)).fields)
        except MappingError as exc:
            dialogs.show_error(self, tr("mapping_dialog", "Load mapping"), str(exc))
            return
        if mapping.date_order:
            self.date_order.setCurrentIndex(max(0, self.date_order.findData(mapping.date_order)))
        if mapping.name:
            self.name_edit.setText(mapping.name)

    def _on_save_button_clicked(self) -> None:
        path = dialogs.ask_save_json(self, tr("mapping_dialog", "Save the column mapping"),
                                     os.path.join(self.folder, "mapping.json"))
        if not path:
            return
        try:
            save_mapping(path, self.column_map(), sheet=self.sheet or None, name=self.name_edit.text().strip() or None,
                         date_order=self.date_order.currentData())
        except MappingError as exc:
            dialogs.show_error(self, tr("mapping_dialog", "Save mapping"), str(exc))


def samples_of(rows, width: int, count: int = 3) -> list[str]:
    """A few non-blank example values per column, for the dialog."""
    found: list[list[str]] = [[] for _ in range(width)]
    for row in rows[:200]:
        for column in range(width):
            value = row.values[column]
            if value is not None and len(found[column]) < count:
                text = display_text(value)
                if text not in found[column]:
                    found[column].append(text[:30])
    return [SAMPLE_SEPARATOR.join(f) for f in found]


def ask_mapping(parent: QWidget, loaded, folder: str = "", default_calendar: str = "",
                remember: bool = True) -> Choice | None:
    """Show the dialog for a loaded file's columns (its suggestions pre-chosen); the choice, or None when
    cancelled."""
    schedule = loaded.schedule
    name = loaded.mapping.name if loaded.mapping is not None and loaded.mapping.name else \
        default_name(schedule.headers, schedule.source)
    dialog = MappingDialog(schedule.headers, schedule.letters, schedule.names,
                           samples_of(schedule.rows, len(schedule.headers)), schedule.sheet, folder, parent,
                           suggested=loaded.columns.suggested, dates=loaded.dates,
                           mapping_label=loaded.mapping_label() if loaded.remembered else "",
                           mapping_name=name, default_calendar=default_calendar, remember=remember,
                           notes=loaded.columns.notes)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
    finally:
        dialog.deleteLater()
