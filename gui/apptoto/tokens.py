"""Sign-in tokens (access, refresh, expiry, scope): kept only in the OS keyring, one entry per server and client id."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, replace
from typing import Any

from gui.apptoto import credentials
from gui.core.i18n import tr_noop

WHAT = tr_noop("credentials", "the Apptoto sign-in")     # what the keyring could not keep (tr() in messages)
RENEW_MARGIN = 60.0                     # seconds before expiry at which an access token is renewed


@dataclass(frozen=True, slots=True)
class Tokens:
    """What a sign-in gave. `expires_at` is epoch seconds (None: Apptoto did not say); `account` is a label only
    (the e-mail the user gave, if any): Apptoto's answer does not say who signed in."""

    access_token: str
    refresh_token: str = ""
    expires_at: float | None = None
    scope: str = ""
    account: str = ""
    signed_in_at: float = 0.0

    def __repr__(self) -> str:                  # never shows a token
        return (f"Tokens(access_token='***', refresh_token={'***' if self.refresh_token else ''!r}, "
                f"expires_at={self.expires_at!r}, scope={self.scope!r}, account={self.account!r})")

    def expires_soon(self, now: float, margin: float = RENEW_MARGIN) -> bool:
        return self.expires_at is not None and now >= self.expires_at - margin

    @property
    def secrets(self) -> tuple[str, ...]:
        return tuple(t for t in (self.access_token, self.refresh_token) if t)

    @classmethod
    def from_answer(cls, answer: Any, now: float, previous: Tokens | None = None, scope: str = "",
                    account: str = "") -> Tokens:
        """Tokens from a token endpoint's JSON answer (RFC 6749 §5.1); ValueError when it holds no access token.
        A refresh answer without a new refresh token keeps the previous one (RFC 6749 §6)."""
        if not isinstance(answer, dict) or not isinstance(answer.get("access_token"), str) \
                or not answer["access_token"]:
            raise ValueError("the answer holds no access token")
        kind = str(answer.get("token_type") or "Bearer")
        if kind.lower() != "bearer":
            raise ValueError(f"the token is of a kind this app cannot use ({kind})")
        expires = now + lifetime if (lifetime := _seconds(answer.get("expires_in"))) is not None else None
        refresh = answer.get("refresh_token") if isinstance(answer.get("refresh_token"), str) else ""
        return cls(answer["access_token"], refresh or (previous.refresh_token if previous else ""), expires,
                   str(answer.get("scope") or (previous.scope if previous else scope)),
                   previous.account if previous else account,
                   previous.signed_in_at if previous else now)

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | None) -> Tokens | None:
        """Tokens read back from the keyring; None for nothing or something unreadable."""
        try:
            data = json.loads(text) if text else None
            return cls(**data) if isinstance(data, dict) and data.get("access_token") else None
        except (ValueError, TypeError):
            return None

    def with_account(self, account: str) -> Tokens:
        return replace(self, account=account)


def _seconds(value: Any) -> float | None:
    """expires_in as seconds (a number, or a number written as text); None when absent or not one."""
    if isinstance(value, bool):
        return None
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return None
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def _entry(base_url: str, client_id: str) -> str:
    return f"oauth {client_id} @ {base_url}"


def _last_entry(base_url: str) -> str:
    return f"oauth client @ {base_url}"


class TokenStore:
    """Tokens in the OS keyring (service "apptoto-sheets"), per server and client id, plus the client id that
    signed in last on each server (so `submit` finds the sign-in without --client-id).

    KeyringUnavailable when there is no keyring. Subclasses keep them elsewhere (MemoryTokenStore)."""

    def load(self, base_url: str, client_id: str) -> Tokens | None:
        return Tokens.from_json(self._get(_entry(base_url, client_id))) if client_id else None

    def save(self, base_url: str, client_id: str, tokens: Tokens) -> None:
        self._set(_entry(base_url, client_id), tokens.to_json())
        self._set(_last_entry(base_url), client_id)

    def delete(self, base_url: str, client_id: str) -> bool:
        """Forget the sign-in; False when there was none."""
        removed = self._delete(_entry(base_url, client_id)) if client_id else False
        if self._get(_last_entry(base_url)) == client_id:
            self._delete(_last_entry(base_url))
        return removed

    def last_client_id(self, base_url: str) -> str:
        return self._get(_last_entry(base_url)) or ""

    # -- where they are kept -------------------------------------------------------------------------
    def _get(self, name: str) -> str | None:
        return credentials.read_secret(name, WHAT)

    def _set(self, name: str, value: str) -> None:
        credentials.write_secret(name, value, WHAT)

    def _delete(self, name: str) -> bool:
        return credentials.forget_secret(name, WHAT)


class MemoryTokenStore(TokenStore):
    """Tokens kept in this process only: sandbox mode, or a computer without a keyring (asked again next time)."""

    def __init__(self) -> None:
        self._kept: dict[str, str] = {}

    def _get(self, name: str) -> str | None:
        return self._kept.get(name)

    def _set(self, name: str, value: str) -> None:
        self._kept[name] = value

    def _delete(self, name: str) -> bool:
        return self._kept.pop(name, None) is not None
