"""The confirmation of an undo: what happens to each event of the send (delete, restore with field now → before,
re-create, nothing, cannot), a tick box on each event the undo changes (ticked; those changed since the send unticked,
for the user to tick), and a warning where participants were already messaged. Undo or Cancel (the default)."""

from __future__ import annotations

import html
from collections.abc import Hashable

from PySide6.QtWidgets import QWidget

from gui.apptoto.undo import UndoPlan, UndoStep
from gui.apptoto.undo_text import ACTION_WORDS, details, event_text
from gui.core.i18n import tr, trn
from gui.core.vocab import CONFLICT
from gui.qt.row_look import ERROR_BRUSH, KIND_BRUSH
from gui.qt.tick_list import TickDialog, TickModel, TickRow

WHAT, DETAILS = 2, 4                 # the columns of what happens and of the details


def headers() -> tuple[str, ...]:
    return (tr("undo_dialog", "Undo it"), tr("undo_dialog", "Row"), tr("undo_dialog", "What happens"),
            tr("undo_dialog", "Event"), tr("undo_dialog", "Details"))


def step_row(step: UndoStep) -> TickRow:
    """One event of the send as the confirmation lists it."""
    conflict = step.acts and bool(step.conflict)
    what = tr("undo_text", ACTION_WORDS[step.action])
    what = tr("undo_dialog", "{action} (changed since the send)", action=what) if conflict else what
    shade = KIND_BRUSH[CONFLICT] if conflict else ERROR_BRUSH if step.action == "cannot" else None
    event = event_text(step)
    return TickRow(step.key, ("", str(step.key), what, event[:1].upper() + event[1:], "\n".join(details(step))),
                   step.line(), tickable=conflict, shade=shade, warn=bool(step.messaged),
                   fixed=step.acts and not conflict)


class ConfirmUndoDialog(TickDialog):
    """Lists the plan's steps; `confirmed()` is the conflicts the user ticked."""

    def __init__(self, plan: UndoPlan, parent: QWidget | None = None) -> None:
        self.plan = plan
        model = TickModel(headers(), [step_row(s) for s in plan.steps], warn_column=WHAT)
        super().__init__("confirm_undo", tr("undo_dialog", "Undo this send"), model, DETAILS,
                         tr("undo_dialog", "Cancel"),
                         parent)
        self.head.setText(f"<b>{html.escape(plan.summary())}</b>")
        for note in plan.notes:
            self.add_note(note)
        if plan.conflicts:
            self.add_note(tr("undo_dialog",
                             "Events changed in Apptoto since the send are not undone unless you tick them: undoing "
                          "them loses those later changes."))
        messaged = sum(1 for s in plan.acting() if s.messaged)
        if messaged:
            self.warn(trn("undo_dialog", "{count} of these events has participants Apptoto shows as already "
                                         "reminded or "
                          "confirmed: messages already sent cannot be recalled.", "{count} of these events have "
                          "participants Apptoto shows as already reminded or confirmed: messages already sent "
                          "cannot be "
                          "recalled.", messaged))
        self.undo_button, self.cancel_button = self.act_button, self.safe_button
        self.fit(940, 560)

    def confirmed(self) -> set[Hashable]:
        """The events changed since the send that the user ticked to undo all the same."""
        return self.model.ticked()

    def count(self) -> int:
        """How many events Undo changes now."""
        ticked = self.confirmed()
        return sum(1 for s in self.plan.acting() if not s.conflict or s.key in ticked)

    def act_text(self, count: int) -> str:
        return trn("undo_dialog", "&Undo {count} event", "&Undo {count} events", count) if count \
            else tr("undo_dialog", "Nothing to undo")
