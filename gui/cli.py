"""`apptoto-sheets`: the window by default; `preview`, `validate`, `submit`, `diff`, `sandbox` for headless use."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from gui import __version__

COMMANDS = ("preview", "validate", "submit", "diff", "sandbox")
EXIT_OK, EXIT_SOME, EXIT_NOTHING = 0, 1, 2


def _shared(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the schedule: .xlsx .xlsm .xls .xlsb .ods .csv .txt")
    parser.add_argument("--sheet", help="the sheet to read (default: the first sheet with data)")
    parser.add_argument("--mapping", metavar="MAP.json", help='column mapping: {"columns": {"Header": "field"}}')
    parser.add_argument("--time-zone", metavar="TZ", help="zone for times without one (default: this computer's)")
    parser.add_argument("--date-order", choices=("MDY", "DMY", "YMD"), default="MDY",
                        help="how to read text dates such as 03/04/2026 (default MDY)")
    parser.add_argument("--rows", metavar="2-40,45", help="only these sheet row numbers")
    parser.add_argument("--default-calendar", metavar="NAME", default="",
                        help="calendar for rows that name none")
    parser.add_argument("--phone-region", metavar="CC", default="",
                        help="country of phone numbers written without +country, e.g. US: then they need 10 digits")


def _server(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--base-url", default="https://api.apptoto.com", help="Apptoto server (or the sandbox's URL)")
    parser.add_argument("--user", help="Apptoto account e-mail (default: $APPTOTO_USER)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="apptoto-sheets", description=__doc__)
    parser.add_argument("--version", action="version", version=f"apptoto-sheets {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("preview", help="print the JSON body that would be sent; problems to stderr")
    _shared(p)
    p = sub.add_parser("validate", help="print the problems only")
    _shared(p)
    p = sub.add_parser("submit", help="send the rows without errors to Apptoto")
    _shared(p)
    _server(p)
    p.add_argument("--batch-size", type=int, default=15, metavar="N", help="events per request (default 15)")
    p.add_argument("--rate-limit", type=int, default=90, metavar="N", help="requests per minute (default 90)")
    p.add_argument("--results", metavar="OUT.xlsx", help="results workbook to write (never the input file)")
    p.add_argument("--dry-run", action="store_true", help="show what would be sent, send nothing")
    p.add_argument("--no-external-ids", action="store_true",
                   help="do not give new rows a generated external_id (retries then cannot be made safe)")
    p.add_argument("--add-auto", action="store_true", help="add #auto to new events so Apptoto sends auto messages")
    p = sub.add_parser("diff", help="ask Apptoto what each row would change; sends nothing")
    _shared(p)
    _server(p)
    p.add_argument("--rate-limit", type=int, default=90, metavar="N", help="requests per minute (default 90)")
    p.add_argument("--json", action="store_true", help="print JSON instead of lines")
    p = sub.add_parser("sandbox", help="run the local Apptoto simulator in the foreground")
    p.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    p.add_argument("--faults", default="", help="fault injection, e.g. latency=0.2,rate429=0.1,max_batch=10,drop=0.05")
    p.add_argument("--user", default="demo@example.com", help="the account e-mail it accepts")
    p.add_argument("--key", default="sandbox-key", help="the API key it accepts")
    p.add_argument("--seed-sample", action="store_true",
                   help="start with the events the bundled sample schedule updates (as in --sandbox)")
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="apptoto-sheets", description="Open the Apptoto Sheets window. "
                                     "Subcommands: " + ", ".join(COMMANDS) + " (see `apptoto-sheets COMMAND -h`).")
    parser.add_argument("--version", action="version", version=f"apptoto-sheets {__version__}")
    parser.add_argument("file", nargs="?", metavar="FILE", help="a schedule to open")
    parser.add_argument("--sandbox", action="store_true", help="use the built-in local Apptoto simulator")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window with FILE loaded to a PNG and exit")
    parser.add_argument("--self-test", action="store_true", help="check this installation end to end and exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in COMMANDS:
        args = build_parser().parse_args(args_list)
        try:
            code = _run_command(args)
        except KeyboardInterrupt:
            print("Stopped.", file=sys.stderr)
            return EXIT_SOME
        if argv is None and _KEPT:      # this process ends here: skip freeing the document object by object
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        _KEPT.clear()
        return code
    args = build_gui_parser().parse_args(args_list)
    from gui.qt.app import run  # Qt is imported only for the window

    return run(args)


def _run_command(args: argparse.Namespace) -> int:
    if args.command in ("preview", "validate"):
        return run_preview(args)
    from gui.apptoto import commands

    if args.command == "submit":
        return commands.run_submit(args)
    if args.command == "sandbox":
        return commands.run_sandbox(args)
    return commands.run_diff(args)


def options_from_args(args: argparse.Namespace):
    """Options for the core from the shared command-line options; raises ValueError on a bad zone."""
    from gui.core.rowbuild import Options
    from gui.core.zones import local_zone_name, zone

    tz = args.time_zone or local_zone_name()
    if zone(tz) is None:
        raise ValueError(f"--time-zone: “{tz}” is not a time zone I know (e.g. America/New_York)")
    region = (args.phone_region or "").strip().upper()
    if region and not (len(region) == 2 and region.isalpha()):
        raise ValueError(f"--phone-region: “{args.phone_region}” is not a two-letter country code (e.g. US, GB)")
    return Options(default_time_zone=tz, date_order=args.date_order, default_calendar=args.default_calendar,
                   phone_region=region)


def load_from_args(args: argparse.Namespace):
    """(Loaded, row indices chosen by --rows) or an exit code after printing one clear line."""
    from gui.core.schedule import parse_rows_option
    from gui.sheets.load import load_schedule
    from gui.sheets.table import WorkbookError

    try:
        options = options_from_args(args)
        wanted = parse_rows_option(args.rows) if args.rows else None
        loaded = load_schedule(args.file, options, sheet=args.sheet, mapping_path=args.mapping)
    except (WorkbookError, ValueError) as exc:
        print(f"apptoto-sheets: {exc}", file=sys.stderr)
        return None, EXIT_NOTHING
    rows = loaded.schedule.rows
    indices = [i for i, row in enumerate(rows) if wanted is None or row.number in wanted]
    return loaded, indices


def print_problems(loaded, indices: list[int]) -> int:
    """Problems to stderr, one line each, the first MAX_LISTED and a count of the rest; returns how many rows
    have errors."""
    from gui.core.problems import MAX_LISTED, more_problems

    schedule = loaded.schedule
    lines = [f"{schedule.source}, sheet \"{schedule.sheet}\": note: {note}" for note in loaded.notes]
    hidden = max(len(lines) - MAX_LISTED, 0)
    bad = 0
    for index in indices:
        problems = schedule.problems(index)
        for problem in problems:
            if len(lines) < MAX_LISTED:
                lines.append(problem.line(schedule.source, schedule.sheet))
            else:
                hidden += 1
        bad += any(p.is_error for p in problems)
    for line in lines[:MAX_LISTED]:
        print(line, file=sys.stderr)
    if hidden:
        print(more_problems(hidden), file=sys.stderr)
    return bad


_KEPT: list = []     # the document preview/validate loaded, freed with the process (a tenth of its run time)


def run_preview(args: argparse.Namespace) -> int:
    loaded, indices = load_from_args(args)
    if loaded is None:
        return indices
    _KEPT.append(loaded)
    bad = print_problems(loaded, indices)
    if args.command == "preview":
        body = loaded.schedule.body(indices)
        json.dump(body, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    return EXIT_SOME if bad else EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
