"""Files only their owner can read (0600 in 0700 folders, where the system has such permissions) and OS file locks
that the system releases when the process dies (fcntl on Unix, msvcrt on Windows)."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def private_dir(path: Path) -> Path:
    """Make `path` (and its parents) with owner-only access; tighten it when it exists."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)
    return path


def open_private(path: Path, mode: str = "a") -> IO[str]:
    """Open a text file (`a` append, `w` truncate) readable and writable by its owner only, created if missing."""
    flags = {"a": os.O_WRONLY | os.O_CREAT | os.O_APPEND, "w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC}[mode]
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o600)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    return os.fdopen(fd, mode, encoding="utf-8")


@contextlib.contextmanager
def locked(path: Path, poll: float = 0.02) -> Iterator[None]:
    """Hold the lock file `path` for a short block, waiting for other processes that hold it."""
    with open_private(path, "a") as fh:
        while not try_lock(fh.fileno()):
            time.sleep(poll)
        try:
            yield
        finally:
            unlock(fh.fileno())


if sys.platform == "win32":
    import msvcrt

    def try_lock(fd: int) -> bool:
        """Take the lock on an open file without waiting; False when another holds it."""
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def try_lock(fd: int) -> bool:
        """Take the lock on an open file without waiting; False when another holds it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
