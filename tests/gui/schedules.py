"""Schedules the GUI tests build for themselves (never the shipped sample's exact contents): CSV files of
appointments, and a sandbox seeded with the events some of their rows update."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

HEADERS = ["External ID", "Title", "Start", "End", "Calendar", "Client Name", "Mobile", "Location"]
FIRST = dt.datetime(2026, 12, 7, 8, 0)


def appointment(n: int, external_id: str = "", calendar: str = "Dr Adams") -> list[str]:
    """Row n: a 20-minute visit, every 30 minutes over working hours, with a client to remind."""
    start = FIRST + dt.timedelta(days=n // 16, minutes=30 * (n % 16))
    end = start + dt.timedelta(minutes=20)
    return [external_id, f"Visit {n}", start.strftime("%Y-%m-%d %H:%M"), end.strftime("%Y-%m-%d %H:%M"), calendar,
            f"Client {n}", f"555{n:07d}", f"Room {n % 7}"]


def write_schedule(path: Path, count: int, keyed: int = 0, prefix: str = "T") -> str:
    """A CSV of `count` appointments; the first `keyed` carry an External ID (`prefix`-n), the rest are new."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(HEADERS)
        for n in range(count):
            writer.writerow(appointment(n, f"{prefix}-{n}" if n < keyed else ""))
    return str(path)


def seed_rows(sandbox, schedule, indices) -> list[dict]:
    """Store in the sandbox, as they are now, the events rows `indices` would send (so Compare finds them
    unchanged); returns what the sandbox stored."""
    events = [schedule.rows[i].event for i in indices]
    return sandbox.store.seed([dict(e) for e in events])
