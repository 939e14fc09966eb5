"""The status bar's name of the sheet in use ("Sheet: Monday"); with several sheets holding data, a click lists
them and choosing one opens it instead (the window asks first about unsaved edits)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class SheetSwitcher(QToolButton):
    """Names the sheet; its menu (also Sheet ▸ Switch sheet) offers the workbook's other sheets with data."""

    sheet_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheet_switcher")
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sheets_menu = QMenu(self.tr("S&witch sheet"), self)
        self.sheets_menu.setObjectName("sheets_menu")
        self.setMenu(self.sheets_menu)
        self.group = QActionGroup(self)
        self.hide()

    def show_sheets(self, current: str | None, sheets: list[str]) -> None:
        """Name `current` ('' or None: a CSV file, nothing to name) and list `sheets` to switch to."""
        self.sheets_menu.clear()
        for action in self.group.actions():
            self.group.removeAction(action)
        for number, name in enumerate(sheets, start=1):
            action = self.sheets_menu.addAction(f"&{number} {name.replace('&', '&&')}")
            action.setData(name)
            action.setCheckable(True)
            action.setChecked(name == current)
            self.group.addAction(action)
            action.triggered.connect(lambda _on=False, n=name: self._on_sheet_triggered(n, current))
        self.sheets_menu.setEnabled(len(sheets) > 1)
        if not current:
            self.hide()
            return
        self.setText(self.tr("Sheet: {name}").format(name=current) + (" ▾" if len(sheets) > 1 else ""))
        self.setAccessibleName(self.tr("Sheet in use: {name}").format(name=current))
        self.setToolTip(self.tr("The sheet of the workbook shown in the grid. Click to open another of its sheets.")
                        if len(sheets) > 1 else self.tr("The sheet of the workbook shown in the grid (the only one "
                                                        "with data)."))
        self.show()

    def _on_sheet_triggered(self, name: str, current: str | None) -> None:
        if name != current:
            self.sheet_chosen.emit(name)
