"""Test helpers for the Apptoto pieces: sample wire events and a client bound to a sandbox."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from gui.apptoto.client import ApptotoClient
from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER, SandboxServer

EST = timezone(timedelta(hours=-5))
# The calendars the tests' account has (a real account has its calendars; a send creates none unless allowed).
ACCOUNT_CALENDARS = ("Dr Adams", "Dr Baker", "A", "Dr A", "Dr B", "X", "Main", "Front desk", "Dr. Patel", "Dr. Nguyen",
                     "Hygiene")


def with_calendars(sandbox: SandboxServer, names: tuple[str, ...] = ACCOUNT_CALENDARS) -> SandboxServer:
    """The sandbox's account with these calendars (before any event names them)."""
    for name in names:
        sandbox.store.add_calendar(name)
    return sandbox


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


class ScriptedClient:
    """Wraps a real client; each put_events call follows the next step of a script, then the real call.

    Steps: None (normal), an exception to raise before sending, "drop"/"timeout" (send for real, then
    raise the ambiguous NetworkError), "reverse" (answer in reverse order), "short" (answer missing the last)."""

    def __init__(self, inner: ApptotoClient, script: list[Any]) -> None:
        self.inner, self.script = inner, list(script)
        self.sizes: list[int] = []

    def put_events(self, events: list[dict], **kwargs: Any) -> list[dict]:
        from gui.apptoto.errors import NetworkError

        self.sizes.append(len(events))
        step = self.script.pop(0) if self.script else None
        if isinstance(step, Exception):
            raise step
        answer = self.inner.put_events(events, **kwargs)
        if step in ("drop", "timeout"):
            raise NetworkError("connection" if step == "drop" else "timeout", maybe_applied=True)
        if step == "reverse":
            return answer[::-1]
        if step == "short":
            return answer[:-1]
        return answer

    def __getattr__(self, name: str) -> Any:          # get_event, list_page, base_url, user: the real client's
        return getattr(self.inner, name)
