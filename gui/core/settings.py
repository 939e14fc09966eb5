"""Every setting, declared once: its stored key, type, default, help text and command-line flag.

The window stores them per user (gui/qt/settings.py adapts QSettings to these declarations); the command line
gets its options from the same declarations (`add_arguments`); the core, the send engine and Compare read the
values through one `get(setting)` function, whichever side supplies it. A newcomer finds every default here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from gui.core import fields as F
from gui.core.plan import Options

DATE_ORDERS = ("MDY", "DMY", "YMD")


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting. `key` is where the window stores it ('' for a command-line-only option); `flag` is its
    command-line option ('' when the command line has none)."""

    key: str
    type: type
    default: Any
    help: str = ""
    flag: str = ""
    metavar: str | None = None
    choices: tuple[str, ...] = ()
    minimum: int | None = None

    @property
    def dest(self) -> str:
        """The argparse attribute of the flag (`--batch-size` -> `batch_size`)."""
        return self.flag.lstrip("-").replace("-", "_")

    def clean(self, value: Any) -> Any:
        """A stored or typed value as this setting's type, the default when it cannot be one."""
        if value is None:
            return self.default
        if self.type is bool:
            return value if isinstance(value, bool) else str(value).strip().lower() in ("true", "1", "yes")
        if self.type is list:
            if value == "":
                return list(self.default)
            return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]
        try:
            value = self.type(value)
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        if self.minimum is not None and value < self.minimum:
            return self.minimum
        return value


# ---- reading cells ---------------------------------------------------------------------------------
TIME_ZONE = Setting("reading/time_zone", str, "", "zone for times without one (default: this computer's)",
                    "--time-zone", "TZ")
# Not stored: each file's own dates decide its order (a stored global would misread the next file); the window
# lets the user choose it per file, saved with that file's mapping (gui/sheets/memory.py).
DATE_ORDER = Setting("", str, "", "how to read text dates such as 03/04/2026 (default: as the file's own dates "
                     "show; month first when every date reads both ways)", "--date-order", choices=DATE_ORDERS)
DEFAULT_CALENDAR = Setting("reading/default_calendar", str, "", "calendar for rows that name none",
                           "--default-calendar", "NAME")
PHONE_REGION = Setting("reading/phone_region", str, "",
                       "country of phone numbers written without +country, e.g. US: then they need 10 digits",
                       "--phone-region", "CC")
CANCELLED_VALUES = Setting("reading/cancelled_values", str, ",".join(F.CANCELLED_STATUSES),
                           "appointment statuses that cancel the row's event in Apptoto, separated by commas "
                           f"(default: {','.join(F.CANCELLED_STATUSES)}; case is ignored)", "--cancelled-values",
                           "WORDS")
REMEMBER_MAPPINGS = Setting("reading/remember_mappings", bool, True,
                            "do not use the columns remembered for files of the same shape",
                            "--no-remembered-mapping")

# ---- the account -----------------------------------------------------------------------------------
ACCOUNT_USER = Setting("account/user", str, "", "Apptoto account e-mail (default: $APPTOTO_USER)", "--user", "EMAIL")
SERVER = Setting("account/server", str, "apptoto", choices=("apptoto", "sandbox", "custom"))
CUSTOM_URL = Setting("account/custom_url", str, "")
BASE_URL = Setting("", str, "https://api.apptoto.com", "Apptoto server (or the sandbox's URL)", "--base-url", "URL")

# ---- signing in with Apptoto (OAuth 2.0 with PKCE; the tokens live in the keyring, never here) ----------
SIGN_IN_METHOD = Setting("account/method", str, "auto", choices=("auto", "sign_in", "api_key"))   # auto: sign in
#                                                                       when a client id is configured
CLIENT_ID = Setting("account/client_id", str, "",
                    "client id of the app your office registered with Apptoto (default: $APPTOTO_CLIENT_ID)",
                    "--client-id", "ID")
AUTHORIZE_URL = Setting("account/authorize_url", str, "",
                        "Apptoto's sign-in page (default: https://www.apptoto.com/oauth/authorize for "
                        "api.apptoto.com, else the server's /oauth/authorize)", "--authorize-url", "URL")
SCOPE = Setting("account/scope", str, "events:read events:write", "permissions to ask for, separated by spaces "
                "(default: events:read events:write)", "--scope", "SCOPES")
SIGN_IN_WAIT = Setting("", float, 300.0, "seconds to wait for the sign-in in the browser (default 300)", "--timeout",
                       "SECONDS")
REDIRECT_PORT = Setting("account/redirect_port", int, 0, "port on this computer that receives the sign-in "
                        "(default: any free port; set it only if the app's redirect URI at Apptoto names one)",
                        "--redirect-port", "N", minimum=0)

# ---- sending ---------------------------------------------------------------------------------------
BATCH_SIZE = Setting("sending/batch_size", int, 15,
                     "events in the first request when none is remembered for the account (default 15); batches "
                     "then grow while Apptoto answers fast", "--batch-size", "N", minimum=1)
MAX_BATCH = Setting("sending/max_batch", int, 50, "the most events in one request (default 50)", "--max-batch", "N",
                    minimum=1)
RATE_LIMIT = Setting("sending/rate_per_minute", int, 90, "requests per minute (default 90)", "--rate-limit", "N",
                     minimum=1)
EXTERNAL_IDS = Setting("sending/external_ids", bool, True,
                       "do not give new rows a generated external_id (retries then cannot be made safe)",
                       "--no-external-ids")
ADD_AUTO = Setting("sending/add_auto", bool, False,
                   "add #auto to new events so Apptoto sends auto messages", "--add-auto")
JOURNAL_DAYS = Setting("sending/journal_days", int, 90,
                       "days the send journal keeps a send (history, crash reports); older ones are removed",
                       minimum=1)

# ---- updates (Help ▸ Check for updates…; the feed's format: gui/apptoto/updates.py) -----------------
# A placeholder until the first public release: replace it with where the release's feed.json is published
# (installer/README.md, "The update feed"). A site can point its copies elsewhere in the settings file.
DEFAULT_FEED_URL = "https://apptoto-sheets.example/feed.json"
UPDATE_FEED_URL = Setting("updates/feed_url", str, DEFAULT_FEED_URL,
                          "the update feed Help ▸ Check for updates reads (https://)")
CHECK_UPDATES_AT_START = Setting("updates/check_at_start", bool, False,
                                 "ask the update feed each time the window opens")

# ---- the window ------------------------------------------------------------------------------------
# The window's language: "system" follows this computer's (English unless it is one the app has, e.g. Spanish);
# read once at the start, so a change takes effect the next time the window opens. The command line is English.
LANGUAGES = {"system": "", "en": "English", "es": "Español"}      # choice -> its name in its own language
LANGUAGE = Setting("window/language", str, "system", "the window's language (at the next start)",
                   choices=tuple(LANGUAGES))
RECENT_FILES = Setting("files/recent", list, [])
LAST_FOLDER = Setting("files/last_folder", str, "")
GEOMETRY = Setting("window/geometry", bytes, b"")
WINDOW_STATE = Setting("window/state", bytes, b"")
MAX_RECENT = 8

READING = (TIME_ZONE, DATE_ORDER, DEFAULT_CALENDAR, PHONE_REGION, CANCELLED_VALUES, REMEMBER_MAPPINGS)
SENDING = (BATCH_SIZE, MAX_BATCH, RATE_LIMIT, EXTERNAL_IDS, ADD_AUTO, JOURNAL_DAYS)
SIGN_IN = (CLIENT_ID, AUTHORIZE_URL, SCOPE, REDIRECT_PORT)
ALL = (*READING, ACCOUNT_USER, SERVER, CUSTOM_URL, SIGN_IN_METHOD, *SIGN_IN, *SENDING, UPDATE_FEED_URL,
       CHECK_UPDATES_AT_START, LANGUAGE, RECENT_FILES, LAST_FOLDER, GEOMETRY, WINDOW_STATE)

Get = Callable[[Setting], Any]


def add_arguments(parser: argparse.ArgumentParser, settings: Iterable[Setting]) -> None:
    """The command-line options of these settings, with their help and defaults from the declarations.

    A bool setting whose default is True gets a `--no-...` flag that turns it off; False, a flag that turns
    it on."""
    for s in settings:
        if s.type is bool:
            parser.add_argument(s.flag, dest=s.dest, action="store_true", help=s.help)
        else:
            parser.add_argument(s.flag, type=s.type, default=s.default, metavar=s.metavar, help=s.help,
                                choices=s.choices or None)


def from_arguments(args: argparse.Namespace) -> Get:
    """`get(setting)` over parsed command-line options (the declared default when a command lacks the flag)."""
    def get(s: Setting) -> Any:
        if not s.flag or not hasattr(args, s.dest):
            return s.default
        value = getattr(args, s.dest)
        if s.type is bool:
            return (not value) if s.default else bool(value)     # --no-x turns a True default off
        return s.clean(value)

    return get


def reading_options(get: Get, local_zone: Callable[[], str]) -> Options:
    """How cells are read, from the settings; a zone that is not set is this computer's (`local_zone()`).
    Raises ValueError with a plain message for a zone or phone region that cannot be used."""
    from gui.core.zones import zone

    tz = get(TIME_ZONE) or local_zone()
    if zone(tz) is None:
        raise ValueError(f"{TIME_ZONE.flag}: “{tz}” is not a time zone I know (e.g. America/New_York)")
    region = (get(PHONE_REGION) or "").strip().upper()
    if region and not (len(region) == 2 and region.isalpha()):
        raise ValueError(f"{PHONE_REGION.flag}: “{get(PHONE_REGION)}” is not a two-letter country code "
                         "(e.g. US, GB)")
    return Options(default_time_zone=tz, date_order=get(DATE_ORDER), default_calendar=get(DEFAULT_CALENDAR),
                   phone_region=region, cancelled=F.status_words(get(CANCELLED_VALUES) or ""))
