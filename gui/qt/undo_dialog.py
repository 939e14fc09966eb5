"""The confirmation of an undo: what happens to each event of the send (delete, restore with field now → before,
re-create, nothing, cannot), the events changed since the send unticked (the user may tick them), and a warning
where participants were already messaged. Undo or Cancel (the default)."""

from __future__ import annotations

import html
from collections.abc import Hashable

from PySide6.QtWidgets import QWidget

from gui.apptoto.undo import UndoPlan, UndoStep
from gui.apptoto.undo_text import ACTION_WORDS, details, event_text
from gui.core import words
from gui.core.vocab import CONFLICT
from gui.qt.row_look import ERROR_BRUSH, KIND_BRUSH
from gui.qt.tick_list import TickDialog, TickModel, TickRow

HEADERS = ("Undo it", "Row", "What happens", "Event", "Details")


def step_row(step: UndoStep) -> TickRow:
    """One event of the send as the confirmation lists it."""
    conflict = step.acts and bool(step.conflict)
    what = ACTION_WORDS[step.action] + (" (changed since the send)" if conflict else "")
    tick = "" if conflict else "Yes" if step.acts else "No"
    shade = KIND_BRUSH[CONFLICT] if conflict else ERROR_BRUSH if step.action == "cannot" else None
    event = event_text(step)
    return TickRow(step.key, (tick, str(step.key), what, event[:1].upper() + event[1:], "\n".join(details(step))),
                   step.line(), tickable=conflict, shade=shade, warn=bool(step.messaged))


class ConfirmUndoDialog(TickDialog):
    """Lists the plan's steps; `confirmed()` is the conflicts the user ticked."""

    def __init__(self, plan: UndoPlan, parent: QWidget | None = None) -> None:
        self.plan = plan
        model = TickModel(HEADERS, [step_row(s) for s in plan.steps], warn_column=HEADERS.index("What happens"))
        super().__init__("confirm_undo", "Undo this send", model, HEADERS.index("Details"), "Cancel", parent)
        self.head.setText(f"<b>{html.escape(plan.summary())}</b>")
        for note in plan.notes:
            self.add_note(note)
        if plan.conflicts:
            self.add_note("Events changed in Apptoto since the send are not undone unless you tick them: undoing "
                          "them loses those later changes.")
        messaged = sum(1 for s in plan.acting() if s.messaged)
        if messaged:
            self.warn(f"{messaged} of these events {'have' if messaged != 1 else 'has'} participants Apptoto shows "
                      "as already reminded or confirmed: messages already sent cannot be recalled.")
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
        return f"&Undo {words.count(count, 'event')}" if count else "Nothing to undo"
