"""What undoing a send does to one row's event: from what the send did to it (its journal record: kind, event sent,
before-state, answer, outcome) and what Apptoto has of it now, one step: delete, restore, re-create, nothing, or
cannot (with why), its conflict and the participants already messaged."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

from gui.apptoto.before import Before
from gui.apptoto.compare import describe, shown_time
from gui.apptoto.journal import ReconciledItem
from gui.apptoto.resolve import FOUND, MATCHED, NOT_ASKED, Ask, Resolved
from gui.apptoto.restore import (
    RESTORED,
    TIMES,
    differing,
    messaged,
    recreate_body,
    recreated_external_id,
    restore_body,
    same_as_before,
    signs_it_existed,
    unremovable,
)
from gui.apptoto.undo_text import step_line
from gui.core.i18n import tr
from gui.core.vocab import CANCEL, FAILED, NEW, SKIPPED

# What undoing does to one row's event.
DELETE, RESTORE, RECREATE, NOTHING, CANNOT = "delete", "restore", "recreate", "nothing", "cannot"
ACTS = (DELETE, RESTORE, RECREATE)


@dataclass(slots=True)
class UndoStep:
    """What the undo does to one row's event. `conflict`: the event was changed again since the send (the step is
    done only when the user confirms it); `messaged`: participants already reminded or confirmed (what went out
    cannot be recalled); `kept`: participants a restore cannot remove (Apptoto keeps those already messaged)."""

    key: Hashable
    action: str
    event_id: int | None = None
    title: str = ""
    when: str = ""                      # its start as staff read it (2026-03-03 09:00)
    why: str = ""
    conflict: str = ""
    messaged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)      # RESTORE: field -> (now, restored)
    body: dict | None = None                                              # what is sent for it
    external_id: str | None = None      # DELETE: the External ID the send created the event with
    current: dict | None = None         # the event as Apptoto had it when the plan was made

    @property
    def acts(self) -> bool:
        return self.action in ACTS

    def line(self) -> str:
        """One line in plain words (see undo_text)."""
        return step_line(self)

    def record(self) -> dict:
        """As the undo's journal keeps it."""
        return {"key": self.key, "action": self.action, "id": self.event_id, "conflict": self.conflict,
                "why": self.why, "body": self.body, "external_id": self.external_id}


# What the send did to a row's event.
CREATED_ROLE, UPDATED_ROLE, CANCELLED_ROLE = "created", "updated", "cancelled"


def role_of(item: ReconciledItem) -> str:
    """What the send did to the row's event: created it, updated it, deleted it (a cancellation), or '' (nothing
    that needs undoing: not sent, or refused)."""
    if not item.sent or item.state in (FAILED, SKIPPED):
        return ""
    if item.kind == CANCEL:
        return CANCELLED_ROLE
    before = _before(item)
    if item.kind == NEW or (before is not None and before.known and before.event is None):
        return CREATED_ROLE
    return UPDATED_ROLE


def _before(item: ReconciledItem) -> Before | None:
    return Before.from_record(item.before) if item.before else None


def asks_for(key: Hashable, item: ReconciledItem, role: str) -> list[Ask]:
    """What to ask Apptoto about a row: its event now (and for a cancellation, the event re-created for it)."""
    before = _before(item)
    after = item.answer or {}
    start = after.get("start_time") or item.event.get("start_time")
    if role == CREATED_ROLE:
        number = item.id if item.id is not None else after.get("id")
        target = {"id": number} if number is not None else {"external_id": item.event.get("external_id")}
        if target.get("external_id") in (None, "") and "id" not in target:
            return []
    elif role in (UPDATED_ROLE, CANCELLED_ROLE) and before is not None and before.event is not None:
        target = {"id": before.event.get("id")}
        start = start or before.event.get("start_time")
    else:
        return []
    asks = [Ask(("now", key), {**target, "start_time": start}, by_key_only=True)]
    if role == CANCELLED_ROLE and before is not None and not before.deleted:
        old = before.event or {}
        asks.append(Ask(("recreated", key), {"external_id": recreated_external_id(old),
                                             "start_time": old.get("start_time")}, by_key_only=True))
    return asks


def step_for(key: Hashable, item: ReconciledItem, role: str, resolved: Resolved) -> UndoStep:
    """The row's step, from its journal record and what Apptoto answered to `asks_for`."""
    sent, before = item.event, _before(item)
    if not role:
        return UndoStep(key, NOTHING, item.id, sent.get("title", ""), _when(sent, sent),
                        tr("undo_steps", "nothing to undo ({why})",
                           why=_lower(item.message) or tr("undo_steps", "it was not sent")))
    found = resolved.get(("now", key))
    if found is not None and found.state == NOT_ASKED:
        return UndoStep(key, CANNOT, item.id, why=tr("undo_steps", "Apptoto could not be asked about it ({reason}); "
                                                     "undo again later", reason=found.reason))
    now = found.current if found is not None and found.state in (FOUND, MATCHED) else None
    if role == CREATED_ROLE and found is None:
        return UndoStep(key, CANNOT, item.id, sent.get("title", ""), _when(sent, sent),
                        tr("undo_steps", "Apptoto gave it no id and it has no External ID to find it by: check "
                           "Apptoto"))
    if role == CREATED_ROLE:
        step = _undo_created(key, item, now)
    elif before is None or not before.known:
        why = before.why if before is not None else tr("undo_steps", "no before-state in the journal")
        return UndoStep(key, CANNOT, item.id, sent.get("title", ""), _when(sent, sent),
                        tr("undo_steps", "its state before the send was not kept ({why})", why=why))
    elif role == CANCELLED_ROLE:
        step = _undo_cancelled(key, item, before, now, resolved.get(("recreated", key)))
    else:
        step = _undo_updated(key, item, before, now)
    step.current = now
    return step


def _undo_created(key: Hashable, item: ReconciledItem, now: dict | None) -> UndoStep:
    show_from = now or item.answer or item.event
    step = UndoStep(key, DELETE, (now or {}).get("id", item.id), show_from.get("title", ""),
                    _when(show_from, item.event), tr("undo_steps", "the send created it"),
                    external_id=item.event.get("external_id") or item.external_id)
    if now is None or now.get("is_deleted"):
        step.action = NOTHING
        step.why = tr("undo_steps", "deleted already") if now is not None else tr("undo_steps", "not in Apptoto")
        return step
    left = item.answer or item.event
    changed = differing(now, left, [k for k in RESTORED if k in left])
    signs = signs_it_existed(item.event, item.answer)
    if signs:
        step.conflict = tr("undo_steps", "Apptoto may have had it before the send (its answer showed {signs}): "
                           "deleting it may remove an appointment the send only changed", signs="; ".join(signs))
    elif changed:
        step.conflict = tr("undo_steps", "changed in Apptoto since the send ({fields}): deleting it loses those "
                                         "changes",
                           fields=", ".join(tr("compare", k) for k in changed))
    step.messaged = messaged(now)
    step.body = {"id": now["id"]}
    return step


def _undo_updated(key: Hashable, item: ReconciledItem, before: Before, now: dict | None) -> UndoStep:
    old = before.event or {}
    step = UndoStep(key, RESTORE, old.get("id"), old.get("title", ""), _when(old, item.event))
    keys = [k for k in RESTORED if k in item.event]
    if now is None or now.get("is_deleted"):
        step.action = CANNOT
        step.why = (tr("undo_steps", "it was deleted in Apptoto since the send") if now
                    else tr("undo_steps", "it is not in Apptoto"))
        return step
    if same_as_before(now, old, keys):
        step.action, step.why = NOTHING, tr("undo_steps", "already as it was before the send")
        return step
    left = item.answer if item.answer is not None else item.event
    changed = differing(now, left, keys)
    if changed:
        step.conflict = tr("undo_steps", "changed in Apptoto since the send ({fields}): restoring it overwrites those "
                           "changes", fields=", ".join(tr("compare", k) for k in changed))
    step.body = restore_body(item.event, old)
    step.changes = {k: (_shown(k, now.get(k), item.event), _shown(k, step.body.get(k), item.event))
                    for k in differing(now, old, keys) if k in step.body}
    step.kept = [f"{describe(p)} ({p['state']})" for p in unremovable(now, old)]
    step.messaged = messaged(now)
    step.why = tr("undo_steps", "restored as it was before the send")
    return step


def _undo_cancelled(key: Hashable, item: ReconciledItem, before: Before, now: dict | None, again: Any) -> UndoStep:
    old = before.event or {}
    step = UndoStep(key, RECREATE, old.get("id"), old.get("title", ""), _when(old, item.event))
    if before.deleted:
        step.action, step.why = NOTHING, tr("undo_steps", "nothing was deleted")
    elif now is not None and not now.get("is_deleted"):
        step.action, step.why = NOTHING, tr("undo_steps", "it is not deleted in Apptoto")
    elif again is not None and again.state == NOT_ASKED:
        step.action, step.why = CANNOT, tr("undo_steps", "Apptoto could not be asked ({reason}); undo again later",
                                           reason=again.reason)
    elif again is not None and again.current is not None and not again.current.get("is_deleted"):
        step.action = NOTHING
        step.why = tr("undo_steps", "re-created already as event #{id}", id=again.current.get("id"))
    else:
        step.body = recreate_body(old)
        step.why = tr("undo_steps", "Apptoto cannot bring a deleted event back; it may send the new one its auto "
                      "messages")
    return step


def _shown(key: str, value: Any, sent: dict) -> Any:
    """A field's value as a confirmation shows it: times as staff read them, in the row's own offset."""
    return shown_time(value, sent.get(key)) if key in TIMES and value else value


def _when(event: dict, sent: dict) -> str:
    """The event's start as the sheet wrote its row (in the row's offset when it has a time)."""
    return shown_time(event.get("start_time"), sent.get("start_time"))


def changed(was: UndoStep | None, now: UndoStep) -> bool:
    """Whether a step made again differs from the one confirmed (another action, or a conflict now)."""
    return was is None or was.action != now.action or (bool(now.conflict) and not was.conflict)


def _lower(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[:1].lower() + text[1:]

