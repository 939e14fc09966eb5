"""An undo plan in plain words: a summary sentence and one line per row (the command line prints them, the window's
confirmation shows them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui.apptoto.diff import change_lines
from gui.apptoto.history import local_time

VERBS = {"delete": "delete", "restore": "restore", "recreate": "re-create", "cannot": "cannot undo"}


def step_line(step: Any) -> str:
    """An undo.UndoStep as `row 5: delete event #1003 “Check-up” on 2025-03-03 09:00 (the send created it); already
    messaged: Pat (reminded): what went out cannot be recalled`."""
    if step.action == "nothing":
        return f"row {step.key}: nothing to do: {step.why}"
    text = f"{VERBS[step.action]} {event_text(step)}"
    if step.action == "restore":
        text += (": " + "; ".join(change_lines(step.changes))) if step.changes else ""
    elif step.action == "recreate":
        text += f" as a new event ({step.why})"
    elif step.why:
        text += f" ({step.why})" if step.action != "cannot" else f": {step.why}"
    if step.messaged:
        text += f"; already messaged: {', '.join(step.messaged)}: what went out cannot be recalled"
    if step.kept:
        text += f"; cannot remove {', '.join(step.kept)}: Apptoto keeps participants already messaged"
    if step.conflict:
        text += f"; CONFLICT: {step.conflict}; skipped unless you confirm it"
    return f"row {step.key}: {text}"


def summary_line(plan: Any) -> str:
    """An undo.UndoPlan as `Undo of the send of s.xlsx on 2026-05-01 14:03 (run 1a2b3c4d): 5 events will be
    changed: 3 deleted, 2 restored; 1 of them was changed since the send (skipped unless you confirm).`"""
    run = plan.run
    what = f"the send of {Path(run.file).name} on {local_time(run.started)} (run {run.run_id[:8]})"
    if plan.nothing_to_do:
        return f"Nothing to undo: Apptoto is already as it was before {what}."
    counts = [(n, word) for n, word in ((len(plan.acting("delete")), "deleted"),
                                        (len(plan.acting("restore")), "restored"),
                                        (len(plan.acting("recreate")), "re-created")) if n]
    total = sum(n for n, _ in counts)
    events = f"{total} event{'s' if total != 1 else ''}"
    parts = []
    if len(counts) == 1:
        parts.append(f"{events} will be {counts[0][1]}")
    elif counts:
        parts.append(f"{events} will be changed: " + ", ".join(f"{n} {word}" for n, word in counts))
    if plan.conflicts:
        n = len(plan.conflicts)
        parts.append(f"{n} of them {'was' if n == 1 else 'were'} changed since the send (skipped unless you confirm)")
    if plan.cannot:
        n = len(plan.cannot)
        parts.append(f"{n} cannot be undone")
    return f"Undo of {what}: " + "; ".join(parts) + "."


def event_text(step: Any) -> str:
    """`event #1003 “Check-up” on 2025-03-03 09:00`."""
    name = f"event #{step.event_id}" if step.event_id is not None else "the event"
    title = f" “{step.title}”" if step.title else ""
    when = f" on {step.when}" if step.when else ""
    return name + title + when


ACTION_WORDS = {"delete": "Delete", "restore": "Restore", "recreate": "Re-create", "nothing": "Nothing to do",
                "cannot": "Cannot undo"}


def details(step: Any) -> list[str]:
    """What a confirmation shows beside a step, a line each: the fields restored (now → as before), why, the
    participants already messaged, those Apptoto keeps, the conflict."""
    out = []
    if step.action == "restore":
        out += change_lines(step.changes) or ["As it was before the send"]
    elif step.why:
        out.append(_capital(step.why))
    if step.messaged:
        out.append(f"Already messaged: {', '.join(step.messaged)}: what went out cannot be recalled")
    if step.kept:
        out.append(f"Stays on it: {', '.join(step.kept)} (Apptoto keeps participants already messaged)")
    if step.conflict:
        out.append(f"Conflict: {_capital(step.conflict)}. Tick it to undo it all the same.")
    return out


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
