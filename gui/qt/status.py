"""The status-bar counts: rows, new, updates (and updates if found, cancellations), errors, warnings, selected."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from gui.core.i18n import trn
from gui.core.vocab import CANCEL, MAYBE_UPDATE, NEW, UPDATE


class CountsBar(QWidget):
    """Plain labels; refreshed from the Review's running counts (no scan of the rows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counts_bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.labels: dict[str, QLabel] = {}
        for key in ("rows", "new", "updates", "errors", "warnings", "selected"):
            label = QLabel()
            label.setObjectName(f"count_{key}")
            self.labels[key] = label
            layout.addWidget(label)
        self.show_counts(None, 0)

    def show_counts(self, counts: dict | None, ticked: int) -> None:
        counts = counts or {"rows": 0, NEW: 0, UPDATE: 0, MAYBE_UPDATE: 0, CANCEL: 0, "errors": 0, "warnings": 0}
        errors, warnings = counts["errors"], counts["warnings"]
        more = []
        if counts.get(MAYBE_UPDATE):                 # "Update if found" rows
            more.append(trn("status", "{count} update if found", "{count} updates if found", counts[MAYBE_UPDATE]))
        if counts.get(CANCEL):                       # "Cancel in Apptoto" rows
            more.append(trn("vocab", "{count} cancellation", "{count} cancellations", counts[CANCEL]))
        texts = {
            "rows": trn("status", "{count} row", "{count} rows", counts["rows"]),
            "new": trn("status", "{count} new", "{count} new", counts[NEW]),
            "updates": " · ".join([trn("status", "{count} update", "{count} updates", counts[UPDATE]), *more]),
            "errors": trn("status", "{count} with errors", "{count} with errors", errors),
            "warnings": trn("status", "{count} with warnings", "{count} with warnings", warnings),
            "selected": trn("status", "{count} selected", "{count} selected", ticked),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.labels["errors"].setStyleSheet("color: #b3261e; font-weight: bold;" if errors else "")
        self.labels["warnings"].setStyleSheet("color: #8a5a00; font-weight: bold;" if warnings else "")

    def text(self) -> str:
        return "  ".join(label.text() for label in self.labels.values())
