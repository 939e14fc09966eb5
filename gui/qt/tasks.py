"""One helper runs every background job (Picard's run_task): a QRunnable whose outcome is posted back to the GUI thread."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
LEAST_THREADS = 6       # jobs mostly wait (for Apptoto, the browser, the disk): never as few as the cores


class _Relay(QObject):
    """Lives in the GUI thread; queued signals carry a job's outcome back to it.

    Owned by the application, not by its Python wrapper: the job on the worker holds the wrapper too, and if the
    worker let go of it last, a wrapper that owned the relay would destroy it on the worker thread while the GUI
    thread may still be delivering its signals (a crash that comes one run in many). The relay is deleted on
    the GUI thread (deleteLater) once it has reported."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Done, on_error: Failed | None, owner: QObject | None) -> None:
        super().__init__(QCoreApplication.instance())
        self._on_done, self._on_error, self._owner = on_done, on_error, owner
        self.finished.connect(self._on_self_finished)
        self.failed.connect(self._on_self_failed)

    @Slot(object)
    def _on_self_finished(self, result: object) -> None:
        self._reported()
        if self._owner_alive():
            self._on_done(result)

    @Slot(object)
    def _on_self_failed(self, error: object) -> None:
        self._reported()
        if not self._owner_alive():
            return
        if self._on_error is None:                  # nobody handles it: the crash log and report (gui/core/crashlog)
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            self._on_error(error)

    def _reported(self) -> None:
        _LIVE.discard(self)
        self.deleteLater()

    def _owner_alive(self) -> bool:
        """False once the widget or controller that asked for the job is deleted (its answer has no one to
        go to: a window closed while a job ran)."""
        return self._owner is None or shiboken6.isValid(self._owner)


_LIVE: set[_Relay] = set()     # relays waiting for their job (kept alive until it reports)


class _Job(QRunnable):
    """Runs `work` on a pool thread; never touches a widget."""

    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work, self._relay = work, relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - every failure is reported to the GUI thread
            self._report(self._relay.failed, exc)
        else:
            self._report(self._relay.finished, result)

    @staticmethod
    def _report(signal, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:          # the application is shutting down: its relay is gone, nobody waits
            pass


_pool: QThreadPool | None = None


def job_pool() -> QThreadPool:
    """The window's one pool for jobs, sized for jobs that wait rather than compute: a sign-in waiting in the
    browser, a long send and a preview being built run side by side even on a two-core computer (Qt's global
    pool has as many threads as cores, so two waiting jobs would hold back every other)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(max(LEAST_THREADS, QThread.idealThreadCount()))
    return _pool


class ThreadRunner:
    """Runs jobs on a QThreadPool (the window's job pool unless given)."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or job_pool()

    def __call__(self, work: Callable[[], Any], on_done: Done, on_error: Failed | None = None,
                 owner: QObject | None = None) -> None:
        relay = _Relay(on_done, on_error, owner)
        _LIVE.add(relay)
        self.pool.start(_Job(work, relay))

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for every running job (tests, shutdown)."""
        return self.pool.waitForDone(msecs)


class SyncRunner:
    """Runs jobs at once on the calling thread (tests: deterministic, no waiting)."""

    def __call__(self, work: Callable[[], Any], on_done: Done, on_error: Failed | None = None,
                 owner: QObject | None = None) -> None:
        try:
            result = work()
        except Exception as exc:  # noqa: BLE001 - same contract as ThreadRunner
            if on_error is None:
                raise
            on_error(exc)
            return
        on_done(result)

    def wait(self, msecs: int = 0) -> bool:
        return True


_runner: ThreadRunner | SyncRunner | None = None


def runner() -> ThreadRunner | SyncRunner:
    """The runner in use (a ThreadRunner unless a test set another)."""
    global _runner
    if _runner is None:
        _runner = ThreadRunner()
    return _runner


def set_runner(new: ThreadRunner | SyncRunner | None) -> None:
    """Swap the runner (tests use SyncRunner); None restores the thread pool."""
    global _runner
    _runner = new


def run_task(work: Callable[[], Any], on_done: Done, on_error: Failed | None = None,
             owner: QObject | None = None) -> None:
    """Run `work()` off the GUI thread; `on_done(result)` or `on_error(exception)` then runs on the GUI thread,
    unless `owner` (default: the QObject whose method `on_done` is) has been deleted by then."""
    if owner is None and isinstance(getattr(on_done, "__self__", None), QObject):
        owner = on_done.__self__
    runner()(work, on_done, on_error, owner)
