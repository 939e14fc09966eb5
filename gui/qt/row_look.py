"""How a row looks, in one place: the status cell's text, tooltip, colour and icon from the row's kind, problems,
send outcome and compare result, and the colour and tooltip of its cells. The table model asks only this."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from gui.apptoto.diff import RowDiff, change_lines, field_columns
from gui.core.i18n import tr, tr_noop, trn
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
# The texts below are English; tr("row_look", text) shows them in the user's language.
KIND_TEXT = {NEW: tr_noop("row_look", "New"), UPDATE: tr_noop("row_look", "Will change"),
             CANCEL: tr_noop("row_look", "Will be cancelled"), UNCHANGED: tr_noop("row_look", "Unchanged"),
             CONFLICT: tr_noop("row_look", "Conflict"), UNKNOWN: tr_noop("row_look", "Not compared")}
KIND_HELP = {
    NEW: tr_noop("row_look", "Apptoto does not have this appointment: sending creates it."),
    UPDATE: tr_noop("row_look", "Sending changes this appointment in Apptoto:"),
    CANCEL: tr_noop("row_look", "Sending deletes this appointment in Apptoto (it is cancelled):"),
    UNCHANGED: tr_noop("row_look", "Apptoto already has this appointment exactly so: sending would change nothing."),
    CONFLICT: tr_noop("row_look", "Sending would not do what the sheet says:"),
    UNKNOWN: tr_noop("row_look", "Apptoto could not be asked about this row:"),
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
    lines = [tr("row_look", "Error: {problem}", problem=p.message) if p.is_error
             else tr("row_look", "Warning: {problem}", problem=p.message) for p in problems]
    if outcome is not None:
        brush = (DIFFERS_BRUSH if outcome.differences else WHY_BRUSH.get(outcome.why)
                 or STATE_BRUSH.get(outcome.state)) or severity_brush(severity)
        text, tip = outcome_text(outcome), outcome_tooltip(outcome)
        tip = tip if tip.startswith(text) else f"{text}\n{tip}"       # the whole status, however narrow the column
        return Look(text, "\n".join([tip, *lines]), brush,
                    _differs_icon() if outcome.differences else severity_mark(severity))
    brush = severity_brush(severity) or (KIND_BRUSH.get(diff.kind) if diff else None)
    if diff is not None:
        return Look(tr("row_look", KIND_TEXT[diff.kind]), "\n".join([explain(diff), *lines]), brush,
                    severity_mark(severity))
    head = tr("vocab", ROW_HELP[kind]) if kind in ROW_HELP else ""
    if kind == CANCEL:                           # shown apart from the rows that are sent as they are
        brush = brush or CANCEL_BRUSH
    return Look(tr("vocab", KIND_LABELS[kind]) if kind in KIND_LABELS else kind,
                "\n".join(line for line in [head, *lines] if line), brush, severity_mark(severity))


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
    return "\n".join([tr("row_look", KIND_HELP[diff.kind]), *diff.reasons, *change_lines(diff.changes),
                      *([diff.zone_note] if diff.zone_note else [])])


# ---- send outcomes ----------------------------------------------------------------------------------
def outcome_text(outcome: Outcome) -> str:
    """The status cell: created #id, updated, failed: reason, unknown: check Apptoto before resending, skipped."""
    text = _state_text(outcome)
    return tr("row_look", "{outcome} · edited since: send again", outcome=text) if outcome.edited_since else text


UNDO_WORDS = {CREATED: tr_noop("row_look", "Re-created by undo"), UPDATED: tr_noop("row_look", "Restored by undo"),
              DELETED: tr_noop("row_look", "Deleted by undo")}
SENT_WORDS = {CREATED: tr_noop("row_look", "Created"), UPDATED: tr_noop("row_look", "Updated"),
              DELETED: tr_noop("row_look", "Deleted")}


def _state_text(outcome: Outcome) -> str:
    state, number = outcome.state, f" #{outcome.id}" if outcome.id is not None else ""
    if outcome.why == UNDONE and state in UNDO_WORDS:
        return tr("row_look", UNDO_WORDS[state]) + number
    if outcome.why == ALREADY_THERE and state == UPDATED:
        text = tr("row_look", "Already in Apptoto{number} (updated, not created)", number=number)
        return tr("row_look", "{outcome} — differs from what was sent", outcome=text) if outcome.differences else text
    if outcome.why == HELD_BACK and state == SKIPPED:
        if outcome.maybe_id is not None:
            return tr("row_look", "Held back: may already be in Apptoto as #{id}", id=outcome.maybe_id)
        return tr("row_look", "Held back: may already be in Apptoto")
    if state in SENT_WORDS:
        text = tr("row_look", SENT_WORDS[state]) + number
        return tr("row_look", "{outcome} — differs from what was sent", outcome=text) if outcome.differences else text
    if state == SEND_FAILED:
        reason = outcome.message.removeprefix(_prefix("engine", "Apptoto rejected this row: {reason} ({status})."))
        return tr("row_look", "Failed: {reason}", reason=reason or tr("errors", "no reason given"))
    if state == UNKNOWN:
        return tr("row_look", "Unknown: check Apptoto before resending")
    if state == SKIPPED:
        reason = outcome.message.removeprefix(_prefix("engine", "Not sent: {reason}"))
        return tr("row_look", "Skipped: {reason}", reason=reason or tr("row_look", "not sent"))
    return state.capitalize()


def _prefix(context: str, template: str) -> str:
    """What every message made from `template` starts with, in the user's language (`Not sent: `)."""
    return tr(context, template).split("{")[0]


def outcome_tooltip(outcome: Outcome) -> str:
    note = tr("engine", "{outcome}. Note: {notes}.").split("{outcome}")[-1].split("{notes}")[0]       # ". Note: "
    head, _, noted = outcome.message.partition(note)
    lines = [head.rstrip(".") + "." if outcome.message else outcome_text(outcome)]
    if outcome.differences:
        lines.append(tr("row_look", "Apptoto kept something other than what was sent:"))
        lines += [f"• {d}" for d in outcome.differences]
    for difference in outcome.differences:
        noted = noted.replace(difference, "")
    others = [n.strip().rstrip(".") for n in noted.split("; ") if n.strip().rstrip(".")]
    lines += [f"{n}." for n in others]               # which zone the times were read in; a calendar made unasked
    if outcome.edited_since:
        lines.append(tr("row_look", "The row was edited after this: Apptoto does not have the edit until it is "
                                    "sent again."))
    if outcome.id is not None:
        lines.append(tr("row_look", "Apptoto id {id}, external_id {external_id}", id=outcome.id,
                        external_id=outcome.external_id) if outcome.external_id else
                     tr("row_look", "Apptoto id {id}", id=outcome.id))
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
        parts.append(trn("row_look", "{count} undone", "{count} undone", counts[UNDONE]))
    n = counts.get("differ", 0)
    differ = "; " + trn("row_look", "{count} differs from what was sent", "{count} differ from what was sent",
                        n) if n else ""
    return ", ".join(parts or [tr("vocab", "nothing")]) + differ
