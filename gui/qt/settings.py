"""The window's settings: QSettings (per user, no secrets) over the declarations in gui/core/settings.py.

`settings.BATCH_SIZE` and every other declaration can be reached through this module too (`__getattr__`), so the
window's code reads `settings.get(settings.BATCH_SIZE)` without a list of names to keep in step."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from gui.core import settings as _declared
from gui.core.settings import (
    LAST_FOLDER,
    MAX_RECENT,
    PHONE_REGION,
    RECENT_FILES,
    TIME_ZONE,
    Setting,
    reading_options,
)
from gui.core.zones import local_zone_name


def get(setting: Setting) -> Any:
    """The stored value (the default when missing or of the wrong type); bytes settings come back as QByteArray.
    A setting the window does not store (no key, e.g. the date order: each file decides) is its default."""
    if not setting.key:
        return setting.default
    value = QSettings().value(setting.key)
    if setting.type is bytes:
        return value if isinstance(value, QByteArray) else QByteArray(setting.default)
    return setting.clean(value)


def put(setting: Setting, value: Any) -> None:
    QSettings().setValue(setting.key, value)


def recent_files() -> list[str]:
    """Recently opened files that still exist, newest first."""
    return [p for p in get(RECENT_FILES) if os.path.exists(p)]


def add_recent(path: str) -> list[str]:
    path = os.path.abspath(path)
    files = [path] + [p for p in get(RECENT_FILES) if p != path]
    put(RECENT_FILES, files[:MAX_RECENT])
    put(LAST_FOLDER, os.path.dirname(path))
    return files[:MAX_RECENT]


def clear_recent() -> None:
    put(RECENT_FILES, [])


def options():
    """How cells are read, from the settings (a stored zone that is no longer known falls back to this computer's)."""
    try:
        return reading_options(get, local_zone_name)
    except ValueError:
        return reading_options(lambda s: "" if s in (TIME_ZONE, PHONE_REGION) else get(s), local_zone_name)


def send_options():
    """How to send, from the settings (batch size, rate limit, external ids)."""
    from gui.apptoto.engine import SendOptions

    return SendOptions.from_settings(get)


def __getattr__(name: str) -> Any:
    """The declarations of gui/core/settings.py, e.g. `settings.RATE_LIMIT`."""
    try:
        return getattr(_declared, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
