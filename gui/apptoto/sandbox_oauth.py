"""The sandbox's OAuth 2.0 server: /oauth/authorize approves at once, /oauth/token (code with PKCE, refresh token),
Bearer access tokens that expire, scopes checked per request. A stand-in for Apptoto's, for training and tests."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from gui.apptoto.loopback import page
from gui.apptoto.oauth import challenge

DEMO_CLIENT_ID = "apptoto-sheets-sandbox"
REGISTERED_REDIRECT = "http://127.0.0.1"        # what an office registers; any port is accepted (RFC 8252 §7.3)
SCOPES = ("events:read", "events:write")
CODE_LIFETIME = 600.0

Answer = tuple[int, Any, dict[str, str]]         # (status, JSON-able or page bytes, headers)


@dataclass
class _Code:
    user: str
    client_id: str
    redirect_uri: str
    challenge: str
    scope: str
    expires: float
    tokens: list[str] = field(default_factory=list)     # issued for it: revoked if it is presented again


@dataclass
class _Token:
    user: str
    client_id: str
    scope: str
    expires: float | None                               # None: a refresh token (no expiry here)
    code: str = ""


class OAuthServer:
    """The sandbox's authorization server. `clock` is the sandbox's; `token_lifetime` the access tokens' seconds."""

    def __init__(self, user_for: Callable[[], str], clock: Callable[[], float] = time.monotonic,
                 token_lifetime: float = 7200.0, clients: tuple[str, ...] = (DEMO_CLIENT_ID,)) -> None:
        self.user_for, self.clock, self.token_lifetime = user_for, clock, token_lifetime
        self.clients = set(clients)
        self._lock = threading.Lock()
        self._codes: dict[str, _Code] = {}
        self._used_codes: dict[str, _Code] = {}
        self._access: dict[str, _Token] = {}
        self._refresh: dict[str, _Token] = {}
        self.refused: list[str] = []                    # why token requests were refused ("invalid_grant: ...")

    # -- /oauth/authorize ----------------------------------------------------------------------------
    def authorize(self, query: str) -> Answer:
        """Approve at once for the sandbox's account and redirect back with code and state."""
        q = {k: v[-1] for k, v in parse_qs(query).items()}
        client_id, redirect_uri = q.get("client_id", ""), q.get("redirect_uri", "")
        if client_id not in self.clients:
            return 400, page("Unknown app", f"No app with client id {client_id!r} is registered here."), {}
        if not _redirect_ok(redirect_uri):
            return 400, page("Redirect not allowed", f"{redirect_uri!r} does not match the app's registered "
                             f"redirect URI {REGISTERED_REDIRECT}."), {}
        state = q.get("state")
        if q.get("response_type") != "code":
            return self._back(redirect_uri, state, error="unsupported_response_type")
        if q.get("code_challenge_method") != "S256" or not q.get("code_challenge"):
            return self._back(redirect_uri, state, error="invalid_request",
                              error_description="PKCE with S256 is required")
        asked = q.get("scope", "").split()
        if any(s not in SCOPES for s in asked):
            return self._back(redirect_uri, state, error="invalid_scope",
                              error_description=f"known scopes: {' '.join(SCOPES)}")
        scope = " ".join(asked) or " ".join(SCOPES)
        code = secrets.token_urlsafe(24)
        with self._lock:
            self._codes[code] = _Code(self.user_for(), client_id, redirect_uri, q["code_challenge"], scope,
                                      self.clock() + CODE_LIFETIME)
        return self._back(redirect_uri, state, code=code)

    @staticmethod
    def _back(redirect_uri: str, state: str | None, **params: str) -> Answer:
        if state is not None:
            params["state"] = state
        return 302, b"", {"Location": f"{redirect_uri}?{urlencode(params)}"}

    # -- /oauth/token --------------------------------------------------------------------------------
    def token(self, raw: bytes, content_type: str) -> Answer:
        if "application/x-www-form-urlencoded" not in content_type:
            return self._refuse("invalid_request", "the body must be form-encoded")
        form = {k: v[-1] for k, v in parse_qs(raw.decode("utf-8", "replace")).items()}
        client_id = form.get("client_id", "")
        if client_id not in self.clients:
            return self._refuse("invalid_client", "unknown client id", 401)
        grant = form.get("grant_type")
        with self._lock:
            if grant == "authorization_code":
                return self._code_grant(form, client_id)
            if grant == "refresh_token":
                return self._refresh_grant(form, client_id)
        return self._refuse("unsupported_grant_type", f"{grant!r}")

    def _code_grant(self, form: dict[str, str], client_id: str) -> Answer:
        code = form.get("code", "")
        grant = self._codes.pop(code, None)
        if grant is None:
            used = self._used_codes.get(code)
            if used is not None:                      # a replayed code: revoke what it gave (RFC 6749 §4.1.2)
                for token in used.tokens:
                    self._access.pop(token, None)
                    self._refresh.pop(token, None)
                return self._refuse("invalid_grant", "the code was already used")
            return self._refuse("invalid_grant", "unknown code")
        self._used_codes[code] = grant
        if grant.expires < self.clock():
            return self._refuse("invalid_grant", "the code has expired")
        if grant.client_id != client_id or form.get("redirect_uri") != grant.redirect_uri:
            return self._refuse("invalid_grant", "client id or redirect URI differ from the authorization")
        verifier = form.get("code_verifier", "")
        if not verifier or not hmac.compare_digest(challenge(verifier), grant.challenge):
            return self._refuse("invalid_grant", "the code verifier does not match the challenge")
        answer = self._issue(grant.user, client_id, grant.scope, code)
        grant.tokens += [answer["access_token"], answer["refresh_token"]]
        return 200, answer, {"Cache-Control": "no-store"}

    def _refresh_grant(self, form: dict[str, str], client_id: str) -> Answer:
        old = self._refresh.pop(form.get("refresh_token", ""), None)
        if old is None or old.client_id != client_id:
            return self._refuse("invalid_grant", "the refresh token is not valid")
        for token, held in list(self._access.items()):   # rotate: the old access token ends too
            if held.code == old.code and held.user == old.user:
                del self._access[token]
        return 200, self._issue(old.user, client_id, old.scope, old.code), {"Cache-Control": "no-store"}

    def _issue(self, user: str, client_id: str, scope: str, code: str) -> dict[str, Any]:
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        self._access[access] = _Token(user, client_id, scope, self.clock() + self.token_lifetime, code)
        self._refresh[refresh] = _Token(user, client_id, scope, None, code)
        return {"access_token": access, "token_type": "Bearer", "expires_in": int(self.token_lifetime),
                "refresh_token": refresh, "scope": scope, "created_at": int(time.time())}

    def _refuse(self, error: str, why: str, status: int = 400) -> Answer:
        self.refused.append(f"{error}: {why}")
        return status, {"error": error, "error_description": why}, {}

    # -- Bearer tokens on API requests ---------------------------------------------------------------
    def check(self, token: str, method: str, path: str) -> tuple[str | None, Answer | None]:
        """(user, None) for a live token allowed this request; (None, the refusal) otherwise."""
        with self._lock:
            held = self._access.get(token)
            if held is not None and held.expires is not None and held.expires <= self.clock():
                held = None
        if held is None:
            return None, (401, {"error": "invalid_token"},
                          {"WWW-Authenticate": 'Bearer error="invalid_token"'})
        need = "events:read" if method == "GET" else "events:write"
        if path.startswith("/v1/") and need not in held.scope.split():
            return None, (403, {"error": "insufficient_scope", "scope": need},
                          {"WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{need}"'})
        return held.user, None

    def revoke_all(self) -> int:
        """The user removed the app under Authorized Applications: every token ends. How many ended."""
        with self._lock:
            count = len(self._access) + len(self._refresh)
            self._access.clear()
            self._refresh.clear()
            return count


def _redirect_ok(uri: str) -> bool:
    """Exactly the registered http://127.0.0.1 (path empty or /), with any port: RFC 8252 §7.3's loopback rule."""
    parts = urlsplit(uri)
    try:
        port = parts.port
    except ValueError:
        return False
    return (parts.scheme == "http" and parts.hostname == "127.0.0.1" and port != 0
            and parts.path in ("", "/") and not parts.query and not parts.fragment)
