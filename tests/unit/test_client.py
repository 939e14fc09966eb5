"""ApptotoClient against the sandbox over loopback: URLs, headers, typed errors, paging."""

from __future__ import annotations

import socket

import pytest
import requests

from gui import __version__
from gui.apptoto.client import ApptotoClient, check_base_url, parse_retry_after
from gui.apptoto.errors import AuthError, BadRequest, InsecureURLError, NetworkError, RateLimited, ServerError
from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER, FaultConfig, SandboxServer
from tests.helpers.apptoto import client_for, wire_event, with_calendars


@pytest.mark.parametrize("url", ["http://example.com", "http://10.0.0.5:8080", "ftp://127.0.0.1", "api.apptoto.com"])
def test_plain_http_off_this_computer_is_refused(url):
    with pytest.raises(InsecureURLError):
        ApptotoClient(url, "u@example.com", "k")


@pytest.mark.parametrize("url", ["https://api.apptoto.com/", "http://127.0.0.1:8000", "http://127.5.6.7",
                                 "http://localhost:9", "http://[::1]:8000"])
def test_https_and_loopback_are_accepted(url):
    assert check_base_url(url) == url.rstrip("/")


def test_user_agent_basic_auth_and_tls_verification(sandbox):
    seen = []
    session = requests.Session()
    session.verify = False                      # the client must switch it back on per request
    original = session.send

    def spy(request, **kwargs):
        seen.append((request.headers, kwargs.get("verify")))
        return original(request, **kwargs)

    session.send = spy
    client = ApptotoClient(sandbox.url, DEMO_USER, DEMO_KEY, session=session)
    client.check()
    headers, verify = seen[0]
    assert headers["User-Agent"] == f"apptoto-sheets/{__version__}"
    assert headers["Authorization"].startswith("Basic ")
    assert verify is True or isinstance(verify, str)   # on (a CA bundle path counts), never False
    assert DEMO_KEY not in repr(client)


def test_put_get_and_missing_event(sandbox):
    client = client_for(sandbox)
    [created] = client.put_events([wire_event(1, external_id="ext-1")])
    assert isinstance(created["id"], int) and created["external_id"] == "ext-1"
    assert client.get_event(id=created["id"])["title"] == "Check-up 1"
    assert client.get_event(external_id="ext-1")["id"] == created["id"]
    assert client.get_event(external_id="nope") is None
    with pytest.raises(ValueError):
        client.get_event()


def test_list_events_pages_until_an_empty_page(sandbox):
    client = client_for(sandbox)
    client.put_events([wire_event(n) for n in range(7)])
    before = len(sandbox.requests)
    got = list(client.list_events("2025-03-01T00:00:00-05:00", "2025-03-10T00:00:00-05:00", page_size=3))
    assert [e["title"] for e in got] == [f"Check-up {n}" for n in range(7)]
    pages = [p for _, p in sandbox.requests[before:]]
    assert len(pages) == 4 and "page=4" in pages[-1]         # 3 + 3 + 1, then the empty page 4


def test_wrong_key_is_an_auth_error(sandbox):
    with pytest.raises(AuthError) as info:
        client_for(sandbox, key="wrong").put_events([wire_event()])
    assert info.value.status == 401
    assert sandbox.events == []


def test_bad_request_keeps_the_servers_reason(sandbox):
    with pytest.raises(BadRequest) as info:
        client_for(sandbox).put_events([{"calendar": "X", "title": "no times"}])
    assert info.value.status == 422
    assert "start_time" in str(info.value) and "start_time" in info.value.body


def test_429_carries_retry_after():
    with with_calendars(SandboxServer(faults=FaultConfig(rate_429=1.0, retry_after=7))) as sb:
        with pytest.raises(RateLimited) as info:
            client_for(sb).check()
    assert info.value.retry_after == 7


def test_502_above_a_batch_size_is_a_server_error():
    with with_calendars(SandboxServer(faults=FaultConfig(max_batch=2))) as sb:
        client = client_for(sb)
        with pytest.raises(ServerError) as info:
            client.put_events([wire_event(n) for n in range(3)])
        assert info.value.status == 502
        assert sb.events == []
        assert len(client.put_events([wire_event(n) for n in range(2)])) == 2


def test_read_timeout_may_have_been_applied():
    with with_calendars(SandboxServer(faults=FaultConfig(rate_slow=1.0, slow_seconds=0.4))) as sb:
        with pytest.raises(NetworkError) as info:
            client_for(sb, timeout=(2.0, 0.1)).put_events([wire_event(external_id="slow-1")])
        assert info.value.is_timeout and info.value.maybe_applied
        assert sb.wait_idle()
        assert [e["external_id"] for e in sb.events] == ["slow-1"]     # applied although no answer came


def test_dropped_connection_after_commit():
    with with_calendars(SandboxServer(faults=FaultConfig(rate_drop=1.0))) as sb:
        with pytest.raises(NetworkError) as info:
            client_for(sb).put_events([wire_event(external_id="drop-1")])
        assert info.value.kind == "connection" and info.value.maybe_applied
        assert [e["external_id"] for e in sb.events] == ["drop-1"]


def test_connection_refused_was_not_applied():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(NetworkError) as info:
        ApptotoClient(f"http://127.0.0.1:{port}", "u", "k", timeout=(1, 1)).check()
    assert info.value.kind == "connection" and not info.value.maybe_applied


def test_retry_after_as_http_date():
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=lambda: 1445412480.0) == 10.0
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None

