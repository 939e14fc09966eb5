"""`apptoto-sheets logout`: forget the sign-in with Apptoto for a server (the keyring entry). Exit 0, or 2 without
a keyring."""

from __future__ import annotations

import argparse

from gui.apptoto.credentials import KeyringUnavailable, client_id_or_env
from gui.apptoto.errors import InsecureURLError
from gui.apptoto.net import check_base_url
from gui.apptoto.tokens import TokenStore
from gui.cli.common import EXIT_NOTHING, EXIT_OK, say


def run(args: argparse.Namespace) -> int:
    store = TokenStore()
    try:
        base_url = check_base_url(args.base_url)
        client_id = client_id_or_env(args.client_id) or store.last_client_id(base_url)
        removed = store.delete(base_url, client_id)
    except InsecureURLError as exc:
        say(f"apptoto-sheets: --base-url: {exc}")
        return EXIT_NOTHING
    except KeyringUnavailable as exc:
        say(f"apptoto-sheets: {exc}")
        return EXIT_NOTHING
    if not removed:
        say(f"Not signed in to Apptoto at {base_url} on this computer; nothing to forget.")
        return EXIT_OK
    say(f"Signed out: the sign-in for {base_url} was removed from this computer's keyring. To withdraw Apptoto "
        "Sheets' access altogether, remove it under Authorized Applications in Apptoto.")
    return EXIT_OK
