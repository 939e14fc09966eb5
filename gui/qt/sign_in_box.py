"""Settings ▸ "Sign in with Apptoto": the app's client id, who is signed in, Sign in… / Sign out, Cancel while the
browser is open. The wait for the browser runs on a worker (run_task); the GUI thread never blocks on it."""

from __future__ import annotations

import html
import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from gui.apptoto.credentials import CLIENT_ID_ENV
from gui.apptoto.errors import ApptotoError, SignInCancelled
from gui.core.i18n import tr
from gui.qt.account import SANDBOX, Account, Where
from gui.qt.tasks import run_task

OK_STYLE, BAD_STYLE = "color: #1b6e2a;", "color: #b3261e;"


class SignInBox(QWidget):
    """The sign-in part of the account settings: this widget is its row of buttons; its fields (the client id, the
    sign-in page, who is signed in: `fields()`) go into the dialog's own form so that they line up and wrap there.
    `where()` is the dialog's account as typed. `signed_in_changed` is emitted after a sign-in or sign-out."""

    signed_in_changed = Signal()

    def __init__(self, account: Account, where: Callable[[], Where], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_box")
        self.account, self._where = account, where
        self._cancel: threading.Event | None = None
        self._generation = 0
        self.note = ""                                   # e.g. "no keyring: kept until you quit"
        self.client_id = QLineEdit()
        self.client_id.setObjectName("client_id")
        self.client_id.setToolTip(tr("sign_in_box",
                                     "The client id of the app your office registered with Apptoto (Settings ▸ "
                                  "Integrations ▸ Developer Tools), with the redirect URI http://127.0.0.1."))
        self.authorize_url = QLineEdit()
        self.authorize_url.setObjectName("authorize_url")
        self.status = QLabel()
        self.status.setObjectName("sign_in_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setOpenExternalLinks(True)           # "open the sign-in page" when no browser opened
        self.sign_in_button = QPushButton(tr("sign_in_box", "Sign &in with Apptoto…"))
        self.sign_in_button.setObjectName("sign_in")
        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        self.sign_out_button = QPushButton(tr("sign_in_box", "Sign &out"))
        self.sign_out_button.setObjectName("sign_out")
        self.sign_out_button.clicked.connect(self._on_sign_out_button_clicked)
        self.cancel_button = QPushButton(tr("sign_in_box", "Cancel sign-in"))
        self.cancel_button.setObjectName("cancel_sign_in")
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.cancel_button.hide()
        buttons = QHBoxLayout(self)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.sign_in_button, self.sign_out_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

    def fields(self) -> list[tuple[str, QWidget]]:
        """(label, field) rows for the dialog's form."""
        return [(tr("sign_in_box", "App &client id:"), self.client_id),
                (tr("sign_in_box", "Sign-in page:"), self.authorize_url), ("", self.status)]

    # ---- state ----------------------------------------------------------------------------------
    @property
    def signing_in(self) -> bool:
        return self._cancel is not None

    def load(self, where: Where) -> None:
        self.client_id.setText(where.client_id)
        self.authorize_url.setText(where.authorize_url)
        self.server_changed(where)

    def server_changed(self, where: Where) -> None:
        """The sign-in page can be changed for another address only; the status follows the server."""
        if where.server == SANDBOX and not where.client_id:
            self.client_id.setPlaceholderText(tr("sign_in_box", "the sandbox's app: {app}", app=where.app_id))
        elif where.app_id and not where.client_id:
            self.client_id.setPlaceholderText(tr("sign_in_box", "from ${variable}: {app}", variable=CLIENT_ID_ENV,
                                                 app=where.app_id))
        else:
            self.client_id.setPlaceholderText(tr("sign_in_box", "from your office's app registration at Apptoto"))
        self.authorize_url.setPlaceholderText(tr("sign_in_box",
                                                 "https://…/oauth/authorize (default: the server's /oauth/authorize)"))
        if not self.signing_in:
            self.show_status()

    def show_status(self, text: str = "", ok: bool | None = None) -> None:
        """Who is signed in (or `text`), and which buttons apply."""
        where = self._where()
        signed_in = self.account.tokens(where) is not None
        self.status.setStyleSheet("" if ok is None else OK_STYLE if ok else BAD_STYLE)
        self._say(html.escape(text or self.account.sign_in_status(where)))
        self.sign_in_button.setText(tr("sign_in_box", "Sign &in again…") if signed_in else tr("sign_in_box",
                                                                                              "Sign &in with Apptoto…"))
        self.sign_out_button.setEnabled(signed_in)

    def cancel(self) -> None:
        """Stop waiting for the browser (the dialog closes)."""
        if self._cancel is not None:
            self._cancel.set()

    # ---- slots ----------------------------------------------------------------------------------
    def _on_sign_in_button_clicked(self) -> None:
        try:
            flow = self.account.start_sign_in(self._where())
        except (ValueError, ApptotoError) as exc:
            self.show_status(str(exc), ok=False)
            return
        self._generation += 1
        generation, self._cancel = self._generation, threading.Event()
        cancel = self._cancel
        self._set_busy(True)
        self.status.setStyleSheet("")
        self._say(tr("sign_in_box", "Waiting for you to sign in to Apptoto in your web browser… If no browser opened, "
                     "<a href=\"{address}\">open the sign-in page</a>.", address=html.escape(flow.url, quote=True)))
        flow.open_browser()
        run_task(lambda: self.account.finish_sign_in(flow, cancel),
                 lambda note: self._on_sign_in_done(generation, note),
                 lambda exc: self._on_sign_in_failed(generation, exc), owner=self)

    def _on_sign_in_done(self, generation: int, note: str) -> None:
        if generation != self._generation:
            return
        self._cancel = None
        self._set_busy(False)
        self.note = note
        self.show_status(" ".join(filter(None, (self.account.sign_in_status(self._where()), note))), ok=True)
        self.signed_in_changed.emit()

    def _on_sign_in_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._cancel = None
        self._set_busy(False)
        message = str(exc) if isinstance(exc, ApptotoError) else tr("sign_in_box", "The sign-in failed: {error}",
                                                                    error=type(exc).__name__)
        self.show_status(message, ok=None if isinstance(exc, SignInCancelled) else False)

    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    def _on_sign_out_button_clicked(self) -> None:
        self.account.sign_out(self._where())
        self.show_status()
        self._say(html.escape(self.account.sign_in_status(self._where())
                                        + tr("sign_in_box",
                                             " To withdraw Apptoto Sheets' access altogether, remove it under "
                                        "Authorized Applications in Apptoto.")))
        self.signed_in_changed.emit()

    def _say(self, rich_text: str) -> None:
        """Show the status; the label is kept tall enough for all its lines (a dialog does not grow by itself
        for a label that wraps onto more lines after it was shown)."""
        self.status.setText(rich_text)
        self.status.setMinimumHeight(max(0, self.status.heightForWidth(max(self.status.width(), 300))))

    def _set_busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)
        self.sign_out_button.setEnabled(not busy and self.account.tokens(self._where()) is not None)
        self.client_id.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
