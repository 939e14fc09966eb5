"""Cancelled appointments (issue 17): a row whose status is cancelled deletes its event in Apptoto instead of being
upserted. Rows and the body, preview, submit and its results workbook, diff, and the engine's DELETEs against the
sandbox (terse too, with faults on a fake clock)."""

from __future__ import annotations

import json

import openpyxl
import pytest

from gui.apptoto.engine import SendItem, SendOptions, submit
from gui.apptoto.journal import Journal
from gui.apptoto.sandbox import FaultConfig, SandboxServer
from gui.cli import main
from gui.core.plan import Options
from gui.core.schedule import Schedule
from gui.core.summary import summarise
from gui.core.vocab import CANCEL, MAYBE_UPDATE, NEW, UPDATE
from gui.sheets.load import load_schedule
from tests.helpers.apptoto import client_for, wire_event

HEADER = "Appointment ID,Apptoto ID,Calendar,Title,Start,End,Patient,Mobile,Status\n"


def csv(path, *rows):
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return str(path)


def row(ext="", number="", status="Scheduled", n=1, title="Check-up"):
    return f"{ext},{number},Dr Adams,{title},2026-03-0{n} 09:00,2026-03-0{n} 09:30,Pat {n},555000000{n},{status}"


def appointment(n, ext=None, **extra):
    """The event Apptoto has for row(ext, n=n): the same calendar, start, end and patient."""
    event = {"calendar": "Dr Adams", "title": "Check-up", "start_time": f"2026-03-0{n}T09:00:00-05:00",
             "end_time": f"2026-03-0{n}T09:30:00-05:00", "participants": [{"name": f"Pat {n}",
                                                                             "phone": f"555000000{n}"}]}
    return {**event, **({"external_id": ext} if ext else {}), **extra}


def schedule(rows, **options):
    names = ["external_id", "id", "calendar", "title", "start_time", "end_time", "participant_name",
             "participant_phone", "appointment_status"]
    return Schedule(HEADER.strip().split(","), names, [(n + 2, list(r)) for n, r in enumerate(rows)],
                    Options(default_time_zone="America/New_York", **options))


# ---- rows -------------------------------------------------------------------------------------------------------
def test_cancelled_words_make_a_cancellation_whatever_their_case_and_other_statuses_are_sent():
    s = schedule([["A-1", None, "Dr A", "T", None, None, None, None, "Cancelled"],
                  ["A-2", None, None, None, None, None, None, None, "  CANCELED "],
                  [None, 7, None, None, None, None, None, None, "deleted"],
                  ["A-4", None, None, None, None, None, None, None, "Removed"],
                  ["A-5", None, "Dr A", "T", "2026-03-02 09:00", "2026-03-02 09:30", None, None, "No show"],
                  [None, 8, None, "T", None, None, None, None, "Confirmed"]])
    assert [r.kind for r in s.rows] == [CANCEL, CANCEL, CANCEL, CANCEL, MAYBE_UPDATE, UPDATE]
    assert [s.problems(i) for i in range(4)] == [[], [], [], []]      # no title, times or calendar needed
    body = s.body(range(6))["events"]
    assert [e.get("external_id") or e.get("id") for e in body] == ["A-5", 8]
    assert all("appointment_status" not in e and "No show" not in json.dumps(e) for e in body)
    assert s.counts()["cancel"] == 4 and s.cancellations(range(6)) == [0, 1, 2, 3]


def test_a_cancellation_that_names_no_event_is_an_error_on_its_status_cell():
    s = schedule([[None, None, "Dr A", "Check-up", "2026-03-02 09:00", "2026-03-02 09:30", "Ann", "5550001111",
                   "Cancelled"]])
    [problem] = s.problems(0)
    assert problem.is_error and problem.column == "Status" and problem.letter == "I"
    assert "names none to cancel" in problem.message and "Apptoto ID or External ID" in problem.message
    assert s.sendable() == [] and s.body([0]) == {"events": []}


def test_the_cancelled_words_are_a_setting():
    rows = [["A-1", None, "Dr A", "T", "2026-03-02 09:00", "2026-03-02 09:30", None, None, "No show"],
            ["A-2", None, "Dr A", "T", "2026-03-02 10:00", "2026-03-02 10:30", None, None, "Cancelled"]]
    from gui.core.fields import status_words

    s = schedule(rows, cancelled=status_words("No  Show, ,Cancelled"))
    assert [r.kind for r in s.rows] == [CANCEL, CANCEL]
    s = schedule(rows, cancelled=status_words(""))               # none: the status is only read
    assert [r.kind for r in s.rows] == [MAYBE_UPDATE, MAYBE_UPDATE]


def test_the_send_summary_counts_cancellations_in_plain_words():
    one = schedule([["A-1", None, None, None, None, None, None, None, "Cancelled"]])
    assert summarise(one, [0]).lines() == ["1 appointment will be cancelled in Apptoto: its reminders stop."]
    two = schedule([["A-1", None, None, None, None, None, None, None, "Cancelled"],
                    ["A-2", None, None, None, None, None, None, None, "Cancelled"],
                    [None, None, "Dr A", "T", "2026-03-02 09:00", "2026-03-02 09:30", "Ann", "5550001111", ""]])
    lines = summarise(two, [0, 1, 2]).lines()
    assert lines[0] == "1 event will be sent: 1 new, 0 updates."
    assert lines[1] == "2 appointments will be cancelled in Apptoto: their reminders stop."


def test_results_columns_are_never_read_as_the_appointment_status(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Appointment ID", "Calendar", "Title", "Start", "End", "Send status", "Send message"])
    sheet.append(["A-1", "Dr A", "T", "2026-03-02 09:00", "2026-03-02 09:30", "deleted", "Deleted #5"])
    book.save(tmp_path / "results.xlsx")
    legacy = openpyxl.Workbook()
    sheet = legacy.active
    sheet.append(["Appointment ID", "Calendar", "Title", "Start", "End", "status", "message"])
    sheet.append(["A-1", "Dr A", "T", "2026-03-02 09:00", "2026-03-02 09:30", "Deleted", "Deleted #5"])
    legacy.save(tmp_path / "legacy.xlsx")
    for name in ("results.xlsx", "legacy.xlsx"):
        loaded = load_schedule(tmp_path / name, Options(default_time_zone="America/New_York"), apply_guesses=True)
        assert "appointment_status" not in loaded.schedule.names
        assert [r.kind for r in loaded.schedule.rows] == [MAYBE_UPDATE]


# ---- preview -----------------------------------------------------------------------------------------------------
def test_preview_prints_exactly_the_upsert_body_and_lists_cancellations_on_stderr(tmp_path, capsys):
    file = csv(tmp_path / "s.csv", row("A-1"), row("A-2", status="Cancelled", n=2), row(number="77", status="canceled",
                                                                                          n=3))
    only_upserts = csv(tmp_path / "u.csv", row("A-1"))
    assert main(["preview", only_upserts, "--time-zone", "America/New_York"]) == 0
    expected = capsys.readouterr().out
    assert main(["preview", file, "--time-zone", "America/New_York"]) == 0
    out, err = capsys.readouterr()
    assert out == expected and json.loads(out)["events"][0]["external_id"] == "A-1"
    assert 's.csv, sheet "s.csv", row 3: Cancelled: the event with External ID A-2 will be deleted in Apptoto' in err
    assert 's.csv, sheet "s.csv", row 4: canceled: event #77 will be deleted in Apptoto (its reminders stop)' in err


def test_preview_with_an_id_less_cancellation_exits_1_naming_the_row(tmp_path, capsys):
    file = csv(tmp_path / "s.csv", row("A-1"), row(status="Cancelled", n=2))
    assert main(["preview", file, "--time-zone", "America/New_York"]) == 1
    out, err = capsys.readouterr()
    assert len(json.loads(out)["events"]) == 1
    assert 'row 3, column I "Status": error: “Cancelled” cancels the appointment' in err


def test_the_cancelled_values_flag_changes_the_words(tmp_path, capsys):
    file = csv(tmp_path / "s.csv", row("A-1", status="No show"), row("A-2", status="Cancelled", n=2))
    assert main(["preview", file, "--time-zone", "America/New_York", "--cancelled-values", "No show"]) == 0
    out, err = capsys.readouterr()
    assert [e["external_id"] for e in json.loads(out)["events"]] == ["A-2"]
    assert "row 2: No show: the event with External ID A-1 will be deleted" in err


# ---- submit against the sandbox ---------------------------------------------------------------------------------
def submit_cli(sb, file, *extra):
    return main(["submit", file, "--base-url", sb.url, "--time-zone", "America/New_York", "--rate-limit", "600000",
                 *extra])


def results(path):
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, [c.value for c in r], strict=True)) for r in sheet.iter_rows(min_row=2)]


@pytest.mark.parametrize("terse", [False, True])
def test_submit_deletes_cancelled_events_and_the_results_workbook_says_so(env, sandbox, capsys, terse):
    sandbox.store.echo_external_id = not terse            # Apptoto may answer without external_id or calendar
    sandbox.store.calendar_names = not terse
    [kept, gone, by_id] = sandbox.store.seed([appointment(2, "A-1"), appointment(3, "A-2"), appointment(4, "A-3")])
    file = csv(env / "s.csv", row("A-1", title="Moved", n=2), row("A-2", status="Cancelled", n=3),
               row(number=str(by_id["id"]), status="Deleted", n=4), row("NOT-THERE", status="Removed", n=5),
               row(status="Cancelled", n=6))
    out = env / "results.xlsx"
    assert submit_cli(sandbox, file, "--results", str(out)) == 1           # the id-less cancellation is invalid
    stored = {e["id"]: e for e in sandbox.events}
    assert stored[gone["id"]]["is_deleted"] and stored[by_id["id"]]["is_deleted"]
    assert not stored[kept["id"]]["is_deleted"] and stored[kept["id"]]["title"] == "Moved"
    assert len(stored) == 3                                               # nothing created for a cancellation
    puts = [body for method, body in _bodies(sandbox) if method == "PUT"]
    assert [e.get("external_id") for body in puts for e in body] == ["A-1"]       # cancellations are not in the body
    deletes = [path for method, path in sandbox.requests if method == "DELETE"]
    assert deletes == [f"/v1/events?id={gone['id']}", f"/v1/events?id={by_id['id']}"]
    table = results(out)
    assert [r["Send status"] for r in table] == ["updated", "deleted", "deleted", "deleted", "invalid"]
    assert table[1]["Send message"].startswith(f"Deleted #{gone['id']} in Apptoto")
    assert table[2]["Send message"].startswith(f"Deleted #{by_id['id']} in Apptoto")
    assert table[3]["Send message"] == "Nothing to cancel: Apptoto has no event with external ID NOT-THERE."
    assert "cancels the appointment" in table[4]["Send message"]
    assert "Sent: 1 updated, 3 deleted; 1 row not sent because of errors" in capsys.readouterr().err


def _bodies(sandbox):
    """(method, events) of every write the sandbox recorded, from the journal of this test's data folder."""
    journal = Journal()
    for summary in journal.runs():
        for record in journal.read(summary):
            if record["type"] == "request":
                yield record.get("method", "PUT"), record["body"]["events"]


def test_a_resend_of_the_results_cancels_nothing_twice(env, sandbox, capsys):
    [gone] = sandbox.store.seed([appointment(3, "A-2")])
    file = csv(env / "s.csv", row("A-2", status="Cancelled", n=3))
    assert submit_cli(sandbox, file, "--results", str(env / "r.xlsx")) == 0
    assert submit_cli(sandbox, str(env / "r.xlsx"), "--results", str(env / "again.xlsx")) == 0
    [again] = results(env / "again.xlsx")
    assert again["Send status"] == "deleted" and "is deleted in Apptoto already" in again["Send message"]
    assert [m for m, _ in sandbox.requests].count("DELETE") == 1 and sandbox.events[0]["is_deleted"]


# ---- the engine ---------------------------------------------------------------------------------------------------
def test_a_cancellation_is_never_matched_by_the_guard_nor_given_a_derived_id(sandbox, clock):
    [there] = sandbox.store.seed([wire_event(3)])                # the same slot and person, another external_id
    items = [SendItem(2, dict(wire_event(3), external_id="OTHER"), CANCEL),
             SendItem(3, wire_event(4), CANCEL)]                  # names no event at all
    result = submit(items, client_for(sandbox), SendOptions(seed=1), sleep=clock.sleep, clock=clock)
    assert result[2].state == "deleted" and result[2].message.startswith("Nothing to cancel")
    assert result[3].state == "failed" and "names no event" in result[3].message and result[3].external_id is None
    assert not sandbox.events[0]["is_deleted"] and sandbox.events[0]["id"] == there["id"]
    assert "DELETE" not in [m for m, _ in sandbox.requests]


def test_deletes_are_paced_retried_and_journaled(tmp_path, clock):
    faults = FaultConfig(rate_drop=0.3, rate_5xx=0.1, seed=3)
    with SandboxServer(faults=faults) as sb:
        seeded = sb.store.seed([wire_event(n, external_id=f"C-{n}") for n in range(6)])
        items = [SendItem(n + 2, {"external_id": f"C-{n}"}, CANCEL) for n in range(6)]
        journal = Journal(tmp_path / "journal")
        run = journal.start_run("s.csv")
        result = submit(items, client_for(sb), SendOptions(seed=1, rate_per_minute=60), journal=run,
                        sleep=clock.sleep, clock=clock)
        assert result.status == "finished" and result.counts()["deleted"] == 6
        assert all(e["is_deleted"] for e in sb.events)
        assert [m for m, _ in sb.requests].count("DELETE") > 6               # some were tried again
        assert [result[n + 2].id for n in range(6)] == [e["id"] for e in seeded]
        records = journal.read(run.run_id)
    assert clock.slept >= (len([m for m, _ in sb.requests]) - 1) * 1.0 * 0.9     # one request a second, paced
    kinds = [r["type"] for r in records]
    assert kinds.index("before") < kinds.index("request")             # the before-state is kept first
    deletes = [r for r in records if r["type"] == "request"]
    assert deletes and {r["method"] for r in deletes} == {"DELETE"}
    befores = [b for r in records if r["type"] == "before" for b in r["items"]]
    assert sorted(b["key"] for b in befores) == [n + 2 for n in range(6)]
    assert all(b["event"]["external_id"] == f"C-{b['key'] - 2}" if b["known"] else b["why"] for b in befores)


def test_a_delete_refused_is_a_failure_and_the_rest_go_on(sandbox, clock, monkeypatch):
    seeded = sandbox.store.seed([wire_event(n, external_id=f"C-{n}") for n in range(2)])
    client = client_for(sandbox)
    real = client.delete_event

    def refuse_first(**key):
        if key.get("id") == seeded[0]["id"]:
            from gui.apptoto.errors import BadRequest

            raise BadRequest(422, '{"error": "locked"}')
        return real(**key)

    monkeypatch.setattr(client, "delete_event", refuse_first)
    items = [SendItem(n + 2, {"external_id": f"C-{n}"}, CANCEL) for n in range(2)]
    result = submit(items, client, SendOptions(seed=1), sleep=clock.sleep, clock=clock)
    assert result[2].state == "failed" and "refused to delete it: locked (422)" in result[2].message
    assert result[3].state == "deleted" and sandbox.events[1]["is_deleted"] and not sandbox.events[0]["is_deleted"]


# ---- diff ---------------------------------------------------------------------------------------------------------
def test_diff_reports_a_cancellation_as_cancel_or_nothing_to_cancel(env, sandbox, capsys):
    [there, deleted] = sandbox.store.seed([appointment(3, "A-2", title="Check-up 1"), appointment(4, "A-3")])
    sandbox.store.delete(id=deleted["id"])
    file = csv(env / "s.csv", row("A-2", status="Cancelled", n=3), row("A-3", status="Cancelled", n=4),
               row("A-9", status="Cancelled", n=5))
    assert main(["diff", file, "--base-url", sandbox.url, "--time-zone", "America/New_York", "--json",
                 "--rate-limit", "600000"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["row"], r["kind"]) for r in rows] == [(2, "cancel"), (3, "unchanged"), (4, "unchanged")]
    assert rows[0]["reasons"][0].startswith(f"deletes event #{there['id']} “Check-up 1”")
    assert rows[1]["reasons"] == [f"nothing to cancel: event #{deleted['id']} is deleted in Apptoto already"]
    assert rows[2]["reasons"] == ["nothing to cancel: Apptoto has no event with external ID A-9"]
    assert not sandbox.events[0]["is_deleted"]                 # diff sends nothing


def test_new_rows_are_unchanged_by_the_cancelled_setting(tmp_path):
    s = schedule([[None, None, "Dr A", "T", "2026-03-02 09:00", "2026-03-02 09:30", "Ann", "5550001111", None]])
    assert s.rows[0].kind == NEW and s.problems(0) == []
