"""`apptoto-sheets submit FILE ...`: exit 0 all sent, 1 some rows invalid or not sent, 2 nothing done.

Every option is checked before anything is sent; Ctrl+C stops after the request in flight and still reports
every row (a second Ctrl+C stops at once)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from typing import Any

from gui.apptoto.accounts import AccountFiles
from gui.apptoto.calendars import Allowed, fold, parse_allowed
from gui.apptoto.credentials import USER_ENV
from gui.apptoto.engine import SendItem, SendOptions, SubmitResult
from gui.apptoto.estimate import duration, estimate_seconds
from gui.apptoto.eventzones import Rezone
from gui.apptoto.journal import Journal
from gui.apptoto.listing import estimate_pages
from gui.apptoto.rows import apply_result, index_by_number, results_table, send_items
from gui.cli.common import (
    EXIT_NOTHING,
    EXIT_OK,
    EXIT_SOME,
    Progress,
    interrupts,
    load_from_args,
    open_client,
    print_problems,
    say,
)
from gui.core import words
from gui.core.origins import clearing
from gui.core.server import Server
from gui.core.settings import ADD_AUTO, JOURNAL_DAYS, from_arguments
from gui.core.summary import summarise
from gui.core.vocab import (
    AUTH_FAILED,
    CANCEL,
    CREATED,
    DELETED,
    FAILED,
    NEW,
    SKIPPED,
    UNKNOWN,
    UPDATED,
    outcome_tally,
)


def run(args: argparse.Namespace) -> int:
    if args.results and not args.dry_run:
        from gui.core.table import WorkbookError
        from gui.sheets.results import check_results_path

        try:
            check_results_path(args.results, args.file, try_writing=True)
        except WorkbookError as exc:
            say(f"apptoto-sheets: --results: {exc} Nothing was sent.")
            return EXIT_NOTHING
    loaded, indices = load_from_args(args)
    if loaded is None:
        return indices
    get = from_arguments(args)
    schedule = loaded.schedule
    bad = print_problems(loaded, indices)
    items = send_items(schedule, indices, add_auto=get(ADD_AUTO))
    options = SendOptions.from_settings(get, create_calendars=parse_allowed(args.create_calendars))
    if args.dry_run:
        user = (args.user or os.environ.get(USER_ENV, "")).strip()
        if _clear_foreign_ids(loaded, Server(args.base_url, user)):
            items = send_items(schedule, indices, add_auto=get(ADD_AUTO))
        _say_calendars(schedule, indices, options.create_calendars, args.base_url, user)
        return _dry_run(items, bad, options)
    if not items:
        say("Nothing to send: every chosen row has an error." if bad else "Nothing to send.")
        return EXIT_SOME if bad else EXIT_OK
    journal = Journal()
    try:
        journal.check_writable()
    except OSError as exc:
        say(f"apptoto-sheets: the data folder cannot be written ({exc}); nothing was sent.")
        return EXIT_NOTHING
    client = open_client(args)
    if isinstance(client, int):
        return client
    if _clear_foreign_ids(loaded, Server.of(client)):
        items = send_items(schedule, indices, add_auto=get(ADD_AUTO))
        bad = sum(1 for i in indices if schedule.has_errors(i))
        if not items:
            say("Nothing to send.")
            return EXIT_SOME
    _say_calendars(schedule, indices, options.create_calendars, client.base_url, client.user)
    from gui.apptoto.send import send

    cancel = threading.Event()
    rezone = Rezone(schedule, index_by_number(schedule))      # updates' zone-less times: in their event's zone
    with client, interrupts(cancel, "Stopping after the request being sent (press Ctrl+C again to stop at once)."):
        result = send(items, client, options, args.file, journal=journal,
                      progress=Progress(), cancel=cancel, create_anyway=args.create_anyway,
                      journal_days=get(JOURNAL_DAYS), note=say, rezone=rezone)
    return _report(result, items, loaded, indices, bad, args)


def _clear_foreign_ids(loaded: Any, server: Server) -> bool:
    """Ids a results workbook says came from another server or account ("Sent to") are never sent: cleared, with
    a note, and a line for each row they leave with errors. Whether any was cleared."""
    schedule = loaded.schedule
    found = clearing(schedule, server)
    if not found.ids:
        return False
    schedule.set_values(found.id_edits(schedule), by_user=False)
    say(found.note())
    for index in sorted(found.ids):
        for problem in schedule.problems(index):
            if problem.is_error:
                say(problem.line(schedule.source, schedule.sheet) + " (its id from elsewhere was cleared)")
    return True


def _say_calendars(schedule: Any, indices: list[int], allowed: Allowed, base_url: str, user: str) -> None:
    """Before sending (and in a dry run): the calendars not seen before in the account (from what this computer
    remembers of it) and what happens to their rows; calendars allowed that no row names."""
    known = AccountFiles(base_url, user).load().known().name_list() if user else []
    summary = summarise(schedule, indices, known, allowed)
    for line in summary.calendar_lines():
        say(line)
    kept = [c for c in summary.unknown_calendars if c not in summary.creatable]
    if kept:
        say(f"To let Apptoto create {'it' if len(kept) == 1 else 'them'}: {_allow_flag(kept)}.")
    if not isinstance(allowed, bool):
        used = {fold(c) for c in summary.calendars}
        for name in sorted(allowed, key=fold):
            if fold(name) not in used:
                say(f"--create-calendars: no row to send names calendar “{name}”.")


def _allow_flag(names: list[str]) -> str:
    """`--create-calendars="Dr Smiht,Room 9"`."""
    return f'--create-calendars="{",".join(names)}"'


def _dry_run(items: list[SendItem], bad: int, options: SendOptions) -> int:
    new = sum(1 for i in items if i.kind == NEW)
    cancels = sum(1 for i in items if i.kind == CANCEL)
    upserts = [i for i in items if i.kind != CANCEL]
    json.dump({"events": [i.event for i in upserts]}, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    pages = estimate_pages(len(items)) if items else 0      # every row is looked for (before-states, the guard)
    say(f"Dry run: would send {words.count(len(upserts), 'row')} ({words.number(new)} new, "
        f"{words.count(len(upserts) - new, 'update')})"
        + (f" and cancel {words.count(cancels, 'appointment')}" if cancels else "") + ", taking "
        f"{duration(estimate_seconds(len(upserts), pages, options, deletes=cancels))} at "
        f"{words.number(options.rate_per_minute)} requests a minute; nothing was sent.")
    return EXIT_SOME if bad else EXIT_OK


def _report(result: SubmitResult, items: list[SendItem], loaded: Any, indices: list[int], bad: int,
            args: argparse.Namespace) -> int:
    schedule = loaded.schedule
    for item in items:
        outcome = result[item.key]
        if outcome.state in (FAILED, UNKNOWN, SKIPPED):
            say(f"{schedule.source}, row {item.key}: {outcome.state}: {outcome.message}")
        elif outcome.differences or item.key in result.zone_notes:
            say(f"{schedule.source}, row {item.key}: {outcome.state}: {outcome.message}")
    counts = result.counts()
    say(f"Sent: {outcome_tally(counts)}"
        + (f"; {words.count(bad, 'row')} not sent because of errors" if bad else "")
        + (f". {result.message}" if result.message else "."))
    if result.refused_calendars:
        names = sorted(result.refused_calendars, key=fold)
        say(f"To let Apptoto create {'it' if len(names) == 1 else 'them'}, send again with {_allow_flag(names)}.")
    held = result.check.held_back(result) if result.check else []
    if held:
        one = len(held) == 1
        say(f"{words.count(len(held), 'row')} may already be in Apptoto and {'was' if one else 'were'} not created "
            f"(listed above). Check Apptoto; to create {'it' if one else 'them'} anyway, send again with "
            "--create-anyway.")
    if args.results:
        apply_result(schedule, result)
        rows = results_table(schedule, indices)
        from gui.core.table import WorkbookError
        from gui.sheets.results import write_results

        try:
            path = write_results(args.results, loaded.table, rows, column_map=loaded.columns)
        except WorkbookError as exc:
            say(f"apptoto-sheets: {exc}")
            return EXIT_SOME
        say(f"Results written to {path}.")
    done = counts[CREATED] + counts[UPDATED] + counts[DELETED]
    if result.status == AUTH_FAILED and done == 0:
        return EXIT_NOTHING
    return EXIT_OK if done == len(items) and not bad else EXIT_SOME
