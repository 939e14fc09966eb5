"""Start the window: QApplication (HiDPI, names for QSettings, icon), its language, sandbox mode, --screenshot."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from PySide6.QtCore import QCoreApplication, QDate, QEventLoop, QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from gui.core import words
from gui.qt import collector
from gui.resources import ICON, SAMPLE, resource_path

ORGANIZATION, APPLICATION = "Apptoto", "Apptoto Sheets"
SCREENSHOT_SIZE = (1440, 900)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), with the names QSettings uses and the app icon."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName(APPLICATION)
    QGuiApplication.setDesktopFileName("apptoto-sheets")
    QGuiApplication.setWindowIcon(QIcon(str(resource_path(ICON))))
    collector.install(app)                       # cycles freed on this thread only, never on a worker
    return app


def locale_formats(locale: QLocale | None = None) -> tuple[words.DateFormat, words.TimeFormat]:
    """Dates and times as the user's locale writes them (for words.set_formats): its long date with short day and
    month names — `Mon, Dec 7, 2026`, `Mon, 7 Dec 2026`, `Mo., 7. Dez. 2026`, never a date that reads two ways as
    12/7/26 does — and its short time (`9:30 AM`, `09:30`)."""
    locale = locale or QLocale()
    day_pattern = locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd", "ddd").replace("MMMM", "MMM")
    time_pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)

    def date(day: dt.date) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), day_pattern)

    def time_of_day(moment: dt.datetime) -> str:
        return locale.toString(QTime(moment.hour, moment.minute), time_pattern)

    return date, time_of_day


def run(args: argparse.Namespace) -> int:
    """The GUI entry point called by `apptoto-sheets [FILE] [--sandbox] [--screenshot OUT.png]`."""
    app = make_application()
    from gui.qt import settings, translation
    from gui.qt.main_window import MainWindow

    language = translation.install(translation.chosen_language(settings.get(settings.LANGUAGE)))
    sandbox = start_sandbox() if args.sandbox else None
    words.set_formats(*locale_formats(translation.locale_for(language.language)))    # in the window's language
    try:
        window = MainWindow(sandbox=sandbox)
        window.crash.listen()                      # unexpected errors: logged (gui/cli installed it) and shown
        path = args.file or (str(resource_path(SAMPLE)) if sandbox is not None else None)
        if args.screenshot:
            return take_screenshot(window, path, args.screenshot)
        window.restore_layout()
        window.show()
        if path:
            window.open_path(path)
        window.updates.check_at_start()
        return app.exec()
    finally:
        words.set_formats()                        # the plain ones again (a test runs the window in-process)
        if sandbox is not None:
            sandbox.stop()
        language.remove()


def start_sandbox():
    """The local Apptoto simulator, running in this process on a free loopback port, with the demo account's
    events (those the sample's update rows refer to)."""
    from gui.apptoto.sandbox import SandboxServer
    from gui.apptoto.sandbox_seed import seed_demo

    server = SandboxServer().start()
    seed_demo(server)
    return server


def take_screenshot(window, path: str | None, out: str) -> int:
    """Show the window, load `path`, wait for the grid and the preview to settle, save a PNG, return 0.

    Waits in a local QEventLoop, not app.exec()/app.quit(): quitting the application would make every
    later event loop in this process return at once (tests run this in-process)."""
    result = {"code": 0}
    loop = QEventLoop()
    window.resize(*SCREENSHOT_SIZE)
    window.show()

    def save() -> None:
        if not window.grab().save(out):
            print(f"apptoto-sheets: cannot write {out}", file=sys.stderr)
            result["code"] = 2
        loop.quit()

    def later() -> None:
        QTimer.singleShot(200, save)

    def failed(file: str, message: str) -> None:
        print(f"apptoto-sheets: {message}", file=sys.stderr)
        result["code"] = 2
        QTimer.singleShot(0, loop.quit)         # may run before exec() starts: quit once it does

    if path:
        window.preview.updated.connect(later)
        window.loader.failed.disconnect()
        window.loader.failed.connect(failed)
        if not window.open_path(path):
            return 2
    else:
        QTimer.singleShot(200, save)
    loop.exec()
    return result["code"]
