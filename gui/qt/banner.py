"""The SANDBOX banner: a coloured bar saying the app talks to a local simulator, not to Apptoto."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class SandboxBanner(QLabel):
    """Shown at the top of the window in sandbox mode."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sandbox_banner")
        self.setText(f"<b>SANDBOX</b> — a simulator at {url.removeprefix('http://')}: nothing sent here reaches "
                     "real Apptoto")                # one line beside the docks on a 1024-pixel screen
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAccessibleName("Sandbox mode: nothing reaches real Apptoto")
        self.setStyleSheet("QLabel#sandbox_banner { background: #f5a623; color: #1f1400; padding: 4px; "
                           "font-size: 10pt; border-bottom: 1px solid #b97800; }")
