"""`apptoto-sheets history` and `apptoto-sheets undo` as they run: main([...]) with the question answered from
stdin or --yes, and one real process, against the sandbox over loopback."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER
from gui.cli import main
from tests.helpers.apptoto import wire_event

HEADER = "Appointment ID,Apptoto ID,Calendar,Title,Start,End,Patient,Mobile,Notes,Status\n"


def appointment(n, ext, **extra):
    return {"calendar": "Dr Adams", "title": "Check-up", "start_time": f"2026-03-0{n}T09:00:00-05:00",
            "end_time": f"2026-03-0{n}T09:30:00-05:00", "external_id": ext,
            "participants": [{"name": f"Pat {n}", "phone": f"555000000{n}"}], **extra}


def schedule(path):
    """Two new appointments, one update (notes added) and one cancellation."""
    rows = ["N-1,,Dr Adams,Check-up,2026-03-02 09:00,2026-03-02 09:30,Pat 2,5550000002,,Booked",
            "N-2,,Dr Adams,Check-up,2026-03-03 09:00,2026-03-03 09:30,Pat 3,5550000003,,Booked",
            "U-4,,Dr Adams,Check-up,2026-03-04 09:00,2026-03-04 09:30,Pat 4,5550000004,Bring forms,Confirmed",
            "C-5,,,,,,,,,Cancelled"]
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def sent(env, sandbox, capsys):
    """The account before (U-4 and C-5 exist), then a send of the schedule."""
    sandbox.store.seed([appointment(4, "U-4"), appointment(5, "C-5"), wire_event(20, external_id="OTHER")])
    before = sandbox.events
    assert main(["submit", schedule(env / "s.csv"), "--base-url", sandbox.url, "--time-zone", "America/New_York",
                 "--rate-limit", "600000"]) == 0
    capsys.readouterr()
    return before


def undo(sb, *args, answers=None, monkeypatch=None):
    if answers is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(answers))
    return main(["undo", *args, "--base-url", sb.url, "--rate-limit", "600000"])


def writes(sandbox, since=0):
    return [m for m, _ in sandbox.requests[since:] if m != "GET"]


def test_history_lists_sends_newest_first_as_lines_and_json(env, sandbox, sent, capsys):
    assert main(["history", "--json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert set(entry) == {"run", "started", "file", "server", "account", "created", "updated", "deleted", "failed",
                          "status", "undone"}
    assert (entry["created"], entry["updated"], entry["deleted"], entry["failed"]) == (2, 1, 1, 0)
    assert entry["server"] == sandbox.url and entry["account"] == DEMO_USER and entry["status"] == "finished"
    assert entry["file"].endswith("s.csv") and entry["undone"] is False and len(entry["run"]) == 32
    assert main(["history"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith(entry["run"][:8] + "  ") and f"s.csv  {DEMO_USER} on {sandbox.url}" in line
    assert line.endswith("finished: 2 created, 1 updated, 1 deleted, 0 failed")


def test_an_empty_history(env, capsys):
    assert main(["history", "--json"]) == 0 and json.loads(capsys.readouterr().out) == []
    assert main(["history"]) == 0 and "No sends are recorded" in capsys.readouterr().err


def test_undo_asks_first_and_no_changes_nothing(env, sandbox, sent, capsys, monkeypatch):
    since = len(sandbox.requests)
    assert undo(sandbox, "last", answers="n\n", monkeypatch=monkeypatch) == 2
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].endswith("4 events will be changed: 2 deleted, 1 restored, 1 re-created.")
    assert lines[1].startswith("row 2: delete event #") and "(the send created it)" in lines[1]
    assert lines[3].startswith("row 4: restore event #") and "content Bring forms → (empty)" in lines[3]
    assert lines[4].startswith("row 5: re-create event #") and "as a new event" in lines[4]
    assert "Undo this send? [y/N]" in err and "Nothing was changed." in err and writes(sandbox, since) == []


def test_undo_yes_restores_the_account_and_a_second_undo_changes_nothing(env, sandbox, sent, capsys, monkeypatch):
    [run] = json.loads((main(["history", "--json"]), capsys.readouterr().out)[1])
    assert undo(sandbox, run["run"][:6], answers="y\n", monkeypatch=monkeypatch) == 0
    out, err = capsys.readouterr()
    assert "row 2: deleted: Deleted #" in out and "row 4: updated: Restored #" in out
    assert "row 5: created: Re-created as event #" in out and "External ID C-5-restored" in out
    assert "Undone: 4 of 4 events." in err
    after = {e["id"]: e for e in sandbox.events}
    for old in sent:
        if old["external_id"] == "C-5":
            assert after[old["id"]]["is_deleted"]              # deleted by the send; re-created as a new event
        else:
            assert after[old["id"]] == old
    since = len(sandbox.requests)
    assert undo(sandbox, "last", "--yes") == 0
    out, err = capsys.readouterr()
    assert out.startswith("Nothing to undo: Apptoto is already as it was before the send of s.csv")
    assert writes(sandbox, since) == []
    assert main(["history", "--json"]) == 0 and json.loads(capsys.readouterr().out)[0]["undone"] is True


def test_events_changed_since_the_send_are_asked_about_and_left_alone_when_refused(env, sandbox, sent, capsys,
                                                                                   monkeypatch):
    u4 = next(e for e in sandbox.events if e["external_id"] == "U-4")
    sandbox.store.upsert([{"id": u4["id"], "content": "Changed by phone"}])
    assert undo(sandbox, "last", answers="y\nn\n", monkeypatch=monkeypatch) == 1
    out, err = capsys.readouterr()
    assert "CONFLICT: changed in Apptoto since the send (content)" in out
    assert "Also undo the 1 event changed in Apptoto since the send" in err
    assert "row 4: not undone: changed in Apptoto since the send (content)" in out and "1 row not undone" in err
    assert {e["id"]: e for e in sandbox.events}[u4["id"]]["content"] == "Changed by phone"
    assert main(["history"]) == 0 and "partly undone (1 row left)" in capsys.readouterr().out
    assert undo(sandbox, "last", "--yes") == 1                      # --yes alone leaves changed events alone
    capsys.readouterr()
    assert undo(sandbox, "last", "--yes", "--include-changed") == 0
    assert {e["id"]: e for e in sandbox.events}[u4["id"]]["content"] == ""


def test_an_unknown_run_or_another_server_is_one_line_and_exit_2(env, sandbox, sent, capsys):
    assert undo(sandbox, "zzzz", "--yes") == 2
    assert capsys.readouterr().err.strip().endswith("(`apptoto-sheets history` lists them). Nothing was undone.")
    assert undo(sandbox, "ab", "--yes") == 2 and "too short" in capsys.readouterr().err


def test_undo_in_a_real_process_answered_from_stdin(env, sandbox, sent):
    environment = dict(os.environ, APPTOTO_USER=DEMO_USER, APPTOTO_API_KEY=DEMO_KEY,
                       APPTOTO_SHEETS_DATA_DIR=str(env / "data"), PYTHONPATH=os.getcwd())
    done = subprocess.run([sys.executable, "-m", "gui", "undo", "last", "--base-url", sandbox.url,
                           "--rate-limit", "600000"], input="yes\n", capture_output=True, text=True,
                          env=environment, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Undone: 4 of 4 events." in done.stderr and "row 3: deleted: Deleted #" in done.stdout
    assert sum(1 for e in sandbox.events if not e["is_deleted"]) == 3      # U-4, OTHER, C-5 re-created
