"""Dependency releases that broke the app stay excluded: a regression in a future lock bump fails here."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# Emits in a child process: the broken release does not fail an assertion, it aborts the interpreter
# (PySide6 6.12.0 drops one reference to True per Signal.emit under Python 3.11: about 570 emits kill it).
EMITS = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QObject, Signal

    class Source(QObject):
        number = Signal(int)
        flag = Signal(bool)
        thing = Signal(object)

    source, seen = Source(), [0]

    def count(_value):
        seen[0] += 1                       # keeps no reference to what was emitted

    source.number.connect(count)
    source.flag.connect(count)
    source.thing.connect(count)
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for i in range({count}):
        source.number.emit(i)
        source.flag.emit(i % 2 == 0)
        source.thing.emit(None)
    print(sys.getrefcount(True) - before_true, sys.getrefcount(None) - before_none, seen[0])
""")


def _emit(count: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", EMITS.format(count=count)], capture_output=True, text=True,
                          timeout=60, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})


def test_signal_emit_does_not_leak_references_to_true_or_none():
    done = _emit(3000)
    assert done.returncode == 0, f"the interpreter died emitting signals: {done.stderr[-500:]}"
    drift_true, drift_none, seen = (int(v) for v in done.stdout.split())
    assert seen == 9000
    assert abs(drift_true) < 50, f"sys.getrefcount(True) drifted by {drift_true} over 3,000 emits"
    assert abs(drift_none) < 50, f"sys.getrefcount(None) drifted by {drift_none} over 3,000 emits"


def test_the_pinned_pyside6_is_not_an_excluded_release():
    from importlib.metadata import version

    assert version("pyside6-essentials") != "6.12.0"
    major, minor = (int(p) for p in version("pyside6-essentials").split(".")[:2])
    assert (major, minor) >= (6, 10), "ScheduleProxy uses endFilterChange(Direction), new in 6.10"
