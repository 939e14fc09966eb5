"""Credentials: keyring get/set/delete, a clear result without a keyring, environment first for the CLI."""

from __future__ import annotations

import pytest

from gui.apptoto import credentials
from gui.apptoto.credentials import KeyringUnavailable, cli_credentials


def test_set_get_delete(memory_keyring):
    assert credentials.get_api_key("a@example.com") is None
    credentials.set_api_key("a@example.com", "key-1")
    assert memory_keyring.store == {("apptoto-sheets", "a@example.com"): "key-1"}
    assert credentials.get_api_key("a@example.com") == "key-1"
    assert credentials.delete_api_key("a@example.com") is True
    assert credentials.delete_api_key("a@example.com") is False
    assert credentials.get_api_key("a@example.com") is None
    assert credentials.keyring_available()


def test_no_keyring_gives_a_clear_result(broken_keyring):
    assert not credentials.keyring_available()
    with pytest.raises(KeyringUnavailable, match="keyring is not available"):
        credentials.get_api_key("a@example.com")
    with pytest.raises(KeyringUnavailable):
        credentials.set_api_key("a@example.com", "k")


def test_cli_prefers_the_environment(memory_keyring):
    credentials.set_api_key("a@example.com", "from-keyring")
    env = {"APPTOTO_USER": "a@example.com", "APPTOTO_API_KEY": "from-env"}
    assert cli_credentials(None, env) == credentials.Credentials("a@example.com", "from-env", "environment")
    got = cli_credentials(None, {"APPTOTO_USER": "a@example.com"})
    assert (got.api_key, got.source) == ("from-keyring", "keyring")
    assert cli_credentials("b@example.com", {"APPTOTO_USER": "a@example.com"}).user == "b@example.com"
    assert "from-env" not in repr(cli_credentials(None, env))


def test_cli_without_keyring_falls_back_to_nothing(broken_keyring):
    got = cli_credentials("a@example.com", {})
    assert (got.user, got.api_key, got.source) == ("a@example.com", "", "")
