"""The Apptoto account the window talks with: e-mail and server from the settings; the API key or the sign-in with
Apptoto from the OS keyring (the key read once per e-mail, on a worker thread, then kept in memory; kept in memory
only where there is no keyring); the sandbox's demo account in --sandbox mode."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from gui.apptoto import credentials
from gui.apptoto.accounts import AccountFiles
from gui.apptoto.auth import TokenAuth
from gui.apptoto.client import DEFAULT_BASE_URL, ApptotoClient, check_base_url
from gui.apptoto.tokens import MemoryTokenStore, Tokens, TokenStore
from gui.core import crashlog, words
from gui.core.i18n import tr, tr_noop
from gui.core.server import Server
from gui.qt import settings
from gui.qt.tasks import run_task

if TYPE_CHECKING:      # the sign-in (http.server, webbrowser: 30 ms) is imported when it is used, not at start
    from gui.apptoto.oauth import OAuthConfig, SignIn

APPTOTO, SANDBOX, CUSTOM = "apptoto", "sandbox", "custom"
SERVER_LABELS = {APPTOTO: "Apptoto (api.apptoto.com)", SANDBOX: tr_noop("account", "The sandbox (local simulator)"),
                 CUSTOM: tr_noop("account", "Another address")}           # tr("account", label) where shown


@dataclass(frozen=True, slots=True)
class Where:
    """Which account on which server: what the settings dialog edits (the key is kept apart)."""

    user: str
    server: str = APPTOTO
    custom_url: str = ""
    sign_in: bool = False          # "Sign in with Apptoto" rather than the API key
    client_id: str = ""            # the sign-in app's ('': $APPTOTO_CLIENT_ID)
    authorize_url: str = ""        # Apptoto's sign-in page ('': the server's usual one)

    @property
    def app_id(self) -> str:
        """The client id in use: the one set, else the sandbox's app on the sandbox, else $APPTOTO_CLIENT_ID."""
        if self.server == SANDBOX and not self.client_id:
            from gui.apptoto.sandbox_oauth import DEMO_CLIENT_ID

            return DEMO_CLIENT_ID
        return credentials.client_id_or_env(self.client_id)


class Account:
    """Reads and stores the account; never writes the API key or a sign-in anywhere but the keyring (or this
    object)."""

    def __init__(self, sandbox=None) -> None:
        self.sandbox = sandbox
        self._keys: dict[str, str] = {}            # keys known this session: typed, or read from the keyring once
        self._keyring: bool | None = None
        self._session: Where | None = None          # sandbox mode: the account is not stored
        self._session_tokens = MemoryTokenStore()   # sign-ins kept for this session only
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
        client_id = settings.get(settings.CLIENT_ID).strip()
        method = settings.get(settings.SIGN_IN_METHOD)
        sign_in = bool(credentials.client_id_or_env(client_id)) if method == "auto" else method == "sign_in"
        return Where(settings.get(settings.ACCOUNT_USER).strip(), server if server in SERVER_LABELS else APPTOTO,
                     settings.get(settings.CUSTOM_URL).strip(), sign_in, client_id,
                     settings.get(settings.AUTHORIZE_URL).strip())

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
        settings.put(settings.CLIENT_ID, where.client_id)
        settings.put(settings.AUTHORIZE_URL, where.authorize_url)
        default = bool(where.app_id)                 # stays "auto" while the choice is the default one
        settings.put(settings.SIGN_IN_METHOD,
                     "auto" if where.sign_in == default else "sign_in" if where.sign_in else "api_key")

    def base_url(self, where: Where | None = None) -> str:
        """The server's address; ValueError in plain words when it cannot be used."""
        where = where or self.where
        if where.server == SANDBOX:
            if self.sandbox is None:
                raise ValueError(tr("account", "The sandbox runs only while Apptoto Sheets is started with --sandbox."))
            return self.sandbox.url
        if where.server == CUSTOM:
            if not where.custom_url:
                raise ValueError(tr("account", "Type the server's address (https://…)."))
            return check_base_url(where.custom_url)
        return DEFAULT_BASE_URL

    def is_sandbox(self, where: Where | None = None) -> bool:
        return (where or self.where).server == SANDBOX

    def server(self, where: Where | None = None) -> Server | None:
        """The server and account the rows go to (the account: the e-mail, else who signed in); None when the
        server's address cannot be used."""
        where = where or self.where
        try:
            base = self.base_url(where)
        except ValueError:
            return None
        user = where.user
        if not user and where.sign_in:
            tokens = self.tokens(where)
            user = tokens.account if tokens is not None and tokens.account else ""
        return Server(base, user)

    def calendars(self, server: Server | None) -> dict[int, str]:
        """The account's calendars this computer knows (id -> name): learned from its answers and kept per account;
        on this app's own sandbox, the sandbox's (it runs in this process)."""
        if server is None:
            return {}
        names = AccountFiles(server.base_url, server.user).load().calendars if server.user else {}
        if self._own_sandbox(server):
            names = {**names, **self.sandbox.calendars}
        return names

    def known_calendars(self, server: Server | None) -> list[str] | None:
        """The names of calendars the account is known to have (none yet before the first send to it from this
        computer: then every calendar is one not seen before, which the confirmation lets the user allow); None
        when no account is set up (nothing can be judged)."""
        if server is None or not (server.user or self._own_sandbox(server)):
            return None
        return sorted(set(self.calendars(server).values()))

    def _own_sandbox(self, server: Server) -> bool:
        return self.sandbox is not None and Server(self.sandbox.url).same_server(server)

    def describe(self, where: Where | None = None) -> str:
        """The account and server in plain words, e.g. for the send confirmation."""
        where = where or self.where
        return tr("account", "{user} on {server}", user=where.user, server=self.server_text(where))

    def server_text(self, where: Where | None = None) -> str:
        """The server in plain words: 'Apptoto (https://api.apptoto.com)', 'the SANDBOX (...)'."""
        where = where or self.where
        try:
            url = self.base_url(where)
        except ValueError:
            url = where.custom_url or tr("account", "(no address)")
        if where.server == SANDBOX:
            return tr("account", "the SANDBOX (local simulator at {address})", address=url.removeprefix("http://"))
        return f"{'Apptoto' if where.server == APPTOTO else url} ({url})"

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
                return tr("account", "{problem} It is kept until you quit Apptoto Sheets.", problem=exc)
            return ""
        return tr("account", "The system keyring is not available: the API key is kept until you quit Apptoto Sheets.")

    # ---- the sign-in with Apptoto ----------------------------------------------------------------
    def oauth_config(self, where: Where | None = None) -> OAuthConfig:
        """Where and as which app to sign in; ValueError in plain words when the client id or an address is
        missing or unusable."""
        from gui.apptoto.oauth import OAuthConfig

        where = where or self.where
        page = "" if where.server == SANDBOX else where.authorize_url     # '': the server's usual sign-in page
        return OAuthConfig.make(self.base_url(where), where.app_id, page, settings.get(settings.SCOPE),
                                settings.get(settings.REDIRECT_PORT))

    def _tokens_store(self) -> TokenStore:
        """The keyring; this session's memory in sandbox mode or where there is no keyring."""
        return self._session_tokens if self.session_only or not self.keyring_ok else TokenStore()

    def tokens(self, where: Where | None = None) -> Tokens | None:
        """The saved sign-in for the server and client id, or None."""
        where = where or self.where
        try:
            return self._tokens_store().load(self.base_url(where), where.app_id)
        except ValueError:
            return None
        except credentials.KeyringUnavailable:
            self._keyring = False
            return self.tokens(where)

    def sign_in_status(self, where: Where | None = None) -> str:
        """'Signed in as … on …' or 'Not signed in …', in plain words."""
        where = where or self.where
        tokens = self.tokens(where)
        if tokens is None:
            return tr("account", "Not signed in to {server}.", server=self.server_text(where))
        who = tokens.account or where.user
        since = words.when(datetime.fromtimestamp(tokens.signed_in_at)) if tokens.signed_in_at else ""
        server = self.server_text(where)
        if who and since:
            return tr("account", "Signed in as {who} on {server} since {since}.", who=who, server=server, since=since)
        if who:
            return tr("account", "Signed in as {who} on {server}.", who=who, server=server)
        if since:
            return tr("account", "Signed in on {server} since {since}.", server=server, since=since)
        return tr("account", "Signed in on {server}.", server=server)

    def start_sign_in(self, where: Where | None = None) -> SignIn:
        """A sign-in whose loopback listener is already open (quick: the GUI thread may call it). ValueError in
        plain words, or SignInError when the port cannot be opened."""
        from gui.apptoto.oauth import SignIn

        where = where or self.where
        return SignIn(self.oauth_config(where), account=where.user)

    def finish_sign_in(self, flow: SignIn, cancelled: threading.Event | None = None) -> str:
        """Wait for the browser (blocks: run it on a worker) and keep the tokens; a note in plain words, '' when
        they went to the keyring. Closes the listener."""
        with flow:
            tokens = flow.wait(cancelled=cancelled)
        base, client_id = flow.config.base_url, flow.config.client_id
        try:
            self._tokens_store().save(base, client_id, tokens)
        except credentials.KeyringUnavailable as exc:
            self._keyring = False
            self._session_tokens.save(base, client_id, tokens)
            return tr("account", "{problem} The sign-in is kept until you quit Apptoto Sheets.", problem=exc)
        if self.session_only or self.keyring_ok:
            return ""
        return tr("account", "The system keyring is not available: the sign-in is kept until you quit Apptoto Sheets.")

    def sign_out(self, where: Where | None = None) -> bool:
        """Forget the sign-in for the server and client id; False when there was none."""
        where = where or self.where
        try:
            return self._tokens_store().delete(self.base_url(where), where.app_id)
        except (ValueError, credentials.KeyringUnavailable):
            return False

    # ---- a client -------------------------------------------------------------------------------
    def missing(self) -> str:
        """What is missing before anything can be sent ('' when nothing)."""
        where = self.where
        if where.sign_in:
            try:
                self.oauth_config(where)
            except ValueError as exc:
                return str(exc)
            return "" if self.tokens(where) else tr("account",
                                                    "Not signed in to Apptoto yet: Settings ▸ Sign in with Apptoto.")
        if not where.user:
            return tr("account", "No Apptoto e-mail is set up yet.")
        if not self.api_key(where.user):
            if self.keyring_ok or self.session_only:
                return tr("account", "No API key for {user} is known yet.", user=where.user)
            return tr("account", "No API key for {user} is known yet (this computer has no keyring to keep it).",
                      user=where.user)
        try:
            self.base_url(where)
        except ValueError as exc:
            return str(exc)
        return ""

    def client(self, where: Where | None = None, key: str | None = None) -> ApptotoClient:
        """A client for the account (or the given one); ValueError in plain words when something is missing."""
        where = where or self.where
        if where.sign_in and not key:
            config = self.oauth_config(where)
            tokens = self.tokens(where)
            if tokens is None:
                raise ValueError(tr("account", "Not signed in to Apptoto yet: Settings ▸ Sign in with Apptoto."))
            auth = TokenAuth(config.base_url, config.client_id, self._tokens_store(), tokens, user=where.user)
            return ApptotoClient(config.base_url, where.user, auth=auth)
        if not where.user:
            raise ValueError(tr("account", "No Apptoto e-mail is set up yet."))
        key = key or self.api_key(where.user)
        if not key:
            raise ValueError(tr("account", "No API key for {user} is known yet.", user=where.user))
        return ApptotoClient(self.base_url(where), where.user, key)
