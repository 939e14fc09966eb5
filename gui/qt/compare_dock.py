"""The compare panel: for the current row, what Apptoto has now and what sending would make of it."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from gui.apptoto.diff import RowDiff, show
from gui.core.vocab import CANCEL, CONFLICT, NEW, UNCHANGED, UNKNOWN, UPDATE

HEADLINE = {
    NEW: "New: Apptoto does not have this appointment; sending creates it.",
    UPDATE: "Update: sending changes these fields.",
    CANCEL: "Cancel: sending deletes this appointment in Apptoto; its reminders stop.",
    UNCHANGED: "Unchanged: Apptoto already has this appointment exactly so.",
    CONFLICT: "Conflict: sending would not do what the sheet says.",
    UNKNOWN: "Not compared: Apptoto could not be asked about this row.",
}
EMPTY = "Choose “Compare with Apptoto” to see what sending each row would change."


class CompareDock(QDockWidget):
    """Read-only: the window calls `show_row` when the current row or the results change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Compare with Apptoto", parent)
        self.setObjectName("compare_dock")
        self.browser = QTextBrowser()
        self.browser.setObjectName("compare_text")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName("What sending the current row would change in Apptoto")
        self.setWidget(self.browser)
        self.show_row(None, None)

    def show_row(self, number: int | None, diff: RowDiff | None) -> None:
        """Show the result for sheet row `number` (None: nothing chosen or not compared yet)."""
        if diff is None:
            note = EMPTY if number is None else f"Row {number} has not been compared with Apptoto yet."
            self.browser.setHtml(f"<p>{html.escape(note)}</p>")
            return
        parts = [f"<p><b>Row {diff.row}</b> — {html.escape(HEADLINE[diff.kind])}</p>"]
        if diff.reasons:
            parts.append("<ul>" + "".join(f"<li>{html.escape(r)}</li>" for r in diff.reasons) + "</ul>")
        if diff.changes:
            rows = "".join(
                f"<tr><td><b>{html.escape(key)}</b></td><td>{html.escape(show(key, old))}</td>"
                f"<td>→</td><td>{html.escape(show(key, new))}</td></tr>"
                for key, (old, new) in diff.changes.items())
            parts.append("<table cellspacing='4'><tr><th align='left'>Field</th><th align='left'>In Apptoto now</th>"
                         f"<th></th><th align='left'>After sending</th></tr>{rows}</table>")
        if diff.zone_note:
            parts.append(f"<p>{html.escape(diff.zone_note)}</p>")
        self.browser.setHtml("".join(parts))

    def text(self) -> str:
        """The panel's text (tests, accessibility)."""
        return self.browser.toPlainText()
