"""The send confirmation: says, before anything leaves, where it goes and what it will do; Send or Cancel."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.core.i18n import tr, trn

SANDBOX_STYLE = "background: #f5a623; color: #1f1400; padding: 6px; font-weight: bold;"
LIVE_STYLE = "background: #d7e6fb; color: #0b2a55; padding: 6px; font-weight: bold;"


@dataclass(slots=True)
class Confirmation:
    """Everything the dialog says, worked out before it opens."""

    account: str                     # who and where, in plain words
    sandbox: bool
    events: int                      # events that will be sent
    lines: list[str]                 # what the send will do (SendSummary.lines())
    warnings: list[str] = field(default_factory=list)     # already sent, interrupted run, ...
    notes: list[str] = field(default_factory=list)        # external ids, #auto

    def text(self) -> str:
        """The whole confirmation as plain text (tests, accessibility)."""
        return "\n".join([self.account, *self.lines, *self.warnings, *self.notes])


class ConfirmSendDialog(QDialog):
    """Send / Cancel; Cancel is the default button, so a stray Enter sends nothing."""

    def __init__(self, confirmation: Confirmation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirm_send")
        self.confirmation = c = confirmation
        self.setWindowTitle(tr("send_dialog", "Send to the SANDBOX") if c.sandbox else tr("send_dialog", "Send to Apptoto"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.where = QLabel((tr("send_dialog", "SANDBOX — nothing sent here reaches real Apptoto.") if c.sandbox else
                             tr("send_dialog", "Real Apptoto — these appointments and their reminders are real."))
                            + "<br><span style='font-weight:normal'>"
                            + tr("send_dialog", "Account: {account}", account=html.escape(c.account)) + "</span>")
        self.where.setObjectName("confirm_where")
        self.where.setWordWrap(True)
        self.where.setStyleSheet(SANDBOX_STYLE if c.sandbox else LIVE_STYLE)
        layout.addWidget(self.where)
        self.body = QLabel(self._html())
        self.body.setObjectName("confirm_body")
        self.body.setWordWrap(True)
        layout.addWidget(self.body)
        buttons = QDialogButtonBox()
        self.send_button = QPushButton(trn("send_dialog", "&Send {count} event", "&Send {count} events", c.events))
        self.send_button.setObjectName("confirm_send_button")
        self.send_button.setEnabled(c.events > 0)
        self.send_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _html(self) -> str:
        c = self.confirmation
        items = "".join(f"<li>{html.escape(line)}</li>" for line in c.lines)
        warnings = "".join(f"<li style='color:#9a3b00'><b>{html.escape(w)}</b></li>" for w in c.warnings)
        notes = "".join(f"<li>{html.escape(n)}</li>" for n in c.notes)
        head = trn("send_dialog", "<p><b>Send {count} event?</b></p>", "<p><b>Send {count} events?</b></p>",
                   c.events) if c.events else \
            tr("send_dialog", "<p><b>Nothing to send:</b> none of the selected rows can be sent.</p>")
        return head + f"<ul style='margin-left:-20px'>{items}{warnings}{notes}</ul>"
