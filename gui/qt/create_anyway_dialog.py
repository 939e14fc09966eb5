"""The question at the end of a send that held back new rows which may already be in Apptoto: each row with the
event it may be, and a tick box "create it anyway" (unticked); Create the ticked ones, or Leave them (the default)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtWidgets import QWidget

from gui.apptoto.presend import Uncertain
from gui.core import words
from gui.qt.tick_list import TickDialog, TickModel, TickRow

HEADERS = ("Create it anyway", "Row", "The row's appointment", "May already be in Apptoto as")


def held_row(held: Uncertain) -> TickRow:
    return TickRow(held.key, ("", str(held.key), held.appointment(), held.candidate_text()),
                   f"Row {held.key}: {held.line()}", tickable=True)


class CreateAnywayDialog(TickDialog):
    """`chosen()` is the rows ticked to create all the same."""

    def __init__(self, held: Sequence[Uncertain], parent: QWidget | None = None) -> None:
        super().__init__("create_anyway", "Rows that may already be in Apptoto",
                         TickModel(HEADERS, [held_row(h) for h in held]), HEADERS.index("May already be in Apptoto as"),
                         "&Leave them", parent)
        n = len(held)
        self.head.setText(f"<b>{words.count(n, 'new row was', 'new rows were')} not sent: Apptoto may already have "
                          f"{'them' if n != 1 else 'it'}.</b>")
        self.add_note("The rest of the send went ahead. Look each one up in Apptoto: if it is another appointment, "
                      "tick “Create it anyway”. Rows left unticked are not sent; Retry failed rows asks about them "
                      "again.")
        self.create_button, self.leave_button = self.act_button, self.safe_button
        self.fit(900, 440)

    def chosen(self) -> set[Hashable]:
        return self.model.ticked()

    def act_text(self, count: int) -> str:
        return (f"&Create the {words.number(count)} ticked" if count > 1 else "&Create the ticked one" if count
                else "&Create the ticked ones")
