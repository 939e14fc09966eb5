"""Is there a newer Apptoto Sheets? Read the small JSON update feed and compare versions (no Qt).

The feed (format 1) is one JSON object, published at the feed URL (a setting) with each release:

    {
      "format": 1,
      "latest": "0.2.0",
      "released": "2026-12-14",
      "notes": ["Spanish translation of the whole window", "Check for updates in the Help menu"],
      "download": {"windows": "https://…", "macos": "https://…", "linux": "https://…", "other": "https://…"},
      "minimum_supported": "0.1.0"
    }

`latest` and `download` are required; `notes` (what is new, a few lines), `released` (an ISO date) and
`minimum_supported` (older versions must update) are optional. `download` gives the page (or file) to open
per system; "other" is for any system not listed. Every address must be https:// (http:// only on this
computer, for tests). installer/make_feed.py writes the feed for a release.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from functools import total_ordering
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from gui import __version__
from gui.apptoto.client import is_loopback_host
from gui.core import words
from gui.core.i18n import tr, tr_noop

if TYPE_CHECKING:        # requests is imported when a check runs, not when the window starts
    import requests

FEED_FORMAT = 1
TIMEOUT = (4.0, 6.0)                  # (connect, read) seconds: a check must never keep anyone waiting long
MAX_FEED_BYTES = 64_000
NOT_A_FEED = tr_noop("updates", "the server sent something else (a web page, perhaps a network sign-in page)")
SYSTEM_NAMES = {"windows": "Windows", "macos": "macOS", "linux": "Linux", "other": tr_noop("updates", "this system")}
_VERSION = re.compile(r"v?(\d+(?:\.\d+)*)(?:[.-]?(a|b|c|rc|alpha|beta|pre|preview)[.-]?(\d*))?(?:\+[\w.]+)?",
                      re.IGNORECASE)
_PRE_RANK = {"a": 0, "alpha": 0, "b": 1, "beta": 1, "c": 2, "rc": 2, "pre": 2, "preview": 2}


def feed_address_set(url: str) -> bool:
    """Whether `url` is a real update feed address: not empty and not the placeholder's reserved example domain
    (`*.example`, `example.com`…: RFC 2606), which no server answers."""
    host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    return bool(host) and not (host.endswith((".example", ".invalid")) or host in ("example", "invalid")
                               or host in ("example.com", "example.org", "example.net"))


class UpdateError(Exception):
    """The check could not be done; str(error) says why in plain words, in one or two sentences."""


@total_ordering
class Version:
    """A release number compared number by number (0.10.0 > 0.9.1, 1.0 == 1.0.0, 1.0rc1 < 1.0)."""

    def __init__(self, text: str) -> None:
        match = _VERSION.fullmatch(str(text).strip())
        if match is None:
            raise ValueError(f"{text!r} is not a version number such as 1.2.0")
        self.text = str(text).strip()
        release = [int(part) for part in match.group(1).split(".")]
        while len(release) > 1 and release[-1] == 0:
            release.pop()
        pre = match.group(2)
        # a final release sorts after all of its pre-releases
        self._key = (tuple(release), (_PRE_RANK[pre.lower()], int(match.group(3) or 0)) if pre else (3, 0))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self._key == other._key

    def __lt__(self, other: Version) -> bool:
        return self._key < other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"Version({self.text!r})"


@dataclass(frozen=True)
class Feed:
    """What the feed says about the latest release."""

    latest: Version
    downloads: dict[str, str]
    notes: tuple[str, ...] = ()
    released: date | None = None
    minimum_supported: Version | None = None

    def download_url(self, system: str) -> str | None:
        """The download page for `system` (windows, macos, linux), else the one for any other system."""
        return self.downloads.get(system) or self.downloads.get("other")


@dataclass(frozen=True)
class UpdateCheck:
    """The answer to "is there a newer version?" for the version running on `system`."""

    current: Version
    feed: Feed
    system: str

    @property
    def newer(self) -> bool:
        return self.feed.latest > self.current

    @property
    def supported(self) -> bool:
        """False when the feed says this version is too old to keep using."""
        return self.feed.minimum_supported is None or self.current >= self.feed.minimum_supported

    @property
    def download_url(self) -> str | None:
        return self.feed.download_url(self.system)

    def headline(self) -> str:
        """One sentence: up to date, or which version is out."""
        if not self.newer:
            return tr("updates", "You have the latest version of Apptoto Sheets ({version}).", version=self.current)
        if self.feed.released:
            return tr("updates", "Apptoto Sheets {latest} is available, released {day}. You have version {version}.",
                      latest=self.feed.latest, day=words.long_date(self.feed.released), version=self.current)
        return tr("updates", "Apptoto Sheets {latest} is available. You have version {version}.",
                  latest=self.feed.latest, version=self.current)

    def details(self) -> str:
        """What is new, whether this version is still supported, and where to get the new one (may be '')."""
        if not self.newer:
            return ""
        lines = []
        if self.feed.notes:
            lines += [tr("updates", "What is new:"), *(f"• {note}" for note in self.feed.notes), ""]
        if not self.supported:
            lines += [tr("updates", "Version {version} is no longer supported: please update.", version=self.current),
                      ""]
        if self.download_url:
            lines.append(tr("updates", "Download opens the download page in your web browser."))
        else:
            system = SYSTEM_NAMES.get(self.system, self.system)
            lines.append(tr("updates", "The update information gives no download for {system}.",
                            system=tr("updates", system)))
        return "\n".join(lines)


def this_system(platform: str = sys.platform) -> str:
    """The feed's name for this computer's system: windows, macos, linux, or other."""
    if platform.startswith("win"):
        return "windows"
    if platform == "darwin":
        return "macos"
    if platform.startswith("linux"):
        return "linux"
    return "other"


def is_secure_url(url: str) -> bool:
    """True for https:// addresses (and http:// to this computer, where the tests serve their feed)."""
    try:
        parts = urlsplit(str(url).strip())
        host = parts.hostname
    except ValueError:                   # e.g. an unclosed [IPv6 address
        return False
    return bool(host) and (parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(host)))


def parse_feed(text: bytes | str, where: str = "") -> Feed:
    """The feed's content as a Feed; UpdateError naming what is wrong with it (`where`: the feed's server in
    words, by default "the update server")."""
    bad = tr("updates", "The update information from {server} could not be read",
             server=where or tr("updates", "the update server"))
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError):
        raise UpdateError(f"{bad}: {tr('updates', NOT_A_FEED)}.") from None
    if not isinstance(data, dict):
        raise UpdateError(f"{bad}: {tr('updates', NOT_A_FEED)}.")
    if data.get("format", FEED_FORMAT) != FEED_FORMAT:
        raise UpdateError(tr("updates", "{problem}: it is in format {format}, and this version reads format {ours}. "
                             "Download the latest version from the Apptoto Sheets web site.", problem=bad,
                             format=repr(data.get("format")), ours=FEED_FORMAT))
    latest = _version(data, "latest", bad, required=True)
    downloads = data.get("download")
    if not isinstance(downloads, dict) or not downloads:
        raise UpdateError(tr("updates", "{problem}: it gives no download addresses.", problem=bad))
    pages = {}
    for system, url in downloads.items():
        if not isinstance(url, str):
            raise UpdateError(tr("updates", "{problem}: the download address for {system} is not text.", problem=bad,
                                 system=system))
        if not is_secure_url(url):
            raise UpdateError(tr("updates", "{problem}: the download address for {system}, {url}, is not secure (it "
                                 "must start with https://).", problem=bad, system=system, url=repr(url)))
        pages[str(system)] = url.strip()
    notes = data.get("notes", [])
    if isinstance(notes, str):
        notes = [notes]
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        raise UpdateError(tr("updates", "{problem}: its notes are not a list of lines.", problem=bad))
    released = data.get("released")
    if released is not None:
        try:
            released = date.fromisoformat(str(released))
        except ValueError:
            raise UpdateError(tr("updates", "{problem}: its release date {date} is not a date such as 2026-12-14.",
                                 problem=bad, date=repr(released))) from None
    return Feed(latest=latest, downloads=pages, notes=tuple(n.strip() for n in notes if n.strip()),
                released=released, minimum_supported=_version(data, "minimum_supported", bad, required=False))


def _version(data: dict[str, Any], key: str, bad: str, required: bool) -> Version | None:
    value = data.get(key)
    if value is None or value == "":
        if required:
            raise UpdateError(tr("updates", "{problem}: it does not say which version is the latest.", problem=bad))
        return None
    try:
        return Version(str(value))
    except ValueError:
        raise UpdateError(tr("updates", "{problem}: {key} {value} is not a version number.", problem=bad, key=key,
                             value=repr(value))) from None


def fetch_feed(url: str, session: requests.Session | None = None, timeout: tuple[float, float] = TIMEOUT) -> Feed:
    """Download and read the feed at `url`; UpdateError in plain words for every failure."""
    import requests

    if not is_secure_url(url):
        raise UpdateError(tr("updates", "The update address {url} is not a secure web address: it must start with "
                             "https://.", url=repr(url)))
    url = url.strip()
    host = urlsplit(url).hostname
    where = tr("updates", "the update server ({host})", host=host)
    own = session is None
    session = session or requests.Session()
    try:
        response = session.get(url, timeout=timeout, stream=True, allow_redirects=True,
                               headers={"Accept": "application/json", "User-Agent": f"apptoto-sheets/{__version__}"})
        with response:
            if response.status_code == 404:
                raise UpdateError(tr("updates", "There is no update information at {url} (the server answered 404, not "
                                     "found). The update address may be wrong.", url=url))
            if response.status_code >= 400:
                raise UpdateError(tr("updates", "{server} answered with an error ({status} {reason}). Try again later.",
                                     server=where.capitalize(), status=response.status_code,
                                     reason=response.reason or "error"))
            body = b""
            for chunk in response.iter_content(16_384):
                body += chunk
                if len(body) > MAX_FEED_BYTES:
                    raise UpdateError(tr("updates", "The update information from {server} is far too big to be real "
                                         "(over 64 kB): it was not read.", server=where))
    except requests.Timeout:
        raise UpdateError(tr("updates", "{server} did not answer in time. Try again later.",
                             server=where.capitalize())) from None
    except requests.exceptions.SSLError:
        raise UpdateError(tr("updates", "The security certificate of {server} could not be verified, so its answer was "
                             "not trusted. Try again later.", server=where)) from None
    except requests.ConnectionError:
        raise UpdateError(tr("updates", "Could not reach {server}. Check that this computer is connected to the "
                             "internet, then try again.", server=where)) from None
    except requests.RequestException as exc:
        raise UpdateError(tr("updates", "Could not get the update information from {server}: {reason}", server=where,
                             reason=exc)) from None
    finally:
        if own:
            session.close()
    return parse_feed(body, where)


def check_for_updates(url: str, current: str = __version__, system: str | None = None,
                      session: requests.Session | None = None, timeout: tuple[float, float] = TIMEOUT) -> UpdateCheck:
    """Ask the feed at `url` whether a version newer than `current` is out (blocking: run it off the GUI thread)."""
    return UpdateCheck(current=Version(current), feed=fetch_feed(url, session, timeout), system=system or this_system())
