"""Test helpers for the Apptoto pieces: sample wire events and a client bound to a sandbox."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from gui.apptoto.client import ApptotoClient
from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER, SandboxServer

EST = timezone(timedelta(hours=-5))


def wire_event(n: int = 0, **extra: Any) -> dict[str, Any]:
    """A complete new event: day n after 2025-03-03, 09:00-09:30 at -05:00, calendar 'Dr Adams'."""
    start = datetime(2025, 3, 3, 9, 0, tzinfo=EST) + timedelta(days=n // 8, minutes=30 * (n % 8))
    event: dict[str, Any] = {
        "calendar": "Dr Adams",
        "title": f"Check-up {n}",
        "start_time": start.isoformat(),
        "end_time": (start + timedelta(minutes=30)).isoformat(),
        "participants": [{"name": f"Pat {n}", "phone": f"555{n:07d}"}],
    }
    event.update(extra)
    return event


def client_for(sandbox: SandboxServer, key: str = DEMO_KEY, timeout: tuple[float, float] = (2.0, 5.0)) -> ApptotoClient:
    return ApptotoClient(sandbox.url, DEMO_USER, key, timeout=timeout)
