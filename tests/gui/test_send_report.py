"""The end of a send is hard to miss: a panel above the grid says what the send did, names the rows that failed with
why, and what to do next — calm green when every row went through, amber with Retry failed rows when some did not
(the send on a real thread, the user moving about the grid meanwhile)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.qt import tasks
from tests.gui import send_helpers
from tests.gui.helpers import schedule_row

sandbox, stubs, journal_dir = send_helpers.sandbox, send_helpers.stubs, send_helpers.journal_dir
TYPO = "Dr Smiht"


def send_on_a_thread(qtbot, win) -> None:
    tasks.set_runner(tasks.ThreadRunner())
    with qtbot.waitSignal(win.sending.finished, timeout=20000):
        assert win.sending.send()
        qtbot.keyClick(win.view, Qt.Key.Key_Down)           # the user moves about while it runs
    tasks.runner().wait()


def test_a_clean_send_ends_with_a_calm_panel_saying_what_it_did_and_that_nothing_is_left(qtbot, sandbox, stubs):
    win = send_helpers.open_sample(qtbot, sandbox)
    assert win.send_notice.isHidden()
    schedule = win.document.schedule
    win.model.check_only([i for i in range(len(schedule.rows)) if not schedule.has_errors(i)])   # the sample's 35
    send_on_a_thread(qtbot, win)
    notice = win.send_notice
    assert notice.isVisible() and not notice.report.trouble and notice.retry.isHidden()
    text = notice.report.text()
    assert text.startswith("Send finished: 29 created, 6 updated.")
    assert "Nothing more to do" in text and "failed" not in text
    assert "#e3f4e1" in notice.styleSheet()                       # green, not the amber of trouble
    assert notice.text.accessibleDescription() == text          # a screen reader hears all of it
    qtbot.mouseClick(notice.close_button, Qt.MouseButton.LeftButton)
    assert notice.isHidden()


def test_a_send_with_a_failed_row_names_it_with_why_and_offers_retry(qtbot, sandbox, stubs):
    win = send_helpers.open_sample(qtbot, sandbox)
    row = schedule_row(win, 4)
    win.model.set_cells([(row, win.document.schedule.column_of("calendar"), TYPO)])
    win.model.check_only([row, schedule_row(win, 3)])
    send_on_a_thread(qtbot, win)
    notice = win.send_notice
    assert notice.isVisible() and notice.report.trouble and notice.retry.isVisibleTo(notice)
    text = notice.report.text()
    assert text.startswith("Send finished: ") and "1 failed" in text.splitlines()[0]
    assert f"1 row failed — row 4: Calendar “{TYPO}” does not exist" in text
    assert "Next: fix what the Status column says, then Apptoto ▸ Retry failed rows" in text
    assert "#fff1cc" in notice.styleSheet()
    with qtbot.waitSignal(win.sending.finished, timeout=20000):     # the button does what the menu's command does
        qtbot.mouseClick(notice.retry, Qt.MouseButton.LeftButton)
    tasks.runner().wait()
    assert len(stubs.confirmations) == 2 and stubs.confirmations[-1].facts.rows == [row]


def test_a_ticked_row_with_errors_is_named_as_left_out_and_the_panel_is_amber(qtbot, sandbox, stubs):
    win = send_helpers.open_sample(qtbot, sandbox)
    schedule = win.document.schedule
    broken, fine = schedule_row(win, 5), schedule_row(win, 3)
    win.model.set_cells([(broken, schedule.column_of("start_time"), "not a time")])
    assert schedule.has_errors(broken)
    win.model.check_only([broken, fine])
    send_on_a_thread(qtbot, win)
    assert stubs.confirmations[-1].facts.rows == [fine]         # the row with errors was never sent
    notice = win.send_notice
    text = notice.report.text()
    assert notice.isVisible() and notice.report.trouble and notice.retry.isHidden()
    assert "1 ticked row has errors and was not sent (row 5): its Status says what to fix." in text
    assert "Next: look at the rows left out, then tick them and send again" in text
    assert "#fff1cc" in notice.styleSheet()
