"""`apptoto-sheets diff` on the bundled sample against the seeded sandbox: lines, --json, exit codes."""

from __future__ import annotations

import json

import pytest

from gui.apptoto.sandbox import SandboxServer
from gui.apptoto.sandbox_seed import seed_demo
from gui.cli import main
from gui.resources import SAMPLE, resource_path
from tests.helpers.apptoto import with_calendars


@pytest.fixture
def sandbox():
    with with_calendars(SandboxServer()) as sb:
        seed_demo(sb)
        yield sb


def diff(sb, *extra, file=None):
    return main(["diff", str(file or resource_path(SAMPLE)), "--base-url", sb.url,
                 "--time-zone", "America/New_York", "--rate-limit", "600000", *extra])   # pacing: tested with a fake clock


def test_one_line_per_row_and_exit_1_for_conflicts_and_errors(env, sandbox, capsys):
    before = len(sandbox.events)
    assert diff(sandbox) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 40
    assert lines[0] == "row 2: unchanged"
    assert lines[1] == "row 3: update: start_time Mon 7 Dec 2026 09:00 → Mon 7 Dec 2026 09:30"
    assert lines[2] == "row 4: new: not found in Apptoto between Sun 6 Dec 2026 and Sat 12 Dec 2026"
    assert lines[3].startswith("row 5: conflict: calendar move: the event is in Dr. Nguyen, the sheet says Dr. Patel")
    assert lines[4] == "row 6: new: not found in Apptoto between Sun 6 Dec 2026 and Sat 12 Dec 2026"
    assert "row 31: update: location Suite 220, 12 Main St → Suite 230, 12 Main St" in lines
    assert ("Compared: 34 new, 3 will change, 2 unchanged, 1 conflict; 5 rows with errors (2 requests to Apptoto). "
            "Nothing was sent.") in err
    assert len(sandbox.events) == before and {m for m, _ in sandbox.requests} == {"GET"}
    assert len(sandbox.requests) == 1 + 2            # the connection check, then the listing: page 1, page 2


def test_json_lists_row_kind_and_changes(env, sandbox, capsys):
    assert diff(sandbox, "--json", "--rows", "2-5") == 1
    rows = json.loads(capsys.readouterr().out)
    assert [(r["row"], r["kind"]) for r in rows] == [(2, "unchanged"), (3, "update"), (4, "new"), (5, "conflict")]
    assert rows[1]["changes"] == {"start_time": ["2026-12-07T09:00:00-05:00", "2026-12-07T09:30:00-05:00"]}
    assert "reasons" not in rows[0] and rows[3]["changes"] == {} and "Dr. Patel" in rows[3]["reasons"][0]


def test_exit_0_when_nothing_is_wrong(env, sandbox, capsys):
    assert diff(sandbox, "--rows", "2-4") == 0
    assert capsys.readouterr().out.splitlines()[0] == "row 2: unchanged"


def test_an_unknown_external_id_without_times_is_an_error(env, sandbox, tmp_path, capsys):
    csv = tmp_path / "s.csv"
    csv.write_text("external_id,calendar,title\nPM-1001,Dr. Patel,Cleaning\nPM-9999,Dr. Patel,Lost\n",
                   encoding="utf-8")
    assert diff(sandbox, file=csv) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == ["row 2: unchanged", "row 3: new: Apptoto has no event with external ID PM-9999"]
    assert "row 3" in err and "error: Start is empty: a new appointment needs it" in err


def test_wrong_key_exits_2_with_one_line(env, sandbox, monkeypatch, capsys):
    monkeypatch.setenv("APPTOTO_API_KEY", "wrong")
    assert diff(sandbox) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1 and "Nothing was compared" in err


def test_unreadable_file_exits_2(env, sandbox, tmp_path, capsys):
    assert diff(sandbox, file=tmp_path / "missing.xlsx") == 2
    assert sandbox.requests == []
