"""The status-bar counts: rows, new, updates (and updates if found, cancellations), errors, warnings, selected; on a
narrow window the least needed are left out (said in the tooltip) rather than cut off mid-word."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from gui.core.i18n import tr, trn
from gui.core.vocab import CANCEL, MAYBE_UPDATE, NEW, UPDATE

KEYS = ("rows", "new", "updates", "errors", "warnings", "selected")
LEFT_OUT_FIRST = ("updates", "new", "rows", "warnings")     # errors and selected rows stay in sight


class CountsBar(QWidget):
    """Plain labels; refreshed from the Review's running counts (no scan of the rows). It asks the status bar for
    room for every label and shows those that fit in what it gets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counts_bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.squeezed = False                 # a long status-bar message needs the room: errors and selected only
        self.labels: dict[str, QLabel] = {}
        for key in KEYS:
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
        self.setToolTip("\n".join([*texts.values(), tr("status", "New and updates count the rows a send can take: "
                                                        "rows with errors are counted apart.")]))
        self.updateGeometry()
        self._fit(self.width())

    def squeeze(self, on: bool) -> None:
        """Show only the errors and selected rows (on), to leave room for a status-bar message, or all that fit."""
        self.squeezed = on
        self.updateGeometry()
        self._fit(self.width())

    def sizeHint(self) -> QSize:
        """Room for every label, whichever are shown now (only those kept when squeezed)."""
        if self.squeezed:
            return self.minimumSizeHint()
        spacing = self.layout().spacing()
        width = sum(label.sizeHint().width() for label in self.labels.values()) + spacing * (len(KEYS) - 1)
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        kept = [self.labels[key].sizeHint().width() for key in KEYS if key not in LEFT_OUT_FIRST]
        return QSize(sum(kept) + self.layout().spacing() * (len(kept) - 1), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        """Show the labels that fit in `width`, leaving out first the ones least needed."""
        spacing = self.layout().spacing()
        shown = list(KEYS)

        def needed() -> int:
            return sum(self.labels[k].sizeHint().width() for k in shown) + spacing * (len(shown) - 1)
        for key in LEFT_OUT_FIRST:
            if needed() <= width and not self.squeezed:
                break
            shown.remove(key)
        for key, label in self.labels.items():
            label.setVisible(key in shown)

    def text(self) -> str:
        return "  ".join(label.text() for label in self.labels.values())


class MessageRoom(QObject):
    """A status-bar message is said whole: while one is shown that does not fit beside the permanent widgets, the
    least needed of them step aside — the session's send results, then the counts but errors and selected rows,
    then the sheet and mapping buttons — and come back when it goes (the counts' tooltip keeps them all)."""

    def __init__(self, bar: QStatusBar, results, counts: CountsBar, buttons: list[QWidget]) -> None:
        super().__init__(bar)
        self.bar, self.results, self.counts, self.buttons = bar, results, counts, buttons
        self.hidden: list[QWidget] = []
        bar.messageChanged.connect(self._on_bar_message_changed)

    def _on_bar_message_changed(self, text: str) -> None:
        self._give_back()
        if not text:
            return
        steps = [lambda: self.results.make_room(True), lambda: self.counts.squeeze(True), self._hide_buttons]
        for step in steps:
            if self._fits(text):
                break
            step()

    def _fits(self, text: str) -> bool:
        taken = sum(w.sizeHint().width() + 8 for w in self.bar.findChildren(QWidget) if w.parent() is self.bar
                    and w.isVisibleTo(self.bar) and not w.isWindow())
        return self.bar.fontMetrics().horizontalAdvance(text) + 24 + taken <= self.bar.width()

    def _hide_buttons(self) -> None:
        self.hidden = [b for b in self.buttons if b.isVisibleTo(self.bar)]
        for button in self.hidden:
            button.hide()

    def _give_back(self) -> None:
        self.results.make_room(False)
        self.counts.squeeze(False)
        for button in self.hidden:
            button.show()
        self.hidden = []
