"""`apptoto-sheets undo RUN|last [--yes] [--include-changed]`: take back a send. Shows what it would do (events the
send created are deleted, events it updated get their old values back, events it cancelled are re-created), asks
unless --yes, then does it as a journaled run of its own. A second undo of the same send changes nothing.

Exit codes: 0 the send is undone (or was already); 1 some rows could not be undone (each is listed); 2 nothing was
done (unknown run, another account, bad credentials, Apptoto unreachable, or the question answered no)."""

from __future__ import annotations

import argparse
import sys
import threading

from gui.apptoto.errors import AuthError
from gui.apptoto.history import find_run
from gui.apptoto.journal import Journal
from gui.apptoto.ratelimit import Pacer, RateLimiter
from gui.apptoto.resolve import Status
from gui.apptoto.sendspec import SendOptions
from gui.apptoto.undo import UndoPlan, UndoRefused, execute, plan_undo
from gui.cli.common import EXIT_NOTHING, EXIT_OK, EXIT_SOME, Progress, interrupts, open_client, say
from gui.core.settings import from_arguments
from gui.core.vocab import AUTH_FAILED, SENT


def run(args: argparse.Namespace) -> int:
    journal = Journal()
    client = open_client(args, "undone")
    if isinstance(client, int):
        return client
    options = SendOptions.from_settings(from_arguments(args))
    cancel = threading.Event()
    shown = Progress()
    with client, interrupts(cancel, "Stopping after the request being sent (press Ctrl+C again to stop at once)."):
        try:
            summary = find_run(journal, args.run, client.base_url, client.user)
            plan = plan_undo(journal, summary, client, Pacer(RateLimiter(options.rate_per_minute), cancel=cancel.is_set),
                             lambda status: _show(shown, status))
        except (LookupError, UndoRefused) as exc:
            say(f"apptoto-sheets: {exc} Nothing was undone.")
            return EXIT_NOTHING
        except AuthError as exc:
            say(f"apptoto-sheets: {exc} Nothing was undone.")
            return EXIT_NOTHING
        for text in plan.lines():
            print(text, flush=True)
        if not plan.acting():
            if plan.nothing_to_do:
                execute(plan, client, options, journal)          # notes in the history that it is undone
                return EXIT_OK
            return EXIT_SOME
        confirmed = _confirm(plan, args)
        if confirmed is None:
            say("Nothing was changed.")
            return EXIT_NOTHING
        result = execute(plan, client, options, journal, confirmed, Progress(), cancel)
    for text in result.lines():
        print(text)
    done = sum(1 for o in result.outcomes.values() if o.state in SENT)
    say(f"Undone: {done} of {len(plan.acting())} event{'s' if len(plan.acting()) != 1 else ''}"
        + (f"; {result.left} row{'s' if result.left != 1 else ''} not undone (listed above)" if result.left else "")
        + (f". {result.message}" if result.message else "."))
    if result.status == AUTH_FAILED and done == 0:
        return EXIT_NOTHING
    return EXIT_OK if result.left == 0 else EXIT_SOME


def _confirm(plan: UndoPlan, args: argparse.Namespace) -> bool | None:
    """Whether to go on, and whether events changed since the send are undone too: None = stop; True = all;
    False = all but those."""
    changed = len(plan.conflicts)
    if args.yes:
        return bool(args.include_changed)
    if not _ask("Undo this send? [y/N] "):
        return None
    if changed and not args.include_changed:
        return _ask(f"Also undo the {changed} event{'s' if changed != 1 else ''} changed in Apptoto since the send "
                    f"(those later changes are lost)? [y/N] ")
    return True


def _ask(question: str) -> bool:
    """A yes/no question on stderr, the answer from stdin (end of input: no)."""
    sys.stderr.write(question)
    sys.stderr.flush()
    answer = sys.stdin.readline()
    if not sys.stdin.isatty():
        sys.stderr.write(answer.strip() + "\n")            # what was answered, as a terminal would show it
    return answer.strip().lower() in ("y", "yes")


def _show(shown: Progress, status: Status) -> None:
    shown(status.rows_done, status.rows_total, status.text())
