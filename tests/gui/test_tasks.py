"""The one background-job helper: answers reach the GUI thread, and never a widget that is gone."""

import threading
import time

import shiboken6
from PySide6.QtWidgets import QLabel

from gui.qt import tasks


def test_answer_arrives_on_the_gui_thread(qtbot):
    runner = tasks.ThreadRunner()
    got = []
    label = QLabel()
    qtbot.addWidget(label)
    runner(lambda: threading.get_ident(), lambda ident: got.append((ident, threading.get_ident())), owner=label)
    qtbot.waitUntil(lambda: bool(got))
    worker, gui = got[0]
    assert worker != gui == threading.get_ident()


def test_the_relay_is_destroyed_on_the_gui_thread_even_if_the_worker_lets_go_of_it_last(qtbot, monkeypatch):
    """The worker's job holds the relay too; a worker that is slow to let go (here: it sleeps after reporting, as a
    preempted thread may) must not destroy it there: that crashed the window now and then during sends."""
    report = tasks._Job._report

    def slow_to_let_go(signal, value):
        report(signal, value)
        time.sleep(0.3)                                # the GUI thread handles the answer meanwhile

    monkeypatch.setattr(tasks._Job, "_report", staticmethod(slow_to_let_go))
    runner, answered, destroyed_on = tasks.ThreadRunner(), [], []
    runner(lambda: 1, answered.append)
    relay = next(iter(tasks._LIVE))
    relay.destroyed.connect(lambda *_: destroyed_on.append(threading.get_ident()))
    del relay
    qtbot.waitUntil(lambda: answered == [1])
    assert runner.wait()
    qtbot.waitUntil(lambda: bool(destroyed_on))
    assert destroyed_on == [threading.get_ident()]


def test_no_answer_to_an_owner_deleted_while_the_job_ran(qtbot):
    runner = tasks.ThreadRunner()
    release, answered, done = threading.Event(), [], threading.Event()
    label = QLabel()

    def work():
        release.wait(10)
        done.set()
        return "late"

    tasks.set_runner(runner)
    try:
        tasks.run_task(work, lambda text: (answered.append(text), label.setText(text)), owner=label)
        shiboken6.delete(label)                 # the window closes while the job runs
        release.set()
        assert runner.wait(10_000) and done.is_set()
        qtbot.wait(0)                            # let queued answers be delivered (none must be)
        other = []
        tasks.run_task(lambda: 1, other.append)  # a later job still answers
        qtbot.waitUntil(lambda: other == [1])
    finally:
        tasks.set_runner(None)
    assert answered == []


def test_a_bound_method_of_a_qobject_is_its_own_owner(qtbot):
    label = QLabel()
    release = threading.Event()
    tasks.set_runner(tasks.ThreadRunner())
    try:
        tasks.run_task(lambda: release.wait(10) and "x", label.setText)
        shiboken6.delete(label)
        release.set()
        assert tasks.runner().wait(10_000)
        qtbot.wait(0)
    finally:
        tasks.set_runner(None)


def test_jobs_that_wait_do_not_hold_back_a_preview(loaded, qtbot):
    """A sign-in waiting in the browser, a send and a compare each hold a worker for long; the preview of an edit
    made meanwhile still comes (Qt's global pool has as many threads as cores: two on a small office computer)."""
    window, release, waiting = loaded, threading.Event(), []
    tasks.set_runner(tasks.ThreadRunner())
    try:
        for _ in range(3):
            tasks.run_task(lambda: waiting.append(1) or release.wait(30), lambda _: None)
        qtbot.waitUntil(lambda: len(waiting) >= 2, timeout=5000)       # two cores' worth of workers held
        column = window.document.schedule.column_of("title")
        with qtbot.waitSignal(window.preview.updated, timeout=5000):
            window.model.set_cells([(0, column, "Seen while the others wait")])
        assert "Seen while the others wait" in window.preview.text.toPlainText()
    finally:
        release.set()
        tasks.runner().wait()
        tasks.set_runner(None)
    assert tasks.job_pool().maxThreadCount() >= tasks.LEAST_THREADS
