"""Run the real `python -m gui validate` on a file in a child process with its memory capped and a time limit,
so a native abort, a runaway allocation or a hang fails a test (or a fuzz run) instead of the machine."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

MEMORY_CAP = 2 * 1024**3            # bytes of address space for the child
TIMEOUT = 60.0                      # seconds
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class Run:
    """What one capped run did. `code` is None when it was killed for taking too long."""

    code: int | None
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float

    @property
    def lines(self) -> list[str]:
        return self.stderr.splitlines()

    @property
    def crashed(self) -> bool:
        """A native abort or signal, a Python traceback, or a hang."""
        return self.code is None or self.code < 0 or "Traceback (most recent call last)" in self.stderr


def _cap_memory() -> None:                                # runs in the child, before it starts Python
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def validate(path: Path | str, *options: str, timeout: float = TIMEOUT) -> Run:
    """`python -m gui validate PATH --time-zone America/New_York OPTIONS` under the memory cap."""
    command = [sys.executable, "-m", "gui", "validate", str(path), "--time-zone", "America/New_York", *options]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    start = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                             preexec_fn=_cap_memory, env=env, cwd=ROOT)
    out, err = bytearray(), bytearray()
    readers = [threading.Thread(target=_drain, args=(stream, into), daemon=True)
               for stream, into in ((child.stdout, out), (child.stderr, err))]
    for reader in readers:
        reader.start()
    code: int | None = None
    while True:                    # os.wait4, not Popen.wait: it gives this child's own peak memory
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            code = os.waitstatus_to_exitcode(status)
            break
        if time.monotonic() - start > timeout:
            child.kill()
            _, _, usage = os.wait4(child.pid, 0)
            break
        time.sleep(0.01)
    child.returncode = -9 if code is None else code             # reaped here; Popen must not wait again
    seconds = time.monotonic() - start
    for reader in readers:
        reader.join()
    return Run(code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), seconds,
               usage.ru_maxrss / 1024)


def _drain(stream, into: bytearray) -> None:
    for chunk in iter(lambda: stream.read(65536), b""):
        into += chunk
    stream.close()
