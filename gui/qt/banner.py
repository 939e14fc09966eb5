"""The server banner: a coloured bar at the top of the window saying where sends go whenever that is not plain —
the SANDBOX (a local simulator), the REAL Apptoto in a window started as a sandbox, or another server."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from gui.core.i18n import tr
from gui.core.server import Server

SANDBOX, REAL, OTHER, NONE = "sandbox", "real", "other", ""
STYLES = {
    SANDBOX: "background: #f5a623; color: #1f1400; border-bottom: 1px solid #b97800;",
    REAL: "background: #b3261e; color: #ffffff; border-bottom: 1px solid #7a1a14;",
    OTHER: "background: #35506e; color: #ffffff; border-bottom: 1px solid #1f3147;",
}


def banner_kind(server: Server | None, sandbox_url: str | None) -> str:
    """Which banner: the sandbox of this window; the real Apptoto only in a window started with --sandbox (where
    the user expects practice: a normal window talks to the real Apptoto, said in every confirmation); any other
    server (a local one that is not this window's sandbox too)."""
    if server is None:
        return NONE
    if sandbox_url is not None and server.same_server(Server(sandbox_url)):
        return SANDBOX
    if server.is_apptoto:
        return REAL if sandbox_url is not None else NONE
    return OTHER


class ServerBanner(QLabel):
    """Follows the window's server (`show_server`); hidden when no banner applies."""

    def __init__(self, sandbox_url: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_banner")
        self.sandbox_url = sandbox_url
        self.kind = NONE
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.hide()

    def show_server(self, server: Server | None) -> None:
        self.kind = kind = banner_kind(server, self.sandbox_url)
        self.setVisible(kind != NONE)
        if kind == NONE:
            self.setText("")
            self.setAccessibleName("")
            return
        who = html.escape(server.user) if server.user else tr("banner", "no account set")
        host = html.escape(server.host)
        if kind == SANDBOX:
            text = tr("banner", "<b>SANDBOX</b> — a simulator at {address}: nothing sent here reaches real Apptoto",
                      address=host)                # one line beside the docks on a 1024-pixel screen
            name = tr("banner", "Sandbox mode: nothing reaches real Apptoto")
        elif kind == REAL:
            text = tr("banner", "<b>REAL APPTOTO</b> — account {account} at {address}. Sending here changes real "
                      "appointments and their reminders; this is not the sandbox.", account=who, address=host)
            name = tr("banner", "Real Apptoto: sending changes real appointments")
        else:
            text = tr("banner", "<b>Server {address}</b> — account {account}. Not the sandbox: sending here "
                                "changes the "
                      "appointments this server holds.", address=host, account=who)
            name = tr("banner", "Sending to the server at {host}", host=server.host)
        self.setText(text)
        self.setAccessibleName(name)
        self.setStyleSheet(f"QLabel#server_banner {{ {STYLES[kind]} padding: 4px; font-size: 10pt; }}")
