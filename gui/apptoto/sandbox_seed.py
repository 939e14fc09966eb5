"""The demo account for `--sandbox`: the events the bundled sample schedule expects to exist already."""

from __future__ import annotations

import json

from gui.apptoto.sandbox import SandboxServer
from gui.resources import SANDBOX_SEED, resource_path


def seed_demo(server: SandboxServer) -> int:
    """Load resources/sandbox-seed.json into the sandbox; returns how many events it now holds from it."""
    events = json.loads(resource_path(SANDBOX_SEED).read_text(encoding="utf-8"))
    messaged = [bool(event.pop("_messaged", False)) for event in events]
    created = server.store.seed(events)
    for event, was_messaged in zip(created, messaged, strict=True):
        if was_messaged:
            server.mark_messaged(event["id"])
    return len(created)
