"""`apptoto-sheets submit` end to end against the sandbox: exit codes, results workbook, re-submit, reconcile."""

from __future__ import annotations

import json

import openpyxl

from gui.apptoto.journal import Journal
from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER
from gui.cli import main

HEADER = "calendar,title,start_time,end_time,participant_name,participant_phone\n"
ROWS = [f"Dr Adams,Check-up {n},2025-03-0{n + 1} 09:00,2025-03-0{n + 1} 09:30,Pat {n},555000{n:04d}\n"
        for n in range(3)]


def schedule(path, rows=ROWS):
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return str(path)


def submit(sb, file, *extra):
    return main(["submit", file, "--base-url", sb.url, "--time-zone", "America/New_York", *extra])


def test_wrong_key_exits_2_with_one_line_and_sends_nothing(env, sandbox, monkeypatch, capsys):
    monkeypatch.setenv("APPTOTO_API_KEY", "wrong")
    assert submit(sandbox, schedule(env / "s.csv")) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "refused the e-mail or API key" in err[0]
    assert sandbox.events == [] and [m for m, _ in sandbox.requests] == ["GET"]


def test_submit_then_resubmit_the_results_creates_nothing_new(env, sandbox, capsys):
    out = env / "results.xlsx"
    assert submit(sandbox, schedule(env / "s.csv"), "--results", str(out)) == 0
    assert len(sandbox.events) == 3
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    table = [dict(zip(header, [c.value for c in row], strict=True)) for row in sheet.iter_rows(min_row=2)]
    stored = {e["external_id"]: e["id"] for e in sandbox.events}
    assert [r["Send status"] for r in table] == ["created"] * 3
    assert all(stored[r["external_id"]] == r["id"] for r in table)
    assert submit(sandbox, str(out), "--results", str(env / "again.xlsx")) == 0
    assert len(sandbox.events) == 3
    again = openpyxl.load_workbook(env / "again.xlsx").active
    assert [row[header.index("Send status")].value for row in again.iter_rows(min_row=2)] == ["updated"] * 3
    assert DEMO_KEY not in capsys.readouterr().err and DEMO_KEY not in "".join(
        p.read_text() for p in (env / "data" / "journal").glob("*.jsonl"))


def test_an_invalid_row_gives_exit_1_and_the_rest_is_sent(env, sandbox, capsys):
    rows = [*ROWS, "Dr Adams,Broken,2025-03-09 09:00,2025-03-09 08:00,Pat,5550009999\n"]
    assert submit(sandbox, schedule(env / "s.csv", rows)) == 1
    assert len(sandbox.events) == 3
    assert "row 5" in capsys.readouterr().err


def test_dry_run_sends_nothing_and_needs_no_key(env, sandbox, monkeypatch, capsys):
    monkeypatch.delenv("APPTOTO_API_KEY")
    assert submit(sandbox, schedule(env / "s.csv"), "--dry-run") == 0
    body = json.loads(capsys.readouterr().out)
    assert [e["title"] for e in body["events"]] == ["Check-up 0", "Check-up 1", "Check-up 2"]
    assert sandbox.requests == []


def test_missing_key_exits_2(env, sandbox, monkeypatch, capsys):
    monkeypatch.delenv("APPTOTO_API_KEY")
    assert submit(sandbox, schedule(env / "s.csv")) == 2
    assert "API key" in capsys.readouterr().err and sandbox.requests == []


def test_an_interrupted_run_is_reported_and_nothing_is_duplicated(env, sandbox, capsys):
    file = schedule(env / "s.csv")
    assert submit(sandbox, file, "--dry-run") == 0
    planned = json.loads(capsys.readouterr().out)["events"]
    sandbox.store.upsert([dict(planned[0], external_id=None)])    # the crashed run got one row across, without key
    journal = Journal()
    run = journal.start_run(file, base_url=sandbox.url, user=DEMO_USER, total=3)
    run.plan([{"key": n + 2, "kind": "new", "event": e} for n, e in enumerate(planned)])
    run.request(1, [2, 3, 4], planned)
    run.close()                                  # no run_end: it crashed
    assert submit(sandbox, file) == 0
    err = capsys.readouterr().err
    assert "did not finish: 3 rows had been sent, 0 confirmed" in err
    assert len(sandbox.events) == 3 and len({e["title"] for e in sandbox.events}) == 3
    assert journal.last_unfinished(file) is None


def test_bad_fault_spec_for_the_sandbox_command(capsys):
    assert main(["sandbox", "--faults", "explode=1"]) == 2
    assert "unknown fault" in capsys.readouterr().err


def test_a_data_folder_that_cannot_be_written_exits_2_before_anything_is_sent(env, sandbox, monkeypatch, capsys):
    (env / "a-file").write_text("not a folder")
    monkeypatch.setenv("APPTOTO_SHEETS_DATA_DIR", str(env / "a-file" / "data"))
    assert submit(sandbox, schedule(env / "s.csv")) == 2
    err = capsys.readouterr().err
    assert "the data folder cannot be written" in err and "nothing was sent" in err
    assert sandbox.requests == []
