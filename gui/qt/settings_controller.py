"""Settings from the window: the dialog (gui/qt/settings_dialog.py), then what its answers change — rows read
again with another zone, date order or calendar; compare results dropped when the account or server changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from gui.apptoto.document import Document, Server
from gui.core.i18n import tr
from gui.qt import dialogs, settings
from gui.qt.account import Account
from gui.qt.busy import Busy
from gui.qt.schedule_model import ScheduleModel


class SettingsController(QObject):
    """Opens the settings (Ctrl+,); the send controller opens them too when Apptoto refused the key."""

    message = Signal(str, int)             # for the status bar: text, milliseconds

    def __init__(self, document: Document, busy: Busy, model: ScheduleModel, account: Account,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.document, self.busy, self.model, self.account, self.parent_widget = document, busy, model, account, parent
        busy.actions.settings.triggered.connect(self._on_settings_triggered)

    def open(self, focus_key: bool = False, why: str = "") -> bool:
        """The settings dialog; True when OK stored them."""
        from gui.qt.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.account, self.document.known_calendars, self.parent_widget)
        if why:
            dialog.error.setText(why)
            dialog.error.show()
        if focus_key:
            dialog.focus_key()
        ok = dialogs.edit_settings(dialog)
        if ok and dialog.key_note:
            self.message.emit(dialog.key_note, 15000)
        if ok:
            self._apply(dialog.reading_changed)
        dialog.deleteLater()
        return ok

    def _apply(self, reading_changed: bool) -> None:
        if not self.document.is_open:
            return
        checked = self.model.checked_rows()
        try:
            server = Server(self.account.base_url(), self.account.where.user)
        except ValueError:
            server = None
        dropped = server is not None and self.document.switch_server(server)
        if reading_changed:
            self.document.reread(settings.options())
            self.message.emit(tr("settings_controller", "Rows read again with the new settings."), 15000)
        elif dropped:
            self.message.emit(tr("settings_controller", "Another Apptoto account or server: compare again to see what sending would "
                              "change there."), 15000)
        if reading_changed or dropped:
            self.model.reset(checked)

    def _on_settings_triggered(self) -> None:
        self.account.load_key(self.open, owner=self)
