"""The Apptoto account the window talks with: e-mail and server from the settings, the API key from the OS keyring
(read once per e-mail, on a worker thread, then kept in memory; kept in memory only where there is no keyring),
the sandbox's demo account in --sandbox mode."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from gui.apptoto import credentials
from gui.apptoto.client import DEFAULT_BASE_URL, ApptotoClient, check_base_url
from gui.core import crashlog
from gui.qt import settings
from gui.qt.tasks import run_task

APPTOTO, SANDBOX, CUSTOM = "apptoto", "sandbox", "custom"
SERVER_LABELS = {APPTOTO: "Apptoto (api.apptoto.com)", SANDBOX: "The sandbox (local simulator)",
                 CUSTOM: "Another address"}


@dataclass(frozen=True, slots=True)
class Where:
    """Which account on which server: what the settings dialog edits (the key is kept apart)."""

    user: str
    server: str = APPTOTO
    custom_url: str = ""


class Account:
    """Reads and stores the account; never writes the API key anywhere but the keyring (or this object)."""

    def __init__(self, sandbox=None) -> None:
        self.sandbox = sandbox
        self._keys: dict[str, str] = {}            # keys known this session: typed, or read from the keyring once
        self._keyring: bool | None = None
        self._session: Where | None = None          # sandbox mode: the account is not stored
        if sandbox is not None:
            (user, key), = sandbox.users.items()
            self._know(user, key)
            self._session = Where(user, SANDBOX)

    # ---- where ----------------------------------------------------------------------------------
    @property
    def where(self) -> Where:
        if self._session is not None:
            return self._session
        server = settings.get(settings.SERVER)
        return Where(settings.get(settings.ACCOUNT_USER).strip(), server if server in SERVER_LABELS else APPTOTO,
                     settings.get(settings.CUSTOM_URL).strip())

    @property
    def session_only(self) -> bool:
        """True in sandbox mode: the account settings last until the app quits."""
        return self.sandbox is not None

    def set_where(self, where: Where) -> None:
        if self.session_only:
            self._session = where
            return
        settings.put(settings.ACCOUNT_USER, where.user)
        settings.put(settings.SERVER, where.server)
        settings.put(settings.CUSTOM_URL, where.custom_url)

    def base_url(self, where: Where | None = None) -> str:
        """The server's address; ValueError in plain words when it cannot be used."""
        where = where or self.where
        if where.server == SANDBOX:
            if self.sandbox is None:
                raise ValueError("The sandbox runs only while Apptoto Sheets is started with --sandbox.")
            return self.sandbox.url
        if where.server == CUSTOM:
            if not where.custom_url:
                raise ValueError("Type the server's address (https://…).")
            return check_base_url(where.custom_url)
        return DEFAULT_BASE_URL

    def is_sandbox(self, where: Where | None = None) -> bool:
        return (where or self.where).server == SANDBOX

    def describe(self, where: Where | None = None) -> str:
        """The account and server in plain words, e.g. for the send confirmation."""
        where = where or self.where
        try:
            url = self.base_url(where)
        except ValueError:
            url = where.custom_url or "(no address)"
        if where.server == SANDBOX:
            return f"{where.user} on the SANDBOX (local simulator at {url.removeprefix('http://')})"
        return f"{where.user} on {'Apptoto' if where.server == APPTOTO else url} ({url})"

    # ---- the key --------------------------------------------------------------------------------
    @property
    def keyring_ok(self) -> bool:
        """Whether the OS keyring works (found out by load_key, on a worker; asked here only if it never ran)."""
        if self._keyring is None:
            self._keyring = credentials.keyring_available()
        return self._keyring

    def key_known(self, user: str | None = None) -> bool:
        """Whether api_key(user) can answer without the keyring (typed, read before, or there is none)."""
        user = self.where.user if user is None else user
        return not user or user in self._keys or self.session_only or self._keyring is False

    def load_key(self, then: Callable[[], object], owner=None, user: str | None = None) -> object:
        """Make sure the key of `user` (default the account's) is known, then call `then()` on the GUI thread:
        at once when it is (returning what it returns), else after reading the keyring once on a worker (it
        can take a second, or ask the user to unlock it: never on the GUI thread), returning True."""
        user = self.where.user if user is None else user
        if self.key_known(user):
            return then()

        def read() -> tuple[bool, str]:
            if not credentials.keyring_available():
                return False, ""
            return True, credentials.get_api_key(user) or ""

        def done(got: tuple[bool, str]) -> None:
            self._keyring, key = got
            if got[0] and user not in self._keys:
                self._know(user, key)
            then()

        def failed(_exc: BaseException) -> None:
            self._keyring = False
            then()

        run_task(read, done, failed, owner=owner)
        return True

    def _know(self, user: str, key: str) -> None:
        self._keys[user] = key
        crashlog.hide(key)                       # never in the log, whatever error message carries it

    def api_key(self, user: str | None = None) -> str:
        """The key for `user` (default the account's) as known this session ('' when none, or not read yet:
        see load_key). Never reads the keyring."""
        user = self.where.user if user is None else user
        return self._keys.get(user, "") if user else ""

    def store_key(self, user: str, key: str) -> str:
        """Keep the key (keyring, else memory for this session); returns a note in plain words, '' when saved."""
        self._know(user, key)
        if self.session_only:
            return ""
        if self.keyring_ok:
            try:
                credentials.set_api_key(user, key)
            except credentials.KeyringUnavailable as exc:
                self._keyring = False
                return f"{exc} It is kept until you quit Apptoto Sheets."
            return ""
        return "The system keyring is not available: the API key is kept until you quit Apptoto Sheets."

    # ---- a client -------------------------------------------------------------------------------
    def missing(self) -> str:
        """What is missing before anything can be sent ('' when nothing)."""
        where = self.where
        if not where.user:
            return "No Apptoto e-mail is set up yet."
        if not self.api_key(where.user):
            return f"No API key for {where.user} is known yet" + (
                "" if self.keyring_ok or self.session_only else " (this computer has no keyring to keep it)") + "."
        try:
            self.base_url(where)
        except ValueError as exc:
            return str(exc)
        return ""

    def client(self, where: Where | None = None, key: str | None = None) -> ApptotoClient:
        """A client for the account (or the given one); ValueError in plain words when something is missing."""
        where = where or self.where
        if not where.user:
            raise ValueError("No Apptoto e-mail is set up yet.")
        key = key or self.api_key(where.user)
        if not key:
            raise ValueError(f"No API key for {where.user} is known yet.")
        return ApptotoClient(self.base_url(where), where.user, key)
