"""One send from start to end: the account's lock (one send at a time per account on this computer), old journal
runs pruned, a Compare's listing reused only while fresh, the journal run, the engine, and what the account
remembers afterwards. The window's worker and the command line both call `send`; it never raises."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Collection, Hashable, Iterable
from typing import Any

from gui.apptoto import engine
from gui.apptoto.accounts import WAITING, AccountFiles
from gui.apptoto.calendars import Calendars
from gui.apptoto.journal import Journal, RunLog
from gui.apptoto.listing import Listing
from gui.apptoto.presend import Check
from gui.apptoto.rows import unfinished_note
from gui.core import settings
from gui.core.i18n import tr
from gui.core.vocab import CANCELLED, SKIPPED, Outcome


def send(items: Iterable[engine.SendItem], client: Any, options: engine.SendOptions, file: str,
         journal: Journal | None = None, run: RunLog | None = None,
         progress: engine.Progress | None = None, cancel: Any = None, listing: Listing | None = None,
         check: Check | None = None, create_anyway: bool | Collection[Hashable] = False,
         journal_days: int = settings.JOURNAL_DAYS.default, note: Callable[[str], None] | None = None,
         account: AccountFiles | None = None, rezone: engine.Rezone | None = None,
         sleep: Callable[[float], None] = time.sleep,
         clock: Callable[[], float] = time.monotonic, wall: Callable[[], float] = time.time) -> engine.SubmitResult:
    """Send `items` of `file` to the client's account. `run`: a journal run opened already (the window opens it on
    its own thread, to say at once when the data folder cannot be written), else one is opened in `journal`.
    `listing` / `check`: from a Compare or a check made before the confirmation, used only while fresh (taken
    after the last send to this account, under FRESH_FOR seconds old). `note(text)`: lines worth telling.
    `rezone`: updates whose times have no zone are read in their event's zone (eventzones.Rezone)."""
    items = list(items)
    account = account or AccountFiles(client.base_url, client.user)
    journal = journal or Journal()
    tell = note or (lambda text: None)
    with contextlib.ExitStack() as stack:
        try:
            held = stack.enter_context(account.lock(
                lambda: progress and progress(0, len(items), tr("accounts", WAITING)), lambda: _is_set(cancel)))
        except OSError as exc:
            held = None
            tell(tr("send", "Could not take this account's send lock ({reason}); sending without it.", reason=exc))
        if held is False:
            return _cancelled(items, run)
        with contextlib.suppress(OSError):
            journal.prune(journal_days)
        memory = account.load()
        now = wall()
        if listing is not None and not listing.usable_for(client.base_url, client.user, None, now,
                                                          memory.changed_at):
            listing = None
        if check is not None and check.listing is not None and not check.listing.usable_for(
                client.base_url, client.user, None, now, memory.changed_at):
            check = None                           # another send came between: check again
        with contextlib.suppress(OSError):
            account.touch()
        if note is not None and run is None:        # before this send's own run is opened
            with contextlib.suppress(OSError, ValueError, KeyError):
                line = unfinished_note(journal, file, client.base_url, client.user)
                if line:
                    tell(line)
        if run is None:
            try:
                run = journal.start_run(file, base_url=client.base_url, user=client.user, total=len(items),
                                        secrets=client_secrets(client))
            except OSError as exc:
                tell(tr("send", "The send journal cannot be written ({reason}); sending without it.", reason=exc))
        result = engine.submit(items, client, options, progress, cancel, run, sleep, clock, listing=listing,
                               check=check, create_anyway=create_anyway, largest_batch=memory.largest_batch,
                               calendars=memory.calendars, calendar_ids=memory.calendar_ids, rezone=rezone,
                               retired=memory.retired())
        _remember(account, result, wall)
    return result


def client_secrets(client: Any) -> list[str]:
    """What the client's sign-in or API key must never leave in a file (its auth knows)."""
    auth = getattr(client, "auth", None)
    return list(auth.secrets()) if auth is not None and hasattr(auth, "secrets") else []


def _remember(account: AccountFiles, result: engine.SubmitResult, wall: Callable[[], float]) -> None:
    """Keep the largest batch answered whole and the calendars seen, for the next send to this account."""
    memory = account.load()
    if result.largest_batch:
        memory.largest_batch = result.largest_batch
    memory.learn(Calendars(dict(result.calendars), set(result.calendar_ids)))
    memory.changed_at = wall()
    with contextlib.suppress(OSError):
        account.save(memory)


def _cancelled(items: list[engine.SendItem], run: RunLog | None) -> engine.SubmitResult:
    """Every row skipped: cancelled while waiting for another send."""
    result = engine.SubmitResult()
    result.status, result.message = CANCELLED, tr("send", "Cancelled while waiting for another send to this account.")
    for item in items:
        result[item.key] = Outcome(SKIPPED, tr("engine", "Not sent: the run was cancelled."),
                                   external_id=item.event.get("external_id"))
    if run is not None:
        with contextlib.suppress(OSError, ValueError):
            run.finish(result.status, result.message, result.counts())
    return result


def _is_set(cancel: Any) -> bool:
    if cancel is None:
        return False
    return bool(cancel.is_set() if hasattr(cancel, "is_set") else cancel())
