"""`apptoto-sheets preview` / `validate` as a script would run them: stdout, stderr and exit codes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from gui.resources import SAMPLE, resource_path

SAMPLE_PATH = str(resource_path(SAMPLE))
REPLACES = ('sample-schedule.xlsx, sheet "Schedule", row {}: warning: this update replaces all participants of the '
            "event (people not listed in the row are removed)",
            'sample-schedule.xlsx, sheet "Schedule", row {}: warning: this update replaces all custom data of the '
            "event (keys not in the row are removed)")
SAMPLE_PROBLEMS = [
    'sample-schedule.xlsx, sheet "Schedule": warning: 23 rows have only an External ID and participants or custom '
    "data: if Apptoto already has those events, sending replaces all their participants and custom data.",
    *(line.format(7) for line in REPLACES),
    'sample-schedule.xlsx, sheet "Schedule", row 10, column G "End Time": error: ends before it starts '
    "(09:45 is before 10:00)",
    'sample-schedule.xlsx, sheet "Schedule", row 17, column L "Email": error: Participant e-mail '
    "“victor.petrov@@example.com” is not a valid e-mail address: The part after the @-sign contains invalid "
    "characters: '@'.",
    *(line.format(19) for line in REPLACES),
    'sample-schedule.xlsx, sheet "Schedule", row 24, column F "Start Time": error: Start is empty: a new '
    "appointment needs it",
    'sample-schedule.xlsx, sheet "Schedule", row 33, column B "External ID": error: External ID PM-1032 is also '
    "used on row 35",
    'sample-schedule.xlsx, sheet "Schedule", row 35, column B "External ID": error: External ID PM-1032 is also '
    "used on row 33",
]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gui", *args], capture_output=True, text=True, timeout=60)


def test_preview_sample_prints_good_rows_and_names_each_problem():
    result = run("preview", SAMPLE_PATH, "--time-zone", "America/New_York")
    assert result.returncode == 1
    assert result.stderr.splitlines() == SAMPLE_PROBLEMS
    body = json.loads(result.stdout)
    assert len(body["events"]) == 35
    assert body["events"][0] == {
        "external_id": "PM-1001", "calendar": "Dr. Patel", "title": "Cleaning",
        "start_time": "2026-12-07T08:00:00-05:00", "end_time": "2026-12-07T09:00:00-05:00",
        "time_zone": "America/New_York", "location": "Suite 100, 12 Main St",
        "content": "Please bring your insurance card.",
        "custom_data": {"insurance": "Aetna", "visit_reason": "cleaning visit"},
        "participants": [{"name": "Maria Gomez", "email": "maria.gomez@example.com", "phone": "(555) 201-3344"}]}


def test_rows_option_limits_output_and_an_update_sends_only_its_cells():
    result = run("preview", SAMPLE_PATH, "--rows", "31")
    assert result.returncode == 0 and result.stderr == ""
    assert json.loads(result.stdout) == {"events": [
        {"id": 880129, "external_id": "PM-1030", "calendar": "Dr. Nguyen", "location": "Suite 230, 12 Main St"}]}


def test_validate_prints_problems_only():
    result = run("validate", SAMPLE_PATH)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines() == SAMPLE_PROBLEMS


def test_csv_with_synonym_headers(tmp_path: Path):
    path = tmp_path / "week.csv"
    path.write_text("Client Name,Mobile,Appointment Date,Start,End,Provider,Title\n"
                    "Ann Lee,5551234567,12/01/2026,9:30 AM,10:00 AM,Dr A,Cleaning\n", encoding="utf-8")
    result = run("preview", str(path), "--time-zone", "America/Los_Angeles")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"events": [{
        "calendar": "Dr A", "title": "Cleaning", "start_time": "2026-12-01T09:30:00-08:00",
        "end_time": "2026-12-01T10:00:00-08:00", "participants": [{"name": "Ann Lee", "phone": "5551234567"}]}]}


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really a zip", b"%PDF-1.4 hello"])
def test_unreadable_input_exits_2_with_one_line_naming_the_file(tmp_path: Path, content: bytes):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(content)
    result = run("preview", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "broken.xlsx" in lines[0] and "Traceback" not in result.stderr


def test_missing_file_and_bad_options_exit_2(tmp_path: Path):
    result = run("validate", str(tmp_path / "nope.xlsx"))
    assert result.returncode == 2 and "nope.xlsx" in result.stderr and "Traceback" not in result.stderr
    result = run("validate", SAMPLE_PATH, "--time-zone", "Nowhere/Special")
    assert result.returncode == 2 and "Nowhere/Special" in result.stderr
    result = run("validate", SAMPLE_PATH, "--rows", "x")
    assert result.returncode == 2 and "--rows" in result.stderr
