"""The command line's parsers: every option that is a setting comes from its declaration (gui/core/settings.py)."""

from __future__ import annotations

import argparse

from gui import __version__
from gui.core import settings as S

COMMANDS = ("preview", "validate", "submit", "diff", "history", "undo", "login", "logout", "sandbox")
DESCRIPTION = "apptoto-sheets: send Excel appointment schedules to Apptoto (the window by default)."


def _shared(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the schedule: .xlsx .xlsm .xls .xlsb .ods .csv .txt")
    parser.add_argument("--sheet", help="the sheet to read (default: the first sheet with data)")
    parser.add_argument("--mapping", metavar="MAP.json", help='column mapping: {"columns": {"Header": "field"}}')
    parser.add_argument("--rows", metavar="2-40,45", help="only these sheet row numbers")
    S.add_arguments(parser, S.READING)


def _server(parser: argparse.ArgumentParser) -> None:
    """Where to send and as whom: an API key (--user, $APPTOTO_API_KEY) or else the sign-in (`login`)."""
    S.add_arguments(parser, (S.BASE_URL, S.ACCOUNT_USER, S.CLIENT_ID, S.RATE_LIMIT))


def _undo_options(parser: argparse.ArgumentParser) -> None:
    _server(parser)
    parser.add_argument("--yes", action="store_true", help="do it without asking first")
    parser.add_argument("--include-changed", action="store_true",
                        help="also undo events changed in Apptoto since the send (those later changes are lost); "
                             "without it they are listed and left alone")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="apptoto-sheets", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"apptoto-sheets {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("preview", help="print the JSON body that would be sent; problems to stderr")
    _shared(p)
    p = sub.add_parser("validate", help="print the problems only")
    _shared(p)
    p = sub.add_parser("submit", help="send the rows without errors to Apptoto")
    _shared(p)
    _server(p)
    S.add_arguments(p, (S.BATCH_SIZE, S.MAX_BATCH, S.EXTERNAL_IDS, S.ADD_AUTO))
    p.add_argument("--results", metavar="OUT.xlsx", help="results workbook to write (never the input file)")
    p.add_argument("--create-anyway", action="store_true",
                   help="create new rows that may already be in Apptoto (another event at that calendar and time, "
                        "or the same person the same day); without it they are reported and not sent")
    p.add_argument("--create-calendars", nargs="?", const=True, action="append", metavar="NAME,...",
                   help="let Apptoto create these calendars (comma-separated; alone: any calendar) if it does not "
                        "have them; without it no calendar is created and rows naming one Apptoto lacks fail")
    p.add_argument("--dry-run", action="store_true", help="show what would be sent, send nothing")
    p = sub.add_parser("diff", help="ask Apptoto what each row would change; sends nothing")
    _shared(p)
    _server(p)
    p.add_argument("--json", action="store_true", help="print JSON instead of lines")
    p = sub.add_parser("history", help="the sends recorded on this computer, newest first")
    p.add_argument("--json", action="store_true", help="print JSON instead of lines")
    p = sub.add_parser("undo", help="take back a send: delete what it created, put back what it updated")
    p.add_argument("run", metavar="RUN|last", help="the send's run id (or its first characters, as `history` shows "
                   "it), or last: the newest send to this account")
    _undo_options(p)
    p = sub.add_parser("login", help="sign in with Apptoto in your web browser; the sign-in is kept in the keyring")
    S.add_arguments(p, (S.BASE_URL, *S.SIGN_IN, S.SIGN_IN_WAIT))
    p = sub.add_parser("logout", help="forget the sign-in with Apptoto on this computer")
    S.add_arguments(p, (S.BASE_URL, S.CLIENT_ID))
    p = sub.add_parser("sandbox", help="run the local Apptoto simulator in the foreground")
    p.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    p.add_argument("--faults", default="", help="fault injection, e.g. latency=0.2,rate429=0.1,max_batch=10,drop=0.05")
    p.add_argument("--user", default="demo@example.com", help="the account e-mail it accepts")
    p.add_argument("--key", default="sandbox-key", help="the API key it accepts")
    p.add_argument("--seed-sample", action="store_true",
                   help="start with the events the bundled sample schedule updates (as in --sandbox)")
    p.add_argument("--terse", action="store_true",
                   help="answer as a terser Apptoto may: no calendar names, external_id or time_zone in answers")
    p.add_argument("--ignore-calendar-flag", action="store_true",
                   help='create calendars for unknown names even when asked not to ("prevent_calendar_creation")')
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
