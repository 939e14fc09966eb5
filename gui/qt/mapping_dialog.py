"""The column-mapping dialog: one dropdown per sheet column (friendly field names), load and save mapping files."""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.core import fields
from gui.qt import dialogs
from gui.qt.schedule_model import display_text
from gui.sheets.mapping import ColumnMap, MappingError, load_mapping, map_columns, save_mapping

NOT_USED = "— not used —"
EXTRA_PARTICIPANTS = 3          # participant2_… to participant<N>_… are offered


def field_choices(header: str) -> list[tuple[str, str | None]]:
    """(label, canonical name) offered for a column: not used, the catalogue, more participants, custom data."""
    choices: list[tuple[str, str | None]] = [(NOT_USED, None)]
    choices += [(f.label, f.name) for f in fields.CANONICAL]
    for n in range(1, EXTRA_PARTICIPANTS):
        for part in ("name", "email", "phone"):
            f = fields.participant_field(n, part)
            choices.append((f.label, f.name))
    key = "_".join(header.lower().split()) or "value"
    choices.append((f"Custom data: {key}", f"custom_data.{key}"))
    return choices


class MappingDialog(QDialog):
    """Choose, for every column of the sheet, the Apptoto field it fills (or none)."""

    def __init__(self, headers: list[str], letters: list[str], names: list[str | None], samples: list[str],
                 sheet: str = "", folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Columns")
        self.headers, self.sheet, self.folder = list(headers), sheet, folder
        self.combos: list[QComboBox] = []
        intro = QLabel("Choose what each column of the sheet holds. Columns marked “not used” are shown "
                       "greyed in the grid and never sent.")
        intro.setWordWrap(True)
        form = QFormLayout()
        for column, header in enumerate(headers):
            combo = QComboBox()
            for label, name in field_choices(header):
                combo.addItem(label, name)
            extra = names[column]
            if extra is not None and combo.findData(extra) < 0:
                found = fields.field(extra)
                combo.addItem(found.label if found else extra, extra)
            combo.setCurrentIndex(max(0, combo.findData(names[column])))
            combo.setAccessibleName(f"Field for column {letters[column]} {header}")
            sample = f"  <span style='color:gray'>e.g. {samples[column]}</span>" if samples[column] else ""
            label = QLabel(f"<b>{letters[column]}</b> {header or '(no header)'}{sample}")
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.combos.append(combo)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.load_button = QPushButton("&Load mapping…")
        self.save_button = QPushButton("&Save mapping…")
        buttons.addButton(self.load_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.load_button.clicked.connect(self._on_load_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

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

    def column_map(self) -> ColumnMap:
        names = self.names()
        return ColumnMap(list(self.headers), names, [""] * len(names))

    def _on_load_button_clicked(self) -> None:
        path = dialogs.ask_open_json(self, "Load a column mapping", self.folder)
        if not path:
            return
        try:
            mapping = load_mapping(path)
            self.set_names(map_columns(self.headers, mapping.columns, source=f"Mapping file “{path}”").fields)
        except MappingError as exc:
            dialogs.show_error(self, "Load mapping", str(exc))

    def _on_save_button_clicked(self) -> None:
        path = dialogs.ask_save_json(self, "Save the column mapping", os.path.join(self.folder, "mapping.json"))
        if not path:
            return
        try:
            save_mapping(path, self.column_map(), sheet=self.sheet or None)
        except MappingError as exc:
            dialogs.show_error(self, "Save mapping", str(exc))


def samples_of(rows, width: int, count: int = 3) -> list[str]:
    """A few non-blank example values per column, for the dialog's labels."""
    found: list[list[str]] = [[] for _ in range(width)]
    for row in rows[:200]:
        for column in range(width):
            value = row.values[column]
            if value is not None and len(found[column]) < count:
                text = display_text(value)
                if text not in found[column]:
                    found[column].append(text[:30])
    return [", ".join(f) for f in found]


def ask_mapping(parent: QWidget, schedule, folder: str = "") -> list[str | None] | None:
    """Show the dialog for a schedule's columns; the chosen names, or None when cancelled."""
    dialog = MappingDialog(schedule.headers, schedule.letters, schedule.names,
                           samples_of(schedule.rows, len(schedule.headers)), schedule.sheet, folder, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.names()
    finally:
        dialog.deleteLater()
