"""Secrets in the OS keyring (the API key, the sign-in tokens), APPTOTO_API_KEY / APPTOTO_USER for the command line."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from gui.core.i18n import tr, tr_noop

SERVICE = "apptoto-sheets"
USER_ENV, KEY_ENV = "APPTOTO_USER", "APPTOTO_API_KEY"
CLIENT_ID_ENV = "APPTOTO_CLIENT_ID"      # the sign-in app's client id when the settings name none


API_KEY = tr_noop("credentials", "the API key")      # what a secret is, in messages (tr() there)


class KeyringUnavailable(Exception):
    """No usable OS keyring (e.g. no Secret Service on Linux). str() says so in plain words."""

    def __init__(self, detail: str = "", what: str = API_KEY) -> None:
        what = tr("credentials", what)
        super().__init__(tr("credentials", "The system keyring is not available, so {what} cannot be saved or read "
                            "({detail}).", what=what, detail=detail) if detail else
                         tr("credentials", "The system keyring is not available, so {what} cannot be saved or read.",
                            what=what))


def _keyring() -> Any:
    """The keyring package, imported on first use (0.1 s: the window should not pay it at every start)."""
    import keyring
    import keyring.errors

    return keyring


def _call(name: str, *args: Any, what: str = API_KEY) -> Any:
    """keyring.<name>(*args); KeyringUnavailable (naming `what`) when there is no usable keyring."""
    keyring = _keyring()
    try:
        return getattr(keyring, name)(*args)
    except keyring.errors.PasswordDeleteError:
        raise
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc) or type(exc).__name__, what) from None
    except Exception as exc:        # backends raise their own (D-Bus, locked wallet, ...)
        raise KeyringUnavailable(f"{type(exc).__name__}: {exc}", what) from None


def read_secret(name: str, what: str = API_KEY) -> str | None:
    """The secret saved under `name` in this app's keyring entries, or None."""
    return _call("get_password", SERVICE, name, what=what)


def write_secret(name: str, value: str, what: str = API_KEY) -> None:
    _call("set_password", SERVICE, name, value, what=what)


def forget_secret(name: str, what: str = API_KEY) -> bool:
    """Remove the secret saved under `name`; False if none was saved."""
    try:
        _call("delete_password", SERVICE, name, what=what)
    except _keyring().errors.PasswordDeleteError:
        return False
    return True


def get_api_key(user: str) -> str | None:
    """The saved key for this Apptoto e-mail, or None. KeyringUnavailable if there is no keyring."""
    return read_secret(user)


def set_api_key(user: str, api_key: str) -> None:
    """Save the key for this e-mail. KeyringUnavailable if there is no keyring."""
    if not user or not api_key:
        raise ValueError("both the e-mail and the API key are needed")
    write_secret(user, api_key)


def delete_api_key(user: str) -> bool:
    """Forget the key; False if none was saved."""
    return forget_secret(user)


def client_id_or_env(client_id: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The sign-in app's client id: the one given (settings or --client-id), else $APPTOTO_CLIENT_ID."""
    env = os.environ if environ is None else environ
    return (client_id or "").strip() or env.get(CLIENT_ID_ENV, "").strip()


def keyring_available() -> bool:
    try:
        read_secret("__probe__")
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
