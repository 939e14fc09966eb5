"""The user's folders: where sessions, the send journal, logs and remembered mappings live (one place)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "apptoto-sheets"
DATA_DIR_ENV = "APPTOTO_SHEETS_DATA_DIR"      # overrides every folder below (tests, portable use)


def data_dir() -> Path:
    """The user data folder ($APPTOTO_SHEETS_DATA_DIR overrides, e.g. in tests)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def sessions_dir() -> Path:
    """Edit sessions of open workbooks (crash recovery)."""
    return data_dir() / "sessions"


def journal_dir() -> Path:
    """The send journal: one file per run."""
    return data_dir() / "journal"


def mappings_dir() -> Path:
    """Column mappings remembered per shape of file (the headers an export system writes)."""
    return data_dir() / "mappings"


def log_dir() -> Path:
    """The rotating log file (crash reports). Under the data folder when it is overridden, else the OS log folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
