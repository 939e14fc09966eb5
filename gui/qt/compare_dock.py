"""The compare panel: for the current row, what Apptoto has now and what sending would make of it, and what the
last send did with it (what Apptoto kept different, why it failed or was held back): a keyboard user reads here
what the grid's tooltips say."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from gui.apptoto.diff import RowDiff, show
from gui.core.i18n import tr, tr_noop
from gui.core.vocab import CANCEL, CONFLICT, NEW, UNCHANGED, UNKNOWN, UPDATE, Outcome
from gui.qt.row_look import outcome_text, outcome_tooltip

HEADLINE = {                                  # tr("compare_dock", ...) where shown
    NEW: tr_noop("compare_dock", "New: Apptoto does not have this appointment; sending creates it."),
    UPDATE: tr_noop("compare_dock", "Update: sending changes these fields."),
    CANCEL: tr_noop("compare_dock", "Cancel: sending deletes this appointment in Apptoto; its reminders stop."),
    UNCHANGED: tr_noop("compare_dock", "Unchanged: Apptoto already has this appointment exactly so."),
    CONFLICT: tr_noop("compare_dock", "Conflict: sending would not do what the sheet says."),
    UNKNOWN: tr_noop("compare_dock", "Not compared: Apptoto could not be asked about this row."),
}
EMPTY = tr_noop("compare_dock", "Choose “Compare with Apptoto” to see what sending each row would change.")
NOT_YET = tr_noop("compare_dock", "Not compared yet: use Compare with Apptoto (F5) to see what sending each row "
                                  "would change.")


class CompareDock(QDockWidget):
    """Read-only: the window calls `show_row` when the current row or the results change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("compare_dock", "Compare with Apptoto"), parent)
        self.setObjectName("compare_dock")
        self.browser = QTextBrowser()
        self.browser.setObjectName("compare_text")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(tr("compare_dock", "What sending the current row would change in Apptoto"))
        self.setWidget(self.browser)
        self.show_row(None, None)

    def show_row(self, number: int | None, diff: RowDiff | None, outcome: Outcome | None = None,
                 compared: bool = False) -> None:
        """Show the result for sheet row `number` (None: nothing chosen); `outcome`: what the last send did with it;
        `compared`: some row has a Compare result (else one calm line, not "row N has not been compared")."""
        sent = self._sent(number, outcome) if number is not None and outcome is not None else ""
        if diff is None:
            note = (tr("compare_dock", EMPTY) if number is None else
                    tr("compare_dock", "Row {row} has not been compared with Apptoto since it was last changed or "
                       "sent.", row=number) if compared else tr("compare_dock", NOT_YET))
            self.browser.setHtml(sent + f"<p>{html.escape(note)}</p>")
            return
        parts = [sent, tr("compare_dock", "<p><b>Row {row}</b> — {headline}</p>", row=diff.row,
                          headline=html.escape(tr("compare_dock", HEADLINE[diff.kind])))]
        if diff.reasons:
            parts.append("<ul>" + "".join(f"<li>{html.escape(r)}</li>" for r in diff.reasons) + "</ul>")
        if diff.changes:
            rows = "".join(
                f"<tr><td><b>{html.escape(tr('compare', key))}</b></td><td>{html.escape(show(key, old))}</td>"
                f"<td>→</td><td>{html.escape(show(key, new))}</td></tr>"
                for key, (old, new) in diff.changes.items())
            parts.append(f"<table cellspacing='4'><tr><th align='left'>{tr('compare_dock', 'Field')}</th>"
                         f"<th align='left'>{tr('compare_dock', 'In Apptoto now')}</th><th></th>"
                         f"<th align='left'>{tr('compare_dock', 'After sending')}</th></tr>{rows}</table>")
        if diff.zone_note:
            parts.append(f"<p>{html.escape(diff.zone_note)}</p>")
        self.browser.setHtml("".join(parts))

    @staticmethod
    def _sent(number: int, outcome: Outcome) -> str:
        """The last send's outcome for the row, with all its tooltip says (what differs, why it failed)."""
        text = outcome_text(outcome)
        lines = [line for line in outcome_tooltip(outcome).splitlines()       # not the status again ("Updated.")
                 if line.rstrip(".") not in text]
        head = tr("compare_dock", "<p><b>Row {row}</b> — last send: {outcome}</p>", row=number,
                  outcome=html.escape(text))
        items = "".join(f"<li>{html.escape(line.lstrip('• '))}</li>" for line in lines)
        return head + (f"<ul>{items}</ul>" if items else "")

    def text(self) -> str:
        """The panel's text (tests, accessibility)."""
        return self.browser.toPlainText()
