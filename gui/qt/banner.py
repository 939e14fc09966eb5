"""The SANDBOX banner: a coloured bar saying the app talks to a local simulator, not to Apptoto."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from gui.core.i18n import tr


class SandboxBanner(QLabel):
    """Shown at the top of the window in sandbox mode."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sandbox_banner")
        self.setText(tr("banner", "<b>SANDBOX</b> — local Apptoto simulator at {address}. Nothing sent here reaches "
                        "real Apptoto.", address=url.removeprefix("http://")))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAccessibleName(tr("banner", "Sandbox mode: nothing reaches real Apptoto"))
        self.setStyleSheet("QLabel#sandbox_banner { background: #f5a623; color: #1f1400; padding: 6px; "
                           "font-size: 11pt; border-bottom: 1px solid #b97800; }")
