"""Ids and send results belong to the server and account they came from: never sent to another. The rule (what to
clear and why), the server recorded with outcomes (session, results workbook), and `submit` of a results workbook
to another server. Against sandboxes answering fully and tersely."""

from __future__ import annotations

import json

import openpyxl
import pytest

from gui.apptoto.sandbox import SandboxServer
from gui.cli import main
from gui.core.origins import clearing
from gui.core.schedule import Schedule
from gui.core.server import Server
from gui.core.vocab import Outcome
from gui.sheets.session import Session
from tests.helpers.apptoto import with_calendars

SANDBOX = Server("http://127.0.0.1:8765", "demo@example.com")
APPTOTO = Server("https://api.apptoto.com", "jo@example.com")
HEADERS = ["id", "external_id", "calendar", "title", "start_time", "end_time", "Sent to"]
START, END = "2026-12-07T09:00:00-05:00", "2026-12-07T09:30:00-05:00"


def schedule(rows) -> Schedule:
    names = [*HEADERS[:-1], None]
    return Schedule(HEADERS, names, [(n + 2, list(v)) for n, v in enumerate(rows)])


def test_servers_are_the_same_whatever_the_case_and_trailing_slash():
    assert Server("HTTPS://API.apptoto.com/", "Jo@Example.com").same_account(APPTOTO)
    assert not Server("https://api.apptoto.com", "ann@example.com").same_account(APPTOTO)
    assert SANDBOX.is_local and not SANDBOX.is_apptoto and APPTOTO.is_apptoto
    assert APPTOTO.describe() == "Apptoto (api.apptoto.com), account jo@example.com"
    assert SANDBOX.name() == "the sandbox (127.0.0.1:8765)"
    assert Server.from_text(SANDBOX.as_text()) == SANDBOX and Server.from_text("Dr Adams") is None
    assert Server.from_json(APPTOTO.as_json()) == APPTOTO


def test_ids_and_results_from_another_server_are_found_with_where_they_came_from():
    s = schedule([[1001, "as-1", "A", "T", START, END, None],                 # written by a send to the sandbox
                  [1002, "as-2", "A", "T", START, END, SANDBOX.as_text()],    # a results workbook says so
                  [880133, "PM-7", "A", "T", START, END, None],              # the window knows (the sample)
                  [4242, "own", "A", "T", START, END, None],                  # the user's own: unknown, kept
                  [5150, "as-5", "A", "T", START, END, APPTOTO.as_text()]])   # from this very account: kept
    s.rows[0].outcome = Outcome("created", "Created.", id=1001, external_id="as-1", server=SANDBOX)
    s.rows[3].outcome = Outcome("failed", "Not sent.", server=SANDBOX)
    found = clearing(s, APPTOTO, id_from={2: SANDBOX}, compare_from=SANDBOX)
    assert found.ids == {0: SANDBOX, 1: SANDBOX, 2: SANDBOX}
    assert found.outcomes == {0: SANDBOX, 3: SANDBOX} and found.compare == SANDBOX
    assert found.note() == (
        "Now sending to Apptoto (api.apptoto.com), account jo@example.com. What came from the sandbox "
        "(127.0.0.1:8765), account demo@example.com is not used here: 3 Apptoto ids cleared (they name events "
        "there, not in this account); 2 send results cleared; the Compare results cleared. External IDs are "
        "kept: they name the appointments, so sending updates the same appointments there or creates them.")
    s.set_values(found.id_edits(s), by_user=False)
    assert ["id" in row.event for row in s.rows] == [False, False, False, True, True]
    assert [row.event["external_id"] for row in s.rows[:3]] == ["as-1", "as-2", "PM-7"]     # kept
    assert clearing(s, SANDBOX, compare_from=SANDBOX).ids == {4: APPTOTO}       # the other way round too


def test_back_on_the_same_server_nothing_is_cleared():
    s = schedule([[1001, "as-1", "A", "T", START, END, SANDBOX.as_text()]])
    s.rows[0].outcome = Outcome("created", "Created.", id=1001, server=SANDBOX)
    assert clearing(s, Server("http://127.0.0.1:8765/", "DEMO@example.com"), compare_from=SANDBOX).empty
    other_account = clearing(s, Server("http://127.0.0.1:8765", "ann@example.com"))
    assert set(other_account.ids) == {0} and set(other_account.outcomes) == {0}


def test_a_row_that_failed_there_may_carry_the_users_own_id():
    """A failed result names the id the row sent, not one Apptoto confirmed there: its origin stays unknown."""
    s = schedule([[4242, "own", "A", "T", START, END, None]])
    s.rows[0].outcome = Outcome("failed", "No such event.", id=4242, server=SANDBOX)
    found = clearing(s, APPTOTO)
    assert found.ids == {} and found.outcomes == {0: SANDBOX}


def test_a_cleared_result_leaves_the_session_too(tmp_path):
    s = schedule([[1001, "as-1", "A", "T", START, END, None]])
    session = Session.start(str(tmp_path / "book.xlsx"), s)
    session.record_outcome(2, Outcome("created", "Created.", id=1001, server=SANDBOX))
    session.modified = False
    session.record_outcome(2, None)
    assert session.outcomes == {} and session.to_json()["outcomes"] == {} and session.modified


def test_the_session_keeps_the_server_of_each_outcome(tmp_path):
    s = schedule([[1001, "as-1", "A", "T", START, END, None]])
    session = Session.start(str(tmp_path / "book.xlsx"), s)
    session.record_outcome(2, Outcome("created", "Created.", id=1001, server=SANDBOX))
    session.write(tmp_path)
    again = Session.load(str(tmp_path / "book.xlsx"), tmp_path)
    assert again.outcomes[2].server == SANDBOX
    data = json.loads((next(tmp_path.glob("*.json"))).read_text())
    data["outcomes"]["2"] = data["outcomes"]["2"][:6]                 # a session from before: no server
    assert Session.from_json(data).outcomes[2].server is None


@pytest.fixture(params=["full", "terse"])
def two_sandboxes(request):
    with with_calendars(SandboxServer()) as first, with_calendars(SandboxServer()) as second:
        if request.param == "terse":
            for sb in (first, second):
                sb.store.calendar_names = sb.store.echo_external_id = sb.store.echo_time_zone = False
        yield first, second


def test_a_results_workbook_sent_to_another_server_sends_none_of_its_ids(env, two_sandboxes, capsys):
    first, second = two_sandboxes
    first.store._next_event = 70001                    # the two accounts number their events apart
    path = env / "s.csv"
    path.write_text("calendar,title,start_time,end_time,participant_name,participant_phone\n"
                    + "".join(f"Dr Adams,Visit {n},2025-03-03 09:{n * 5:02d},2025-03-03 10:00,Pat {n},555000{n:04d}\n"
                              for n in range(3)), encoding="utf-8")
    common = ["--time-zone", "America/New_York"]
    results = env / "results.xlsx"
    assert main(["submit", str(path), "--base-url", first.url, "--results", str(results), *common]) == 0
    sheet = openpyxl.load_workbook(results).active
    header = [c.value for c in sheet[1]]
    sent_to = [row[header.index("Sent to")].value for row in sheet.iter_rows(min_row=2)]
    assert sent_to == [f"{first.url} (demo@example.com)"] * 3
    capsys.readouterr()
    assert main(["submit", str(results), "--base-url", second.url, "--results", str(env / "b.xlsx"), *common]) == 0
    err = capsys.readouterr().err
    assert "3 Apptoto ids cleared (they name events there, not in this account)" in err
    assert len(second.events) == 3 and all(e["id"] < 70001 for e in second.events)    # created there, its own ids
    assert sorted(e["external_id"] for e in second.store.events.values()) == sorted(
        e["external_id"] for e in first.store.events.values())              # the same appointments, by external ID
    assert main(["submit", str(env / "b.xlsx"), "--base-url", second.url, *common]) == 0      # its own ids: kept
    assert "cleared" not in capsys.readouterr().err and len(second.events) == 3
