"""Plain words in the window (issue 15): statuses and counts from the one vocabulary, singular and plural right,
numbers one way, dates and times in the user's locale (set once when the window starts), the banner for the server
the rows go to."""

from __future__ import annotations

import csv
import datetime as dt

from PySide6.QtCore import QLocale

from gui.core import words
from gui.core.server import Server
from gui.qt import app as app_module
from gui.qt.banner import NONE, OTHER, REAL, SANDBOX, banner_kind
from gui.qt.schedule_model import STATUS
from tests.gui.helpers import counts
from tests.gui.test_app import args, capture_windows

DAY, NOON = dt.date(2026, 12, 7), dt.datetime(2026, 12, 7, 14, 30)


def test_dates_and_times_read_as_the_locale_writes_them_and_never_two_ways():
    cases = {"en_US": ("Mon, Dec 7, 2026", "2:30\u202fPM"), "en_GB": ("Mon, 7 Dec 2026", "14:30"),
             "de_DE": ("Mo., 7. Dez. 2026", "14:30")}
    for name, (day, time) in cases.items():
        date_of, time_of = app_module.locale_formats(QLocale(name))
        assert (date_of(DAY), time_of(NOON)) == (day, time), name


def test_the_window_writes_dates_in_the_users_locale_and_gives_the_plain_ones_back(tmp_path, monkeypatch, qtbot):
    capture_windows(monkeypatch, qtbot)
    seen = []
    monkeypatch.setattr(app_module, "take_screenshot", lambda *a: seen.append(words.when(NOON)) or 0)
    QLocale.setDefault(QLocale("en_US"))
    try:
        assert app_module.run(args(screenshot=str(tmp_path / "x.png"))) == 0
    finally:
        QLocale.setDefault(QLocale.c())
    assert seen == ["Mon, Dec 7, 2026 2:30\u202fPM"]
    assert words.when(NOON) == "Mon 7 Dec 2026 14:30"                   # the command line's, after the window


def test_statuses_and_counts_in_plain_words(window, qtbot, tmp_path):
    path = tmp_path / "one.csv"
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Apptoto ID", "External ID", "Title", "Start", "End", "Calendar", "Status"])
        writer.writerow([7, "", "Visit", "2026-12-07 09:00", "2026-12-07 09:30", "Dr A", ""])
        writer.writerow(["", "A-1", "Visit", "2026-12-07 10:00", "2026-12-07 10:30", "Dr A", ""])
        writer.writerow([8, "", "Visit", "2026-12-07 11:00", "2026-12-07 11:30", "Dr A", "Cancelled"])
    with qtbot.waitSignal(window.preview.updated, timeout=5000):
        assert window.open_path(str(path))
    text = counts(window)
    assert "3 rows" in text and "0 new" in text and "1 update · 1 update if found · 1 cancellation" in text
    assert "3 selected" in text
    assert [window.model.index(r, STATUS).data() for r in range(3)] == ["Update", "Update if found",
                                                                        "Cancel in Apptoto"]
    window.model.check_only([0])
    assert "1 selected" in counts(window)


def test_the_banner_says_where_the_rows_go_when_it_is_not_plain():
    sandbox_url = "http://127.0.0.1:8765"
    real, sandbox = Server("https://api.apptoto.com", "jo@example.com"), Server(sandbox_url, "demo@example.com")
    assert banner_kind(sandbox, sandbox_url) == SANDBOX
    assert banner_kind(real, sandbox_url) == REAL                 # a --sandbox window: practice was expected
    assert banner_kind(real, None) == NONE                        # a normal window: the real Apptoto is plain
    assert banner_kind(Server("https://apptoto.example"), None) == OTHER
    assert banner_kind(Server("http://127.0.0.1:9999"), sandbox_url) == OTHER    # not this window's sandbox
    assert banner_kind(None, sandbox_url) == NONE
