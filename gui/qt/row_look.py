"""How a row looks, in one place: the status cell's text, tooltip, colour and icon from the row's kind, problems,
send outcome and compare result, and the colour and tooltip of its cells. The table model asks only this."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from gui.apptoto.diff import RowDiff, change_lines, field_columns
from gui.core import words
from gui.core.problems import ERROR, Problem
from gui.core.review import FAILED, WARNED
from gui.core.vocab import (
    ALREADY_THERE,
    CANCEL,
    CONFLICT,
    CREATED,
    DELETED,
    HELD_BACK,
    KIND_LABELS,
    NEW,
    SKIPPED,
    STATES,
    UNCHANGED,
    UNDONE,
    UNKNOWN,
    UPDATE,
    UPDATED,
    Outcome,
    outcome_tally,
)
from gui.core.vocab import FAILED as SEND_FAILED
from gui.core.vocab import KIND_HELP as ROW_HELP
from gui.qt.marks import ERROR_MARK, WARNING_MARK, mark

ERROR_BRUSH, WARNING_BRUSH = QColor("#f6c9c9"), QColor("#fbe3a8")
STATE_BRUSH = {CREATED: QColor("#cdeccf"), UPDATED: QColor("#cdeccf"), DELETED: QColor("#cdeccf"),
               SEND_FAILED: QColor("#f4b4b4"),
               UNKNOWN: QColor("#fbe3a8"), SKIPPED: QColor("#e3e3e3")}
DIFFERS_BRUSH = QColor("#f9cf94")              # sent, but Apptoto kept something else
WHY_BRUSH = {HELD_BACK: QColor("#fbe3a8"),      # held back: check Apptoto, then create it or leave it
             UNDONE: QColor("#e2def0")}         # an undo took the send back
KIND_BRUSH = {NEW: QColor("#d8f0dc"), UPDATE: QColor("#d7e6fb"), UNCHANGED: QColor("#e8e8e8"),
              CONFLICT: QColor("#ecd5f5"), CANCEL: QColor("#f6dcc8")}
CANCEL_BRUSH = KIND_BRUSH[CANCEL]             # a cancellation row, before and without a Compare
KIND_TEXT = {NEW: "New", UPDATE: "Will change", CANCEL: "Will be cancelled", UNCHANGED: "Unchanged",
             CONFLICT: "Conflict", UNKNOWN: "Not compared"}
KIND_HELP = {
    NEW: "Apptoto does not have this appointment: sending creates it.",
    UPDATE: "Sending changes this appointment in Apptoto:",
    CANCEL: "Sending deletes this appointment in Apptoto (it is cancelled):",
    UNCHANGED: "Apptoto already has this appointment exactly so: sending would change nothing.",
    CONFLICT: "Sending would not do what the sheet says:",
    UNKNOWN: "Apptoto could not be asked about this row:",
}


@dataclass(frozen=True, slots=True)
class Look:
    """What a cell shows besides its value."""

    text: str = ""
    tooltip: str = ""
    brush: QColor | None = None
    icon: QIcon | None = None
    description: str = ""          # for screen readers (AccessibleDescriptionRole); '' means the tooltip


def status_look(kind: str, severity: int, outcome: Outcome | None, diff: RowDiff | None,
                problems: Sequence[Problem] = ()) -> Look:
    """The status cell: the send outcome when there is one, else what Compare said, else the row's kind;
    coloured by the outcome, else by the worst problem, else by Compare. `problems` only add to the tooltip."""
    lines = [f"{p.severity.capitalize()}: {p.message}" for p in problems]
    if outcome is not None:
        brush = (DIFFERS_BRUSH if outcome.differences else WHY_BRUSH.get(outcome.why)
                 or STATE_BRUSH.get(outcome.state)) or severity_brush(severity)
        return Look(outcome_text(outcome), "\n".join([outcome_tooltip(outcome), *lines]), brush,
                    _differs_icon() if outcome.differences else severity_mark(severity))
    brush = severity_brush(severity) or (KIND_BRUSH.get(diff.kind) if diff else None)
    if diff is not None:
        return Look(KIND_TEXT[diff.kind], "\n".join([explain(diff), *lines]), brush, severity_mark(severity))
    head = ROW_HELP.get(kind, "")
    if kind == CANCEL:                           # shown apart from the rows that are sent as they are
        brush = brush or CANCEL_BRUSH
    return Look(KIND_LABELS.get(kind, kind), "\n".join(line for line in [head, *lines] if line), brush,
                severity_mark(severity))


def cell_look(problems: Sequence[Problem], diff: RowDiff | None, column: int, names: Sequence[str | None]) -> Look:
    """A sheet cell: red or amber with the reasons when it has problems, else blue with old → new when Compare
    found that the field it feeds would change."""
    if problems:
        severity = worst(problems)
        return Look("", "\n".join(p.message for p in problems), severity_brush(severity), severity_mark(severity),
                    "\n".join(f"{p.severity.capitalize()}: {p.message}" for p in problems))
    if diff is not None and diff.changes:
        changed = {k: v for k, v in diff.changes.items() if column in field_columns(k, names)}
        if changed:
            return Look("", "\n".join(change_lines(changed)), KIND_BRUSH[UPDATE])
    return Look()


def check_brush(diff: RowDiff | None) -> QColor | None:
    """The tick column takes the compare colour, so a glance down it shows what would change."""
    return KIND_BRUSH.get(diff.kind) if diff is not None else None


def worst(problems: Sequence[Problem]) -> int:
    if not problems:
        return 0
    return FAILED if any(p.severity == ERROR for p in problems) else WARNED


def severity_brush(severity: int) -> QColor | None:
    return ERROR_BRUSH if severity == FAILED else WARNING_BRUSH if severity == WARNED else None


def severity_mark(severity: int) -> QIcon | None:
    """The mark beside the colour (gui/qt/marks.py): problems never show by colour alone."""
    return mark(ERROR_MARK) if severity == FAILED else mark(WARNING_MARK) if severity == WARNED else None


def explain(diff: RowDiff) -> str:
    """The tooltip for a compared row: what sending it would do, old → new."""
    return "\n".join([KIND_HELP[diff.kind], *diff.reasons, *change_lines(diff.changes),
                      *([diff.zone_note] if diff.zone_note else [])])


# ---- send outcomes ----------------------------------------------------------------------------------
def outcome_text(outcome: Outcome) -> str:
    """The status cell: created #id, updated, failed: reason, unknown: check Apptoto before resending, skipped."""
    text = _state_text(outcome)
    return text + " · edited since: send again" if outcome.edited_since else text


UNDO_WORDS = {CREATED: "Re-created by undo", UPDATED: "Restored by undo", DELETED: "Deleted by undo"}


def _state_text(outcome: Outcome) -> str:
    state, number = outcome.state, f" #{outcome.id}" if outcome.id is not None else ""
    if outcome.why == UNDONE and state in UNDO_WORDS:
        return UNDO_WORDS[state] + number
    if outcome.why == ALREADY_THERE and state == UPDATED:
        return f"Already in Apptoto{number} (updated, not created)" + (" — differs, see tooltip"
                                                                      if outcome.differences else "")
    if outcome.why == HELD_BACK and state == SKIPPED:
        other = f" as #{outcome.maybe_id}" if outcome.maybe_id is not None else ""
        return f"Held back: may already be in Apptoto{other} — see tooltip"
    if state in (CREATED, UPDATED, DELETED):
        text = {CREATED: "Created", UPDATED: "Updated", DELETED: "Deleted"}[state] + number
        return text + (" — differs, see tooltip" if outcome.differences else "")
    if state == SEND_FAILED:
        return "Failed: " + (outcome.message.removeprefix("Apptoto rejected this row: ") or "no reason given")
    if state == UNKNOWN:
        return "Unknown: check Apptoto before resending"
    if state == SKIPPED:
        reason = outcome.message.removeprefix("Not sent: ")
        return "Skipped: " + (reason or "not sent")
    return state.capitalize()


def outcome_tooltip(outcome: Outcome) -> str:
    head, _, noted = outcome.message.partition(". Note: ")
    lines = [head.rstrip(".") + "." if outcome.message else outcome_text(outcome)]
    if outcome.differences:
        lines.append("Apptoto kept something other than what was sent:")
        lines += [f"• {d}" for d in outcome.differences]
    for difference in outcome.differences:
        noted = noted.replace(difference, "")
    others = [n.strip().rstrip(".") for n in noted.split("; ") if n.strip().rstrip(".")]
    lines += [f"{n}." for n in others]               # which zone the times were read in; a calendar made unasked
    if outcome.edited_since:
        lines.append("The row was edited after this: Apptoto does not have the edit until it is sent again.")
    if outcome.id is not None:
        lines.append(f"Apptoto id {outcome.id}" + (f", external_id {outcome.external_id}" if outcome.external_id else ""))
    return "\n".join(lines)


@cache
def _differs_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def outcome_counts(outcomes) -> dict[str, int]:
    """How many outcomes of each state (rows an undo took back apart, as undone), and how many sent rows differ."""
    counts = dict.fromkeys((*STATES, UNDONE, "differ"), 0)
    for outcome in outcomes:
        state = UNDONE if outcome.why == UNDONE else outcome.state
        counts[state] = counts.get(state, 0) + 1
        counts["differ"] += bool(outcome.differences)
    return counts


def counts_text(counts: dict[str, int]) -> str:
    """'29 created, 6 updated, 1 failed, 2 undone; 1 differs from what was sent' (states with none left out)."""
    parts = [outcome_tally(counts)] if any(counts.get(s) for s in STATES) else []
    if counts.get(UNDONE):                        # rows an undo took back: apart from what the send did
        parts.append(f"{words.number(counts[UNDONE])} undone")
    n = counts.get("differ", 0)
    differ = f"; {words.number(n)} {words.verb(n, 'differs', 'differ')} from what was sent" if n else ""
    return ", ".join(parts or ["nothing"]) + differ
