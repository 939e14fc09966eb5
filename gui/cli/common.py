"""What every command shares: exit codes, messages on stderr, loading the file, printing problems, a client."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

EXIT_OK, EXIT_SOME, EXIT_NOTHING = 0, 1, 2     # all good / some rows invalid or failed / nothing could be done
KEPT: list = []      # the document a command loaded, freed with the process (a tenth of its run time)


def say(text: str) -> None:
    """One line for the user, on stderr (stdout carries what the command outputs)."""
    print(text, file=sys.stderr, flush=True)


def options_from_args(args: argparse.Namespace):
    """How cells are read, from the shared options; raises ValueError on a bad zone or region."""
    from gui.core.settings import from_arguments, reading_options
    from gui.core.zones import local_zone_name

    return reading_options(from_arguments(args), local_zone_name)


def load_from_args(args: argparse.Namespace):
    """(Loaded, row indices chosen by --rows), or (None, exit code) after printing one clear line.

    Columns no name matches are given the field their values show when only one column can be meant (with a
    note); the columns remembered for files of this shape are used unless --no-remembered-mapping."""
    from gui.core.schedule import parse_rows_option
    from gui.core.settings import REMEMBER_MAPPINGS, from_arguments
    from gui.core.table import WorkbookError
    from gui.sheets.load import load_schedule

    try:
        options = options_from_args(args)
        wanted = parse_rows_option(args.rows) if args.rows else None
        loaded = load_schedule(args.file, options, sheet=args.sheet, mapping_path=args.mapping,
                               apply_guesses=True, remembered=from_arguments(args)(REMEMBER_MAPPINGS))
    except (WorkbookError, ValueError) as exc:
        say(f"apptoto-sheets: {exc}")
        return None, EXIT_NOTHING
    KEPT.append(loaded)
    rows = loaded.schedule.rows
    indices = [i for i, row in enumerate(rows) if wanted is None or row.number in wanted]
    return loaded, indices


def print_problems(loaded: Any, indices: list[int]) -> int:
    """Problems to stderr, one line each (the file's notes and warnings first; an update that replaces the
    event's participants or custom data says so), the first MAX_LISTED and a count of the rest; returns how many
    rows have errors."""
    from gui.core.problems import MAX_LISTED, more_problems
    from gui.core.replacing import MAYBE, maybe_line, replaces
    from gui.core.vocab import MAYBE_UPDATE, UPDATE

    schedule = loaded.schedule
    where = f"{schedule.source}, sheet \"{schedule.sheet}\""
    for note in loaded.notes:
        say(f"{where}: note: {note}")
    for warning in loaded.warnings:
        say(f"{where}: warning: {warning}")
    bad = maybe = 0
    lines: list[str] = []
    rows, duplicates = schedule.rows, schedule.duplicate_rows()
    for index in indices:
        built = rows[index].built
        if built is None:
            continue
        # the common row has no problem and replaces nothing: no Problem is made for it
        problems = schedule.problems(index) if built.problems or index in duplicates else []
        if problems and any(p.is_error for p in problems):
            bad += 1
        elif built.kind == UPDATE or built.kind == MAYBE_UPDATE:
            found = replaces(rows[index])
            if found == MAYBE:
                maybe += 1
            elif found:
                problems = problems + found
        if problems:
            lines += [problem.line(schedule.source, schedule.sheet) for problem in problems]
    if maybe:
        say(f"{where}: warning: {maybe_line(maybe)}")
    for line in lines[:MAX_LISTED]:
        say(line)
    if len(lines) > MAX_LISTED:
        say(more_problems(len(lines) - MAX_LISTED))
    return bad


def open_client(args: argparse.Namespace, done: str = "sent"):
    """A checked client, or EXIT_NOTHING after one clear line. Every command that talks to Apptoto opens its client
    here: the API key when one is given ($APPTOTO_API_KEY, or the keyring's for --user), else the sign-in saved by
    `apptoto-sheets login` for --base-url (gui.apptoto.auth.choose_auth).

    `done`: the word for what did not happen ("sent", "compared")."""
    from gui.apptoto.auth import NoCredentials, choose_auth
    from gui.apptoto.client import ApptotoClient, check_base_url
    from gui.apptoto.errors import ApptotoError, AuthError, InsecureURLError, SignInNeeded, failure_text
    from gui.core.server import Server

    try:
        base_url = check_base_url(args.base_url)
        auth = choose_auth(base_url, getattr(args, "user", None), getattr(args, "client_id", None))
        client = ApptotoClient(base_url, auth=auth)
        check_connection(client)
    except NoCredentials as exc:
        say(f"apptoto-sheets: {exc}; nothing was {done}.")
        return EXIT_NOTHING
    except InsecureURLError as exc:
        say(f"apptoto-sheets: --base-url: {exc}")
        return EXIT_NOTHING
    except SignInNeeded as exc:
        say(f"apptoto-sheets: your sign-in with Apptoto has ended ({exc.why}): sign in again with "
            f"`apptoto-sheets login`. Nothing was {done}.")
        return EXIT_NOTHING
    except AuthError as exc:
        say(f"apptoto-sheets: {exc} Nothing was {done}.")
        return EXIT_NOTHING
    except ApptotoError as exc:
        say(f"apptoto-sheets: {failure_text(exc, Server(args.base_url).name())} Nothing was {done}.")
        return EXIT_NOTHING
    return client


def check_connection(client: Any, tries: int = 3) -> None:
    """The client's connection check, asked again after a busy answer (429, 5xx, a dropped connection)."""
    from gui.apptoto.errors import NetworkError, RateLimited, ServerError

    for attempt in range(1, tries + 1):
        try:
            client.check()
            return
        except (RateLimited, ServerError, NetworkError) as exc:
            if attempt == tries:
                raise
            time.sleep(min(getattr(exc, "retry_after", None) or 1.0, 10.0))


class Progress:
    """Progress of a send on stderr: what is happening (checking pages, waiting, retrying) and rows done, at most
    one line a second (never one line per row); the first line and the end always show."""

    STATES = ("created", "updated", "deleted", "failed", "unknown", "skipped")

    def __init__(self, every: float = 1.0, clock=time.monotonic) -> None:
        self.every, self.clock = every, clock
        self.last_line, self.last_time = "", float("-inf")

    def __call__(self, done: int, total: int, message: str) -> None:
        per_row = message.split(":", 1)[0] in self.STATES
        alone = message.startswith(("Checking", "Waiting"))
        line = message if alone else f"[{done:,}/{total:,}]" + ("" if per_row else f" {message}")
        now = self.clock()
        last = done == total and (per_row or message == "Done")
        if line == self.last_line or (now - self.last_time < self.every and not last):
            return
        say(line)
        self.last_line, self.last_time = line, now


@contextlib.contextmanager
def interrupts(cancel: threading.Event, text: str) -> Iterator[None]:
    """Within the block, the first Ctrl+C sets `cancel` (the work stops cleanly at its next step) and says
    `text`; a second one stops at once. Only in the main thread (elsewhere the block runs unchanged)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_interrupt(signum, frame):
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        say(text)

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
