"""The end-of-send panel above the grid: what the send did, the rows that need a look (named), and what to do next —
calm green when every row went through, amber when some did not; it stays until closed or the next send."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.apptoto.send_report import SendReport
from gui.core.i18n import tr

STYLES = {False: "QFrame#send_notice { background: #e3f4e1; border-bottom: 1px solid #7fb77a; }",
          True: "QFrame#send_notice { background: #fff1cc; border-bottom: 1px solid #c99a2e; }"}


class SendNotice(QFrame):
    """Hidden until `show_report`; Close (or Esc with the keyboard on it) hides it; Retry failed rows is offered
    when rows failed or were not sent."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send_notice")
        self.report: SendReport | None = None
        self.text = QLabel()
        self.text.setObjectName("send_notice_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retry = QPushButton(tr("send_notice", "Retry failed rows"))
        self.retry.setObjectName("send_notice_retry")
        self.retry.clicked.connect(self._on_retry_clicked)
        self.close_button = QPushButton(tr("send_notice", "Close"))
        self.close_button.setObjectName("send_notice_close")
        self.close_button.setAccessibleName(tr("send_notice", "Close the send results"))
        self.close_button.clicked.connect(self.hide)
        buttons = QVBoxLayout()
        buttons.addWidget(self.retry)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.hide()

    def show_report(self, report: SendReport, retry: bool) -> None:
        """Show `report`; `retry`: offer Retry failed rows (there are rows it would send)."""
        self.report = report
        self.setStyleSheet(STYLES[report.trouble])
        items = "".join(f"<li>{html.escape(line)}</li>" for line in report.lines)
        self.text.setText(f"<b>{html.escape(report.headline)}</b>"
                          + (f"<ul style='margin-left:-20px; margin-top:2px'>{items}</ul>" if items else ""))
        self.setAccessibleName(tr("send_notice", "Send results"))
        self.text.setAccessibleName(report.headline)
        self.text.setAccessibleDescription(report.text())
        self.retry.setVisible(retry)
        self.show()

    def clear(self) -> None:
        self.report = None
        self.hide()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def _on_retry_clicked(self) -> None:
        self.retry_requested.emit()
