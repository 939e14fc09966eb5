"""Calendar names as the app compares them, and which calendars a send may create (the user allows them)."""

from __future__ import annotations

from typing import Any

Allowed = frozenset[str] | bool            # which calendars a send may create: none (False), any (True), these names


def fold(name: Any) -> str:
    """A calendar name as compared: spaces collapsed, case ignored."""
    return " ".join(str(name or "").split()).casefold()


def may_create(name: Any, allowed: Allowed) -> bool:
    """Whether a row naming calendar `name` may create it if Apptoto does not have it."""
    if not isinstance(name, str) or not name.strip() or allowed is False:
        return False
    if allowed is True:
        return True
    return fold(name) in {fold(a) for a in allowed}
