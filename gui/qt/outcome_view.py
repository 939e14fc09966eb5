"""How a sent row's outcome shows in the status column: short text, colour, an icon for differences, a tooltip."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from gui.apptoto.engine import CREATED, FAILED, SKIPPED, UNKNOWN, UPDATED
from gui.core.vocab import Outcome

STATE_BRUSH = {CREATED: QColor("#cdeccf"), UPDATED: QColor("#cdeccf"), FAILED: QColor("#f4b4b4"),
               UNKNOWN: QColor("#fbe3a8"), SKIPPED: QColor("#e3e3e3")}
DIFFERS_BRUSH = QColor("#f9cf94")              # sent, but Apptoto kept something else
STATE_ORDER = (CREATED, UPDATED, FAILED, UNKNOWN, SKIPPED)


def outcome_text(outcome: Outcome) -> str:
    """The status cell: created #id, updated, failed: reason, unknown: check Apptoto before resending, skipped."""
    text = _state_text(outcome)
    return text + " · edited since: send again" if outcome.edited_since else text


def _state_text(outcome: Outcome) -> str:
    state = outcome.state
    if state in (CREATED, UPDATED):
        text = ("Created" if state == CREATED else "Updated") + (f" #{outcome.id}" if outcome.id is not None else "")
        return text + (" — differs, see tooltip" if outcome.differences else "")
    if state == FAILED:
        return "Failed: " + (outcome.message.removeprefix("Apptoto rejected this row: ") or "no reason given")
    if state == UNKNOWN:
        return "Unknown: check Apptoto before resending"
    if state == SKIPPED:
        reason = outcome.message.removeprefix("Not sent: ")
        return "Skipped: " + (reason or "not sent")
    return state.capitalize()


def outcome_tooltip(outcome: Outcome) -> str:
    lines = [outcome.message.split(". Note: ")[0].rstrip(".") + "." if outcome.message else outcome_text(outcome)]
    if outcome.differences:
        lines.append("Apptoto kept something other than what was sent:")
        lines += [f"• {d}" for d in outcome.differences]
    if outcome.edited_since:
        lines.append("The row was edited after this: Apptoto does not have the edit until it is sent again.")
    if outcome.id is not None:
        lines.append(f"Apptoto id {outcome.id}" + (f", external_id {outcome.external_id}" if outcome.external_id else ""))
    return "\n".join(lines)


@cache
def _differs_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def outcome_data(outcome: Outcome, role: int):
    """The status cell's data for a sent row (ScheduleModel.outcome_source)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return outcome_text(outcome)
    if role == Qt.ItemDataRole.ToolTipRole:
        return outcome_tooltip(outcome)
    if role == Qt.ItemDataRole.BackgroundRole:
        return DIFFERS_BRUSH if outcome.differences else STATE_BRUSH.get(outcome.state)
    if role == Qt.ItemDataRole.DecorationRole and outcome.differences:
        return _differs_icon()
    return None


def outcome_counts(outcomes) -> dict[str, int]:
    """How many outcomes of each state, and how many sent rows differ."""
    counts = dict.fromkeys((*STATE_ORDER, "differ"), 0)
    for outcome in outcomes:
        counts[outcome.state] = counts.get(outcome.state, 0) + 1
        counts["differ"] += bool(outcome.differences)
    return counts


def counts_text(counts: dict[str, int]) -> str:
    """'29 created · 6 updated · 1 failed' (states with none left out)."""
    parts = [f"{counts[s]:,} {s}" for s in STATE_ORDER if counts.get(s)]
    if counts.get("differ"):
        parts.append(f"{counts['differ']:,} differ")
    return " · ".join(parts)
