"""Crash reports: a rotating log file in the user log folder, secrets scrubbed, that receives every uncaught
exception (main thread, worker threads, Qt slots, background jobs without an error handler) and, at the next
start, what faulthandler wrote when the process died hard. The command line installs it; the window adds a
reporter that tells the user (gui/qt/crash.py)."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import re
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from gui.core.paths import log_dir

LOG_NAME, FAULTS_NAME = "apptoto-sheets.log", "faults.log"
MAX_BYTES, BACKUPS = 1_000_000, 4                # five files of 1 MB at most
logger = logging.getLogger("apptoto_sheets")

REDACTED = "[redacted]"
_PATTERNS = (
    (re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)(?:(?:basic|bearer)\s+)?[^\s,'\"}]+"), r"\1" + REDACTED),
    (re.compile(r"(?i)((?:api[_-]?key|apikey|access[_-]?token|refresh[_-]?token|client[_-]?secret|password|secret"
                r"|token)['\"]?\s*[:=]\s*['\"]?)[^\s,'\"&}]+"), r"\1" + REDACTED),
    (re.compile(r"(?i)\b(basic|bearer)\s+[a-z0-9+/=._~-]{8,}"), r"\1 " + REDACTED),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[e-mail]"),           # clients' (and the account's) e-mail
    (re.compile(r"(?<![\w.:/-])\+?\d(?:[\s().-]?\d){6,14}(?![\w.:-])"), "[phone]"),
)


class _State:
    secrets: set[str] = set()
    reporter: Callable[[str], None] | None = None
    handler: logging.Handler | None = None
    faults: Any = None
    hooks: tuple[Any, Any] | None = None         # the sys and threading hooks before install()


def hide(*secrets: str) -> None:
    """Never write these exact strings (an API key, a token) to the log."""
    _State.secrets.update(s for s in secrets if s and len(s) >= 4)


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` without API keys, tokens, Authorization headers, e-mail addresses and phone numbers."""
    for secret in sorted({*_State.secrets, *secrets}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class ScrubbingFormatter(logging.Formatter):
    """Formats as usual, with the message, traceback and stack scrubbed (the time and level are left alone)."""

    def format(self, record: logging.LogRecord) -> str:
        record = logging.makeLogRecord(record.__dict__)
        record.msg, record.args = scrub(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return super().format(record)


def install(reporter: Callable[[str], None] | None = None, folder: Path | None = None) -> Path:
    """Log to `<folder or the user log folder>/apptoto-sheets.log` and catch every uncaught exception (again:
    the latest folder wins). `reporter(details)` is told of each one. Returns the log file's path."""
    folder = Path(folder) if folder is not None else log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if _State.handler is not None:
        logger.removeHandler(_State.handler)
        _State.handler.close()
    handler = logging.handlers.RotatingFileHandler(folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                   encoding="utf-8", delay=True)
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s [%(threadName)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    _State.handler = handler
    if reporter is not None:
        _State.reporter = reporter
    if _State.hooks is None:
        _State.hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook, threading.excepthook = _on_uncaught, _on_thread_uncaught
    _faults_to(folder / FAULTS_NAME)
    return folder / LOG_NAME


def set_reporter(reporter: Callable[[str], None] | None) -> None:
    """Who tells the user (the window), or None."""
    _State.reporter = reporter


def uninstall() -> None:
    """Put the previous hooks back and stop logging to the file (tests)."""
    if _State.hooks is not None:
        sys.excepthook, threading.excepthook = _State.hooks
        _State.hooks = None
    if _State.handler is not None:
        logger.removeHandler(_State.handler)
        _State.handler.close()
        _State.handler = None
    if _State.faults is not None:
        faulthandler.disable()
        _State.faults.close()
        _State.faults = None
    _State.reporter = None


def report(exc: BaseException, where: str = "") -> str:
    """Log an exception that nobody handled (scrubbed) and tell the reporter; returns the details logged."""
    details = scrub("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    logger.error("Unexpected error%s:\n%s", f" in {where}" if where else "", details.rstrip())
    if _State.reporter is not None:
        try:
            _State.reporter(details)
        except Exception:                      # noqa: BLE001 - the report itself must never crash the app
            logger.exception("The crash report could not be shown")
    return details


def _on_uncaught(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
    if issubclass(kind, KeyboardInterrupt):
        _previous(0)(kind, exc, tb)
        return
    report(exc.with_traceback(tb) if tb is not None else exc)
    if sys.stderr is not None:                  # a windowed app has none; a developer's console does
        _previous(0)(kind, exc, tb)


def _on_thread_uncaught(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        report(args.exc_value, f"the thread {args.thread.name if args.thread else '?'}")
    if sys.stderr is not None:
        _previous(1)(args)


def _previous(which: int) -> Any:
    hooks = _State.hooks or (sys.__excepthook__, threading.__excepthook__)
    return hooks[which]


def _faults_to(path: Path) -> None:
    """faulthandler writes a hard crash's stacks to `path`; what the last run left there goes into the log."""
    if _State.faults is not None:
        faulthandler.disable()
        _State.faults.close()
        _State.faults = None
    try:
        left = path.read_text(encoding="utf-8", errors="replace").strip() if path.exists() else ""
        if left:
            logger.error("The previous run stopped with a fatal error:\n%s", left)
        _State.faults = open(path, "w", encoding="utf-8")     # noqa: SIM115 - open for the process's life
        faulthandler.enable(_State.faults, all_threads=True)
    except OSError:
        logger.warning("faulthandler could not write to %s", path)
