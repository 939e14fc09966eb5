"""The send history: journal runs listed (when, file, counts) and one run's requests with their answers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from gui.apptoto.engine import SendItem, SendOptions, submit
from gui.apptoto.history import list_runs, local_time, read_run
from gui.apptoto.journal import Journal
from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER, SandboxServer
from gui.core import words
from tests.helpers.apptoto import client_for, wire_event, with_calendars
from tests.helpers.fakes import FakeClock


@pytest.fixture
def journal(tmp_path):
    return Journal(tmp_path / "journal")


def send(journal, sandbox, file, items):
    run = journal.start_run(file, base_url=sandbox.url, user=DEMO_USER, api_key=DEMO_KEY, total=len(items))
    clock = FakeClock()
    return submit(items, client_for(sandbox), SendOptions(batch_size=2), journal=run, sleep=clock.sleep, clock=clock)


def test_runs_are_listed_newest_first_with_their_counts(journal, tmp_path):
    with with_calendars(SandboxServer()) as sandbox:
        send(journal, sandbox, tmp_path / "monday.xlsx", [SendItem(n, wire_event(n)) for n in range(3)])
        send(journal, sandbox, tmp_path / "tuesday.xlsx",
             [SendItem(1, wire_event(7, external_id="x", title="Again")),
              SendItem(2, {"id": 999999, "title": "Nope"}, "update")])
    runs = list_runs(journal)
    assert [r.file for r in runs] == ["tuesday.xlsx", "monday.xlsx"]
    assert (runs[1].created, runs[1].updated, runs[1].failed, runs[1].status) == (3, 0, 0, "finished")
    assert (runs[0].created, runs[0].failed) == (1, 1)
    assert runs[1].line().endswith("monday.xlsx  finished: 3 created")
    assert [r.file for r in list_runs(journal, tmp_path / "monday.xlsx")] == ["monday.xlsx"]


def test_a_run_opened_shows_what_was_sent_and_what_came_back(journal, tmp_path):
    with with_calendars(SandboxServer()) as sandbox:
        send(journal, sandbox, tmp_path / "s.xlsx", [SendItem(n, wire_event(n)) for n in range(3)])
    detail = read_run(journal, list_runs(journal)[0])
    assert detail.user == DEMO_USER and detail.base_url.startswith("http://127.0.0.1")
    assert [(x.seq, x.keys, x.status) for x in detail.exchanges] == [(1, [0, 1], 200), (2, [2], 200)]
    first = detail.exchanges[0]
    assert [e["title"] for e in first.sent] == ["Check-up 0", "Check-up 1"]
    assert [e["id"] for e in first.answer] == [detail.outcomes[0]["id"], detail.outcomes[1]["id"]]
    assert detail.outcomes[2]["state"] == "created"


def test_a_run_that_never_finished_is_listed_from_what_it_wrote(journal, tmp_path):
    run = journal.start_run(tmp_path / "crash.xlsx", total=2)
    run.plan([{"key": 2, "kind": "new", "event": {"title": "a"}}, {"key": 3, "kind": "new", "event": {}}])
    run.request(1, [2, 3], [{"title": "a"}, {}])
    run.outcome(2, {"state": "created", "id": 5})
    run.close()
    entry, = list_runs(journal)
    assert (entry.status, entry.created, entry.file) == ("did not finish", 1, "crash.xlsx")
    exchange, = read_run(journal, entry).exchanges
    assert exchange.answer is None and exchange.error is None and exchange.status is None


def test_times_are_shown_in_local_time():
    assert local_time("not a time") == "not a time"
    here = datetime(2026, 5, 1, 12, 0, 7, tzinfo=UTC).astimezone()          # this computer's zone
    assert local_time("2026-05-01T12:00:07+00:00") == f"{words.date(here.date())} {here:%H:%M}"
    with_seconds = local_time("2026-05-01T12:00:07+00:00", seconds=True)
    assert with_seconds == f"{words.date(here.date())} {here:%H:%M}:07"         # a clock time, not a duration
    assert " s)" not in with_seconds
    assert "T" not in local_time("2026-05-01T12:00:00+00:00")
