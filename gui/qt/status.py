"""The status-bar counts: rows, new, updates (and updates if found, cancellations), errors, warnings, selected."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from gui.core import words
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
            more.append(words.count(counts[MAYBE_UPDATE], "update") + " if found")
        if counts.get(CANCEL):                       # "Cancel in Apptoto" rows
            more.append(words.count(counts[CANCEL], "cancellation"))
        texts = {
            "rows": words.count(counts["rows"], "row"),
            "new": f"{words.number(counts[NEW])} new",
            "updates": " · ".join([words.count(counts[UPDATE], "update"), *more]),
            "errors": f"{words.number(errors)} with errors",
            "warnings": f"{words.number(warnings)} with warnings",
            "selected": f"{words.number(ticked)} selected",
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.labels["errors"].setStyleSheet("color: #b3261e; font-weight: bold;" if errors else "")
        self.labels["warnings"].setStyleSheet("color: #8a5a00; font-weight: bold;" if warnings else "")

    def text(self) -> str:
        return "  ".join(label.text() for label in self.labels.values())
