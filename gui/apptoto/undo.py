"""Undo a send, in three moves the window and the command line share: `plan_undo` (what Apptoto has now of every
event the send touched, and per event what the undo would do, with conflicts and participants already messaged),
the user's confirmation, and `execute` (the steps confirmed, sent through the engine as a journaled run of its own,
linked to the send). Qt-free; both calls talk to Apptoto, so the window runs them on a worker. What each row's step
is: undo_steps.py; what a restore writes: restore.py; the words: undo_text.py."""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Hashable
from dataclasses import dataclass, field
from typing import Any

from gui.apptoto import send as sending
from gui.apptoto.accounts import AccountFiles
from gui.apptoto.journal import Journal, RunSummary
from gui.apptoto.listing import Listing
from gui.apptoto.presend import Check
from gui.apptoto.ratelimit import Pacer, RateLimiter
from gui.apptoto.resolve import FOUND, Resolution, Resolved, resolve
from gui.apptoto.sendspec import SendItem, SendOptions
from gui.apptoto.undo_steps import (  # noqa: F401 - the actions and the step are part of the undo's API
    ACTS,
    CANNOT,
    DELETE,
    NOTHING,
    RECREATE,
    RESTORE,
    UndoStep,
    asks_for,
    changed,
    role_of,
    step_for,
)
from gui.apptoto.undo_text import summary_line
from gui.core.i18n import tr, tr_noop
from gui.core.server import Server
from gui.core.vocab import (
    CANCEL,
    CRASHED,
    CREATED,
    DELETED,
    FINISHED,
    NEW,
    SENT,
    UNDONE,
    UPDATE,
    UPDATED,
    Outcome,
)

REPLAN_AFTER = 30.0          # seconds: a plan older than this is made again before it acts


class UndoRefused(Exception):
    """This send cannot be undone with this connection (another server or account); str() says so plainly."""


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

    def undone(self) -> list[tuple[UndoStep, Outcome]]:
        """The steps Apptoto confirmed, with their outcome (what the rows of the send now show)."""
        return [(s, self.outcomes[s.key]) for s in self.plan.steps
                if s.key in self.outcomes and self.outcomes[s.key].state in SENT]

    def lines(self) -> list[str]:
        out = []
        for step in self.plan.steps:
            if step.key in self.outcomes:
                got = self.outcomes[step.key]
                out.append(tr("undo", "row {row}: {state}: {outcome}", row=step.key, state=tr("undo", got.state),
                              outcome=got.message))
            elif step in self.held or step.action == CANNOT:
                out.append(tr("undo", "row {row}: not undone: {why}", row=step.key, why=step.conflict or step.why))
        return out


def plan_undo(journal: Journal, run: RunSummary, client: Any, pacer: Pacer,
              progress: Callable[[Any], None] | None = None, wall: Callable[[], float] = time.time) -> UndoPlan:
    """What undoing `run` would do now. Raises UndoRefused (another account), AuthError; an event Apptoto could not
    be asked about is a CANNOT step (try again later)."""
    refused = refusal(run, client.base_url, str(client.user))
    if refused:
        raise UndoRefused(refused)
    items = journal.reconcile(run)
    roles = {key: role_of(item) for key, item in items.items()}
    asks = [ask for key, item in items.items() for ask in asks_for(key, item, roles[key])]
    taken_at = wall()
    resolved = resolve(asks, client, pacer, look_up_ids=True, progress=progress, wall=wall) if asks else Resolved()
    steps = [step_for(key, item, roles[key], resolved) for key, item in items.items()]
    notes = []
    if any(item.before is None and item.kind != NEW and item.sent for item in items.values()):
        notes.append(tr("undo", "Some events this send changed have no before-state in the journal (sent by an older "
                        "version of the app, or Apptoto could not be asked): they cannot be restored."))
    return UndoPlan(run, steps, resolved.listing, taken_at, resolved.requests, notes)


def refusal(run: RunSummary, base_url: str, user: str) -> str:
    """Why `run` cannot be undone as `user` on `base_url` (another server or account), in plain words; '' when it
    can."""
    then, now = Server(run.base_url, run.user), Server(base_url, user)
    if not run.base_url or (then.same_server(now) and then.user.casefold() == now.user.casefold()):
        return ""
    if then.is_local and not then.same_server(now):
        return tr("undo", "This send went to the sandbox of an earlier session. The sandbox starts afresh each time it "
                  "is started, so nothing that send made is left to undo.")
    return tr("undo", "This send went to {then}; connect to that account to undo it (you are connected to {now}).",
              then=then.describe(), now=now.describe())


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
        held = [s for s in fresh.steps if s.acts and changed(before.get(s.key), s)]
        for step in held:
            step.conflict = step.conflict or tr("undo", "its undo changed since it was prepared: undo again to see it")
        plan = fresh
    chosen = [s for s in plan.acting() if s not in held and (not s.conflict or confirmed is True or (
        not isinstance(confirmed, bool) and s.key in confirmed))]
    held += [s for s in plan.conflicts if s not in chosen and s not in held]
    result = UndoResult(plan, held=held)
    if not chosen:
        result.message = (tr("undo", "Nothing to undo: Apptoto is already as it was before this send.")
                          if plan.nothing_to_do else tr("undo", "Nothing was changed."))
        if plan.nothing_to_do:
            _note_undone(journal, result, plan.run.run_id, "")
        return result
    try:
        log = journal.start_run(plan.run.file, base_url=client.base_url, user=client.user, total=len(chosen),
                                secrets=sending.client_secrets(client), undoes=plan.run.run_id)
        log.write("undo_plan", steps=[s.record() for s in plan.steps])
    except OSError as exc:
        result.status, result.message = CRASHED, tr("undo",
                                                    "The send journal cannot be written ({reason}): nothing was "
                                                   "undone.", reason=exc)
        return result
    items = [SendItem(s.key, dict(s.body or {}), {DELETE: CANCEL, RESTORE: UPDATE, RECREATE: NEW}[s.action])
             for s in chosen]
    sent = sending.send(items, client, options, plan.run.file, journal, run=log, progress=progress, cancel=cancel,
                        listing=plan.listing, check=_known(plan, chosen), account=account, sleep=sleep, clock=clock,
                        wall=wall)
    result.status, result.message, result.run = sent.status, sent.message, log.run_id
    result.outcomes = {s.key: _in_words(s, sent[s.key]) for s in chosen}
    _retire(account, result)
    _note_undone(journal, result, plan.run.run_id, log.run_id)
    return result


def _known(plan: UndoPlan, chosen: list[UndoStep]) -> Check | None:
    """What the plan read of each event the undo deletes or restores, as the send's pre-send check (its before-state
    and what it updates), so the engine does not ask again: their bodies carry no dates to list, so it asked one GET
    per event, most of an undo's time. None (the engine checks) when a step re-creates an event (it needs the guard)
    or an event was not read. The plan is fresh: `execute` makes it again when old or after another send."""
    if any(s.action == RECREATE or s.current is None for s in chosen):
        return None
    resolved = Resolved()
    resolved.listing = plan.listing
    for step in chosen:
        resolved[step.key] = Resolution(FOUND, step.current)
    return Check(resolved=resolved, events={s.key: dict(s.body or {}) for s in chosen})


def _retire(account: AccountFiles, result: UndoResult) -> None:
    """Remember the events the undo deleted that the send had created, so that sending their rows again makes them
    anew (a new derived External ID) instead of updating a deleted event; a failure to write it is said."""
    gone = [step for step, _ in result.undone() if step.action == DELETE]
    if not gone:
        return
    try:
        account.retire([s.external_id for s in gone], [s.event_id for s in gone])
    except OSError as exc:
        result.message = (result.message + " " if result.message else "") + tr(
            "undo", "This computer could not note which appointments the undo deleted ({reason}): sending their rows "
            "again may update the deleted events instead of creating them.", reason=exc)


# A step's outcome state in the user's words (English: as it is): tr("undo", state).
_STATE_WORDS = (tr_noop("undo", "created"), tr_noop("undo", "updated"), tr_noop("undo", "deleted"),
                tr_noop("undo", "failed"), tr_noop("undo", "unknown"), tr_noop("undo", "skipped"))


def _note_undone(journal: Journal, result: UndoResult, run: str, by: str) -> None:
    """Record in the index how far the send is undone (the history shows it); a failure to write is said."""
    try:
        journal.record_undone(run, by, result.left)
    except OSError as exc:
        result.message = (result.message + " " if result.message else "") + (
            tr("undo", "The history could not note this undo ({reason}).", reason=exc))


def _in_words(step: UndoStep, got: Outcome) -> Outcome:
    """The engine's outcome of a step, in the undo's words."""
    if step.action == DELETE and got.state == DELETED:
        text = tr("undo", "Deleted #{id} (this send had created it).", id=got.id or step.event_id)
    elif step.action in (RESTORE, RECREATE) and got.state == (UPDATED if step.action == RESTORE else CREATED):
        text = (tr("undo", "Restored #{id} as it was before the send", id=got.id or step.event_id)
                if step.action == RESTORE else
                tr("undo", "Re-created as event #{id} with External ID {external_id} (the deleted event #{old} stays "
                   "deleted in Apptoto)", id=got.id, external_id=got.external_id, old=step.event_id))
        text = (tr("engine", "{outcome}. Note: {notes}.", outcome=text, notes="; ".join(got.differences))
                if got.differences else text + ".")
    else:
        text = got.message
    return Outcome(got.state, text, list(got.differences), got.id, got.external_id,
                   why=UNDONE if got.state in SENT else "")


def _pacer(options: SendOptions, cancel: Any, sleep: Callable[[float], None], clock: Callable[[], float]) -> Pacer:
    stop = (cancel.is_set if hasattr(cancel, "is_set") else cancel) if cancel is not None else None
    return Pacer(RateLimiter(options.rate_per_minute, options.burst, clock, sleep), cancel=stop)
