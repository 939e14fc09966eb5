"""Benchmark 3 driver: edit cells of a loaded grid in the main window (offscreen); print timings as JSON.

`python qt_edit.py FILE EDITS`. Each edit is proxy.setData() of an e-mail cell, alternately invalid and the
original address, timed until the row's status cell reports the new severity through its background role.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time


def main() -> None:
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from gui.qt.app import make_application

    app = make_application()
    from gui.qt.main_window import MainWindow
    from gui.qt.row_look import ERROR_BRUSH
    from gui.qt.schedule_model import FIRST_DATA, STATUS

    path, edits = sys.argv[1], int(sys.argv[2])
    window = MainWindow()
    window.show()

    def wait_for(signal, timeout_ms: int = 120_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    started = time.perf_counter()
    window.open_path(path)
    wait_for(window.loader.loaded, 300_000)
    if window.model.schedule is None:
        raise SystemExit(f"{path} did not load (a dialog may be waiting for an answer)")
    loaded = time.perf_counter() - started
    wait_for(window.preview.updated)                     # the first preview is built: the window is settled
    schedule = window.model.schedule
    proxy = window.proxy
    column = FIRST_DATA + schedule.column_of("participant_email")
    count = len(schedule.rows)
    rows = [r for r in range(count // 7, count, count // 50 or 1) if not window.model.review.severity[r]][:40]
    original = {r: schedule.rows[r].values[column - FIRST_DATA] for r in rows}
    edit_role, background = Qt.ItemDataRole.EditRole, Qt.ItemDataRole.BackgroundRole
    times, painted = [], []
    for n in range(edits):
        row = rows[(n // 2) % len(rows)]
        bad = n % 2 == 0
        text = "not-an-email" if bad else original[row]
        cell, status = proxy.index(row, column), proxy.index(row, STATUS)
        start = time.perf_counter()
        proxy.setData(cell, text, edit_role)
        shown = proxy.data(status, background)
        done = time.perf_counter()
        app.processEvents()                              # the repaint of the edited row
        painted.append(time.perf_counter() - start)
        if (shown == ERROR_BRUSH) != bad:
            raise SystemExit(f"row {row}: background {shown!r} after setting {text!r}")
        times.append(done - start)
    # How long until the preview dock (debounced, built on a worker) shows the state after one more edit.
    row = rows[0]
    start = time.perf_counter()
    proxy.setData(proxy.index(row, column), "not-an-email", edit_role)
    wait_for(window.preview.updated)
    preview = time.perf_counter() - start
    ms = sorted(t * 1000 for t in times)
    print(json.dumps({"edits": len(ms), "rows": count, "median_ms": round(statistics.median(ms), 4),
                      "p90_ms": round(ms[int(len(ms) * 0.9)], 4), "max_ms": round(ms[-1], 3),
                      "with_repaint_median_ms": round(statistics.median(painted) * 1000, 4),
                      "load_s": round(loaded, 2), "preview_s": round(preview, 3)}), flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
