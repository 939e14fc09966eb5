"""The user acting while a job runs, on real worker threads (issue 14): jobs work on snapshots taken on the GUI
thread, results land on the rows they were for, edits made meanwhile are never overwritten, and every job ends
(done or failed) with the window usable again. Each job is held at a gate while the test acts."""

from __future__ import annotations

import json
import threading

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from gui.apptoto.credentials import SERVICE
from gui.apptoto.ratelimit import RateLimiter
from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER
from gui.qt import dialogs, settings, tasks
from gui.qt.main_window import MainWindow
from gui.qt.schedule_model import FIRST_DATA, STATUS
from gui.sheets.session import session_path
from tests.gui import send_helpers
from tests.gui.gated import GatedRunner, PausingClient
from tests.gui.schedules import seed_rows, write_schedule
from tests.helpers.fakes import FakeClock, MemoryKeyring

stubs = send_helpers.stubs
ROWS, KEYED = 24, 12


@pytest.fixture
def runner():
    gated = GatedRunner()
    tasks.set_runner(gated)
    yield gated
    gated.release()
    gated.wait()


@pytest.fixture
def win(qtbot, sandbox, runner, tmp_path):
    """A sandbox-mode window with a schedule of its own open: 24 rows, the first 12 keyed and already in Apptoto."""
    window = MainWindow(sandbox=sandbox)
    qtbot.addWidget(window)
    window.show()
    path = write_schedule(tmp_path / "week.csv", ROWS, KEYED)
    with qtbot.waitSignal(window.loader.loaded, timeout=10000):
        assert window.open_path(path)
    seed_rows(sandbox, window.document.schedule, range(KEYED))
    clock = FakeClock()
    window.sending.sleep, window.sending.clock = clock.sleep, clock
    window.compare.limiter = lambda: RateLimiter(600, clock=clock, sleep=clock.sleep)
    qtbot.waitUntil(lambda: runner.pool.activeThreadCount() == 0)
    return window


def index_of(window, number: int) -> int:
    return next(i for i, row in enumerate(window.document.schedule.rows) if row.number == number)


def status_of(window, number: int) -> str:
    model = window.model
    return model.index(model.model_row(index_of(window, number)), STATUS).data()


def column(window, name: str) -> int:
    return window.document.schedule.column_of(name)


def hold_until_waiting(qtbot, runner, owner, start) -> None:
    runner.hold(owner)
    before = runner.waiting
    start()
    qtbot.waitUntil(lambda: runner.waiting > before, timeout=5000)


# ---- preview, Copy JSON ----------------------------------------------------------------------------------
def test_the_preview_worker_never_reads_rows_deleted_meanwhile(win, runner, qtbot):
    hold_until_waiting(qtbot, runner, win.preview, win.preview.schedule_update)
    win.model.remove_rows(range(0, 10))                     # the held job was asked for all 24 rows
    expected = win.document.schedule.body(range(ROWS - 10))
    runner.release()
    qtbot.waitUntil(lambda: json.loads(win.preview.text.toPlainText() or "{}") == expected, timeout=10000)
    qtbot.waitUntil(lambda: runner.pool.activeThreadCount() == 0)
    assert runner.errors == []


def test_copy_json_copies_the_rows_as_they_were_when_clicked(win, runner, qtbot):
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("")
    expected = win.document.schedule.body(range(ROWS))
    hold_until_waiting(qtbot, runner, win.preview, lambda: qtbot.mouseClick(win.preview.copy_button,
                                                                            Qt.MouseButton.LeftButton))
    win.model.remove_rows(range(0, 10))
    win.model.set_cells([(0, column(win, "title"), "Edited after the click")])
    runner.release()
    qtbot.waitUntil(lambda: clipboard.text() != "", timeout=10000)
    assert runner.errors == []
    assert json.loads(clipboard.text()) == expected


# ---- Compare ----------------------------------------------------------------------------------------------
def test_rows_inserted_and_deleted_during_a_compare_keep_the_others_results(win, runner, qtbot):
    hold_until_waiting(qtbot, runner, win.compare, win.compare.start)
    assert not win.actions.compare.isEnabled()
    win.view.setCurrentIndex(win.proxy.index(0, FIRST_DATA))
    win.actions.insert_row.trigger()                        # a blank row below sheet row 2
    win.model.remove_rows([index_of(win, 5)])               # sheet row 5 (external id T-3) goes
    with qtbot.waitSignal(win.compare.finished, timeout=10000):
        runner.release()
    assert win.actions.compare.isEnabled() and win.busy.panel.bar.isHidden()
    for number in (2, 3, 4, 6, 13):                         # keyed rows 0..11 are sheet rows 2..13
        assert status_of(win, number) == "Unchanged", number
    added = next(row.number for row in win.document.schedule.rows if row.added)
    assert status_of(win, added) != "Unchanged"
    assert status_of(win, 14) == "New"                      # not keyed: Apptoto is not asked
    assert runner.errors == []


def test_a_row_edited_during_a_compare_gets_no_stale_result(win, runner, qtbot):
    hold_until_waiting(qtbot, runner, win.compare, win.compare.start)
    row = index_of(win, 4)
    win.model.set_cells([(row, column(win, "title"), "Longer visit")])
    with qtbot.waitSignal(win.compare.finished, timeout=10000):
        runner.release()
    assert status_of(win, 4) not in ("Unchanged", "Will change")
    assert status_of(win, 3) == "Unchanged" and status_of(win, 5) == "Unchanged"
    assert win.document.schedule.rows[row].values[column(win, "title")] == "Longer visit"


def test_what_the_user_is_typing_in_a_cell_survives_the_compare_answer_landing(win, runner, qtbot):
    hold_until_waiting(qtbot, runner, win.compare, win.compare.start)
    row, title = index_of(win, 4), column(win, "title")
    win.view.setFocus()
    win.view.setCurrentIndex(win.proxy.mapFromSource(win.model.index(win.model.model_row(row), FIRST_DATA + title)))
    QTest.keyClicks(win.view, "L")                          # typing starts editing: the editor holds "L"
    editor = win.view.findChild(QLineEdit)
    with qtbot.waitSignal(win.compare.finished, timeout=10000):
        runner.release()                                    # the row's compare result lands under the editor
    assert editor.text() == "L"                             # not reset to the cell's "Visit 2"
    QTest.keyClicks(editor, "onger")
    QTest.keyClick(editor, Qt.Key.Key_Return)               # committed on the next event loop turn
    qtbot.waitUntil(lambda: win.document.schedule.rows[row].values[title] == "Longer", timeout=3000)


# ---- Send -------------------------------------------------------------------------------------------------
def test_a_row_edited_while_its_send_is_in_flight_is_not_shown_as_sent(win, runner, stubs, qtbot):
    hold_until_waiting(qtbot, runner, win.sending, win.sending.send)
    row = index_of(win, 16)                                 # a new row: it will be created
    win.model.set_cells([(row, column(win, "location"), "Room 99")])     # e.g. an undo, a restore
    with qtbot.waitSignal(win.sending.finished, timeout=20000):
        runner.release()
    outcome = win.document.schedule.rows[row].outcome
    assert outcome.state == "created" and outcome.edited_since
    assert status_of(win, 16).endswith("edited since: send again")
    assert win.document.schedule.rows[row].values[column(win, "location")] == "Room 99"
    assert not status_of(win, 17).endswith("send again")
    assert "1 row was changed while being sent" in win.statusBar().currentMessage()


def test_the_grid_is_read_only_during_a_send_and_says_why(win, runner, stubs, qtbot):
    hold_until_waiting(qtbot, runner, win.sending, win.sending.send)
    index = win.proxy.index(3, FIRST_DATA + column(win, "location"))
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    before = index.data()
    win.view.setFocus()
    win.view.setCurrentIndex(index)
    qtbot.keyClicks(win.view, "X")
    assert index.data() == before and win.view.state() != win.view.State.EditingState
    assert "read-only while sending" in win.statusBar().currentMessage().lower()
    assert win.busy.panel.lock.isVisibleTo(win) and "edit again" in win.busy.panel.lock.toolTip()
    for action in ("paste", "cut", "clear_cells", "fill_down", "insert_row", "delete_rows", "replace", "undo",
                   "reload", "columns", "open", "settings", "compare", "send"):
        assert not getattr(win.actions, action).isEnabled(), action
    with qtbot.waitSignal(win.sending.finished, timeout=20000):
        runner.release()
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert win.actions.reload.isEnabled() and win.actions.paste.isEnabled()


def test_rows_deleted_or_added_during_a_send_get_no_other_rows_result(win, runner, stubs, qtbot):
    hold_until_waiting(qtbot, runner, win.sending, win.sending.send)
    gone = [win.document.schedule.rows[index_of(win, n)].number for n in (15, 16)]
    win.model.remove_rows([index_of(win, n) for n in gone])
    win.view.setCurrentIndex(win.proxy.index(0, FIRST_DATA))
    win.model.insert_rows(1, [(1, type(win.document.schedule.rows[0])(99, [], added=True))])
    with qtbot.waitSignal(win.sending.finished, timeout=20000):
        runner.release()
    schedule = win.document.schedule
    assert all(row.number not in gone for row in schedule.rows)
    for row in schedule.rows:
        if row.number == 99:
            assert row.outcome is None
        else:
            assert row.outcome is not None and row.outcome.state in ("created", "updated"), row.number
            assert row.event["external_id"] == row.outcome.external_id
    assert "2 rows were deleted while they were being sent" in win.statusBar().currentMessage()


def test_closing_during_a_send_whose_job_fails_still_closes(win, runner, stubs, qtbot, monkeypatch, caplog):
    from gui.qt import send_controller

    release = threading.Event()

    def broken_submit(*args, **kwargs):
        release.wait(10)
        raise RuntimeError("the send job broke")

    monkeypatch.setattr(send_controller.engine, "submit", broken_submit)
    monkeypatch.setattr(dialogs, "confirm_close_while_sending", lambda parent: True)
    assert win.sending.send()
    win.close()
    assert win.isVisible()                                  # waits for the batch on its way
    release.set()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=10000)
    assert "the send job broke" in caplog.text                     # logged; no dialog pops up as it closes
    assert not win.busy.job and win.actions.send.isEnabled()


# ---- the keyring ------------------------------------------------------------------------------------------
class SpyKeyring(MemoryKeyring):
    """Records, for every read, whether it happened on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.reads: list[bool] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.reads.append(threading.current_thread() is threading.main_thread())
        return super().get_password(service, username)


def test_the_keyring_is_read_once_and_never_on_the_gui_thread(qtbot, sandbox, runner, stubs, tmp_path):
    ring = SpyKeyring()
    keyring.set_keyring(ring)                               # the hermetic fixture puts its own back after
    ring.set_password(SERVICE, DEMO_USER, DEMO_KEY)
    settings.put(settings.ACCOUNT_USER, DEMO_USER)
    settings.put(settings.SERVER, "custom")
    settings.put(settings.CUSTOM_URL, sandbox.url)
    window = MainWindow()                                   # a real account: its key is in the keyring
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.loader.loaded, timeout=10000):
        window.open_path(write_schedule(tmp_path / "week.csv", 6))
    stubs.confirm = False
    for _ in range(3):
        window.actions.send.trigger()
    qtbot.waitUntil(lambda: len(stubs.confirmations) == 3, timeout=10000)
    with qtbot.waitSignal(window.compare.finished, timeout=10000):
        window.actions.compare.trigger()
    assert ring.reads and not any(ring.reads)               # read on a worker ...
    assert len(ring.reads) <= 2                             # ... once (and a probe that a keyring exists)
    assert "demo@example.com" in stubs.confirmations[0].account


# ---- a crash in the middle of a send ------------------------------------------------------------------------
def test_a_crash_mid_send_keeps_the_statuses_and_ids_sent_so_far(win, runner, stubs, qtbot, monkeypatch, tmp_path):
    settings.put(settings.BATCH_SIZE, 4)
    settings.put(settings.MAX_BATCH, 4)                      # batches would grow after fast answers
    real = win.account.client
    client = PausingClient(real(), pause_at=4)               # three batches answered, then the app 'crashes'
    monkeypatch.setattr(win.account, "client", lambda *a, **k: client)
    rows = list(range(ROWS))
    assert win.sending.send(rows)
    assert client.paused.wait(10)
    path = session_path(str(tmp_path / "week.csv"))
    qtbot.waitUntil(lambda: path.exists() and len(json.loads(path.read_text("utf-8"))["outcomes"]) == 12,
                    timeout=10000)
    shown = [status_of(win, n + 2) for n in rows[:12]]
    assert all(text.startswith(("Created #", "Updated #")) for text in shown), shown   # while the send goes on
    saved = json.loads(path.read_text("utf-8"))
    after = MainWindow(sandbox=win.sandbox)                 # the app started again after the crash, on the same
    #                                                         server (on another its results would be cleared)
    qtbot.addWidget(after)
    monkeypatch.setattr(dialogs, "ask_restore_session", lambda *args: True)
    try:
        with qtbot.waitSignal(after.loader.loaded, timeout=10000):
            after.open_path(str(tmp_path / "week.csv"))
        schedule = after.document.schedule
        for n in rows[:12]:
            row = schedule.rows[n]
            number = str(row.number)
            assert row.outcome is not None and row.outcome.state in ("created", "updated"), number
            assert row.event["id"] == row.outcome.id == saved["outcomes"][number][3]
            assert row.event["external_id"] == row.outcome.external_id
            assert status_of(after, row.number) == status_of(win, row.number)
        assert all(schedule.rows[n].outcome is None for n in rows[12:])
    finally:
        client.go.set()
        with qtbot.waitSignal(win.sending.finished, timeout=20000):
            pass


# ---- Cancel a Compare ---------------------------------------------------------------------------------------
def test_esc_cancels_a_compare_cleanly_and_says_how_long_it_would_take(win, runner, qtbot, monkeypatch):
    client = PausingClient(win.account.client(), fail_listing=True)
    win.compare.connect = lambda: client
    assert win.compare.start()
    assert client.paused.wait(10)
    panel = win.busy.panel
    assert panel.label.text().startswith(f"Comparing with Apptoto: 0 / {KEYED} rows — up to about ")
    assert panel.cancel.isVisibleTo(win) and win.actions.cancel_job.isEnabled()
    assert win.actions.insert_row.isEnabled()               # editing goes on during a Compare
    win.view.setFocus()
    qtbot.keyClick(win.view, Qt.Key.Key_Escape)
    assert not panel.cancel.isEnabled() and "stopping" in panel.label.text()
    with qtbot.waitSignal(win.compare.finished, timeout=10000) as done:
        client.go.set()
    assert done.args[0] == {}           # the listing never came: no row could be checked against Apptoto
    assert "Compare stopped: 0 of 24 rows compared" in win.statusBar().currentMessage()
    assert win.actions.compare.isEnabled() and not win.actions.cancel_job.isEnabled()
    assert [status_of(win, n) for n in (2, 13)] == ["Update if found", "Update if found"]    # not asked: no result
    client.fail_listing = False                                # Apptoto answers again
    with qtbot.waitSignal(win.compare.finished, timeout=10000):      # and it runs again, to the end
        assert win.compare.start()
    assert status_of(win, 2) == "Unchanged"


def test_esc_in_a_cell_editor_during_a_compare_only_leaves_the_editor(win, runner, qtbot):
    client = PausingClient(win.account.client())
    win.compare.connect = lambda: client
    assert win.compare.start()
    assert client.paused.wait(10)
    index = win.proxy.index(2, FIRST_DATA + column(win, "location"))
    win.view.setFocus()
    win.view.setCurrentIndex(index)
    qtbot.keyClick(win.view, Qt.Key.Key_F2)
    editor = win.view.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert win.view.state() != win.view.State.EditingState
    assert win.busy.panel.cancel.isEnabled()                # the compare goes on
    with qtbot.waitSignal(win.compare.finished, timeout=10000):
        client.go.set()
    assert status_of(win, 2) == "Unchanged"


def test_opening_another_file_during_a_send_waits_and_says_why(win, runner, stubs, qtbot, tmp_path):
    hold_until_waiting(qtbot, runner, win.sending, win.sending.send)
    other = write_schedule(tmp_path / "other.csv", 3)
    assert not win.open_path(other)
    assert win.statusBar().currentMessage() == "other.csv can be opened once the send has ended."
    assert win.document.path.name == "week.csv" and win.keeper.session is not None     # nothing was dropped
    with qtbot.waitSignal(win.sending.finished, timeout=20000):
        runner.release()
    with qtbot.waitSignal(win.loader.loaded, timeout=10000):
        assert win.open_path(other)
