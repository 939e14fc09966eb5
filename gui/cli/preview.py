"""`apptoto-sheets preview FILE` (the JSON body on stdout) and `validate FILE` (problems only); both list the
cancellations on stderr (they are deleted in Apptoto, never part of the body)."""

from __future__ import annotations

import argparse
import json
import sys

from gui.cli.common import EXIT_OK, EXIT_SOME, load_from_args, print_problems, say
from gui.core.summary import cancellation_lines


def run(args: argparse.Namespace) -> int:
    loaded, indices = load_from_args(args)
    if loaded is None:
        return indices
    bad = print_problems(loaded, indices)
    for line in cancellation_lines(loaded.schedule, indices):
        say(line)
    if args.command == "preview":
        body = loaded.schedule.body(indices)
        json.dump(body, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    return EXIT_SOME if bad else EXIT_OK
