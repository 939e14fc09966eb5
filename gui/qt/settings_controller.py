"""Settings from the window: the dialog (gui/qt/settings_dialog.py), then what its answers change — rows read
again with another zone, date order or calendar; and, when the server or account changed, what came from the old
one cleared (ids, send results, compare results) with a note, and the banner told."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from gui.apptoto.document import Document
from gui.core.i18n import tr
from gui.qt import dialogs, settings
from gui.qt.account import Account
from gui.qt.busy import Busy
from gui.qt.schedule_model import ScheduleModel


class SettingsController(QObject):
    """Opens the settings (Ctrl+,); the send controller opens them too when Apptoto refused the key."""

    message = Signal(str, int)             # for the status bar: text, milliseconds
    server_changed = Signal(object)        # the Server (or None) the rows go to now: the banner follows

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
        if ok and dialog.language_changed:
            self.message.emit(tr("settings_controller", "The new language is used from the next start of Apptoto "
                                 "Sheets."), 15000)
        if ok:
            self._apply(dialog.reading_changed)
        dialog.deleteLater()
        return ok

    def _apply(self, reading_changed: bool) -> None:
        if self.document.is_open and reading_changed:
            checked = self.model.checked_rows()
            self.document.reread(settings.options())
            self.model.reset(checked)
            self.message.emit(tr("settings_controller", "Rows read again with the new settings."), 15000)
        self.follow_server()

    def follow_server(self) -> bool:
        """The rows go to the account's server from now on: the banner follows at once, and ids, send results and
        compare results of another server or account are cleared (never sent there), said in the status bar and
        in the next confirmation. Rows that had been sent there are ticked again (not sent to this account yet).
        Idempotent: True when something was cleared."""
        server = self.account.server()
        switched = self.document.switch_server(server) if server is not None else None
        if server is not None:
            self.document.known_calendars = self.account.known_calendars(server)
        if switched:
            if switched.ids:                       # written by the app: not an undo step
                self.model.set_cells(switched.ids, undoable=False)
            self.model.refresh_rows(switched.rows)
            if switched.sent:
                self.model.set_checked(switched.sent, True)
            self.message.emit(switched.clearing.note(), 0)
        self.server_changed.emit(server)
        return bool(switched)

    def _on_settings_triggered(self) -> None:
        self.account.load_key(self.open, owner=self)
