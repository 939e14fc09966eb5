"""The update check without Qt: version order, the feed format, and every failure in plain words (feed on loopback)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from gui import __version__
from gui.apptoto.updates import (
    MAX_FEED_BYTES,
    UpdateError,
    Version,
    check_for_updates,
    parse_feed,
    this_system,
)
from gui.core.settings import DEFAULT_FEED_URL
from tests.helpers.feed_server import FeedServer, closed_port_url, feed


@pytest.fixture
def server():
    with FeedServer() as srv:
        yield srv


# ---- versions ------------------------------------------------------------------------------------
@pytest.mark.parametrize("older, newer", [
    ("0.9.1", "0.10.0"),          # numbers, not text: 10 > 9
    ("0.1.0", "0.1.1"),
    ("1.9", "1.10"),
    ("1.0rc1", "1.0"),            # a release after its release candidates
    ("1.0a2", "1.0b1"),
    ("1.0b1", "1.0rc1"),
    ("1.0.0-rc.1", "1.0.0-rc.2"),
    ("2.0.0", "v2.0.1"),
])
def test_versions_compare_number_by_number(older, newer):
    assert Version(older) < Version(newer)
    assert Version(newer) > Version(older)
    assert not Version(newer) < Version(older)


def test_trailing_zeros_and_build_tags_do_not_count():
    assert Version("1.0") == Version("1.0.0") == Version("v1.0.0+build.7")
    assert Version("0.10.0") != Version("0.1.0")
    assert len({Version("1.0"), Version("1.0.0")}) == 1


@pytest.mark.parametrize("text", ["", "one", "1..2", "1.2.x", "latest"])
def test_a_bad_version_number_is_refused(text):
    with pytest.raises(ValueError):
        Version(text)


def test_the_version_the_app_compares_is_the_one_released():
    """The installers and the feed take pyproject.toml's version; the update check compares gui.__version__."""
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    released = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    assert Version(__version__) == Version(released) and __version__ == released


@pytest.mark.parametrize("platform, system", [("win32", "windows"), ("darwin", "macos"), ("linux", "linux"),
                                              ("freebsd14", "other")])
def test_each_system_has_its_name_in_the_feed(platform, system):
    assert this_system(platform) == system


# ---- the feed format -----------------------------------------------------------------------------
def test_the_documented_feed_is_read_whole():
    read = parse_feed(json.dumps(feed("0.10.0")))
    assert read.latest == Version("0.10.0")
    assert read.released == date(2026, 12, 14)
    assert read.notes == ("Spanish translation of the whole window", "Faster loading of big workbooks")
    assert read.minimum_supported == Version("0.1.0")
    assert read.download_url("macos") == "https://downloads.example/mac"
    assert read.download_url("other") is None


def test_the_other_download_serves_systems_not_listed():
    read = parse_feed(json.dumps(feed(download={"windows": "https://d.example/w", "other": "https://d.example/"})))
    assert read.download_url("windows") == "https://d.example/w"
    assert read.download_url("linux") == "https://d.example/"


def test_only_latest_and_download_are_required():
    read = parse_feed('{"latest": "1.2", "download": {"other": "https://d.example/"}}')
    assert (read.notes, read.released, read.minimum_supported) == ((), None, None)


@pytest.mark.parametrize("content, says", [
    ("<html>Moved</html>", "the server sent something else"),
    ("[1, 2]", "the server sent something else"),
    (json.dumps(feed(latest=None)), "does not say which version is the latest"),
    (json.dumps(feed(latest="soon")), "latest 'soon' is not a version number"),
    (json.dumps(feed(download={})), "gives no download addresses"),
    (json.dumps(feed(download={"windows": "http://downloads.example/win"})), "must start with https://"),
    (json.dumps(feed(download={"windows": "file:///C:/evil.exe"})), "must start with https://"),
    (json.dumps(feed(notes=[1, 2])), "notes are not a list of lines"),
    (json.dumps(feed(released="14/12/2026")), "is not a date such as 2026-12-14"),
    (json.dumps(feed(format=2)), "reads format 1"),
])
def test_a_bad_feed_says_what_is_wrong(content, says):
    with pytest.raises(UpdateError, match="could not be read") as caught:
        parse_feed(content)
    assert says in str(caught.value)


# ---- over loopback -------------------------------------------------------------------------------
def test_up_to_date(server):
    server.serve(feed(latest="0.1.0"))
    result = check_for_updates(server.url, current="0.1.0", system="windows")
    assert not result.newer and result.supported
    assert result.headline() == "You have the latest version of Apptoto Sheets (0.1.0)."
    assert result.details() == ""
    assert server.requests[0]["Accept"] == "application/json"
    assert server.requests[0]["User-Agent"].startswith("apptoto-sheets/")


def test_a_build_newer_than_the_feed_is_up_to_date(server):
    server.serve(feed(latest="0.9.1"))
    assert not check_for_updates(server.url, current="0.10.0").newer


def test_a_new_version_says_what_is_new_and_where_to_get_it(server):
    server.serve(feed(latest="0.10.0"))
    result = check_for_updates(server.url, current="0.9.1", system="macos")
    assert result.newer and result.supported
    assert result.download_url == "https://downloads.example/mac"
    assert result.headline() == ("Apptoto Sheets 0.10.0 is available, released 14 December 2026. "
                                 "You have version 0.9.1.")
    assert result.details().splitlines() == [
        "What is new:", "• Spanish translation of the whole window", "• Faster loading of big workbooks", "",
        "Download opens the download page in your web browser."]


def test_a_version_below_the_minimum_is_told_to_update(server):
    server.serve(feed(latest="0.5.0", minimum_supported="0.4"))
    result = check_for_updates(server.url, current="0.3.9", system="linux")
    assert result.newer and not result.supported
    assert "Version 0.3.9 is no longer supported: please update." in result.details()


def test_no_download_for_this_system_is_said(server):
    server.serve(feed(download={"windows": "https://downloads.example/win"}))
    result = check_for_updates(server.url, current="0.1.0", system="linux")
    assert result.newer and result.download_url is None
    assert result.details().endswith("The update information gives no download for Linux.")


def test_a_missing_feed_is_a_404_in_plain_words(server):
    with pytest.raises(UpdateError) as caught:
        check_for_updates(server.url.replace("feed.json", "nothing.json"))
    assert "There is no update information at" in str(caught.value)
    assert "404, not found" in str(caught.value)


def test_a_server_error_says_try_again_later(server):
    server.serve("oops", status=503)
    with pytest.raises(UpdateError, match=r"answered with an error \(503 Service Unavailable\)\. Try again later"):
        check_for_updates(server.url)


def test_a_bad_answer_says_it_could_not_be_read(server):
    server.serve("<html><body>Welcome to our hotel wifi</body></html>")
    with pytest.raises(UpdateError, match=r"from the update server \(127\.0\.0\.1\) could not be read: the server sent something else \(a web page"):
        check_for_updates(server.url)


def test_a_huge_answer_is_not_read(server):
    server.serve(b"[" + b"0," * MAX_FEED_BYTES + b"0]")
    with pytest.raises(UpdateError, match="far too big"):
        check_for_updates(server.url)


def test_no_network_says_check_the_connection():
    with pytest.raises(UpdateError, match="Could not reach the update server .* connected to the internet"):
        check_for_updates(closed_port_url())


def test_a_server_that_does_not_answer_times_out(server):
    server.hold = True
    with pytest.raises(UpdateError, match="did not answer in time"):
        check_for_updates(server.url, timeout=(2.0, 0.3))


@pytest.mark.parametrize("url", ["http://updates.example/feed.json", "ftp://updates.example/feed.json",
                                 "feed.json", "", "https://[::1/feed.json"])
def test_only_a_secure_feed_address_is_asked(url):
    with pytest.raises(UpdateError, match="is not a secure web address: it must start with https://"):
        check_for_updates(url)


def test_the_default_feed_address_is_https():
    assert DEFAULT_FEED_URL.startswith("https://")


def test_the_placeholder_feed_address_is_not_an_address_set():
    from gui.apptoto.updates import feed_address_set

    assert not feed_address_set(DEFAULT_FEED_URL) and not feed_address_set("") and not feed_address_set("https://")
    assert not feed_address_set("https://example.com/feed.json")
    assert feed_address_set("https://updates.clinic-it.org/feed.json") and feed_address_set("http://127.0.0.1:8000/f")
