"""Fixtures shared by the unit and GUI tests: every test hermetic (a keyring in memory, its own data folder, no
credentials from the environment), a plain sandbox on loopback, a fake clock, a broken keyring on demand, the
stand-in browser."""

from __future__ import annotations

import dataclasses

import keyring
import pytest

from gui.apptoto.credentials import CLIENT_ID_ENV, KEY_ENV, USER_ENV
from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER, SandboxServer
from gui.core import settings
from gui.core.paths import DATA_DIR_ENV
from tests.helpers.apptoto import with_calendars
from tests.helpers.browser import FakeBrowser
from tests.helpers.fakes import BrokenKeyring, FakeClock, MemoryKeyring


@pytest.fixture(autouse=True)
def hermetic(monkeypatch, tmp_path_factory):
    """No test reaches the OS keyring, the user's folders or credentials set in the environment."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path_factory.mktemp("user-data")))
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.delenv(USER_ENV, raising=False)
    monkeypatch.delenv(CLIENT_ID_ENV, raising=False)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def sandbox():
    """A sandbox account on loopback with the calendars the tests name and no events (tests that need the demo
    events seed it or override this)."""
    with SandboxServer() as sb:
        yield with_calendars(sb)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def memory_keyring(hermetic):
    """The keyring in memory every test has (to look into it)."""
    return hermetic


@pytest.fixture
def broken_keyring():
    """A keyring that refuses every call, as on a machine without one."""
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def fake_browser(monkeypatch, tmp_path):
    """The system browser is tests/helpers/fake_browser.py (through BROWSER): it approves the sign-in at once."""
    return FakeBrowser(monkeypatch, tmp_path / "browser.jsonl")


@pytest.fixture
def env(monkeypatch, tmp_path):
    """For the command line: a data folder of its own, the sandbox's account in the environment, and a rate limit
    the sandbox can take at once (the pacing itself is tested with a fake clock: tests/unit/test_engine.py)."""
    monkeypatch.setattr(settings, "RATE_LIMIT", dataclasses.replace(settings.RATE_LIMIT, default=60_000))
    monkeypatch.setenv("APPTOTO_SHEETS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("APPTOTO_USER", DEMO_USER)
    monkeypatch.setenv("APPTOTO_API_KEY", DEMO_KEY)
    return tmp_path
