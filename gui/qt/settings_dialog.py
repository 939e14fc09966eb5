"""The settings dialog: Apptoto account (sign in with Apptoto, or an API key; both in the keyring only), server, how
sheets are read, how rows are sent."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import shiboken6
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.apptoto.errors import failure_text
from gui.core.i18n import tr
from gui.core.zones import all_zone_names, local_zone_name, zone
from gui.qt import settings
from gui.qt.account import CUSTOM, SERVER_LABELS, Account, Where
from gui.qt.sign_in_box import SignInBox
from gui.qt.tasks import run_task

OK_STYLE, BAD_STYLE = "color: #1b6e2a;", "color: #b3261e;"


def searchable(combo: QComboBox) -> None:
    """Make an editable combo box find its items by any part of their text, ignoring case."""
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)



@cache
def country_codes() -> list[str]:
    """Two-letter country codes (ISO 3166) that Qt knows, sorted."""
    codes = {QLocale.territoryToCode(territory) for territory in QLocale.Country}
    return sorted(code for code in codes if len(code) == 2 and code.isalpha())

class SettingsDialog(QDialog):
    """Edits the settings; `accept()` stores them. `reading_changed` tells whether rows must be read again."""

    def __init__(self, account: Account, known_calendars: Iterable[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(tr("settings_dialog", "Settings"))
        self.setMinimumWidth(560)
        self.account = account
        self.reading_changed = False
        self.key_note = ""
        self.language_changed = False
        self._testing = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self._account_box())
        layout.addWidget(self._reading_box(sorted(set(known_calendars or ()))))
        layout.addWidget(self._sending_box())
        layout.addWidget(self._window_box())
        self.error = QLabel()
        self.error.setObjectName("settings_error")
        self.error.setStyleSheet(BAD_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load()
        for changed in (self.server.currentIndexChanged, self.url.textChanged, self.user.textChanged,
                        self.key.textChanged, self.sign_in_method.toggled, self.sign_in_box.signed_in_changed):
            changed.connect(self._on_account_changed)

    # ---- construction ---------------------------------------------------------------------------
    def _account_box(self) -> QGroupBox:
        box = QGroupBox(tr("settings_dialog", "Apptoto account"))
        form = QFormLayout(box)
        self.user = QLineEdit()
        self.user.setObjectName("account_user")
        self.user.setPlaceholderText(tr("settings_dialog", "the e-mail you log in to Apptoto with"))
        self.sign_in_method = QRadioButton(tr("settings_dialog", "Sign in with &Apptoto"))
        self.sign_in_method.setObjectName("sign_in_method")
        self.sign_in_method.setToolTip(tr("settings_dialog",
                                          "Sign in in your web browser; Apptoto Sheets never sees your password. "
                                       "Needs the client id of the app your office registered with Apptoto."))
        self.api_key_method = QRadioButton(tr("settings_dialog", "E-mail and API &key"))
        self.api_key_method.setObjectName("api_key_method")
        self.sign_in_method.toggled.connect(self._on_sign_in_method_toggled)
        methods = QHBoxLayout()
        methods.addWidget(self.sign_in_method)
        methods.addWidget(self.api_key_method)
        methods.addStretch(1)
        self.sign_in_box = SignInBox(self.account, self.where)
        self.sign_in_box.client_id.editingFinished.connect(self._on_client_id_editing_finished)
        self.key = QLineEdit()
        self.key.setObjectName("account_key")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setToolTip(tr("settings_dialog",
                               "Apptoto: Settings > Integrations > Developer Tools > API Keys. Kept in the system "
                            "keyring, never in a file."))
        self.server = QComboBox()
        self.server.setObjectName("account_server")
        for code, label in SERVER_LABELS.items():
            self.server.addItem(tr("account", label), code)
        self.url = QLineEdit()
        self.url.setObjectName("account_url")
        self.url.setPlaceholderText("https://…")
        self.server.currentIndexChanged.connect(self._on_server_current_index_changed)
        self.key_help = QLabel()
        self.key_help.setObjectName("key_help")
        self.key_help.setWordWrap(True)
        self.test_button = QPushButton(tr("settings_dialog", "&Test connection"))
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.test_result = QLabel()
        self.test_result.setObjectName("test_result")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        self.account_form = form
        form.addRow(tr("settings_dialog", "&Server:"), self.server)
        form.addRow(tr("settings_dialog", "Address:"), self.url)
        form.addRow(tr("settings_dialog", "&E-mail:"), self.user)
        form.addRow(tr("settings_dialog", "How:"), methods)
        for label, field in self.sign_in_box.fields():
            form.addRow(label, field)
        form.addRow("", self.sign_in_box)
        form.addRow(tr("settings_dialog", "API &key:"), self.key)
        form.addRow("", self.key_help)
        form.addRow("", test_row)
        form.addRow("", self.test_result)
        self.test_result.hide()                  # until a test says something
        return box

    def _reading_box(self, calendars: list[str]) -> QGroupBox:
        box = QGroupBox(tr("settings_dialog", "Reading the sheet"))
        form = QFormLayout(box)
        self.calendar = QLineEdit()
        self.calendar.setObjectName("default_calendar")
        self.calendar.setPlaceholderText(tr("settings_dialog", "none: every row names its calendar"))
        if calendars:
            self.calendar.setCompleter(QCompleter(calendars, self.calendar))
        self.zone = QComboBox()
        self.zone.setObjectName("default_zone")
        self.zone.setEditable(True)
        self.zone.addItems(all_zone_names())
        self.zone.lineEdit().setPlaceholderText(tr("settings_dialog", "this computer's zone ({zone})",
                                                   zone=local_zone_name()))
        searchable(self.zone)
        self.region = QComboBox()
        self.region.setObjectName("phone_region")
        self.region.setEditable(True)
        self.region.addItems(["", *country_codes()])
        self.region.lineEdit().setPlaceholderText(tr("settings_dialog", "any country (7 to 15 digits)"))
        searchable(self.region)
        form.addRow(tr("settings_dialog", "Default &calendar:"), self.calendar)
        form.addRow(tr("settings_dialog", "Default time &zone:"), self.zone)
        form.addRow(tr("settings_dialog", "&Phone numbers from:"), self.region)
        self.remember = QCheckBox(tr("settings_dialog", "Remember the columns chosen for each kind of file"))
        self.remember.setObjectName("remember_mappings")
        remembered = tr("settings_dialog", "The next export of the same shape opens with the same columns.")
        self.remember.setToolTip(remembered)
        self.remember.setAccessibleDescription(remembered)       # whole at 1024 × 700: the box's text is short
        form.addRow(self.remember)
        return box

    def _sending_box(self) -> QGroupBox:
        box = QGroupBox(tr("settings_dialog", "Sending"))
        form = QFormLayout(box)
        self.batch = QSpinBox()
        self.batch.setObjectName("batch_size")
        self.batch.setRange(1, 100)
        self.batch.setSuffix(tr("settings_dialog", " events a request"))
        self.rate = QSpinBox()
        self.rate.setObjectName("rate_limit")
        self.rate.setRange(1, 600)
        self.rate.setSuffix(tr("settings_dialog", " requests a minute"))
        self.external_ids = QCheckBox(tr("settings_dialog",
                                         "Give new rows an External ID (a retry can never make a duplicate)"))
        self.external_ids.setObjectName("external_ids")
        self.add_auto = QCheckBox(tr("settings_dialog", "Add #auto so Apptoto sends its auto messages for new events"))
        self.add_auto.setObjectName("add_auto")
        form.addRow(tr("settings_dialog", "&Batch size:"), self.batch)
        form.addRow(tr("settings_dialog", "&Rate limit:"), self.rate)
        form.addRow(self.external_ids)
        form.addRow(self.add_auto)
        return box

    def _window_box(self) -> QGroupBox:
        box = QGroupBox(tr("settings_dialog", "Window"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in settings.LANGUAGES.items():
            self.language.addItem(name or tr("settings_dialog", "As this computer"), code)
        self.language.setToolTip(tr("settings_dialog", "The language of the window's menus and messages, from the next "
                                    "start of Apptoto Sheets (the command line stays in English)."))
        form.addRow(tr("settings_dialog", "&Language:"), self.language)
        return box

    def _load(self) -> None:
        where = self.account.where
        self.user.setText(where.user)
        self.server.setCurrentIndex(max(0, self.server.findData(where.server)))
        self.url.setText(where.custom_url)
        (self.sign_in_method if where.sign_in else self.api_key_method).setChecked(True)
        self.sign_in_box.load(where)
        self._on_server_current_index_changed()
        self._on_sign_in_method_toggled()
        saved = bool(self.account.api_key(where.user))
        self.key.setPlaceholderText(tr("settings_dialog",
                                       "saved: type a new key to replace it") if saved else tr("settings_dialog", "paste the API key"))
        notes = []
        if self.account.session_only:
            notes.append(tr("settings_dialog", "Sandbox mode: the account here lasts until you quit."))
        elif not self.account.keyring_ok:
            notes.append(tr("settings_dialog",
                            "This computer has no system keyring: the API key is kept in memory until you quit, "
                         "and asked for again next time. It is never written to a file."))
        else:
            notes.append(tr("settings_dialog", "The API key is kept in the system keyring, never in a file."))
        self.key_help.setText(" ".join(notes))
        self.calendar.setText(settings.get(settings.DEFAULT_CALENDAR))
        self.zone.setCurrentIndex(-1)
        self.zone.setEditText(settings.get(settings.TIME_ZONE))
        self.region.setCurrentIndex(max(0, self.region.findText(settings.get(settings.PHONE_REGION))))
        self.remember.setChecked(settings.get(settings.REMEMBER_MAPPINGS))
        self.batch.setValue(settings.get(settings.BATCH_SIZE))
        self.rate.setValue(settings.get(settings.RATE_LIMIT))
        self.external_ids.setChecked(settings.get(settings.EXTERNAL_IDS))
        self.add_auto.setChecked(settings.get(settings.ADD_AUTO))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(settings.LANGUAGE))))

    # ---- reading the form -----------------------------------------------------------------------
    def where(self) -> Where:
        box = self.sign_in_box
        return Where(self.user.text().strip(), self.server.currentData(), self.url.text().strip(),
                     self.sign_in_method.isChecked(), box.client_id.text().strip(), box.authorize_url.text().strip())

    def typed_key(self) -> str:
        return self.key.text().strip()

    def _problem(self) -> str:
        """What stops the form from being stored ('' when nothing)."""
        where = self.where()
        try:
            self.account.base_url(where)
        except ValueError as exc:
            if where.server == CUSTOM:
                return str(exc)
        if where.sign_in and not where.app_id:
            return tr("settings_dialog", "Enter the client id of your office's Apptoto app to sign in with "
                                         "Apptoto, or use an API key.")
        text = self.zone.currentText().strip()
        if text and zone(text) is None:
            return tr("settings_dialog", "“{zone}” is not a time zone this app knows. Pick one from the list, "
                                         "or leave it "
                      "empty.", zone=text)
        region = self.region.currentText().strip().upper()
        if region and region not in country_codes():
            return tr("settings_dialog", "“{code}” is not a country code (e.g. US, GB, AU).",
                      code=self.region.currentText())
        return ""

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        where = self.where()
        self.account.set_where(where)
        if self.typed_key() and where.user:
            self.key_note = self.account.store_key(where.user, self.typed_key())
        reading = (self.calendar.text().strip(), self.zone.currentText().strip(),
                   self.region.currentText().strip().upper())
        read_settings = (settings.DEFAULT_CALENDAR, settings.TIME_ZONE, settings.PHONE_REGION)
        self.reading_changed = reading != tuple(settings.get(setting) for setting in read_settings)
        for setting, value in zip(read_settings, reading, strict=True):
            settings.put(setting, value)
        settings.put(settings.REMEMBER_MAPPINGS, self.remember.isChecked())
        settings.put(settings.BATCH_SIZE, self.batch.value())
        settings.put(settings.RATE_LIMIT, self.rate.value())
        settings.put(settings.EXTERNAL_IDS, self.external_ids.isChecked())
        settings.put(settings.ADD_AUTO, self.add_auto.isChecked())
        self.language_changed = settings.get(settings.LANGUAGE) != self.language.currentData()
        settings.put(settings.LANGUAGE, self.language.currentData())
        super().accept()

    def focus_key(self) -> None:
        """Put the focus on what Apptoto refused: the Sign in button, or the API key."""
        if self.sign_in_method.isChecked():
            self.sign_in_box.sign_in_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.key.setFocus(Qt.FocusReason.OtherFocusReason)
        self.key.selectAll()

    def done(self, result: int) -> None:
        self.sign_in_box.cancel()                # closing stops waiting for the browser
        super().done(result)

    # ---- slots ----------------------------------------------------------------------------------
    def _on_server_current_index_changed(self, *_args) -> None:
        self.url.setEnabled(self.server.currentData() == CUSTOM)
        self.sign_in_box.server_changed(self.where())
        self._on_sign_in_method_toggled()

    def _on_sign_in_method_toggled(self, *_args) -> None:
        signing_in = self.sign_in_method.isChecked()
        box = self.sign_in_box
        for widget in (box, box.client_id, box.status):
            self.account_form.setRowVisible(widget, signing_in)
        self.account_form.setRowVisible(box.authorize_url, signing_in and self.server.currentData() == CUSTOM)
        self.account_form.setRowVisible(self.key, not signing_in)
        self.account_form.setRowVisible(self.key_help, not signing_in)
        self.user.setPlaceholderText(tr("settings_dialog", "optional: shown as who is signed in") if signing_in
                                     else tr("settings_dialog", "the e-mail you log in to Apptoto with"))
        QTimer.singleShot(0, self, self._fit_height)         # once the rows shown or hidden are laid out

    def _fit_height(self) -> None:
        """As tall as the rows shown need at this width, never taller than the screen: choosing how to sign in
        shows other rows, and the dialog follows (it grew to the screen's height, empty space above OK)."""
        layout = self.layout()
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else self.sizeHint().height()
        room = self.screen().availableGeometry().height() - 40 if self.screen() is not None else wanted
        self.resize(self.width(), max(self.minimumSizeHint().height(), min(wanted, room)))

    def _on_client_id_editing_finished(self) -> None:
        self.sign_in_box.server_changed(self.where())

    def _on_account_changed(self, *_args) -> None:
        """Another server, address, e-mail, key or way of signing in: an earlier test said nothing of it."""
        self._testing += 1                       # a test on its way is of the old account: its answer is dropped
        self.test_button.setEnabled(True)
        self.test_result.clear()
        self.test_result.hide()

    def _on_test_button_clicked(self) -> None:
        where = self.where()
        try:
            client = self.account.client(where, self.typed_key() or None)
        except ValueError as exc:
            self._show_test(False, str(exc))
            return
        self._testing += 1
        generation = self._testing
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(tr("settings_dialog", "Asking Apptoto…"))
        self.test_result.show()
        server = self.account.server(where)
        where_text = server.name() if server is not None else client.base_url

        def work() -> None:
            with client:
                client.check()

        who = where.user if where.user and not where.sign_in else tr("settings_dialog", "the sign-in")
        works = tr("settings_dialog", "The account works: {server} accepted {who}.", server=where_text, who=who)
        run_task(work, lambda _none: self._on_test_done(generation, True, works),
                 lambda exc: self._on_test_done(generation, False, failure_text(exc, where_text)), owner=self)

    def _on_test_done(self, generation: int, ok: bool, text: str) -> None:
        if not shiboken6.isValid(self) or generation != self._testing:
            return                               # the dialog was closed, or the account changed, or a newer test
        self.test_button.setEnabled(True)
        self._show_test(ok, text)

    def _show_test(self, ok: bool, text: str) -> None:
        self.test_result.show()
        self.test_result.setStyleSheet(OK_STYLE if ok else BAD_STYLE)
        self.test_result.setText(("✔ " if ok else "✘ ") + text)

