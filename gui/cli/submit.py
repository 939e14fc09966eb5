"""`apptoto-sheets submit FILE ...`: exit 0 all sent, 1 some rows invalid or not sent, 2 nothing done.

Every option is checked before anything is sent; Ctrl+C stops after the request in flight and still reports
every row (a second Ctrl+C stops at once)."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from typing import Any

from gui.apptoto.engine import SendItem, SendOptions, SubmitResult
from gui.apptoto.estimate import duration, estimate_seconds
from gui.apptoto.journal import Journal
from gui.apptoto.listing import estimate_pages
from gui.apptoto.rows import apply_result, results_table, send_items
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
from gui.core.settings import ADD_AUTO, JOURNAL_DAYS, from_arguments
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
    options = SendOptions.from_settings(get)
    if args.dry_run:
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
    from gui.apptoto.send import send

    cancel = threading.Event()
    with client, interrupts(cancel, "Stopping after the request being sent (press Ctrl+C again to stop at once)."):
        result = send(items, client, options, args.file, journal=journal,
                      progress=Progress(), cancel=cancel, create_anyway=args.create_anyway,
                      journal_days=get(JOURNAL_DAYS), note=say)
    return _report(result, items, loaded, indices, bad, args)


def _dry_run(items: list[SendItem], bad: int, options: SendOptions) -> int:
    new = sum(1 for i in items if i.kind == NEW)
    cancels = sum(1 for i in items if i.kind == CANCEL)
    upserts = [i for i in items if i.kind != CANCEL]
    json.dump({"events": [i.event for i in upserts]}, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    pages = estimate_pages(len(items)) if items else 0
    say(f"Dry run: would send {len(upserts)} rows ({new} new, {len(upserts) - new} updates)"
        + (f" and cancel {cancels} appointment{'s' if cancels != 1 else ''}" if cancels else "") + ", taking "
        f"{duration(estimate_seconds(len(upserts), pages, options, deletes=cancels))} at "
        f"{options.rate_per_minute:g} requests a minute; nothing was sent.")
    return EXIT_SOME if bad else EXIT_OK


def _report(result: SubmitResult, items: list[SendItem], loaded: Any, indices: list[int], bad: int,
            args: argparse.Namespace) -> int:
    schedule = loaded.schedule
    for item in items:
        outcome = result[item.key]
        if outcome.state in (FAILED, UNKNOWN, SKIPPED):
            say(f"{schedule.source}, row {item.key}: {outcome.state}: {outcome.message}")
        elif outcome.differences:
            say(f"{schedule.source}, row {item.key}: {outcome.state} with differences: "
                + "; ".join(outcome.differences))
    counts = result.counts()
    say("Sent: " + ", ".join(f"{n} {state}" for state, n in counts.items() if n)
        + (f"; {bad} row(s) not sent because of errors" if bad else "")
        + (f". {result.message}" if result.message else "."))
    held = result.check.held_back(result) if result.check else []
    if held:
        say(f"{len(held)} row{'s' if len(held) != 1 else ''} may already be in Apptoto and "
            f"{'were' if len(held) != 1 else 'was'} not created (listed above). Check Apptoto; to create "
            f"{'them' if len(held) != 1 else 'it'} anyway, send again with --create-anyway.")
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
