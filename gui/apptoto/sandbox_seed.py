"""The demo account for `--sandbox`: the events the bundled sample schedule expects to exist already."""

from __future__ import annotations

import json

from gui.apptoto.sandbox import SandboxServer
from gui.resources import SANDBOX_SEED, resource_path


def seed_demo(server: SandboxServer) -> int:
    """Load resources/sandbox-seed.json into the sandbox; returns how many events it now holds from it."""
    return seed_events(server, json.loads(resource_path(SANDBOX_SEED).read_text(encoding="utf-8")))


def seed_events(server: SandboxServer, events: list[dict]) -> int:
    """Load events that already exist into the sandbox (an event with "_messaged" has had its reminders sent);
    returns how many."""
    events = [dict(event) for event in events]
    messaged = [bool(event.pop("_messaged", False)) for event in events]
    created = server.store.seed(events)
    for event, was_messaged in zip(created, messaged, strict=True):
        if was_messaged:
            server.mark_messaged(event["id"])
    return len(created)
