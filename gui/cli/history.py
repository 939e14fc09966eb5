"""`apptoto-sheets history [--json]`: the sends recorded on this computer, newest first, and whether each was undone.

Exit codes: 0 (an empty history too); 2 the journal folder cannot be read."""

from __future__ import annotations

import argparse
import json
import sys

from gui.apptoto.history import RunEntry, list_runs
from gui.apptoto.journal import Journal
from gui.cli.common import EXIT_NOTHING, EXIT_OK, say


def run(args: argparse.Namespace) -> int:
    try:
        entries = list_runs(Journal(), sends_only=True)
    except OSError as exc:
        say(f"apptoto-sheets: the send history cannot be read ({exc}).")
        return EXIT_NOTHING
    if args.json:
        json.dump([as_json(e) for e in entries], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for entry in entries:
            print(line(entry))
        if not entries:
            say("No sends are recorded on this computer yet.")
    return EXIT_OK


def as_json(entry: RunEntry) -> dict:
    """`{"run", "started", "file", "server", "account", "created", "updated", "deleted", "failed", "status",
    "undone"}`; failed counts rows not known to be saved (failed or unknown)."""
    summary = entry.summary
    return {"run": entry.run, "started": summary.started, "file": summary.file, "server": summary.base_url,
            "account": summary.user, "created": entry.created, "updated": entry.updated, "deleted": entry.deleted,
            "failed": entry.failed, "status": entry.status, "undone": entry.undone}


def line(entry: RunEntry) -> str:
    """`1a2b3c4d  2026-05-01 14:03  s.xlsx  demo@example.com on https://api.apptoto.com  finished: 3 created, 0
    updated, 0 deleted, 1 failed; undone 2026-05-01 14:10`"""
    summary = entry.summary
    tally = (f"{entry.created} created, {entry.updated} updated, {entry.deleted} deleted, {entry.failed} failed")
    undone = entry.undo_text()
    return (f"{entry.run[:8]}  {entry.when}  {entry.file}  {summary.user or '?'} on {summary.base_url or '?'}  "
            f"{entry.status}: {tally}" + (f"; {undone}" if undone else ""))
