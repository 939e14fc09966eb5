"""An undo plan in plain words: a summary sentence and one line per row (the command line prints them, the window's
confirmation shows them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui.apptoto.diff import change_lines
from gui.apptoto.history import local_time
from gui.core.i18n import tr, tr_noop, trn, trn_noop

VERBS = {"delete": tr_noop("undo_text", "delete"), "restore": tr_noop("undo_text", "restore"),
         "recreate": tr_noop("undo_text", "re-create"), "cannot": tr_noop("undo_text", "cannot undo")}


def step_line(step: Any) -> str:
    """An undo.UndoStep as `row 5: delete event #1003 “Check-up” on 2025-03-03 09:00 (the send created it); already
    messaged: Pat (reminded): what went out cannot be recalled`."""
    if step.action == "nothing":
        return tr("undo_text", "row {row}: nothing to do: {why}", row=step.key, why=step.why)
    text = f"{tr('undo_text', VERBS[step.action])} {event_text(step)}"
    if step.action == "restore":
        text += (": " + "; ".join(change_lines(step.changes))) if step.changes else ""
    elif step.action == "recreate":
        text = tr("undo_text", "{action} as a new event ({why})", action=text, why=step.why)
    elif step.why:
        text += f" ({step.why})" if step.action != "cannot" else f": {step.why}"
    if step.messaged:
        text += "; " + tr("undo_text", "already messaged: {who}: what went out cannot be recalled",
                          who=", ".join(step.messaged))
    if step.kept:
        text += "; " + tr("undo_text", "cannot remove {who}: Apptoto keeps participants already messaged",
                          who=", ".join(step.kept))
    if step.conflict:
        text += "; " + tr("undo_text", "CONFLICT: {conflict}; skipped unless you confirm it", conflict=step.conflict)
    return tr("undo_text", "row {row}: {step}", row=step.key, step=text)


DONE_COUNTS = {"delete": trn_noop("undo_text", "{count} deleted", "{count} deleted"),
               "restore": trn_noop("undo_text", "{count} restored", "{count} restored"),
               "recreate": trn_noop("undo_text", "{count} re-created", "{count} re-created")}
ALL_DONE = {"delete": trn_noop("undo_text", "{count} event will be deleted", "{count} events will be deleted"),
            "restore": trn_noop("undo_text", "{count} event will be restored", "{count} events will be restored"),
            "recreate": trn_noop("undo_text", "{count} event will be re-created", "{count} events will be re-created")}


def summary_line(plan: Any) -> str:
    """An undo.UndoPlan as `Undo of the send of s.xlsx on Fri 1 May 2026 14:03: 5 events will be
    changed: 3 deleted, 2 restored; 1 of them was changed since the send (skipped unless you confirm).`"""
    run = plan.run
    what = tr("undo_text", "the send of {file} on {when}", file=Path(run.file).name, when=local_time(run.started))
    if plan.nothing_to_do:
        return tr("undo_text", "Nothing to undo: Apptoto is already as it was before {send}.", send=what)
    counts = [(n, action) for n, action in ((len(plan.acting(a)), a) for a in ("delete", "restore", "recreate")) if n]
    total = sum(n for n, _ in counts)
    parts = []
    if len(counts) == 1:
        parts.append(trn("undo_text", *ALL_DONE[counts[0][1]], total))
    elif counts:
        parts.append(trn("undo_text", "{count} event will be changed: {changes}", "{count} events will be changed: "
                         "{changes}", total,
                         changes=", ".join(trn("undo_text", *DONE_COUNTS[a], n) for n, a in counts)))
    if plan.conflicts:
        parts.append(trn("undo_text", "{count} of them was changed since the send (skipped unless you confirm)",
                         "{count} of them were changed since the send (skipped unless you confirm)",
                         len(plan.conflicts)))
    if plan.cannot:
        parts.append(trn("undo_text", "{count} cannot be undone", "{count} cannot be undone", len(plan.cannot)))
    return tr("undo_text", "Undo of {send}: {parts}.", send=what, parts="; ".join(parts))


def event_text(step: Any) -> str:
    """`event #1003 “Check-up” on 2025-03-03 09:00`."""
    name = tr("undo_text", "event #{id}", id=step.event_id) if step.event_id is not None else tr("undo_text",
                                                                                                 "the event")
    title = f" “{step.title}”" if step.title else ""
    when = " " + tr("undo_text", "on {when}", when=step.when) if step.when else ""
    return name + title + when


ACTION_WORDS = {"delete": tr_noop("undo_text", "Delete"), "restore": tr_noop("undo_text", "Restore"),
                "recreate": tr_noop("undo_text", "Re-create"), "nothing": tr_noop("undo_text", "Nothing to do"),
                "cannot": tr_noop("undo_text", "Cannot undo")}         # tr("undo_text", ...) where shown


def details(step: Any) -> list[str]:
    """What a confirmation shows beside a step, a line each: the fields restored (now → as before), why, the
    participants already messaged, those Apptoto keeps, the conflict."""
    out = []
    if step.action == "restore":
        out += change_lines(step.changes) or [tr("undo_text", "As it was before the send")]
    elif step.why:
        out.append(_capital(step.why))
    if step.messaged:
        out.append(tr("undo_text", "Already messaged: {who}: what went out cannot be recalled",
                      who=", ".join(step.messaged)))
    if step.kept:
        out.append(tr("undo_text", "Stays on it: {who} (Apptoto keeps participants already messaged)",
                      who=", ".join(step.kept)))
    if step.conflict:
        out.append(tr("undo_text", "Conflict: {conflict}. Tick it to undo it all the same.",
                      conflict=_capital(step.conflict)))
    return out


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
