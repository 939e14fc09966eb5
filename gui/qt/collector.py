"""Python's cyclic garbage collection on the GUI thread only (the pattern of calibre and pyqtgraph).

Left automatic, the collector runs on whichever thread happens to allocate when a threshold is crossed — often a
worker in the middle of a send. If the garbage it finds holds a Qt object (a closed dialog, a menu, a model in a
reference cycle), that object is destroyed on the worker while the GUI thread may be using Qt: the window dies
with a segmentation fault (seen one run in about eight of a send test). So the automatic collector is switched
off and a timer on the GUI thread collects each generation when its count passes the usual threshold.
Reference counting still frees almost everything at once; only cycles wait for the timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class Collector(QObject):
    """Collects on the GUI thread, as often as the automatic collector would, checked every INTERVAL_MS."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def _on_timer_timeout(self) -> None:
        self.collect_due()

    def collect_due(self) -> None:
        """Collect the generations whose counts passed their thresholds, as the automatic collector would."""
        counts = gc.get_count()
        generation = -1
        for level in range(3):
            if counts[level] <= self._threshold[level]:
                break
            generation = level
        if generation >= 0:
            gc.collect(generation)


_collector: Collector | None = None


def install(app: QObject) -> Collector:
    """Collect on the GUI thread from now on (once per process; `app`, the QApplication, owns the timer)."""
    global _collector
    if _collector is None:
        _collector = Collector(app)
        _collector.start()
    return _collector
