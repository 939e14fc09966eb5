"""A real thread pool whose jobs for a chosen owner wait at a gate: the test acts while the job is held, then
lets it run. Every exception a job raised is recorded (a job reading the live document would raise here)."""

from __future__ import annotations

import threading

from gui.qt import tasks


class GatedRunner(tasks.ThreadRunner):
    """ThreadRunner; jobs of `held` owners wait until `release()`; `errors` collects what any job raised."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.held: set[int] = set()
        self.waiting = 0
        self.errors: list[BaseException] = []
        self._lock = threading.Lock()

    def hold(self, owner) -> None:
        """Jobs asked for by `owner` (a QObject) wait from now on until release()."""
        self.gate.clear()
        self.held.add(id(owner))

    def release(self) -> None:
        self.held.clear()
        self.gate.set()

    def __call__(self, work, on_done, on_error=None, owner=None) -> None:
        hold = id(owner) in self.held if owner is not None else False
        if hold:
            with self._lock:
                self.waiting += 1

        def gated():
            if hold:
                self.gate.wait(30)
            try:
                return work()
            except BaseException as exc:
                self.errors.append(exc)
                raise

        super().__call__(gated, on_done, on_error, owner)
