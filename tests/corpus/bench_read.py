"""Time whole processes: a bare python-calamine read vs read_table, on 100,000 rows x 19 columns.

`uv run python tests/corpus/bench_read.py [FILE]` (the file is generated in the temp folder if absent).
Not a test: run it by hand; the benchmarks issue records the numbers.
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADERS = ["external_id", "calendar", "title", "start_time", "end_time", "duration_minutes", "time_zone",
           "all_day", "show_as", "location", "content", "participant_name", "participant_email",
           "participant_phone", "participant2_name", "participant2_email", "custom_data.room",
           "custom_data.ref", "date"]

BARE = ("import sys, python_calamine as c; "
        "c.CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()")
OURS = "import sys; from gui.sheets.reader import read_table; read_table(sys.argv[1])"


def make(path: Path, rows: int = 100_000) -> None:
    import openpyxl
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Schedule")
    ws.append(HEADERS)
    base = dt.datetime(2025, 3, 1, 8, 0)
    for i in range(rows):
        start = base + dt.timedelta(minutes=15 * i)
        ws.append([f"EXT-{i:06d}", f"Dr {i % 7}", "Checkup", start, start + dt.timedelta(minutes=30), 30,
                   "America/New_York", "no", "Busy", f"Room {i % 12}", "Bring card", f"Client {i}",
                   f"c{i}@example.com", 5551000000 + i, "", "", f"R{i % 5}", 1000 + i, start.date()])
    wb.save(path)


def clock(code: str, path: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, str(path)], check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.gettempdir()) / "bench_100k_19.xlsx"
    if not path.exists():
        print(f"writing {path} ...", flush=True)
        make(path)
    bare, ours = clock(BARE, path, 3), clock(OURS, path, 3)
    print(f"bare calamine: {bare:.2f} s   read_table: {ours:.2f} s   ratio {ours / bare:.2f}x")


if __name__ == "__main__":
    main()
