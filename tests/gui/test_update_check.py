"""Help ▸ Check for updates… on a real worker thread against a feed on loopback: news, up to date, failures."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from gui.apptoto.updates import this_system
from gui.qt import dialogs, settings, tasks, update_check
from gui.qt.main_window import MainWindow
from tests.gui.helpers import SAMPLE_PATH
from tests.helpers.feed_server import FeedServer, closed_port_url, feed

DOWNLOADS = {"windows": "https://downloads.example/win", "macos": "https://downloads.example/mac",
             "linux": "https://downloads.example/linux", "other": "https://downloads.example/"}


@pytest.fixture
def server():
    with FeedServer() as srv:
        settings.put(settings.UPDATE_FEED_URL, srv.url)
        yield srv


@pytest.fixture
def seen(monkeypatch):
    """What the user was shown: every dialog and browser call, in order; Download is clicked."""
    shown: list[tuple] = []
    monkeypatch.setattr(dialogs, "ask_download_update",
                        lambda _parent, headline, details, can_download:
                        shown.append(("new", headline, details, can_download)) or True)
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, title, text: shown.append(("info", title, text)))
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, title, text: shown.append(("error", title, text)))
    monkeypatch.setattr(update_check, "open_in_browser", lambda url: shown.append(("browser", url)) or True)
    return shown


@pytest.fixture
def threads():
    tasks.set_runner(tasks.ThreadRunner())
    yield
    tasks.runner().wait()


def help_action(window: MainWindow, text: str):
    """The Help menu's entry called `text`, as the user finds it."""
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert isinstance(help_menu, QMenu)
    return next(a for a in help_menu.actions() if a.text() == text)


def click_check(window: MainWindow, qtbot, signal: str = "finished"):
    with qtbot.waitSignal(getattr(window.updates, signal), timeout=10_000) as blocker:
        help_action(window, "Check for &updates…").trigger()
    return blocker.args[0]


def test_the_help_menu_offers_the_check(window):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert texts == ["&Getting started", "Save blank &template…", "Check for &updates…",
                     "Check for updates when the app &starts", "Open &log folder", "&About Apptoto Sheets"]


def test_a_new_version_says_what_is_new_and_opens_its_download_page(window, qtbot, server, seen, threads):
    server.serve(feed(latest="0.10.0", download=DOWNLOADS, minimum_supported=None))
    server.hold = True                               # the answer waits: the window must not
    help_action(window, "Check for &updates…").trigger()
    assert not window.updates.action.isEnabled() and window.updates.running
    assert window.statusBar().currentMessage() == "Checking for updates…"
    assert not window.updates.check()                # one check at a time
    with qtbot.waitSignal(window.loader.finished, timeout=10_000):   # the user opens a workbook meanwhile
        window.open_path(SAMPLE_PATH)
    assert window.document is not None and seen == []
    with qtbot.waitSignal(window.updates.finished, timeout=10_000) as blocker:
        server.release()
    assert blocker.args[0].newer
    assert len(server.requests) == 1
    kind, headline, details, can_download = seen[0]
    assert (kind, can_download) == ("new", True)
    assert headline == "Apptoto Sheets 0.10.0 is available, released 14 December 2026. You have version 0.1.0."
    assert "• Spanish translation of the whole window" in details.splitlines()
    assert seen[1:] == [("browser", DOWNLOADS[this_system()])]
    assert window.updates.action.isEnabled() and not window.updates.running
    assert window.statusBar().currentMessage() == ""


def test_later_opens_nothing(window, qtbot, server, seen, threads, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_download_update", lambda *args, **kwargs: seen.append(("new",)) and False)
    server.serve(feed(latest="9.0"))
    click_check(window, qtbot)
    assert seen == [("new",)]


def test_up_to_date_says_so(window, qtbot, server, seen, threads):
    server.serve(feed(latest="0.1.0"))
    result = click_check(window, qtbot)
    assert not result.newer
    assert seen == [("info", "Check for updates", "You have the latest version of Apptoto Sheets (0.1.0).")]


@pytest.mark.parametrize("answer, status, says", [
    (None, 404, "There is no update information at http://127.0.0.1:"),
    ("<html>Sign in to the hotel wifi</html>", 200, "could not be read: the server sent something else (a web page, perhaps a network sign-in page)."),
    ("{}", 502, "answered with an error (502 Bad Gateway). Try again later."),
])
def test_a_failure_says_so_in_plain_words(window, qtbot, server, seen, threads, answer, status, says):
    if answer is None:
        settings.put(settings.UPDATE_FEED_URL, server.url.replace("feed.json", "gone.json"))
    else:
        server.serve(answer, status)
    message = click_check(window, qtbot, "failed")
    assert says in message
    assert seen == [("error", "Could not check for updates", message)]
    assert window.updates.action.isEnabled()


def test_no_network_says_check_the_connection(window, qtbot, seen, threads):
    settings.put(settings.UPDATE_FEED_URL, closed_port_url())
    message = click_check(window, qtbot, "failed")
    assert message.startswith("Could not reach the update server (127.0.0.1). Check that this computer is connected")
    assert [s[0] for s in seen] == ["error"]


def test_an_unexpected_error_is_a_message_not_a_crash(window, qtbot, server, seen, threads, monkeypatch):
    def broken(*_args):
        raise KeyError("latest")

    monkeypatch.setattr(update_check, "check_for_updates", broken)
    message = click_check(window, qtbot, "failed")
    assert message == "Something unexpected went wrong while checking for updates (KeyError: 'latest')."
    assert window.updates.action.isEnabled()


def test_closing_the_window_while_checking_drops_the_answer(qtbot, server, seen, threads):
    window = MainWindow()                            # not given to qtbot: this test deletes it
    window.show()
    server.hold = True
    window.actions.check_updates.trigger()
    qtbot.waitUntil(lambda: len(server.requests) == 1)
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    server.release()
    assert tasks.runner().wait(10_000)
    QCoreApplication.processEvents()                 # the job's answer was queued before it ended: deliver it
    assert seen == []


def test_the_check_at_start_is_off_until_the_menu_turns_it_on(server, window, qtbot, seen, threads):
    toggle = help_action(window, "Check for updates when the app &starts")
    assert toggle.isCheckable() and not toggle.isChecked()
    assert not window.updates.check_at_start()
    assert server.requests == []
    toggle.trigger()
    assert settings.get(settings.CHECK_UPDATES_AT_START) is True
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.actions.check_updates_at_start.isChecked()
    server.serve(feed(latest="0.2.0"))
    with qtbot.waitSignal(again.updates.finished, timeout=10_000):
        assert again.updates.check_at_start()
    assert [s[0] for s in seen] == ["new", "browser"]


def test_at_start_up_to_date_and_failures_stay_in_the_status_bar(qtbot, server, seen, threads):
    settings.put(settings.CHECK_UPDATES_AT_START, True)
    window = MainWindow()
    qtbot.addWidget(window)
    server.serve(feed(latest="0.1.0"))
    with qtbot.waitSignal(window.updates.finished, timeout=10_000):
        assert window.updates.check_at_start()
    assert window.statusBar().currentMessage() == "You have the latest version of Apptoto Sheets (0.1.0)."
    server.serve("not json")
    with qtbot.waitSignal(window.updates.failed, timeout=10_000):
        assert window.updates.check_at_start()
    assert window.statusBar().currentMessage().startswith("Could not check for updates. The update information")
    assert seen == []


def test_with_the_placeholder_address_the_check_says_no_address_is_set_not_to_check_the_internet(
        window, qtbot, seen, threads):
    """The default feed address is a placeholder (apptoto-sheets.example): "Could not reach the update server …
    Check that this computer is connected to the internet" was false advice. It says no address is set and where
    to set one, asks no server, and the check at start is not offered as if it worked."""
    assert settings.get(settings.UPDATE_FEED_URL) == settings.DEFAULT_FEED_URL
    help_action(window, "Check for &updates…").trigger()
    assert [s[0] for s in seen] == ["info"] and not window.updates.running
    text = seen[0][2]
    assert text.startswith("No update address is set for this copy of Apptoto Sheets")
    assert "updates/feed_url" in text and "internet" not in text
    toggle = help_action(window, "Check for updates when the app &starts")
    help_menu = window.actions.help_menu
    help_menu.aboutToShow.emit()
    assert not toggle.isEnabled() and "no update address is set" in toggle.statusTip()
    settings.put(settings.CHECK_UPDATES_AT_START, True)
    assert not window.updates.check_at_start() and not window.updates.running
    settings.put(settings.UPDATE_FEED_URL, "https://updates.clinic-it.org/apptoto-sheets/feed.json")
    help_menu.aboutToShow.emit()
    assert toggle.isEnabled()
