"""Cyclic garbage is collected on the GUI thread only (gui/qt/collector.py): a Qt object left in a reference cycle
is never destroyed by a worker thread that happens to allocate (that crashed the window during sends)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from gui.qt import collector


class Cyclic(QObject):
    """A Qt object in a reference cycle, that records which thread destroyed it."""

    destroyed_on: list[str] = []

    def __init__(self) -> None:
        super().__init__()
        self.me = self

    def __del__(self) -> None:
        Cyclic.destroyed_on.append(threading.current_thread().name)


KEPT: list = []


def allocate_on_a_worker() -> None:
    def work() -> None:
        KEPT.append([[] for _ in range(20_000)])    # many container objects kept: past the first threshold

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()


def test_the_automatic_collector_is_off_and_the_gui_thread_collects(qapp, qtbot):
    assert collector._collector is not None and not gc.isenabled()
    Cyclic.destroyed_on.clear()
    Cyclic()                                          # garbage now, freed only by a collection
    allocate_on_a_worker()
    assert Cyclic.destroyed_on == []                  # the worker did not collect it
    qtbot.waitUntil(lambda: Cyclic.destroyed_on == [threading.current_thread().name], timeout=5000)
    KEPT.clear()


def test_without_it_a_worker_would_destroy_the_qt_object(qapp):
    """The hazard the collector removes, shown: with the automatic collector on, the worker frees the object."""
    gc.collect()
    Cyclic.destroyed_on.clear()
    gc.enable()
    try:
        Cyclic()
        allocate_on_a_worker()
        assert Cyclic.destroyed_on == ["worker"]
    finally:
        gc.disable()
        KEPT.clear()
