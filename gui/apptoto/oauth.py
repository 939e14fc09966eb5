"""Sign in with Apptoto (OAuth 2.0 for native apps, RFC 8252): PKCE S256, the system browser, a loopback redirect,
the code exchanged at {base_url}/oauth/token; and renewing tokens with the refresh token."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

from gui import __version__
from gui.apptoto.errors import ApptotoError, ServerError, SignInError, SignInNeeded
from gui.apptoto.errors import reason_from_body as _reason
from gui.apptoto.loopback import CallbackListener
from gui.apptoto.net import DEFAULT_BASE_URL, check_base_url, classify_connection_error, is_loopback_host
from gui.apptoto.tokens import Tokens
from gui.core.i18n import tr
from gui.core.settings import SCOPE, SIGN_IN_WAIT

if TYPE_CHECKING:
    import requests

APPTOTO_AUTHORIZE_URL = "https://www.apptoto.com/oauth/authorize"
TOKEN_PATH = "/oauth/token"
SIGN_IN_TIMEOUT = SIGN_IN_WAIT.default  # seconds the user has to finish in the browser
TOKEN_TIMEOUT = (10.0, 30.0)


@dataclass(frozen=True, slots=True)
class OAuthConfig:
    """Where and as which app to sign in. Build it with `make` (checks the addresses)."""

    base_url: str
    authorize_url: str
    client_id: str
    scope: str = SCOPE.default
    redirect_port: int = 0

    @classmethod
    def make(cls, base_url: str, client_id: str, authorize_url: str = "", scope: str = "",
             redirect_port: int = 0) -> OAuthConfig:
        """ValueError (InsecureURLError) in plain words for an address that cannot be used or no client id."""
        if not client_id.strip():
            raise ValueError(tr("oauth", "No client id for signing in with Apptoto: your office registers the app with "
                                "Apptoto and enters its client id in the settings (or $APPTOTO_CLIENT_ID)."))
        base = check_base_url(base_url)
        page = authorize_url.strip() or default_authorize_url(base)
        parts = urlsplit(page)
        if parts.scheme != "https" and not (parts.scheme == "http" and is_loopback_host(parts.hostname or "")):
            raise ValueError(tr("oauth", "The sign-in page must be an https:// address: {page}", page=repr(page)))
        return cls(base, page, client_id.strip(), " ".join(scope.split()) or SCOPE.default, redirect_port)

    @property
    def token_url(self) -> str:
        return self.base_url + TOKEN_PATH


def default_authorize_url(base_url: str) -> str:
    """Apptoto's sign-in page for api.apptoto.com; the server's own /oauth/authorize for any other (the sandbox)."""
    base = base_url.rstrip("/")
    return APPTOTO_AUTHORIZE_URL if base == DEFAULT_BASE_URL else base + "/oauth/authorize"


# ---- PKCE (RFC 7636) ------------------------------------------------------------------------------
def new_verifier() -> str:
    """A code verifier: 43 characters from the unreserved set (32 random bytes)."""
    return secrets.token_urlsafe(32)


def challenge(verifier: str) -> str:
    """The S256 code challenge: BASE64URL(SHA256(verifier)) without padding."""
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=").decode()


def authorize_url(config: OAuthConfig, redirect_uri: str, state: str, code_challenge: str) -> str:
    query = {"client_id": config.client_id, "redirect_uri": redirect_uri, "response_type": "code",
             "scope": config.scope, "state": state, "code_challenge": code_challenge,
             "code_challenge_method": "S256"}
    return config.authorize_url + ("&" if "?" in config.authorize_url else "?") + urlencode(query)


# ---- the flow -------------------------------------------------------------------------------------
class SignIn:
    """One sign-in: the loopback listener is open from construction to `close()`; `url` is Apptoto's sign-in page
    for it. `open_browser()` shows that page in the system browser (the BROWSER variable is honoured), `wait()`
    blocks until the answer came and the code was exchanged. Use it as a context manager."""

    def __init__(self, config: OAuthConfig, account: str = "", session: requests.Session | None = None,
                 now: Callable[[], float] = time.time) -> None:
        self.config, self.account, self._session, self._now = config, account, session, now
        self._verifier, self._state = new_verifier(), secrets.token_urlsafe(24)
        self._listener = CallbackListener(self._answer, config.redirect_port)
        self.redirect_uri = self._listener.redirect_uri
        self.url = authorize_url(config, self.redirect_uri, self._state, challenge(self._verifier))

    def __repr__(self) -> str:
        return f"SignIn({self.config.base_url!r}, client_id={self.config.client_id!r})"

    def open_browser(self, opener: Callable[[str], Any] = webbrowser.open) -> None:
        """Start the browser on its own thread: some browser commands only return when the browser is closed."""
        threading.Thread(target=opener, args=(self.url,), name="apptoto-browser", daemon=True).start()

    def wait(self, timeout: float = SIGN_IN_TIMEOUT, cancelled: threading.Event | None = None) -> Tokens:
        """The tokens. Blocks (run it off the GUI thread): SignInTimeout after `timeout` s, SignInCancelled once
        `cancelled` is set, SignInError when Apptoto or the answer refuses."""
        return self._listener.wait(timeout, cancelled)

    def close(self) -> None:
        self._listener.close()

    def __enter__(self) -> SignIn:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _answer(self, params: dict[str, str]) -> Tokens:
        """The browser's redirect (on the listener's thread): the state checked first, then the code exchanged."""
        if not hmac.compare_digest(params.get("state", ""), self._state):
            raise SignInError(tr("oauth", "The answer that reached Apptoto Sheets did not come from this "
                                          "sign-in, so it "
                                 "was refused. Nothing was saved: start the sign-in again."))
        if params.get("error"):
            raise SignInError(tr("oauth", "Apptoto did not sign you in: {reason}.", reason=_oauth_reason(params)))
        if not params.get("code"):
            raise SignInError(tr("oauth", "Apptoto's answer held no sign-in code."))
        try:
            return exchange_code(self.config, params["code"], self._verifier, self.redirect_uri,
                                 account=self.account, session=self._session, now=self._now)
        except SignInError:
            raise
        except ApptotoError as exc:                 # Apptoto unreachable or failing: say so, not just "failed"
            raise SignInError(tr("oauth", "Could not finish the sign-in with Apptoto: {reason}. Nothing was saved.",
                                 reason=exc)) from None


def sign_in(config: OAuthConfig, *, account: str = "", timeout: float = SIGN_IN_TIMEOUT,
            cancelled: threading.Event | None = None, show_url: Callable[[str], None] | None = None,
            opener: Callable[[str], Any] = webbrowser.open) -> Tokens:
    """The whole sign-in for the command line: `show_url(url)` is told the page first (for when no browser opens),
    the browser is started, the answer awaited; the tokens (not saved: the caller keeps them)."""
    with SignIn(config, account) as flow:
        if show_url is not None:
            show_url(flow.url)
        flow.open_browser(opener)
        return flow.wait(timeout, cancelled)


def exchange_code(config: OAuthConfig, code: str, verifier: str, redirect_uri: str, *, account: str = "",
                  session: requests.Session | None = None, now: Callable[[], float] = time.time) -> Tokens:
    """POST the code with its verifier (grant_type=authorization_code); the tokens, or SignInError."""
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
            "client_id": config.client_id, "code_verifier": verifier}
    status, data, reason = _post(config.base_url, form, session, hidden=(code, verifier))
    if status >= 500:
        raise ServerError(status, reason)
    if status != 200:
        raise SignInError(tr("oauth", "Apptoto refused the sign-in ({status}: {reason}). Nothing was saved: start the "
                             "sign-in again.", status=status, reason=reason))
    try:
        return Tokens.from_answer(data, now(), scope=config.scope, account=account)
    except ValueError as exc:
        raise SignInError(tr("oauth", "Apptoto's sign-in answer could not be used: {reason}.", reason=exc)) from None


def refresh(base_url: str, client_id: str, tokens: Tokens, *, session: requests.Session | None = None,
            now: Callable[[], float] = time.time) -> Tokens:
    """New tokens for the refresh token (grant_type=refresh_token). SignInNeeded when Apptoto will not renew them
    (nothing was sent); NetworkError / ServerError when it could not be asked."""
    if not tokens.refresh_token:
        raise SignInNeeded(tr("oauth", "it cannot be renewed without signing in"))
    form = {"grant_type": "refresh_token", "refresh_token": tokens.refresh_token, "client_id": client_id}
    status, data, reason = _post(base_url, form, session, hidden=tokens.secrets)
    if status >= 500:
        raise ServerError(status, reason)
    if status != 200:
        raise SignInNeeded(tr("oauth", "Apptoto would not renew it: {reason}", reason=reason))
    try:
        return Tokens.from_answer(data, now(), previous=tokens)
    except ValueError as exc:
        raise SignInNeeded(tr("oauth", "Apptoto's answer could not be used: {reason}", reason=exc)) from None


def _post(base_url: str, form: dict[str, str], session: requests.Session | None,
          hidden: tuple[str, ...]) -> tuple[int, Any, str]:
    """POST a form to the token endpoint: (status, decoded JSON or None, the reason of a refusal in words, with
    the `hidden` values blanked should the answer repeat them)."""
    import requests

    own = session is None
    session = session or requests.Session()
    url = check_base_url(base_url) + TOKEN_PATH
    kwargs: dict[str, Any] = {}
    if is_loopback_host(urlsplit(url).hostname or ""):
        kwargs["proxies"] = {"http": None, "https": None}
    try:
        resp = session.post(url, data=form, headers={"Accept": "application/json",
                                                     "User-Agent": f"apptoto-sheets/{__version__}"},
                            auth=_NoAuth(), timeout=TOKEN_TIMEOUT, verify=True, allow_redirects=False, **kwargs)
    except requests.RequestException as exc:
        raise classify_connection_error(exc) from None
    finally:
        if own:
            session.close()
    try:
        data = resp.json()
    except ValueError:
        data = None
    return resp.status_code, data, _hide(_oauth_reason(data, resp.text[:2000]), hidden)


class _NoAuth:
    """No Authorization header, and no ~/.netrc password either (requests adds one for auth=None)."""

    def __call__(self, request: Any) -> Any:
        return request


def _oauth_reason(data: Any, body: str = "") -> str:
    """An OAuth error answer in words: 'invalid_grant: the code was already used'."""
    if isinstance(data, dict) and isinstance(data.get("error"), str):
        text = data["error"]
        if isinstance(data.get("error_description"), str) and data["error_description"]:
            text += f": {data['error_description']}"
        return text[:300]
    return _reason(body)[:300]


def _hide(text: str, hidden: tuple[str, ...]) -> str:
    for secret in hidden:
        if secret:
            text = text.replace(secret, "[hidden]")
    return text
