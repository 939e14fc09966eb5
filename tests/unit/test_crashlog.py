"""The crash log without Qt: secrets and clients' details scrubbed, uncaught exceptions on any thread logged and
reported, and what faulthandler left after a hard crash logged at the next start."""

from __future__ import annotations

import sys
import threading

import pytest

from gui.core import crashlog


@pytest.fixture
def installed():
    """crashlog.install() is called in the test body (after pytest put its own hooks in place)."""
    yield
    crashlog.uninstall()


def test_scrub_keeps_no_key_token_header_email_or_phone():
    crashlog.hide("k3y-that-must-never-show")
    text = ("PUT failed: key k3y-that-must-never-show, headers {'Authorization': 'Basic ZGVtbzpzZWNyZXQ='} "
            "api_key=abc123 token: eyJhbGciOi.payload Bearer eyJhbGciOiJIUzI1 client ann@clinic.example "
            "phone +1 (555) 123-4567 or 5551234567; row 12 at 2026-12-07T09:00:00-05:00 line 240")
    clean = crashlog.scrub(text)
    for secret in ("k3y-that-must-never-show", "ZGVtbzpzZWNyZXQ=", "abc123", "eyJhbGciOi", "ann@clinic.example",
                   "555) 123-4567", "5551234567"):
        assert secret not in clean, secret
    assert "row 12" in clean and "2026-12-07T09:00:00-05:00" in clean and "line 240" in clean


@pytest.mark.qt_no_exception_capture                      # the hooks pass it on to pytest's: expected here
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_uncaught_exceptions_of_any_thread_are_logged_scrubbed_and_reported(installed, tmp_path, capsys):
    reported: list[str] = []
    path = crashlog.install(reported.append, folder=tmp_path)
    try:
        raise ValueError("could not reach bob@example.com")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    worker = threading.Thread(target=lambda: 1 / 0, name="sender")
    worker.start()
    worker.join()
    text = path.read_text(encoding="utf-8")
    assert "ValueError: could not reach [e-mail]" in text and "bob@example.com" not in text
    assert "ZeroDivisionError" in text and "in the thread sender" in text
    assert len(reported) == 2 and "ZeroDivisionError" in reported[1]
    assert "Traceback" in capsys.readouterr().err              # a console still sees it


def test_a_hard_crash_left_by_faulthandler_is_logged_at_the_next_start(tmp_path):
    before = sys.excepthook, threading.excepthook
    (tmp_path / crashlog.FAULTS_NAME).write_text("Fatal Python error: bool_dealloc\nThread 0x1 (most recent call "
                                                 "first):\n  File \"x.py\", line 3 in send\n", encoding="utf-8")
    try:
        path = crashlog.install(folder=tmp_path)
        text = path.read_text(encoding="utf-8")
        assert "The previous run stopped with a fatal error" in text and "bool_dealloc" in text
        assert (tmp_path / crashlog.FAULTS_NAME).read_text(encoding="utf-8") == ""     # read once
    finally:
        crashlog.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
