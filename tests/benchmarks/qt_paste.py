"""Benchmark 7 driver: paste 10,000 cells from Excel into a loaded grid (offscreen); print timings as JSON.

`python qt_paste.py FILE REPEATS`. Each paste is the Paste action on a 1,000 x 10 tab-separated block at a
different place in the grid, timed from the action until the edits are applied, revalidated and recorded
as one undo step (the repaint that follows is reported apart).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time


def main() -> None:
    from PySide6.QtCore import QEventLoop, QItemSelection, QItemSelectionModel, QTimer
    from PySide6.QtGui import QGuiApplication

    from gui.qt.app import make_application

    app = make_application()
    from gui.qt.main_window import MainWindow
    from gui.qt.schedule_model import FIRST_DATA

    path, repeats = sys.argv[1], int(sys.argv[2])
    window = MainWindow()
    window.show()

    def wait_for(signal, timeout_ms: int = 300_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    window.open_path(path)
    wait_for(window.loader.loaded)
    if window.model.schedule is None:
        raise SystemExit(f"{path} did not load (a dialog may be waiting for an answer)")
    wait_for(window.preview.updated)
    schedule = window.model.schedule
    count, flags = len(schedule.rows), QItemSelectionModel.SelectionFlag
    times, painted = [], []
    for n in range(repeats):
        top = (n * 7919) % (count - 1000)
        block = "".join("\t".join(f"r{r}c{c}-{n}" for c in range(10)) + "\r\n" for r in range(1000))
        QGuiApplication.clipboard().setText(block)
        first = window.proxy.index(top, FIRST_DATA + 2)
        window.view.setFocus()
        window.view.selectionModel().setCurrentIndex(first, flags.NoUpdate)
        window.view.selectionModel().select(QItemSelection(first, first), flags.ClearAndSelect)
        steps = window.editing.stack.count()
        start = time.perf_counter()
        window.actions.paste.trigger()
        done = time.perf_counter()
        app.processEvents()
        painted.append(time.perf_counter() - start)
        if window.editing.stack.count() != steps + 1:
            raise SystemExit("the paste was not one undo step")
        if schedule.rows[top + 999].values[2 + 9] != f"r999c9-{n}":
            raise SystemExit("the paste did not land where it was aimed")
        times.append(done - start)
    print(json.dumps({"pastes": len(times), "rows": count, "median_s": round(statistics.median(times), 4),
                      "max_s": round(max(times), 4),
                      "with_repaint_median_s": round(statistics.median(painted), 4)}), flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
