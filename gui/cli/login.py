"""`apptoto-sheets login`: sign in with Apptoto in the system browser (OAuth 2.0 with PKCE, a loopback redirect);
the tokens go to the keyring only. Exit 0 signed in, 2 not."""

from __future__ import annotations

import argparse
import os

from gui.apptoto.credentials import (
    CLIENT_ID_ENV,
    USER_ENV,
    KeyringUnavailable,
    client_id_or_env,
    keyring_available,
)
from gui.apptoto.errors import ApptotoError
from gui.apptoto.oauth import OAuthConfig, sign_in
from gui.apptoto.tokens import WHAT, TokenStore
from gui.cli.common import EXIT_NOTHING, EXIT_OK, say
from gui.core.settings import AUTHORIZE_URL, CLIENT_ID, REDIRECT_PORT, SCOPE, SIGN_IN_WAIT, from_arguments


def run(args: argparse.Namespace) -> int:
    get = from_arguments(args)
    client_id = client_id_or_env(get(CLIENT_ID))
    if not client_id:
        say(f"apptoto-sheets: no client id: give {CLIENT_ID.flag} or set ${CLIENT_ID_ENV} to the client id of the "
            "app your office registered with Apptoto (see the README). Nothing was saved.")
        return EXIT_NOTHING
    try:
        config = OAuthConfig.make(args.base_url, client_id, get(AUTHORIZE_URL), get(SCOPE), get(REDIRECT_PORT))
    except ValueError as exc:
        say(f"apptoto-sheets: {exc}")
        return EXIT_NOTHING
    if not keyring_available():
        say(f"apptoto-sheets: {KeyringUnavailable(what=WHAT)} Use an API key instead ($APPTOTO_API_KEY).")
        return EXIT_NOTHING
    say(f"Opening your web browser to sign in to Apptoto ({config.base_url}) ...")
    try:
        tokens = sign_in(config, account=os.environ.get(USER_ENV, "").strip(), timeout=get(SIGN_IN_WAIT),
                         show_url=lambda url: say(f"If no browser opens, open this address in one:\n  {url}"))
        TokenStore().save(config.base_url, config.client_id, tokens)
    except KeyboardInterrupt:
        say("Sign-in stopped; nothing was saved.")
        return EXIT_NOTHING
    except (ApptotoError, KeyringUnavailable) as exc:
        say(f"apptoto-sheets: {exc}")
        return EXIT_NOTHING
    say(f"Signed in to Apptoto at {config.base_url}. The sign-in is kept in the system keyring: submit and diff "
        "use it when no API key is given; `apptoto-sheets logout` forgets it.")
    return EXIT_OK

