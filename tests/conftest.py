"""Fixtures shared by the unit and GUI tests: a plain sandbox on loopback, a fake clock, keyrings in memory, the
stand-in browser."""

from __future__ import annotations

import keyring
import pytest

from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER, SandboxServer
from gui.core.paths import DATA_DIR_ENV
from tests.helpers.apptoto import with_calendars
from tests.helpers.browser import FakeBrowser
from tests.helpers.fakes import BrokenKeyring, FakeClock, MemoryKeyring


@pytest.fixture(autouse=True)
def private_data_folder(monkeypatch, tmp_path_factory):
    """Every test (and every command it runs) gets an empty data folder: mappings remembered on this computer,
    sessions and journals never leak into a test."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path_factory.mktemp("data")))


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
def memory_keyring():
    """The OS keyring replaced by one in memory (this machine has no keyring backend)."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


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
    """For the command line: a data folder of its own, and the sandbox's account in the environment."""
    monkeypatch.setenv("APPTOTO_SHEETS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("APPTOTO_USER", DEMO_USER)
    monkeypatch.setenv("APPTOTO_API_KEY", DEMO_KEY)
    return tmp_path
