"""The status bar's note of how the open file is read: its remembered mapping and its date order (click: Columns)."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton, QWidget

from gui.core.i18n import tr
from gui.sheets.dateorder import DEFAULT, WORDS
from gui.sheets.load import Loaded


class MappingBadge(QToolButton):
    """'Mapping: Jane export (saved 12 Dec) · dates day first'; clicking it opens the Columns dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapping_badge")
        self.setAutoRaise(True)
        self.setAccessibleName(self.tr("How the file is read"))
        self.hide()

    def show_loaded(self, loaded: Loaded | None) -> None:
        if loaded is None:
            self.hide()
            return
        dates = loaded.dates
        parts = [loaded.mapping_label()] if loaded.mapping is not None else []
        if dates.source != DEFAULT:             # a file without text dates has no order to tell
            parts.append(tr("mapping_badge", "dates {order}", order=tr("dateorder", WORDS[dates.order])))
        if not parts:
            self.hide()
            return
        self.setText(" · ".join(parts))
        self.setAccessibleName(self.tr("How the file is read: {how}").format(how=self.text()))
        tip = [tr("mapping_badge", "Dates written as text are read {order}.", order=dates.words()),
               *loaded.warnings[:1],
               tr("mapping_badge", "Click to change the columns or the date order for this file (Ctrl+M).")]
        self.setToolTip(" ".join(tip))
        self.show()
