"""`apptoto-sheets --self-test` from source: every step passes and prints one line, exit code 0."""

import os
import subprocess
import sys

import pytest

STEPS = ["resources", "load sample", "validate", "build JSON", "start sandbox", "send", "check sandbox",
         "send again", "results workbook", "window", "TLS", "keyring"]


def run_self_test(*extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([sys.executable, "-m", "gui", "--self-test", *extra], capture_output=True, text=True,
                          timeout=180, env=environ)


@pytest.fixture(scope="module")
def result() -> subprocess.CompletedProcess:
    return run_self_test()


def test_self_test_passes_with_one_line_per_step(result):
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[0].startswith("apptoto-sheets ") and "self-test (from source" in lines[0]
    assert [line[5:].split(":")[0] for line in lines[1:-1]] == STEPS
    assert all(line.startswith("ok   ") for line in lines[1:-1]), result.stdout
    assert lines[-1] == "self-test: all checks passed"
    assert result.stderr == ""


def test_self_test_reports_what_it_checked(result):
    lines = dict(line[5:].split(": ", 1) for line in result.stdout.splitlines()[1:-1])
    assert lines["load sample"] == "40 rows"
    assert lines["validate"] == "5 problem lines (rows 10, 17, 24, 33, 35), as expected"
    assert lines["build JSON"].startswith("35 events, ")
    assert lines["send"].startswith("35 rows sent: 29 created, 6 updated, ids filled")
    assert lines["check sandbox"].startswith("35 events (6 seeded + 29 created)")
    assert lines["send again"] == "35 updated, still 35 events"
    assert lines["window"].startswith("40 rows in the grid, preview ready, rendered ")


def test_a_missing_resource_fails_the_self_test(tmp_path):
    """A bundle without its sample must fail loudly: exit 1 and FAIL lines, the later steps not run."""
    code = ("import sys, gui.resources as r; from pathlib import Path; "
            f"r.resources_dir = lambda: Path({str(tmp_path)!r}); "
            "r.resource_path = lambda name: r.resources_dir() / name; "
            "from gui.cli import selftest; sys.exit(selftest.run())")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    lines = result.stdout.splitlines()
    assert result.returncode == 1
    assert lines[1].startswith("FAIL resources: missing in ")
    assert lines[2].startswith("FAIL load sample: ")
    assert "FAIL send: not run (an earlier step failed)" in lines
    assert lines[-1].startswith("self-test: ") and "FAILED" in lines[-1]
