"""A whole send (gui/apptoto/send.py): the account lock, what the account remembers, a Compare's listing reused
while fresh, and a journal that cannot be written never costing an outcome."""

from __future__ import annotations

import stat
import sys
import threading

import pytest

from gui.apptoto.accounts import WAITING, AccountFiles
from gui.apptoto.diff import RowEvent, compare_rows
from gui.apptoto.engine import SendItem, SendOptions, submit
from gui.apptoto.journal import Journal
from gui.apptoto.ratelimit import RateLimiter
from gui.apptoto.send import send
from tests.helpers.apptoto import client_for, wire_event
from tests.helpers.fakes import FakeClock

POSIX = sys.platform != "win32"


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("APPTOTO_SHEETS_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def items(count, start=0):
    return [SendItem(n + 2, wire_event(n), "new") for n in range(start, start + count)]


def go(sandbox, rows, **kwargs):
    clock = FakeClock()
    return send(rows, client_for(sandbox), kwargs.pop("options", SendOptions(seed=1)), "/tmp/s.xlsx",
                sleep=clock.sleep, clock=clock, **kwargs)


def listing_requests(sandbox, since=0):
    return sum(1 for _, path in sandbox.requests[since:] if path.startswith("/v1/events?"))


def test_the_largest_batch_that_worked_is_where_the_next_send_starts(data, sandbox):
    first = go(sandbox, items(60))
    assert first.batch_sizes[:3] == [15, 17, 19] and first.largest_batch == max(first.batch_sizes)
    memory = AccountFiles(sandbox.url, "demo@example.com").load()
    assert memory.largest_batch == first.largest_batch and set(memory.calendars.values()) == {"Dr Adams"}
    second = go(sandbox, items(30, start=60))
    assert second.batch_sizes[0] == first.largest_batch


@pytest.mark.skipif(not POSIX, reason="permissions")
def test_what_is_remembered_is_private(data, sandbox):
    go(sandbox, items(2))
    account = AccountFiles(sandbox.url, "demo@example.com")
    assert stat.S_IMODE(account.memory_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(account.folder.stat().st_mode) == 0o700


def test_a_fresh_compare_listing_is_used_by_the_send_and_a_stale_one_is_not(data, sandbox):
    clock = FakeClock()
    rows = items(5)
    compared = compare_rows([RowEvent(i.key, i.key, i.event) for i in rows], client_for(sandbox),
                            RateLimiter(90, clock=clock, sleep=clock.sleep))
    assert compared.listing is not None and listing_requests(sandbox) == 1      # an empty account: one page
    before = len(sandbox.requests)
    result = go(sandbox, rows, listing=compared.listing)
    assert result.counts()["created"] == 5 and listing_requests(sandbox, before) == 0
    before = len(sandbox.requests)                       # that send came after the listing: it is stale now
    again = go(sandbox, items(5), listing=compared.listing)
    assert again.counts()["updated"] == 5 and len(sandbox.events) == 5 and listing_requests(sandbox, before) == 2


def test_a_second_send_to_the_account_waits_for_the_first_and_finds_what_it_made(data, sandbox):
    account = AccountFiles(sandbox.url, "demo@example.com")
    told, results = [], []
    with account.lock():
        worker = threading.Thread(target=lambda: results.append(
            go(sandbox, items(3), progress=lambda done, total, text: told.append(text))))
        worker.start()
        worker.join(0.6)
        assert worker.is_alive() and WAITING in told and sandbox.requests == []
        go_first = submit(items(3), client_for(sandbox), SendOptions(), sleep=FakeClock().sleep)
        assert go_first.counts()["created"] == 3
    worker.join(10)
    assert results[0].counts()["updated"] == 3 and len(sandbox.events) == 3


def test_cancel_while_waiting_sends_nothing(data, sandbox):
    cancel = threading.Event()
    with AccountFiles(sandbox.url, "demo@example.com").lock():
        done = []
        worker = threading.Thread(target=lambda: done.append(go(sandbox, items(3), cancel=cancel)))
        worker.start()
        worker.join(0.3)
        cancel.set()
        worker.join(5)
    result = done[0]
    assert result.status == "cancelled" and result.counts()["skipped"] == 3 and sandbox.requests == []


class Breaking:
    """A journal run whose disk fills up after `ok` records."""

    def __init__(self, ok):
        self.ok, self.records = ok, []

    def _write(self, kind):
        if len(self.records) >= self.ok:
            raise OSError(28, "No space left on device")
        self.records.append(kind)

    def plan(self, items):
        self._write("plan")

    def before(self, items):
        self._write("before")

    def request(self, seq, keys, events, method="PUT", flags=None):
        self._write("request")

    def response(self, seq, status, events=None, error=None):
        self._write("response")

    def outcome(self, key, outcome):
        self._write("outcome")

    def finish(self, status, message, counts):
        self._write("finish")


def test_a_journal_that_cannot_be_written_keeps_every_outcome_and_says_so(sandbox):
    clock = FakeClock()
    result = submit(items(40), client_for(sandbox), SendOptions(), journal=Breaking(3), sleep=clock.sleep,
                    clock=clock)
    assert result.status == "finished" and result.counts()["created"] == 40 and len(sandbox.events) == 40
    assert "send journal could not be written (" in result.message and "No space left" in result.message


def test_an_unwritable_journal_folder_is_said_and_the_send_goes_on(data, sandbox, tmp_path):
    (tmp_path / "file").write_text("not a folder")
    notes = []
    result = go(sandbox, items(2), journal=Journal(tmp_path / "file" / "journal"), note=notes.append)
    assert result.counts()["created"] == 2 and any("cannot be written" in n for n in notes)
