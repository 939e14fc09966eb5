"""Help ▸ Check for updates…: ask the update feed on a worker, say what is new, open the download page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from gui import __version__
from gui.apptoto.updates import UpdateCheck, UpdateError, check_for_updates, feed_address_set
from gui.core.i18n import tr, tr_noop
from gui.qt import dialogs, settings
from gui.qt.tasks import run_task

TITLE = tr_noop("update_check", "Check for updates")          # tr() where shown
STATUS_MS = 15_000
NO_ADDRESS = tr_noop("update_check", "No update address is set for this copy of Apptoto Sheets, so it cannot check "
                                     "for updates. Whoever installed it can set one: the setting “updates/feed_url” "
                                     "in {file}.")


def settings_file() -> str:
    """Where this user's settings are kept (a file, or on Windows the registry key)."""
    return QSettings().fileName()


def open_in_browser(url: str) -> bool:
    """Open `url` in the user's web browser (tests replace this)."""
    return QDesktopServices.openUrl(QUrl(url))


class UpdateChecker(QObject):
    """Runs one check at a time: the Help menu's (says every outcome) or the one at start (quiet unless news)."""

    started = Signal()
    finished = Signal(object)            # the UpdateCheck, after the user has seen it
    failed = Signal(str)                 # why the check could not be done, in plain words

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.running = False
        actions = window.actions
        self.action = actions.check_updates
        self.action.triggered.connect(self._on_check_updates_triggered)
        self.at_start = actions.check_updates_at_start
        self.at_start.setChecked(settings.get(settings.CHECK_UPDATES_AT_START))
        self.at_start.toggled.connect(self._on_check_updates_at_start_toggled)
        self.at_start_tip = self.at_start.statusTip()
        actions.help_menu.aboutToShow.connect(self._on_help_menu_about_to_show)
        self.follow_address()

    @staticmethod
    def address_set() -> bool:
        return feed_address_set(settings.get(settings.UPDATE_FEED_URL))

    def follow_address(self) -> None:
        """The check at start is offered only with a real feed address (the default is a placeholder)."""
        ready = self.address_set()
        self.at_start.setEnabled(ready)
        tip = self.at_start_tip if ready else tr("update_check", "Not available: no update address is set")
        self.at_start.setStatusTip(tip)
        self.at_start.setToolTip(tip)

    def check(self, quiet: bool = False) -> bool:
        """Ask the feed off the GUI thread; False when a check is already running. `quiet`: at start, only news
        is shown in a dialog, and a failure goes to the status bar."""
        if self.running:
            return False
        url = settings.get(settings.UPDATE_FEED_URL)
        if not feed_address_set(url):    # the placeholder: no server to reach, nothing to say about the internet
            self.follow_address()
            if not quiet:
                dialogs.show_info(self.window, tr("update_check", TITLE),
                                  tr("update_check", NO_ADDRESS, file=settings_file()))
            return False
        self.running = True
        self.action.setEnabled(False)
        if not quiet:                    # at start the status bar is the loader's
            self.window.statusBar().showMessage(tr("update_check", "Checking for updates…"))
        self.started.emit()
        run_task(lambda: check_for_updates(url, __version__),
                 lambda result: self._on_task_done(result, quiet),
                 lambda exc: self._on_task_failed(exc, quiet), owner=self)
        return True

    def check_at_start(self) -> bool:
        """The check at start, when the user asked for it (off by default)."""
        return settings.get(settings.CHECK_UPDATES_AT_START) and self.check(quiet=True)

    def _finish(self, quiet: bool) -> None:
        self.running = False
        self.action.setEnabled(True)
        if not quiet:
            self.window.statusBar().clearMessage()

    def _on_task_done(self, result: UpdateCheck, quiet: bool) -> None:
        self._finish(quiet)
        if result.newer:
            if dialogs.ask_download_update(self.window, result.headline(), result.details(),
                                           can_download=result.download_url is not None):
                if not open_in_browser(result.download_url):
                    dialogs.show_error(self.window, tr("update_check", TITLE), tr(
                        "update_check", "The web browser could not be opened. The new version is at {address}",
                        address=result.download_url))
        elif quiet:
            self.window.statusBar().showMessage(result.headline(), STATUS_MS)
        else:
            dialogs.show_info(self.window, tr("update_check", TITLE), result.headline())
        self.finished.emit(result)

    def _on_task_failed(self, exc: BaseException, quiet: bool) -> None:
        self._finish(quiet)
        if isinstance(exc, UpdateError):
            message = str(exc)
        else:                            # a bug, not the network: still a sentence, never a crash
            message = tr("update_check", "Something unexpected went wrong while checking for updates ({error}: "
                         "{problem}).", error=type(exc).__name__, problem=exc)
        if quiet:
            self.window.statusBar().showMessage(tr("update_check", "Could not check for updates. {problem}",
                                                   problem=message), STATUS_MS)
        else:
            dialogs.show_error(self.window, tr("update_check", "Could not check for updates"), message)
        self.failed.emit(message)

    def _on_check_updates_triggered(self) -> None:
        self.check()

    def _on_check_updates_at_start_toggled(self, on: bool) -> None:
        settings.put(settings.CHECK_UPDATES_AT_START, on)

    def _on_help_menu_about_to_show(self) -> None:
        self.follow_address()
