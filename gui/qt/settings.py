"""Every window setting, declared once with its type and default, stored per user with QSettings (no secrets)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from gui.apptoto.updates import DEFAULT_FEED_URL
from gui.core.rowbuild import Options
from gui.core.zones import local_zone_name, zone

MAX_RECENT = 8


@dataclass(frozen=True, slots=True)
class Setting:
    """One stored setting: its key, Python type and default."""

    key: str
    type: type
    default: Any


RECENT_FILES = Setting("files/recent", list, [])
LAST_FOLDER = Setting("files/last_folder", str, "")
GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
TIME_ZONE = Setting("reading/time_zone", str, "")              # '' = this computer's zone
DATE_ORDER = Setting("reading/date_order", str, "MDY")
DEFAULT_CALENDAR = Setting("reading/default_calendar", str, "")
PHONE_REGION = Setting("reading/phone_region", str, "")   # country of numbers without +country ("" = any)
ACCOUNT_USER = Setting("account/user", str, "")                 # the Apptoto e-mail (the key: keyring only)
SERVER = Setting("account/server", str, "apptoto")              # apptoto | sandbox | custom
CUSTOM_URL = Setting("account/custom_url", str, "")
BATCH_SIZE = Setting("sending/batch_size", int, 15)
RATE_LIMIT = Setting("sending/rate_per_minute", int, 90)
EXTERNAL_IDS = Setting("sending/external_ids", bool, True)      # give new rows an external_id before sending
ADD_AUTO = Setting("sending/add_auto", bool, False)             # add #auto to new events' content
UPDATE_FEED_URL = Setting("updates/feed_url", str, DEFAULT_FEED_URL)   # the JSON feed Help ▸ Check for updates reads
CHECK_UPDATES_AT_START = Setting("updates/check_at_start", bool, False)  # ask the feed each time the window opens
ALL = (RECENT_FILES, LAST_FOLDER, GEOMETRY, WINDOW_STATE, TIME_ZONE, DATE_ORDER, DEFAULT_CALENDAR, PHONE_REGION,
       ACCOUNT_USER, SERVER, CUSTOM_URL, BATCH_SIZE, RATE_LIMIT, EXTERNAL_IDS, ADD_AUTO, UPDATE_FEED_URL,
       CHECK_UPDATES_AT_START)


def get(setting: Setting) -> Any:
    """The stored value (the default when missing or of the wrong type)."""
    value = QSettings().value(setting.key, setting.default)
    if setting.type is list:
        if value is None or value == "":
            return list(setting.default)
        return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]
    if setting.type is QByteArray:
        return value if isinstance(value, QByteArray) else setting.default
    if setting.type is bool:             # INI files give back "true" / "false"
        return value if isinstance(value, bool) else str(value).strip().lower() in ("true", "1", "yes")
    try:
        return setting.type(value)
    except (TypeError, ValueError):
        return setting.default


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


def options() -> Options:
    """How cells are read, from the settings (an unknown stored zone falls back to this computer's)."""
    tz = get(TIME_ZONE) or local_zone_name()
    if zone(tz) is None:
        tz = local_zone_name()
    order = get(DATE_ORDER)
    return Options(default_time_zone=tz, date_order=order if order in ("MDY", "DMY", "YMD") else "MDY",
                   default_calendar=get(DEFAULT_CALENDAR), phone_region=get(PHONE_REGION))


def send_options():
    """How to send, from the settings (batch size, rate limit, external ids)."""
    from gui.apptoto.engine import SendOptions

    return SendOptions(batch_size=max(1, get(BATCH_SIZE)), rate_per_minute=max(1, get(RATE_LIMIT)),
                       generate_external_ids=get(EXTERNAL_IDS))
