"""Undo a send, in three moves the window and the command line share: `plan_undo` (what Apptoto has now of every
event the send touched, and per event what the undo would do, with conflicts and participants already messaged),
the user's confirmation, and `execute` (the steps confirmed, sent through the engine as a journaled run of its own,
linked to the send). Qt-free; both calls talk to Apptoto, so the window runs them on a worker."""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Hashable
from dataclasses import dataclass, field
from typing import Any

from gui.apptoto import send as sending
from gui.apptoto.accounts import AccountFiles
from gui.apptoto.before import Before
from gui.apptoto.compare import as_instant, describe
from gui.apptoto.journal import Journal, ReconciledItem, RunSummary
from gui.apptoto.listing import Listing
from gui.apptoto.ratelimit import Pacer
from gui.apptoto.resolve import FOUND, MATCHED, NOT_ASKED, Ask, Resolved, resolve
from gui.apptoto.restore import (
    RESTORED,
    differing,
    messaged,
    recreate_body,
    recreated_external_id,
    restore_body,
    same_as_before,
    signs_it_existed,
    unremovable,
)
from gui.apptoto.sendspec import SendItem, SendOptions
from gui.apptoto.undo_text import step_line, summary_line
from gui.core.vocab import (
    CANCEL,
    CRASHED,
    CREATED,
    DELETED,
    FAILED,
    FINISHED,
    NEW,
    SENT,
    SKIPPED,
    UPDATE,
    UPDATED,
    Outcome,
)

# What undoing does to one row's event.
DELETE, RESTORE, RECREATE, NOTHING, CANNOT = "delete", "restore", "recreate", "nothing", "cannot"
ACTS = (DELETE, RESTORE, RECREATE)
REPLAN_AFTER = 30.0          # seconds: a plan older than this is made again (under the same answers) before acting


class UndoRefused(Exception):
    """This send cannot be undone with this connection (another server or account); str() says so plainly."""


@dataclass(slots=True)
class UndoStep:
    """What the undo does to one row's event. `conflict`: the event was changed again since the send (the step is
    done only when the user confirms it); `messaged`: participants already reminded or confirmed (what went out
    cannot be recalled); `kept`: participants a restore cannot remove (Apptoto keeps those already messaged)."""

    key: Hashable
    action: str
    event_id: int | None = None
    title: str = ""
    when: str = ""
    why: str = ""
    conflict: str = ""
    messaged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)      # RESTORE: field -> (now, restored)
    body: dict | None = None                                              # what is sent for it

    @property
    def acts(self) -> bool:
        return self.action in ACTS

    def line(self) -> str:
        """One line in plain words (see undo_text)."""
        return step_line(self)

    def record(self) -> dict:
        """As the undo's journal keeps it."""
        return {"key": self.key, "action": self.action, "id": self.event_id, "conflict": self.conflict,
                "why": self.why, "body": self.body}


@dataclass(slots=True)
class UndoPlan:
    """Every row of a send with its step; the listing read (handed to `execute`) and when it was taken."""

    run: RunSummary
    steps: list[UndoStep]
    listing: Listing | None = None
    taken_at: float = 0.0
    requests: int = 0
    notes: list[str] = field(default_factory=list)

    def acting(self, action: str | None = None) -> list[UndoStep]:
        return [s for s in self.steps if s.acts and (action is None or s.action == action)]

    @property
    def conflicts(self) -> list[UndoStep]:
        return [s for s in self.steps if s.acts and s.conflict]

    @property
    def cannot(self) -> list[UndoStep]:
        return [s for s in self.steps if s.action == CANNOT]

    @property
    def nothing_to_do(self) -> bool:
        """True when Apptoto is already as before the send (as far as it can be)."""
        return not self.acting() and not self.cannot

    def summary(self) -> str:
        return summary_line(self)

    def lines(self) -> list[str]:
        """The summary, then one line per row that is not already as before the send."""
        return [self.summary(), *self.notes, *(s.line() for s in self.steps if s.action != NOTHING)]


@dataclass(slots=True)
class UndoResult:
    """How an undo ended: the outcome of each step sent, the steps left (conflicts not confirmed, changed since the
    plan, impossible, or failed), the undo's own run id."""

    plan: UndoPlan
    outcomes: dict[Hashable, Outcome] = field(default_factory=dict)
    held: list[UndoStep] = field(default_factory=list)
    status: str = FINISHED
    message: str = ""
    run: str = ""

    @property
    def left(self) -> int:
        failed = sum(1 for o in self.outcomes.values() if o.state not in SENT)
        return failed + len(self.held) + len(self.plan.cannot)

    def lines(self) -> list[str]:
        out = []
        for step in self.plan.steps:
            if step.key in self.outcomes:
                got = self.outcomes[step.key]
                out.append(f"row {step.key}: {got.state}: {got.message}")
            elif step in self.held or step.action == CANNOT:
                out.append(f"row {step.key}: not undone: {step.conflict or step.why}")
        return out


def plan_undo(journal: Journal, run: RunSummary, client: Any, pacer: Pacer,
              progress: Callable[[Any], None] | None = None, wall: Callable[[], float] = time.time) -> UndoPlan:
    """What undoing `run` would do now. Raises UndoRefused (another account), AuthError; an event Apptoto could not
    be asked about is a CANNOT step (try again later)."""
    if run.base_url and (run.base_url.rstrip("/") != client.base_url.rstrip("/")
                         or run.user.casefold() != str(client.user).casefold()):
        raise UndoRefused(f"This send went to {run.user} on {run.base_url}; connect to that account to undo it "
                          f"(now: {client.user} on {client.base_url}).")
    items = journal.reconcile(run)
    roles = {key: _role(item) for key, item in items.items()}
    asks = [ask for key, item in items.items() for ask in _asks(key, item, roles[key])]
    taken_at = wall()
    resolved = resolve(asks, client, pacer, look_up_ids=True, progress=progress, wall=wall) if asks else Resolved()
    steps = [_step(key, item, roles[key], resolved) for key, item in items.items()]
    notes = []
    if any(item.before is None and item.kind != NEW and item.sent for item in items.values()):
        notes.append("Some events this send changed have no before-state in the journal (sent by an older version "
                     "of the app, or Apptoto could not be asked): they cannot be restored.")
    return UndoPlan(run, steps, resolved.listing, taken_at, resolved.requests, notes)


def execute(plan: UndoPlan, client: Any, options: SendOptions, journal: Journal | None = None,
            confirmed: bool | Collection[Hashable] = False, progress: Any = None, cancel: Any = None,
            account: AccountFiles | None = None, sleep: Callable[[float], None] = time.sleep,
            clock: Callable[[], float] = time.monotonic, wall: Callable[[], float] = time.time) -> UndoResult:
    """Do the plan's steps: those in conflict only if `confirmed` (True, or their keys). A plan older than
    REPLAN_AFTER seconds, or made before another send to the account, is made again first; a step that changed
    meanwhile is held back (run the undo again). Never raises ApptotoError; AuthError ends it as the engine does."""
    journal = journal or Journal()
    account = account or AccountFiles(client.base_url, client.user)
    held: list[UndoStep] = []
    if wall() - plan.taken_at > REPLAN_AFTER or account.load().changed_at >= plan.taken_at:
        fresh = plan_undo(journal, plan.run, client, _pacer(options, cancel, sleep, clock), wall=wall)
        before = {s.key: s for s in plan.steps}
        held = [s for s in fresh.steps if s.acts and _changed(before.get(s.key), s)]
        plan = fresh
    chosen = [s for s in plan.acting() if s not in held and (not s.conflict or confirmed is True or (
        not isinstance(confirmed, bool) and s.key in confirmed))]
    held += [s for s in plan.conflicts if s not in chosen and s not in held]
    result = UndoResult(plan, held=held)
    if not chosen:
        result.message = ("Nothing to undo: Apptoto is already as it was before this send."
                          if plan.nothing_to_do else "Nothing was changed.")
        if plan.nothing_to_do:
            _note_undone(journal, result, plan.run.run_id, "")
        return result
    try:
        log = journal.start_run(plan.run.file, base_url=client.base_url, user=client.user, total=len(chosen),
                                secrets=sending.client_secrets(client), undoes=plan.run.run_id)
        log.write("undo_plan", steps=[s.record() for s in plan.steps])
    except OSError as exc:
        result.status, result.message = CRASHED, f"The send journal cannot be written ({exc}): nothing was undone."
        return result
    items = [SendItem(s.key, dict(s.body or {}), {DELETE: CANCEL, RESTORE: UPDATE, RECREATE: NEW}[s.action])
             for s in chosen]
    sent = sending.send(items, client, options, plan.run.file, journal, run=log, progress=progress, cancel=cancel,
                        listing=plan.listing, account=account, sleep=sleep, clock=clock, wall=wall)
    result.status, result.message, result.run = sent.status, sent.message, log.run_id
    result.outcomes = {s.key: _in_words(s, sent[s.key]) for s in chosen}
    _note_undone(journal, result, plan.run.run_id, log.run_id)
    return result


def _note_undone(journal: Journal, result: UndoResult, run: str, by: str) -> None:
    """Record in the index how far the send is undone (the history shows it); a failure to write is said."""
    try:
        journal.record_undone(run, by, result.left)
    except OSError as exc:
        result.message = (result.message + " " if result.message else "") + (
            f"The history could not note this undo ({exc}).")


# -- one row ---------------------------------------------------------------------------------------------------
CREATED_ROLE, UPDATED_ROLE, CANCELLED_ROLE = "created", "updated", "cancelled"


def _role(item: ReconciledItem) -> str:
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


def _asks(key: Hashable, item: ReconciledItem, role: str) -> list[Ask]:
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


def _step(key: Hashable, item: ReconciledItem, role: str, resolved: Resolved) -> UndoStep:
    sent, before = item.event, _before(item)
    if not role:
        return UndoStep(key, NOTHING, item.id, sent.get("title", ""), sent.get("start_time", ""),
                        f"nothing to undo ({_lower(item.message) or 'it was not sent'})")
    found = resolved.get(("now", key))
    if found is not None and found.state == NOT_ASKED:
        return UndoStep(key, CANNOT, item.id, why=f"Apptoto could not be asked about it ({found.reason}); "
                                                  "undo again later")
    now = found.current if found is not None and found.state in (FOUND, MATCHED) else None
    if role == CREATED_ROLE:
        return _undo_created(key, item, now)
    if before is None or not before.known:
        why = before.why if before is not None else "no before-state in the journal"
        return UndoStep(key, CANNOT, item.id, sent.get("title", ""), sent.get("start_time", ""),
                        f"its state before the send was not kept ({why})")
    if role == CANCELLED_ROLE:
        return _undo_cancelled(key, item, before, now, resolved.get(("recreated", key)))
    return _undo_updated(key, item, before, now)


def _undo_created(key: Hashable, item: ReconciledItem, now: dict | None) -> UndoStep:
    show_from = now or item.answer or item.event
    step = UndoStep(key, DELETE, (now or {}).get("id", item.id), show_from.get("title", ""),
                    _when(show_from, item.event), "the send created it")
    if now is None or now.get("is_deleted"):
        step.action, step.why = NOTHING, "deleted already" if now is not None else "not in Apptoto"
        return step
    left = item.answer or item.event
    changed = differing(now, left, [k for k in RESTORED if k in left])
    signs = signs_it_existed(item.event, item.answer)
    if signs:
        step.conflict = (f"Apptoto may have had it before the send (its answer showed {'; '.join(signs)}): "
                         "deleting it may remove an appointment the send only changed")
    elif changed:
        step.conflict = f"changed in Apptoto since the send ({', '.join(changed)}): deleting it loses those changes"
    step.messaged = messaged(now)
    step.body = {"id": now["id"]}
    return step


def _undo_updated(key: Hashable, item: ReconciledItem, before: Before, now: dict | None) -> UndoStep:
    old = before.event or {}
    step = UndoStep(key, RESTORE, old.get("id"), old.get("title", ""), _when(old, item.event))
    keys = [k for k in RESTORED if k in item.event]
    if now is None or now.get("is_deleted"):
        step.action, step.why = CANNOT, "it was deleted in Apptoto since the send" if now else "it is not in Apptoto"
        return step
    if same_as_before(now, old, keys):
        step.action, step.why = NOTHING, "already as it was before the send"
        return step
    left = item.answer if item.answer is not None else item.event
    changed = differing(now, left, keys)
    if changed:
        step.conflict = (f"changed in Apptoto since the send ({', '.join(changed)}): restoring it overwrites "
                         "those changes")
    step.body = restore_body(item.event, old)
    step.changes = {k: (now.get(k), step.body.get(k)) for k in differing(now, old, keys) if k in step.body}
    step.kept = [f"{describe(p)} ({p['state']})" for p in unremovable(now, old)]
    step.messaged = messaged(now)
    step.why = "restored as it was before the send"
    return step


def _undo_cancelled(key: Hashable, item: ReconciledItem, before: Before, now: dict | None, again: Any) -> UndoStep:
    old = before.event or {}
    step = UndoStep(key, RECREATE, old.get("id"), old.get("title", ""), _when(old, item.event))
    if before.deleted:
        step.action, step.why = NOTHING, "nothing was deleted"
    elif now is not None and not now.get("is_deleted"):
        step.action, step.why = NOTHING, "it is not deleted in Apptoto"
    elif again is not None and again.state == NOT_ASKED:
        step.action, step.why = CANNOT, f"Apptoto could not be asked ({again.reason}); undo again later"
    elif again is not None and again.current is not None and not again.current.get("is_deleted"):
        step.action = NOTHING
        step.why = f"re-created already as event #{again.current.get('id')}"
    else:
        step.body = recreate_body(old)
        step.why = "Apptoto cannot bring a deleted event back; it may send the new one its auto messages"
    return step


def _when(event: dict, sent: dict) -> str:
    """The event's start as the sheet wrote its row (in the row's offset when it has a time), else as Apptoto has it."""
    start, like = as_instant(event.get("start_time")), as_instant(sent.get("start_time"))
    if start is None:
        return str(event.get("start_time") or "")
    return (start.astimezone(like.tzinfo) if like is not None else start).isoformat()


def _changed(was: UndoStep | None, now: UndoStep) -> bool:
    """Whether a step made again differs from the one confirmed (another action, or a conflict now)."""
    return was is None or was.action != now.action or (bool(now.conflict) and not was.conflict)


def _in_words(step: UndoStep, got: Outcome) -> Outcome:
    """The engine's outcome of a step, in the undo's words."""
    notes = (". Note: " + "; ".join(got.differences)) if got.differences else ""
    if step.action == DELETE and got.state == DELETED:
        text = f"Deleted #{got.id or step.event_id} (this send had created it)."
    elif step.action == RESTORE and got.state == UPDATED:
        text = f"Restored #{got.id or step.event_id} as it was before the send{notes}."
    elif step.action == RECREATE and got.state == CREATED:
        text = (f"Re-created as event #{got.id} with External ID {got.external_id} (the deleted event "
                f"#{step.event_id} stays deleted in Apptoto){notes}.")
    else:
        text = got.message
    return Outcome(got.state, text, list(got.differences), got.id, got.external_id)


def _pacer(options: SendOptions, cancel: Any, sleep: Callable[[float], None], clock: Callable[[], float]) -> Pacer:
    from gui.apptoto.ratelimit import RateLimiter

    stop = (cancel.is_set if hasattr(cancel, "is_set") else cancel) if cancel is not None else None
    return Pacer(RateLimiter(options.rate_per_minute, options.burst, clock, sleep), cancel=stop)


def _lower(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[:1].lower() + text[1:]

