"""How the client proves who it is: an API key (HTTP Basic) or a sign-in (Bearer, renewed before it expires and
once after a 401); and the one choice between them that every command makes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from gui.apptoto.credentials import KeyringUnavailable, cli_credentials, client_id_or_env
from gui.apptoto.errors import AuthError, SignInNeeded
from gui.apptoto.tokens import Tokens, TokenStore
from gui.core.i18n import tr

if TYPE_CHECKING:
    import requests


class Auth(Protocol):
    """What ApptotoClient asks of its auth: a requests auth callable plus these."""

    user: str

    def prepare(self, session: requests.Session) -> None: ...      # before each request
    def renew_after_401(self, session: requests.Session) -> bool: ...  # True: send the request once more
    def refused(self, status: int, body: str, headers: Mapping[str, str]) -> AuthError: ...
    def secrets(self) -> list[str]: ...                        # what must never be written anywhere
    def __call__(self, request: Any) -> Any: ...


class ApiKeyAuth:
    """HTTP Basic: user = the Apptoto e-mail, password = an API key. Not scope-gated."""

    def __init__(self, user: str, api_key: str) -> None:
        self.user, self._api_key = user, api_key

    def __repr__(self) -> str:
        return f"ApiKeyAuth(user={self.user!r})"

    def __call__(self, request: Any) -> Any:
        from requests.auth import HTTPBasicAuth

        return HTTPBasicAuth(self.user, self._api_key)(request)

    def prepare(self, session: requests.Session) -> None:
        pass

    def renew_after_401(self, session: requests.Session) -> bool:
        return False

    def refused(self, status: int, body: str, headers: Mapping[str, str]) -> AuthError:
        return AuthError(status, body)

    def secrets(self) -> list[str]:
        import base64

        if not self._api_key:
            return []
        return [self._api_key, base64.b64encode(f"{self.user}:{self._api_key}".encode()).decode()]


_RENEWING: dict[tuple[str, str], threading.Lock] = {}      # one renewal at a time per sign-in in this process
_RENEWING_LOCK = threading.Lock()


def _renewal_lock(key: tuple[str, str]) -> threading.Lock:
    with _RENEWING_LOCK:
        return _RENEWING.setdefault(key, threading.Lock())


class TokenAuth:
    """Bearer tokens of a sign-in, kept in `store`. Renewed shortly before they expire and once after a 401; the
    renewed tokens are saved at once (Apptoto may accept each refresh token only once). When renewing is refused the
    sign-in is forgotten and SignInNeeded is raised before anything is sent."""

    def __init__(self, base_url: str, client_id: str, store: TokenStore, tokens: Tokens, user: str = "",
                 now: Callable[[], float] = time.time) -> None:
        self.base_url, self.client_id, self.store = base_url.rstrip("/"), client_id, store
        self.tokens = tokens
        self.user = user or tokens.account
        self._now = now

    def __repr__(self) -> str:
        return f"TokenAuth({self.base_url!r}, client_id={self.client_id!r}, user={self.user!r})"

    def __call__(self, request: Any) -> Any:
        request.headers["Authorization"] = f"Bearer {self.tokens.access_token}"
        return request

    def prepare(self, session: requests.Session) -> None:
        if self.tokens.expires_soon(self._now()):
            self._renew(session, self.tokens)

    def renew_after_401(self, session: requests.Session) -> bool:
        self._renew(session, self.tokens)
        return True

    def refused(self, status: int, body: str, headers: Mapping[str, str]) -> AuthError:
        challenge = headers.get("WWW-Authenticate", "")
        if status == 403 and "insufficient_scope" in (body + challenge):
            return AuthError(status, body, tr("auth", "Apptoto Sheets is signed in without permission to do this (403 "
                                              "insufficient_scope). Sign in again and allow what it asks for."))
        if status == 401:
            return AuthError(status, body, tr("auth", "Apptoto refused the sign-in (401). Sign in again."))
        return AuthError(status, body, tr("auth", "Apptoto refused this for the signed-in account ({status}).",
                                          status=status))

    def secrets(self) -> list[str]:
        return list(self.tokens.secrets)

    def _renew(self, session: requests.Session, stale: Tokens) -> None:
        from gui.apptoto import oauth

        with _renewal_lock((self.base_url, self.client_id)):
            try:
                stored = self.store.load(self.base_url, self.client_id)
            except KeyringUnavailable:
                stored = stale                          # the keyring failed meanwhile: renew what we hold
            if stored is None:
                raise SignInNeeded("you signed out on this computer")
            if stored.access_token != stale.access_token and not stored.expires_soon(self._now()):
                self.tokens = stored                    # another request (or process) renewed them meanwhile
                return
            try:
                fresh = oauth.refresh(self.base_url, self.client_id, stored, session=session, now=self._now)
            except SignInNeeded:
                self._forget(stored)
                raise
            self.tokens = fresh
            try:
                self.store.save(self.base_url, self.client_id, fresh)
            except KeyringUnavailable:
                pass                                    # used for this run; the next one signs in again

    def _forget(self, dead: Tokens) -> None:
        """Remove the sign-in Apptoto refused to renew, unless another process renewed it meanwhile."""
        try:
            stored = self.store.load(self.base_url, self.client_id)
            if stored is not None and stored.refresh_token == dead.refresh_token:
                self.store.delete(self.base_url, self.client_id)
        except KeyringUnavailable:
            pass


class NoCredentials(Exception):
    """Neither an API key nor a sign-in: str() says what to do, in plain words."""


def choose_auth(base_url: str, user: str | None = None, client_id: str | None = None,
                environ: Mapping[str, str] | None = None, store: TokenStore | None = None) -> ApiKeyAuth | TokenAuth:
    """The credentials a command uses: the API key ($APPTOTO_API_KEY, or the keyring's for --user) when one is
    given, else the sign-in saved for this server (client id from --client-id, $APPTOTO_CLIENT_ID or the last
    sign-in there). NoCredentials when there is neither."""
    creds = cli_credentials(user, environ)
    if creds.api_key:
        if not creds.user:
            raise NoCredentials("no Apptoto e-mail (--user or $APPTOTO_USER) for the API key")
        return ApiKeyAuth(creds.user, creds.api_key)
    store = store if store is not None else TokenStore()
    try:
        cid = client_id_or_env(client_id, environ) or store.last_client_id(base_url)
        tokens = store.load(base_url, cid) if cid else None
    except KeyringUnavailable:
        cid, tokens = "", None
    if tokens is None:
        raise NoCredentials("no Apptoto API key ($APPTOTO_API_KEY with --user or $APPTOTO_USER) and not signed in "
                            "on this server (apptoto-sheets login)")
    return TokenAuth(base_url, cid, store, tokens, user=creds.user)
