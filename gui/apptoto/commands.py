"""The `submit`, `diff` and `sandbox` subcommands (argparse is set up in gui/cli.py)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from gui.apptoto.client import ApptotoClient
from gui.apptoto.credentials import KEY_ENV, USER_ENV, Credentials, cli_credentials
from gui.apptoto.engine import NEW, SendItem, SendOptions, SubmitResult, assign_external_ids, submit
from gui.apptoto.errors import ApptotoError, AuthError, InsecureURLError
from gui.apptoto.journal import Journal
from gui.apptoto.rows import apply_result, results_table, reuse_external_ids, send_items
from gui.apptoto.sandbox import FaultConfig, SandboxServer

EXIT_OK, EXIT_SOME, EXIT_NOTHING = 0, 1, 2
SANDBOX_RATE_LIMIT = 100      # requests a minute, as Apptoto is reported to allow


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run_sandbox(args: argparse.Namespace) -> int:
    """`apptoto-sheets sandbox [--port N] [--faults SPEC] [--user EMAIL] [--key KEY]`: serve until Ctrl+C."""
    spec = getattr(args, "faults", "") or ""
    try:
        faults = FaultConfig.parse(spec, FaultConfig(rate_limit=SANDBOX_RATE_LIMIT))    # Apptoto-like by default
    except ValueError as exc:
        _say(f"apptoto-sheets: --faults: {exc}")
        return EXIT_NOTHING
    user, key = getattr(args, "user", None), getattr(args, "key", None)
    server = SandboxServer(port=getattr(args, "port", 0) or 0, faults=faults,
                           users={user: key} if user and key else None)
    try:
        server.start()
    except OSError as exc:
        _say(f"apptoto-sheets: cannot listen on port {args.port}: {exc.strerror or exc}")
        return EXIT_NOTHING
    if getattr(args, "seed_sample", False):
        from gui.apptoto.sandbox_seed import seed_demo

        print(f"Seeded {seed_demo(server)} events that the sample schedule updates.")
    (email, api_key), = server.users.items()
    print(f"Apptoto sandbox (a local stand-in for training and tests, not Apptoto) at {server.url}")
    print(f"  user: {email}\n  API key: {api_key}")
    print(f"  e.g. {USER_ENV}={email} {KEY_ENV}={api_key} apptoto-sheets submit FILE --base-url {server.url}")
    print("Press Ctrl+C to stop.", flush=True)
    try:
        while server.join(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    print("Sandbox stopped.")
    return EXIT_OK


def run_diff(args: argparse.Namespace) -> int:
    """`apptoto-sheets diff FILE ...`: see gui/apptoto/diff_cli.py."""
    from gui.apptoto.diff_cli import run_diff as run

    return run(args)


def open_client(args: argparse.Namespace, done: str = "sent") -> tuple[ApptotoClient, Credentials] | int:
    """A checked client for --base-url / --user / the API key, or EXIT_NOTHING after one clear line.

    `done`: the word for what did not happen ("sent", "compared")."""
    creds = cli_credentials(getattr(args, "user", None))
    if not creds.user or not creds.api_key:
        missing = "e-mail (--user or $APPTOTO_USER)" if not creds.user else f"API key (${KEY_ENV})"
        _say(f"apptoto-sheets: no Apptoto {missing}; nothing was {done}.")
        return EXIT_NOTHING
    try:
        client = ApptotoClient(args.base_url, creds.user, creds.api_key)
        client.check()
    except InsecureURLError as exc:
        _say(f"apptoto-sheets: --base-url: {exc}")
        return EXIT_NOTHING
    except AuthError as exc:
        _say(f"apptoto-sheets: {exc} Nothing was {done}.")
        return EXIT_NOTHING
    except ApptotoError as exc:
        _say(f"apptoto-sheets: cannot talk to Apptoto at {args.base_url}: {exc}. Nothing was {done}.")
        return EXIT_NOTHING
    return client, creds


def run_submit(args: argparse.Namespace) -> int:
    """`apptoto-sheets submit FILE ...`: exit 0 all sent, 1 some rows invalid or not sent, 2 nothing done."""
    from gui.cli import load_from_args, print_problems

    loaded, indices = load_from_args(args)
    if loaded is None:
        return indices
    schedule = loaded.schedule
    bad = print_problems(loaded, indices)
    items = send_items(schedule, indices, add_auto=getattr(args, "add_auto", False))
    if getattr(args, "dry_run", False):
        return _dry_run(items, bad, args)
    if not items:
        _say("Nothing to send: every chosen row has an error." if bad else "Nothing to send.")
        return EXIT_SOME if bad else EXIT_OK
    opened = open_client(args)
    if isinstance(opened, int):
        return opened
    client, creds = opened
    journal = Journal()
    _reconcile(journal, args.file, items)
    if not getattr(args, "no_external_ids", False):
        assign_external_ids(items)
    run = journal.start_run(args.file, base_url=client.base_url, user=creds.user, api_key=creds.api_key,
                            total=len(items))
    options = SendOptions(batch_size=max(1, args.batch_size), rate_per_minute=max(1, getattr(args, "rate_limit", 90)),
                          generate_external_ids=not getattr(args, "no_external_ids", False))
    with client:
        result = submit(items, client, options, progress=_Progress(), journal=run)
    return _report(result, items, loaded, indices, bad, args)


def _dry_run(items: list[SendItem], bad: int, args: argparse.Namespace) -> int:
    import json

    new = sum(1 for i in items if i.kind == NEW)
    size = max(1, args.batch_size)
    json.dump({"events": [i.event for i in items]}, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    _say(f"Dry run: would send {len(items)} rows ({new} new, {len(items) - new} updates) in "
         f"{-(-len(items) // size)} requests; nothing was sent.")
    return EXIT_SOME if bad else EXIT_OK


def _reconcile(journal: Journal, file: str, items: list[SendItem]) -> None:
    """If the last run on this file never finished, say so and reuse its external_ids for unchanged rows."""
    found = reuse_external_ids(journal, file, items)
    for line in found.lines() if found else ():
        _say(line)


class _Progress:
    """Prints batch-level progress to stderr (not one line per row)."""

    def __init__(self) -> None:
        self.last = -1

    def __call__(self, done: int, total: int, message: str) -> None:
        per_row = message.split(":", 1)[0] in ("created", "updated", "failed", "unknown", "skipped")
        if per_row and done != total:
            return
        if done != self.last or not per_row:
            _say(f"[{done}/{total}] {message}" if not per_row else f"[{done}/{total}]")
            self.last = done


def _report(result: SubmitResult, items: list[SendItem], loaded: Any, indices: list[int], bad: int,
            args: argparse.Namespace) -> int:
    schedule = loaded.schedule
    for item in items:
        outcome = result[item.key]
        if outcome.state in ("failed", "unknown", "skipped"):
            _say(f"{schedule.source}, row {item.key}: {outcome.state}: {outcome.message}")
        elif outcome.differences:
            _say(f"{schedule.source}, row {item.key}: {outcome.state} with differences: "
                 + "; ".join(outcome.differences))
    counts = result.counts()
    _say("Sent: " + ", ".join(f"{n} {state}" for state, n in counts.items() if n)
         + (f"; {bad} row(s) not sent because of errors" if bad else "")
         + (f". {result.message}" if result.message else "."))
    if getattr(args, "results", None):
        apply_result(schedule, result)
        rows = results_table(schedule, indices)
        from gui.core.table import WorkbookError
        from gui.sheets.results import write_results

        try:
            path = write_results(args.results, loaded.table, rows, column_map=loaded.columns)
        except WorkbookError as exc:
            _say(f"apptoto-sheets: {exc}")
            return EXIT_SOME
        _say(f"Results written to {path}.")
    done = counts["created"] + counts["updated"]
    if result.status == "auth_failed" and done == 0:
        return EXIT_NOTHING
    return EXIT_OK if done == len(items) and not bad else EXIT_SOME
