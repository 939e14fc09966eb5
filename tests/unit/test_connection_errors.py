"""Connection failures in plain words, whole: the server name not found, a refused connection, a certificate
refused, a proxy, time-outs, a dropped connection; never the network library's `HTTPSConnectionPool(host=…` text,
never a message cut mid-word. Used by Settings' "Test connection" (failure_text) and the command line alike."""

from __future__ import annotations

import socket

import pytest
import requests
import urllib3.exceptions

from gui.apptoto.client import ApptotoClient
from gui.apptoto.errors import AuthError, BadRequest, NetworkError, failure_text, reason_from_body
from gui.apptoto.net import classify_connection_error
from gui.cli import main

RAW = ("HTTPSConnectionPool", "Max retries", "Caused by", "urllib3", "Errno")


def wrapped(kind: type[requests.RequestException], cause: Exception, url="https://api.apptoto.com/v1/events"):
    """A requests exception as requests raises it: the cause inside urllib3's MaxRetryError."""
    return kind(urllib3.exceptions.MaxRetryError(None, url, cause), request=requests.Request("GET", url).prepare())


def plain(error: NetworkError) -> str:
    text = str(error)
    assert not any(raw in text for raw in RAW), text
    assert "\n" not in text and not text.endswith(("…", "(")), text
    return text


def test_the_server_name_not_found():
    cause = urllib3.exceptions.NameResolutionError("api.apptoto.com", None, socket.gaierror(-2, "Name unknown"))
    error = classify_connection_error(wrapped(requests.ConnectionError, cause))
    assert plain(error) == ("Apptoto could not be reached: the server name api.apptoto.com was not found (check the "
                            "address and this computer's internet connection)")
    assert not error.maybe_applied and error.cause == "dns" and "Name unknown" in error.detail


def test_a_refused_connection_on_this_computer_asks_whether_the_sandbox_still_runs():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(NetworkError) as info:
        ApptotoClient(f"http://127.0.0.1:{port}", "u", "k", timeout=(1, 1)).check()
    assert plain(info.value) == (f"Apptoto could not be reached: 127.0.0.1:{port} refused the connection (nothing "
                                 "answers there: is the sandbox still running?)")
    assert info.value.cause == "refused" and not info.value.maybe_applied


def test_a_secure_connection_that_cannot_be_checked(sandbox):
    https = sandbox.url.replace("http://", "https://")          # the sandbox speaks plain http: TLS fails
    with pytest.raises(NetworkError) as info:
        ApptotoClient(https, "u", "k", timeout=(2, 2)).check()
    assert info.value.cause == "tls" and not info.value.maybe_applied
    assert plain(info.value).startswith(f"Apptoto could not be reached: the secure connection to "
                                        f"{https.split('//')[1]} could not be checked")


def test_a_proxy_and_time_outs():
    proxy = classify_connection_error(wrapped(requests.exceptions.ProxyError, urllib3.exceptions.ProxyError(
        "Unable to connect to proxy", OSError("refused"))))
    assert plain(proxy) == ("Apptoto could not be reached: the proxy server in between failed to connect to "
                            "api.apptoto.com (check the proxy settings, or ask your IT support)")
    slow = classify_connection_error(wrapped(requests.ConnectTimeout, urllib3.exceptions.ConnectTimeoutError(
        None, "timed out")))
    assert plain(slow) == ("Apptoto could not be reached: api.apptoto.com did not answer in time (check this "
                           "computer's internet connection)") and not slow.maybe_applied
    read = classify_connection_error(requests.ReadTimeout("read timed out"))
    assert plain(read) == "Apptoto did not answer in time (the request may have been applied)" and read.maybe_applied
    dropped = classify_connection_error(requests.ConnectionError(urllib3.exceptions.ProtocolError(
        "Connection aborted.", ConnectionResetError(104, "reset"))))
    assert plain(dropped) == "Apptoto closed the connection before answering (the request may have been applied)"


def test_error_bodies_are_read_into_whole_words():
    assert reason_from_body('{"error": "calendar \\"X\\" does not exist"}') == 'calendar "X" does not exist'
    page = "<html><head><title>502 Bad Gateway</title></head><body>" + "<p>nginx</p>" * 400 + "</body></html>"
    assert reason_from_body(page) == "502 Bad Gateway"
    assert reason_from_body("<html><body>oops</body></html>") == "an error page without details"
    long = "word " * 200
    short = reason_from_body(long)
    assert short.endswith("word …") and len(short) <= 302
    assert reason_from_body("first line\nsecond line") == "first line"
    assert str(BadRequest(422, page)) == "Apptoto rejected it (422): 502 Bad Gateway"


def test_failure_text_for_test_connection():
    assert failure_text(AuthError(401), "Apptoto (api.apptoto.com)").startswith(
        "The account does not work on Apptoto (api.apptoto.com): Apptoto refused the e-mail or API key (401).")
    error = classify_connection_error(requests.ReadTimeout("x"))
    assert failure_text(error, "the sandbox") == "Apptoto did not answer in time (the request may have been applied)."
    assert failure_text(ValueError("x" * 1000), "the sandbox").endswith("…."), "cut at a word, whole sentence"


def test_the_command_line_says_it_in_one_plain_line(env, capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    path = env / "s.csv"
    path.write_text("calendar,title,start_time,end_time\nA,T,2025-03-03 09:00,2025-03-03 09:30\n", encoding="utf-8")
    assert main(["submit", str(path), "--base-url", f"http://127.0.0.1:{port}"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"apptoto-sheets: Apptoto could not be reached: 127.0.0.1:{port} refused the connection (nothing "
                   "answers there: is the sandbox still running?). Nothing was sent."]
