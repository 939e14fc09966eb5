"""`apptoto-sheets diff FILE`: what each row would change in Apptoto; sends nothing.

Exit codes: 0 every row compared and none is invalid or in conflict; 1 some rows have errors, are in
conflict or could not be compared (the rest were); 2 nothing could be compared (unreadable file, bad
option, missing or bad credentials, Apptoto unreachable). Ctrl+C stops asking; rows not compared are unknown."""

from __future__ import annotations

import argparse
import json
import sys
import threading

from gui.apptoto.accounts import AccountFiles
from gui.apptoto.diff import apply_known, compare_rows, counts, row_events
from gui.apptoto.errors import AuthError
from gui.apptoto.eventzones import apply_zones
from gui.apptoto.ratelimit import RateLimiter
from gui.apptoto.resolve import Status
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
from gui.core.settings import RATE_LIMIT, from_arguments
from gui.core.snapshot import Snapshot
from gui.core.vocab import CONFLICT, UNKNOWN, compare_tally


def run(args: argparse.Namespace) -> int:
    """Compare the chosen rows with Apptoto; one line per row (or --json); problems to stderr."""
    loaded, indices = load_from_args(args)
    if loaded is None:
        return indices
    client = open_client(args, "compared")
    if isinstance(client, int):
        return client
    schedule = loaded.schedule
    rows = row_events(Snapshot.take(schedule), indices)
    shown = Progress()
    cancel = threading.Event()
    account = AccountFiles(client.base_url, client.user)
    names = account.load().calendars
    with client, interrupts(cancel, "Stopping (rows not compared yet are reported as unknown)."):
        try:
            diffs = compare_rows(rows, client, RateLimiter(from_arguments(args)(RATE_LIMIT)), cancel.is_set,
                                 progress=lambda status: _show(shown, status), names=names)
        except AuthError as exc:
            say(f"apptoto-sheets: {exc} Nothing was compared.")
            return EXIT_NOTHING
    apply_known(schedule, diffs)             # unknown external_ids: the row is new, its required fields errors
    apply_zones(schedule, diffs)             # updates' zone-less times: in their event's zone, when Apptoto says
    account.learn(diffs.calendars())
    bad = print_problems(loaded, indices)
    if args.json:
        json.dump([d.as_json() for d in diffs], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for diff in diffs:
            print(diff.line())
    found = counts(diffs)
    say(f"Compared: {compare_tally(found)}" + (f"; {words.count(bad, 'row')} with errors" if bad else "")
        + f" ({words.count(diffs.requests, 'request')} to Apptoto). Nothing was sent.")
    return EXIT_SOME if bad or found[CONFLICT] or found[UNKNOWN] else EXIT_OK


def _show(shown: Progress, status: Status) -> None:
    shown(status.rows_done, status.rows_total, status.text())

