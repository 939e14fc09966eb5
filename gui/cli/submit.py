"""`apptoto-sheets submit FILE ...`: exit 0 all sent, 1 some rows invalid or not sent, 2 nothing done."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from gui.apptoto.engine import SendItem, SendOptions, SubmitResult, assign_external_ids, submit
from gui.apptoto.journal import Journal
from gui.apptoto.rows import apply_result, results_table, reuse_external_ids, send_items
from gui.cli.common import EXIT_NOTHING, EXIT_OK, EXIT_SOME, load_from_args, open_client, print_problems, say
from gui.core.settings import ADD_AUTO, EXTERNAL_IDS, from_arguments
from gui.core.vocab import AUTH_FAILED, CREATED, FAILED, NEW, SKIPPED, STATES, UNKNOWN, UPDATED


def run(args: argparse.Namespace) -> int:
    loaded, indices = load_from_args(args)
    if loaded is None:
        return indices
    get = from_arguments(args)
    schedule = loaded.schedule
    bad = print_problems(loaded, indices)
    items = send_items(schedule, indices, add_auto=get(ADD_AUTO))
    if args.dry_run:
        return _dry_run(items, bad, args)
    if not items:
        say("Nothing to send: every chosen row has an error." if bad else "Nothing to send.")
        return EXIT_SOME if bad else EXIT_OK
    client = open_client(args)
    if isinstance(client, int):
        return client
    journal = Journal()
    _reconcile(journal, args.file, items)
    if get(EXTERNAL_IDS):
        assign_external_ids(items)
    run_log = journal.start_run(args.file, base_url=client.base_url, user=client.user, total=len(items),
                                secrets=client.auth.secrets())
    with client:
        result = submit(items, client, SendOptions.from_settings(get), progress=_Progress(), journal=run_log)
    return _report(result, items, loaded, indices, bad, args)


def _dry_run(items: list[SendItem], bad: int, args: argparse.Namespace) -> int:
    new = sum(1 for i in items if i.kind == NEW)
    size = max(1, args.batch_size)
    json.dump({"events": [i.event for i in items]}, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    say(f"Dry run: would send {len(items)} rows ({new} new, {len(items) - new} updates) in "
        f"{-(-len(items) // size)} requests; nothing was sent.")
    return EXIT_SOME if bad else EXIT_OK


def _reconcile(journal: Journal, file: str, items: list[SendItem]) -> None:
    """If the last run on this file never finished, say so and reuse its external_ids for unchanged rows."""
    found = reuse_external_ids(journal, file, items)
    for line in found.lines() if found else ():
        say(line)


class _Progress:
    """Prints batch-level progress to stderr (not one line per row)."""

    def __init__(self) -> None:
        self.last = -1

    def __call__(self, done: int, total: int, message: str) -> None:
        per_row = message.split(":", 1)[0] in STATES
        if per_row and done != total:
            return
        if done != self.last or not per_row:
            say(f"[{done}/{total}] {message}" if not per_row else f"[{done}/{total}]")
            self.last = done


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
    done = counts[CREATED] + counts[UPDATED]
    if result.status == AUTH_FAILED and done == 0:
        return EXIT_NOTHING
    return EXIT_OK if done == len(items) and not bad else EXIT_SOME
