"""Measuring helpers: whole child processes (wall time and peak memory), medians, the machine's description."""

from __future__ import annotations

import atexit
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float
    peak_mb: float         # the child's peak resident set size (ru_maxrss)
    stdout: str


def child_env(**extra: str) -> dict[str, str]:
    """The environment for child processes: this checkout importable, Qt offscreen, window settings in the
    cache, and a fresh empty data folder (sessions, journals) each time, so no child finds a session left by
    another (which would make the window ask whether to restore it)."""
    env = dict(os.environ)
    # As installed: pip and uv compile the modules at install and the bundle ships them compiled. A machine that
    # sets PYTHONDONTWRITEBYTECODE (this sandbox does) would have every child compile every module it imports
    # again (about 0.1 s of a command-line run); the warm-up run of each benchmark writes the .pyc files instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    config = ROOT / "tests" / "benchmarks" / ".cache" / "config"     # QSettings of the window, not the user's
    config.mkdir(parents=True, exist_ok=True)
    env["XDG_CONFIG_HOME"] = str(config)
    env["APPTOTO_SHEETS_DATA_DIR"] = tempfile.mkdtemp(prefix="data-", dir=_scratch())
    env.update(extra)
    return env


_SCRATCH: list[str] = []


def _scratch() -> str:
    """A temporary folder for this run, removed when the runner exits."""
    if not _SCRATCH:
        _SCRATCH.append(tempfile.mkdtemp(prefix="apptoto-bench-"))
        atexit.register(shutil.rmtree, _SCRATCH[0], True)
    return _SCRATCH[0]


def run_process(argv: Sequence[str], ok: Sequence[int] = (0,), env: dict[str, str] | None = None) -> Run:
    """Run a child to its end: wall seconds from spawn to exit, and its own peak RSS (wait4's rusage)."""
    start = time.perf_counter()
    child = subprocess.Popen(list(argv), stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                             env=env or child_env())
    # Read the pipes in full first (a child blocked on a full pipe would never exit), then reap it with wait4.
    out, err = _drain(child)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in ok:
        raise RuntimeError(f"{' '.join(argv[:4])} ... exited {child.returncode}:\n{err[-2000:]}")
    return Run(seconds, usage.ru_maxrss / 1024, out)


def _drain(child: subprocess.Popen) -> tuple[str, str]:
    import threading

    chunks: dict[str, bytes] = {}

    def read(name: str, stream) -> None:
        chunks[name] = stream.read()
        stream.close()

    threads = [threading.Thread(target=read, args=(n, s)) for n, s in (("out", child.stdout), ("err", child.stderr))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return (chunks["out"].decode("utf-8", "replace"), chunks["err"].decode("utf-8", "replace"))


def python(code_or_script: str, *args: str) -> list[str]:
    """argv for `python -c CODE args` or `python SCRIPT args` (a path ending in .py)."""
    if code_or_script.endswith(".py"):
        return [PYTHON, code_or_script, *args]
    return [PYTHON, "-c", code_or_script, *args]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def child_json(run: Run) -> dict:
    """The last line of a driver's stdout, as JSON."""
    return json.loads(run.stdout.strip().splitlines()[-1])


def machine() -> dict[str, str]:
    """nproc, the CPU model, Python, the OS, and the load when asked."""
    model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"nproc": str(os.cpu_count()), "cpu": model, "python": platform.python_version(),
            "os": f"{platform.system()} {platform.release()}"}


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


@dataclass(slots=True)
class Result:
    name: str
    value: float
    unit: str
    baseline: float | None
    ratio: float | None
    target: str                 # e.g. "ratio <= 2", "value <= 0.3"
    met: bool
    note: str = ""
    extra: dict = field(default_factory=dict)

    def line(self) -> str:
        base = f"baseline {self.baseline:9.3f}" if self.baseline is not None else " " * 18
        ratio = f"ratio {self.ratio:6.2f}" if self.ratio is not None else " " * 12
        return (f"{self.name:<30} {self.value:10.3f} {self.unit:<6} {base}  {ratio}  "
                f"target {self.target:<16} {'met' if self.met else 'MISSED'}")


@dataclass(slots=True)
class Plan:
    quick: bool
    rows: int                   # rows of the big file (100,000; 20,000 in quick mode)
    repeats: int                # runs of each timed process
    slow_repeats: int           # runs of the slow informational baselines (openpyxl, pandas)
    edits: int
    send_events: int
