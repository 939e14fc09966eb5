"""API key storage: the OS keyring for the app, APPTOTO_API_KEY / APPTOTO_USER for the command line."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

SERVICE = "apptoto-sheets"
USER_ENV, KEY_ENV = "APPTOTO_USER", "APPTOTO_API_KEY"


class KeyringUnavailable(Exception):
    """No usable OS keyring (e.g. no Secret Service on Linux). str() says so in plain words."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("The system keyring is not available, so the API key cannot be saved or read"
                         + (f" ({detail})" if detail else "") + ".")


def _keyring() -> Any:
    """The keyring package, imported on first use (0.1 s: the window should not pay it at every start)."""
    import keyring
    import keyring.errors

    return keyring


def _call(name: str, *args: Any) -> Any:
    keyring = _keyring()
    try:
        return getattr(keyring, name)(*args)
    except keyring.errors.PasswordDeleteError:
        raise
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc) or type(exc).__name__) from None
    except Exception as exc:        # backends raise their own (D-Bus, locked wallet, ...)
        raise KeyringUnavailable(f"{type(exc).__name__}: {exc}") from None


def get_api_key(user: str) -> str | None:
    """The saved key for this Apptoto e-mail, or None. KeyringUnavailable if there is no keyring."""
    return _call("get_password", SERVICE, user)


def set_api_key(user: str, api_key: str) -> None:
    """Save the key for this e-mail. KeyringUnavailable if there is no keyring."""
    if not user or not api_key:
        raise ValueError("both the e-mail and the API key are needed")
    _call("set_password", SERVICE, user, api_key)


def delete_api_key(user: str) -> bool:
    """Forget the key; False if none was saved."""
    try:
        _call("delete_password", SERVICE, user)
    except _keyring().errors.PasswordDeleteError:
        return False
    return True


def keyring_available() -> bool:
    try:
        _call("get_password", SERVICE, "__probe__")
    except KeyringUnavailable:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Credentials:
    user: str
    api_key: str = ""
    source: str = ""            # "environment", "keyring" or "" (not found)

    def __repr__(self) -> str:  # never shows the key
        return f"Credentials(user={self.user!r}, api_key={'***' if self.api_key else ''!r}, source={self.source!r})"


def cli_credentials(user: str | None = None, environ: Mapping[str, str] | None = None) -> Credentials:
    """For the command line: user from --user or APPTOTO_USER; key from APPTOTO_API_KEY, else the keyring."""
    env = os.environ if environ is None else environ
    who = (user or env.get(USER_ENV, "")).strip()
    key = env.get(KEY_ENV, "").strip()
    if key:
        return Credentials(who, key, "environment")
    if who:
        try:
            saved = get_api_key(who)
        except KeyringUnavailable:
            saved = None
        if saved:
            return Credentials(who, saved, "keyring")
    return Credentials(who)
