"""The client on a sign-in: Bearer on every request, renewed before expiry and once after a 401, a refused renewal
ends the sign-in before anything is sent; scopes; the API key path unchanged; one choice of credentials."""

from __future__ import annotations

import dataclasses

import pytest

from gui.apptoto.auth import ApiKeyAuth, NoCredentials, TokenAuth, choose_auth
from gui.apptoto.client import ApptotoClient
from gui.apptoto.errors import AuthError, SignInNeeded
from gui.apptoto.oauth import OAuthConfig, sign_in
from gui.apptoto.sandbox import DEMO_CLIENT_ID, DEMO_KEY, DEMO_USER, SandboxServer
from gui.apptoto.tokens import MemoryTokenStore, Tokens, TokenStore
from tests.helpers.apptoto import wire_event, with_calendars
from tests.helpers.fakes import FakeClock


@pytest.fixture
def clocked(clock):
    """A sandbox whose token clock the test moves (access tokens live 3,600 s)."""
    with with_calendars(SandboxServer(clock=clock, token_lifetime=3600)) as sb:
        yield sb


def signed_in(sandbox, store: TokenStore, scope: str = "") -> Tokens:
    config = OAuthConfig.make(sandbox.url, DEMO_CLIENT_ID, scope=scope)
    tokens = sign_in(config, timeout=20)
    store.save(sandbox.url, DEMO_CLIENT_ID, tokens)
    return tokens


def client_on(sandbox, store: TokenStore, now=None) -> ApptotoClient:
    tokens = store.load(sandbox.url, DEMO_CLIENT_ID)
    auth = TokenAuth(sandbox.url, DEMO_CLIENT_ID, store, tokens, **({"now": now} if now else {}))
    return ApptotoClient(sandbox.url, auth=auth, timeout=(2.0, 5.0))


def api_calls(sandbox) -> list[tuple[str, str, str]]:
    return [(m, p.split("?")[0], s) for (m, p), s in zip(sandbox.requests, sandbox.auth_schemes, strict=True)
            if not p.startswith("/oauth/")]


def refreshes(sandbox) -> int:
    return sum(1 for m, p in sandbox.requests if (m, p) == ("POST", "/oauth/token")) - 1     # minus the sign-in


def test_every_request_carries_the_bearer_token(sandbox, fake_browser):
    store = MemoryTokenStore()
    signed_in(sandbox, store)
    with client_on(sandbox, store) as client:
        client.check()
        created = client.put_events([wire_event(0)])
    assert created[0]["id"] and api_calls(sandbox) == [("GET", "/v1/events", "bearer"), ("PUT", "/v1/events", "bearer")]
    assert refreshes(sandbox) == 0


def test_renewed_shortly_before_expiry_and_saved_at_once(clocked, fake_browser, clock):
    store = MemoryTokenStore()
    first = signed_in(clocked, store)
    later = FakeClock(first.expires_at - 30)           # within the renewal margin on this computer's clock
    with client_on(clocked, store, now=later) as client:
        client.check()
    saved = store.load(clocked.url, DEMO_CLIENT_ID)
    assert refreshes(clocked) == 1 and saved.access_token != first.access_token
    assert saved.refresh_token != first.refresh_token and saved.signed_in_at == first.signed_in_at
    assert api_calls(clocked) == [("GET", "/v1/events", "bearer")]        # no 401 was needed
    assert clocked.oauth.check(first.access_token, "GET", "/v1/events")[0] is None


def test_renewed_once_after_a_401_and_the_request_sent_again(clocked, fake_browser, clock):
    store = MemoryTokenStore()
    first = signed_in(clocked, store)
    clock.now += 3601                                  # Apptoto's clock: expired; this computer's: not yet
    with client_on(clocked, store) as client:
        created = client.put_events([wire_event(1)])
    assert created and len(clocked.events) == 1
    assert api_calls(clocked) == [("PUT", "/v1/events", "bearer")] * 2 and refreshes(clocked) == 1
    assert store.load(clocked.url, DEMO_CLIENT_ID).access_token != first.access_token


def test_a_second_401_is_not_renewed_again(fake_browser, clock):
    with with_calendars(SandboxServer(clock=clock, token_lifetime=0)) as sb:          # every access token is born expired
        store = MemoryTokenStore()
        signed_in(sb, store)
        with client_on(sb, store, now=FakeClock(0)) as client, pytest.raises(AuthError, match="refused the sign-in"):
            client.check()
        assert refreshes(sb) == 1 and [m for m, _p, _s in api_calls(sb)] == ["GET", "GET"]


def test_a_refused_renewal_ends_the_sign_in_and_sends_nothing(clocked, fake_browser, clock):
    store = MemoryTokenStore()
    signed_in(clocked, store)
    clocked.oauth.revoke_all()                        # removed under Authorized Applications
    with client_on(clocked, store) as client, pytest.raises(SignInNeeded, match="Sign in again") as raised:
        client.put_events([wire_event(2)])
    assert "invalid_grant" in str(raised.value)
    assert clocked.events == [] and store.load(clocked.url, DEMO_CLIENT_ID) is None
    assert api_calls(clocked) == [("PUT", "/v1/events", "bearer")]     # refused (401), never applied
    before = len(clocked.requests)
    expired = dataclasses.replace(Tokens("old", "old-refresh", expires_at=0.0))
    store.save(clocked.url, DEMO_CLIENT_ID, expired)
    with client_on(clocked, store) as client, pytest.raises(SignInNeeded):
        client.put_events([wire_event(2)])
    assert [p for _m, p in clocked.requests[before:]] == ["/oauth/token"]   # renewal refused first: nothing sent


def test_a_missing_scope_says_so(sandbox, fake_browser):
    store = MemoryTokenStore()
    signed_in(sandbox, store, scope="events:read")
    with client_on(sandbox, store) as client:
        client.check()
        with pytest.raises(AuthError, match="without permission to do this .403 insufficient_scope") as raised:
            client.put_events([wire_event(3)])
    assert raised.value.status == 403 and sandbox.events == []


def test_the_api_key_path_is_unchanged(sandbox):
    with ApptotoClient(sandbox.url, DEMO_USER, DEMO_KEY) as client:
        client.check()
    with ApptotoClient(sandbox.url, DEMO_USER, "wrong") as client, pytest.raises(AuthError, match="API key"):
        client.check()
    assert sandbox.auth_schemes == ["basic", "basic"]


def test_tokens_live_in_the_keyring_per_server_and_client_id(memory_keyring):
    store = TokenStore()
    store.save("https://api.apptoto.com", "app-1", Tokens("a1", "r1", 100.0, "events:read"))
    store.save("http://127.0.0.1:9", "app-2", Tokens("a2", "r2"))
    assert store.load("https://api.apptoto.com", "app-1").refresh_token == "r1"
    assert store.load("https://api.apptoto.com", "app-2") is None
    assert store.last_client_id("https://api.apptoto.com") == "app-1"
    assert {name for _service, name in memory_keyring.store} == {
        "oauth app-1 @ https://api.apptoto.com", "oauth client @ https://api.apptoto.com",
        "oauth app-2 @ http://127.0.0.1:9", "oauth client @ http://127.0.0.1:9"}
    assert store.delete("https://api.apptoto.com", "app-1") and not store.delete("https://api.apptoto.com", "app-1")
    assert {name for _service, name in memory_keyring.store} == {
        "oauth app-2 @ http://127.0.0.1:9", "oauth client @ http://127.0.0.1:9"}


def test_one_choice_of_credentials(memory_keyring):
    url = "https://api.apptoto.com"
    env = {"APPTOTO_USER": "me@clinic.example", "APPTOTO_API_KEY": "k"}
    assert isinstance(choose_auth(url, environ=env), ApiKeyAuth)
    with pytest.raises(NoCredentials, match="not signed in"):
        choose_auth(url, environ={})
    TokenStore().save(url, "app-1", Tokens("a1", "r1"))
    chosen = choose_auth(url, environ={})             # the client id of the last sign-in on that server
    assert isinstance(chosen, TokenAuth) and chosen.client_id == "app-1" and "a1" not in repr(chosen)
    assert isinstance(choose_auth(url, environ=env), ApiKeyAuth)        # an API key given wins
    with pytest.raises(NoCredentials):
        choose_auth(url, client_id="app-2", environ={})
    assert choose_auth(url, environ={"APPTOTO_CLIENT_ID": "app-1"}).client_id == "app-1"


def test_signing_out_meanwhile_is_not_undone_by_a_renewal(clocked, fake_browser, clock):
    store = MemoryTokenStore()
    signed_in(clocked, store)
    with client_on(clocked, store) as client:
        store.delete(clocked.url, DEMO_CLIENT_ID)      # `apptoto-sheets logout` in another window
        clock.now += 3601
        with pytest.raises(SignInNeeded, match="you signed out on this computer"):
            client.check()
    assert store.load(clocked.url, DEMO_CLIENT_ID) is None and refreshes(clocked) == 0


@pytest.mark.parametrize(("answer", "expires", "problem"), [
    ({"access_token": "a", "expires_in": 3600}, 4600.0, ""),
    ({"access_token": "a", "expires_in": "3600", "token_type": "bearer"}, 4600.0, ""),
    ({"access_token": "a", "expires_in": True}, None, ""),
    ({"access_token": "a"}, None, ""),
    ({"access_token": "a", "token_type": "mac"}, None, "kind this app cannot use"),
    ({"token_type": "Bearer"}, None, "no access token"),
])
def test_what_a_token_answer_gives(answer, expires, problem):
    if problem:
        with pytest.raises(ValueError, match=problem):
            Tokens.from_answer(answer, 1000.0)
        return
    tokens = Tokens.from_answer(answer, 1000.0, previous=Tokens("old", "kept-refresh", scope="events:read"))
    assert tokens.expires_at == expires and tokens.refresh_token == "kept-refresh" and tokens.scope == "events:read"
    assert Tokens.from_json(tokens.to_json()) == tokens and Tokens.from_json("not json") is None


def test_a_refusal_that_repeats_the_refresh_token_does_not_show_it(monkeypatch):
    from gui.apptoto import oauth

    class Answer:
        status_code, text = 400, ""

        def json(self):
            return {"error": "invalid_grant", "error_description": "refresh token secret-refresh is revoked"}

    class Session:
        def post(self, *args, **kwargs):
            return Answer()

    with pytest.raises(SignInNeeded) as raised:
        oauth.refresh("https://api.apptoto.com", "app", Tokens("secret-access", "secret-refresh"), session=Session())
    assert "secret-refresh" not in str(raised.value) and "[hidden] is revoked" in str(raised.value)
