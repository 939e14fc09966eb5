"""Resends never duplicate (issue 13), whatever the user does in between: the same file again, sorted, edited,
copied, a partial --rows run, a crash, a secret column, a bad --results path, a terser Apptoto. Every test sends
through `apptoto-sheets submit` to a sandbox that fails requests in every way, and counts what the sandbox stores."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from gui.apptoto.journal import Journal
from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER, FaultConfig, SandboxServer
from gui.cli import main
from tests.helpers.apptoto import with_calendars

ROOT = Path(__file__).resolve().parents[2]
HEADER = "calendar,title,start_time,end_time,participant_name,participant_email,custom_data.token\n"
FAULTS = dict(rate_429=0.05, rate_502=0.05, rate_5xx=0.05, rate_drop=0.08, retry_after=0.01, seed=7)
COUNT = 30


def row(n: int, title: str | None = None) -> str:
    day, slot = 2 + n // 10, n % 10
    start, end = f"2025-03-{day:02d} {9 + slot}:00", f"2025-03-{day:02d} {9 + slot}:30"
    return (f"Dr {'AB'[n % 2]},{title or f'Visit {n}'},{start},{end},Pat {n},pat{n}@example.com,"
            f"tok-{n}-s3cret\n")


def write(path: Path, numbers, titles: dict[int, str] | None = None) -> str:
    path.write_text(HEADER + "".join(row(n, (titles or {}).get(n)) for n in numbers), encoding="utf-8")
    return str(path)


@pytest.fixture
def sandbox():
    with with_calendars(SandboxServer(faults=FaultConfig(**FAULTS))) as sb:
        yield sb


def submit(sb, file, *extra):
    code = main(["submit", str(file), "--base-url", sb.url, "--time-zone", "America/New_York",
                 "--rate-limit", "6000", "--batch-size", "5", "--max-batch", "6", *extra])
    assert sb.wait_idle()
    return code


def assert_each_once(sb, count=COUNT):
    """Every appointment stored once: one event per patient, each with its own external_id."""
    live = [e for e in sb.events if not e["is_deleted"]]
    people = Counter(p["email"] for e in live for p in e["participants"])
    assert len(live) == count and set(people.values()) == {1}, people.most_common(3)
    keys = [e.get("external_id") for e in live]
    assert None not in keys and len(set(keys)) == count


def test_the_same_file_again_after_a_finished_run(env, sandbox):
    file = write(env / "s.csv", range(COUNT))
    assert submit(sandbox, file) in (0, 1)
    assert submit(sandbox, file) in (0, 1)
    assert submit(sandbox, file) == 0
    assert_each_once(sandbox)
    assert len(sandbox.faults_seen) >= 3 and sum(sandbox.faults_seen.values()) >= 6, sandbox.faults_seen


def test_a_sorted_file_an_inserted_row_and_a_copy(env, sandbox, tmp_path):
    submit(sandbox, write(env / "s.csv", range(COUNT)))
    submit(sandbox, write(env / "sorted.csv", reversed(range(COUNT))))
    submit(sandbox, write(env / "inserted.csv", [*range(10), COUNT, *range(10, COUNT)]))
    copy = tmp_path / "elsewhere"
    copy.mkdir()
    assert submit(sandbox, write(copy / "s.csv", range(COUNT + 1))) == 0
    assert_each_once(sandbox, COUNT + 1)


def test_an_edited_title_updates_the_appointment(env, sandbox):
    file = env / "s.csv"
    submit(sandbox, write(file, range(COUNT)))
    assert submit(sandbox, write(file, range(COUNT), titles={3: "Visit 3 (moved room)"})) == 0
    assert_each_once(sandbox)
    assert "Visit 3 (moved room)" in {e["title"] for e in sandbox.events}


def test_a_partial_run_then_the_rest_then_everything(env, sandbox):
    file = write(env / "s.csv", range(COUNT))
    submit(sandbox, file, "--rows", "2-11")
    assert len(sandbox.events) == 10
    submit(sandbox, file, "--rows", "12-31")
    submit(sandbox, file)
    assert_each_once(sandbox)


def test_a_secret_custom_data_column_is_sent_and_never_changes_the_identity(env, sandbox):
    file = write(env / "s.csv", range(COUNT))
    submit(sandbox, file)
    submit(sandbox, file)
    assert_each_once(sandbox)
    assert {e["custom_data"]["token"] for e in sandbox.events} == {f"tok-{n}-s3cret" for n in range(COUNT)}
    journal = "".join(p.read_text() for p in (env / "data" / "journal").glob("*.jsonl"))
    assert "tok-3-s3cret" not in journal and "[redacted]" in journal


def test_a_bad_results_path_is_refused_before_anything_is_sent(env, sandbox, capsys):
    file = write(env / "s.csv", range(COUNT))
    for bad in (env / "missing" / "out.xlsx", env / "out.csv", env / "s.csv"):
        assert submit(sandbox, file, "--results", str(bad)) == 2
        assert "--results" in capsys.readouterr().err
    assert sandbox.requests == []
    assert submit(sandbox, file, "--results", str(env / "out.xlsx")) in (0, 1)
    submit(sandbox, file)
    assert_each_once(sandbox)


def test_a_terser_apptoto_without_external_ids_or_calendar_names_in_answers(env, sandbox):
    sandbox.store.echo_external_id = False
    sandbox.store.calendar_names = False
    file = write(env / "s.csv", range(COUNT))
    submit(sandbox, file)
    submit(sandbox, write(env / "sorted.csv", reversed(range(COUNT))))
    submit(sandbox, write(env / "edited.csv", range(COUNT), titles={4: "Visit 4 (edited)"}))
    sandbox.store.echo_external_id = True
    assert_each_once(sandbox)


def child_env(env: Path, data: str) -> dict[str, str]:
    return {**os.environ, "APPTOTO_SHEETS_DATA_DIR": str(env / data), "APPTOTO_USER": DEMO_USER,
            "APPTOTO_API_KEY": DEMO_KEY, "PYTHONPATH": str(ROOT)}


def spawn(sb, file, env: Path, data: str, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "gui", "submit", file, "--base-url", sb.url, "--time-zone",
                             "America/New_York", *extra], env=child_env(env, data), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def puts(sb) -> int:
    return sum(1 for method, _ in sb.requests if method == "PUT")


def test_a_send_killed_just_after_it_started_then_sent_again(env, sandbox):
    file = write(env / "s.csv", range(COUNT))
    child = spawn(sandbox, file, env, "data", "--rate-limit", "120", "--batch-size", "4", "--max-batch", "4")
    deadline = time.monotonic() + 30
    while puts(sandbox) < 2 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    assert sandbox.wait_idle() and 0 < len(sandbox.events) < COUNT
    assert submit(sandbox, file) == 0
    assert_each_once(sandbox)


@pytest.mark.parametrize("folders", [("data", "data"), ("data", "other")], ids=["one data folder", "two"])
def test_two_submits_of_one_file_started_together(env, folders):
    with with_calendars(SandboxServer(faults=FaultConfig(rate_drop=0.05, rate_502=0.05, retry_after=0.01, seed=3))) as sb:
        file = write(env / "s.csv", range(COUNT))
        children = [spawn(sb, file, env, data, "--rate-limit", "150", "--batch-size", "3", "--max-batch", "5")
                    for data in folders]                  # 0.4 s a request: each send lasts a few seconds
        errors = [child.communicate(timeout=90)[1] for child in children]
        assert [child.returncode for child in children] == [0, 0], errors
        assert sb.wait_idle()
        assert_each_once(sb)
        if folders[0] == folders[1]:                       # one computer: the second waited for the first
            assert any("Waiting for another send" in text for text in errors), errors


def test_ctrl_c_stops_after_the_request_in_flight_and_leaves_a_clean_state(env, sandbox):
    file = write(env / "s.csv", range(COUNT))
    child = spawn(sandbox, file, env, "data", "--rate-limit", "120", "--batch-size", "4", "--max-batch", "4",
                  "--results", str(env / "out.xlsx"))
    deadline = time.monotonic() + 30
    while puts(sandbox) < 2 and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.01)
    child.send_signal(signal.SIGINT)
    err = child.communicate(timeout=30)[1]
    assert child.returncode == 1, err
    assert "Stopping after the request being sent" in err and "skipped" in err and "Cancelled." in err
    assert (env / "out.xlsx").exists()                             # the results of what was done are written
    [run] = Journal(env / "data" / "journal").runs()
    assert run.status == "cancelled" and run.counts["skipped"] > 0
    assert submit(sandbox, file) == 0
    assert_each_once(sandbox)
