"""Sign in with Apptoto against the sandbox, the browser being tests/helpers/fake_browser.py (through BROWSER):
PKCE, the loopback redirect, state, replayed codes, wrong verifiers, time-out, cancel."""

from __future__ import annotations

import socket
import threading
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from gui.apptoto.errors import SignInCancelled, SignInError, SignInTimeout
from gui.apptoto.oauth import (
    OAuthConfig,
    SignIn,
    authorize_url,
    challenge,
    exchange_code,
    new_verifier,
    sign_in,
)
from gui.apptoto.sandbox import DEMO_CLIENT_ID, DEMO_USER


def config_for(sandbox, **extra) -> OAuthConfig:
    return OAuthConfig.make(sandbox.url, DEMO_CLIENT_ID, **extra)


def query(url: str) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlsplit(url).query).items()}


def token_posts(sandbox) -> int:
    return sum(1 for m, p in sandbox.requests if (m, p) == ("POST", "/oauth/token"))


def test_pkce_challenge_is_rfc_7636s_example():
    # RFC 7636 Appendix B
    assert challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    verifier = new_verifier()
    assert 43 <= len(verifier) <= 128 and set(verifier) <= set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    assert new_verifier() != verifier


def test_the_authorize_url_asks_for_a_code_with_pkce():
    config = OAuthConfig.make("https://api.apptoto.com", "my-app")
    assert config.authorize_url == "https://www.apptoto.com/oauth/authorize"
    assert config.token_url == "https://api.apptoto.com/oauth/token"
    url = authorize_url(config, "http://127.0.0.1:5000", "st", "ch")
    assert url.startswith("https://www.apptoto.com/oauth/authorize?")
    assert query(url) == {"client_id": "my-app", "redirect_uri": "http://127.0.0.1:5000", "response_type": "code",
                          "scope": "events:read events:write", "state": "st", "code_challenge": "ch",
                          "code_challenge_method": "S256"}


@pytest.mark.parametrize(("base", "page", "says"), [
    ("https://api.apptoto.com", "http://www.apptoto.com/oauth/authorize", "must be an https://"),
    ("http://apptoto.example.com", "", "Refusing plain http"),
])
def test_unsafe_addresses_are_refused(base, page, says):
    with pytest.raises(ValueError, match=says):
        OAuthConfig.make(base, "my-app", page)


def test_no_client_id_is_explained():
    with pytest.raises(ValueError, match="client id"):
        OAuthConfig.make("https://api.apptoto.com", " ")


def test_sign_in_through_the_system_browser(sandbox, fake_browser):
    tokens = sign_in(config_for(sandbox), account="me@clinic.example", timeout=20)
    assert tokens.access_token and tokens.refresh_token and tokens.scope == "events:read events:write"
    assert tokens.expires_at is not None and tokens.account == "me@clinic.example"
    assert "***" in repr(tokens) and tokens.access_token not in repr(tokens)
    (visit,) = fake_browser.visits()
    asked = query(visit["authorize"])
    assert visit["authorize_status"] == 302 and asked["code_challenge_method"] == "S256"
    redirect = urlsplit(visit["redirect"])
    assert redirect.hostname == "127.0.0.1" and redirect.port and asked["redirect_uri"] == f"http://127.0.0.1:{redirect.port}"
    assert query(visit["redirect"])["state"] == asked["state"]
    assert visit["status"] == 200 and "You can close this tab" in visit["page"]
    assert token_posts(sandbox) == 1
    user, refusal = sandbox.oauth.check(tokens.access_token, "GET", "/v1/events")
    assert user == DEMO_USER and refusal is None
    with pytest.raises(OSError):                              # the one-shot listener is closed
        socket.create_connection(("127.0.0.1", redirect.port), timeout=1).close()


def test_an_answer_with_the_wrong_state_is_refused_before_any_exchange(sandbox, fake_browser):
    fake_browser.set(state="forged")
    with pytest.raises(SignInError, match="did not come from this sign-in"):
        sign_in(config_for(sandbox), timeout=20)
    (visit,) = fake_browser.visits()
    assert visit["status"] == 400 and "Sign-in did not finish" in visit["page"]
    assert token_posts(sandbox) == 0


def test_a_replayed_code_is_refused_and_ends_what_it_gave(sandbox, fake_browser):
    first = sign_in(config_for(sandbox), timeout=20)
    fake_browser.set(code=fake_browser.codes()[0])
    with pytest.raises(SignInError, match="invalid_grant: the code was already used"):
        sign_in(config_for(sandbox), timeout=20)
    assert sandbox.oauth.check(first.access_token, "GET", "/v1/events")[0] is None    # RFC 6749 §4.1.2
    assert "Sign-in did not finish" in fake_browser.visits(2)[1]["page"]


def test_a_wrong_verifier_is_refused(sandbox):
    config = config_for(sandbox)
    redirect = "http://127.0.0.1:9"
    asked = authorize_url(config, redirect, "s1", challenge(new_verifier()))
    answer = requests.get(asked, allow_redirects=False, timeout=5)
    assert answer.status_code == 302
    code = query(answer.headers["Location"])["code"]
    with pytest.raises(SignInError, match="code verifier does not match") as raised:
        exchange_code(config, code, new_verifier(), redirect)
    assert code not in str(raised.value)
    assert sandbox.oauth.refused == ["invalid_grant: the code verifier does not match the challenge"]


def test_a_refusal_in_the_browser_is_reported(sandbox, fake_browser):
    with pytest.raises(SignInError, match="Apptoto did not sign you in: invalid_scope"):
        sign_in(config_for(sandbox, scope="contacts:write"), timeout=20)


def test_nobody_signing_in_times_out_with_a_clear_message(sandbox, fake_browser):
    fake_browser.set(idle="1")
    with pytest.raises(SignInTimeout) as raised:
        sign_in(config_for(sandbox), timeout=0.3)
    assert str(raised.value).startswith("No sign-in came back from the browser within 0.3 s")
    assert "start the sign-in again" in str(raised.value)


def test_cancel_stops_waiting_and_closes_the_listener(sandbox):
    cancelled = threading.Event()
    flow = SignIn(config_for(sandbox))
    port = urlsplit(flow.redirect_uri).port
    waiter = threading.Thread(target=lambda: cancelled.set())
    with flow, pytest.raises(SignInCancelled, match="cancelled"):
        waiter.start()
        flow.wait(timeout=30, cancelled=cancelled)
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_other_requests_to_the_listener_do_not_end_the_sign_in(sandbox, fake_browser):
    with SignIn(config_for(sandbox)) as flow:
        stray = requests.get(flow.redirect_uri + "/favicon.ico", timeout=5)
        assert stray.status_code == 404
        flow.open_browser()
        assert flow.wait(timeout=20).access_token


def test_the_listener_logs_nothing(sandbox, fake_browser, capfd):
    sign_in(config_for(sandbox), timeout=20)
    out, err = capfd.readouterr()
    assert fake_browser.codes()[0] not in out + err and "code=" not in out + err


@pytest.mark.parametrize(("change", "status", "says"), [
    ({"redirect_uri": "http://localhost:5000"}, 400, "does not match"),
    ({"redirect_uri": "http://127.0.0.1:5000/elsewhere"}, 400, "does not match"),
    ({"client_id": "someone-else"}, 400, "No app with client id"),
    ({"code_challenge_method": "plain"}, 302, "error=invalid_request"),
    ({"response_type": "token"}, 302, "error=unsupported_response_type"),
])
def test_the_sandbox_authorizes_only_what_was_registered(sandbox, change, status, says):
    params = {"client_id": DEMO_CLIENT_ID, "redirect_uri": "http://127.0.0.1:5000", "response_type": "code",
              "state": "s", "code_challenge": challenge(new_verifier()), "code_challenge_method": "S256", **change}
    answer = requests.get(sandbox.url + "/oauth/authorize", params=params, allow_redirects=False, timeout=5)
    assert answer.status_code == status
    assert says in (answer.headers.get("Location", "") if status == 302 else answer.text)
    if status == 400:
        assert "Location" not in answer.headers            # never redirect to an address not registered


def test_the_sandbox_token_endpoint_wants_a_form_and_a_known_grant(sandbox):
    url = sandbox.url + "/oauth/token"
    assert requests.post(url, json={"client_id": DEMO_CLIENT_ID}, timeout=5).json()["error"] == "invalid_request"
    assert requests.post(url, data={"client_id": "x"}, timeout=5).status_code == 401
    assert requests.post(url, data={"client_id": DEMO_CLIENT_ID, "grant_type": "password"},
                         timeout=5).json()["error"] == "unsupported_grant_type"
    assert requests.post(url, data={"client_id": DEMO_CLIENT_ID, "grant_type": "refresh_token",
                                    "refresh_token": "nope"}, timeout=5).json()["error"] == "invalid_grant"


def test_apptoto_unreachable_during_the_exchange_is_said_plainly(sandbox, fake_browser):
    from gui.apptoto.sandbox import SandboxServer

    with SandboxServer() as gone:
        dead = gone.url
    config = OAuthConfig.make(dead, DEMO_CLIENT_ID, authorize_url=sandbox.url + "/oauth/authorize")
    with pytest.raises(SignInError, match="Could not finish the sign-in with Apptoto: Apptoto could not be reached"):
        sign_in(config, timeout=20)
