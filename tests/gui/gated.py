"""Test helpers for jobs on real threads: a thread pool whose jobs wait at a gate, and an Apptoto client that
stops mid-way; the test acts meanwhile, then lets them go. Every exception a job raised is recorded (a job
reading the live document would raise here)."""

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


class PausingClient:
    """A real Apptoto client that stops at a chosen moment until `go` is set, so the test can act while a job
    is mid-way: before its `pause_at`-th PUT (a send), or in its first listing (the check of External IDs, a
    Compare; `fail_listing`: the listing then fails with a 503, so each row would be asked about alone)."""

    def __init__(self, inner, pause_at: int | None = None, fail_listing: bool = False) -> None:
        self.inner, self.pause_at, self.fail_listing, self.puts = inner, pause_at, fail_listing, 0
        self.paused, self.go = threading.Event(), threading.Event()
        self.base_url, self.user = inner.base_url, inner.user

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.inner.close()

    def _pause(self) -> None:
        self.paused.set()
        self.go.wait(30)

    def put_events(self, events, **kwargs):
        self.puts += 1
        if self.puts == self.pause_at:
            self._pause()
        return self.inner.put_events(events, **kwargs)

    def list_page(self, *args, **kwargs):
        if self.pause_at is None and not self.paused.is_set():
            self._pause()
        if self.fail_listing:
            from gui.apptoto.errors import ServerError

            raise ServerError(503)
        return self.inner.list_page(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.inner, name)
