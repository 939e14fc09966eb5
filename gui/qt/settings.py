"""The window's settings: QSettings (per user, no secrets) over the declarations in gui/core/settings.py."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from gui.core.settings import (  # noqa: F401 - the declarations the window uses, by their names
    ACCOUNT_USER,
    ADD_AUTO,
    ALL,
    BATCH_SIZE,
    CUSTOM_URL,
    DATE_ORDER,
    DEFAULT_CALENDAR,
    EXTERNAL_IDS,
    GEOMETRY,
    JOURNAL_DAYS,
    LAST_FOLDER,
    MAX_BATCH,
    MAX_RECENT,
    PHONE_REGION,
    RATE_LIMIT,
    RECENT_FILES,
    SERVER,
    TIME_ZONE,
    WINDOW_STATE,
    Setting,
    reading_options,
)
from gui.core.zones import local_zone_name


def get(setting: Setting) -> Any:
    """The stored value (the default when missing or of the wrong type); bytes settings come back as QByteArray."""
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
