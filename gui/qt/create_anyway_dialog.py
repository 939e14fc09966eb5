"""The question at the end of a send that held back new rows which may already be in Apptoto: each row with the
event it may be, and a tick box "create it anyway" (unticked); Create the ticked ones, or Leave them (the default)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtWidgets import QWidget

from gui.apptoto.presend import Uncertain
from gui.core.i18n import tr, trn
from gui.qt.tick_list import TickDialog, TickModel, TickRow

CANDIDATE = 3                   # the column with the event it may be


def headers() -> tuple[str, ...]:
    return (tr("create_anyway_dialog", "Create it anyway"), tr("create_anyway_dialog", "Row"),
            tr("create_anyway_dialog", "The row's appointment"),
            tr("create_anyway_dialog", "May already be in Apptoto as"))


def held_row(held: Uncertain) -> TickRow:
    return TickRow(held.key, ("", str(held.key), held.appointment(), held.candidate_text()),
                   tr("create_anyway_dialog", "Row {row}: {reason}", row=held.key, reason=held.line()), tickable=True)


class CreateAnywayDialog(TickDialog):
    """`chosen()` is the rows ticked to create all the same."""

    def __init__(self, held: Sequence[Uncertain], parent: QWidget | None = None) -> None:
        super().__init__("create_anyway", tr("create_anyway_dialog", "Rows that may already be in Apptoto"),
                         TickModel(headers(), [held_row(h) for h in held]), CANDIDATE,
                         tr("create_anyway_dialog", "&Leave them"), parent)
        n = len(held)
        self.head.setText(trn("create_anyway_dialog", "<b>{count} new row was not sent: Apptoto may already have "
                              "it.</b>", "<b>{count} new rows were not sent: Apptoto may already have them.</b>", n))
        self.add_note(tr("create_anyway_dialog",
                         "The rest of the send went ahead. Look each one up in Apptoto: if it is another appointment, "
                      "tick “Create it anyway”. Rows left unticked are not sent; Retry failed rows asks about them "
                      "again."))
        self.create_button, self.leave_button = self.act_button, self.safe_button
        self.fit(900, 440)

    def chosen(self) -> set[Hashable]:
        return self.model.ticked()

    def act_text(self, count: int) -> str:
        if count > 1:
            return tr("create_anyway_dialog", "&Create the {count} ticked", count=f"{count:,}")
        return (tr("create_anyway_dialog", "&Create the ticked one") if count
                else tr("create_anyway_dialog", "&Create the ticked ones"))
