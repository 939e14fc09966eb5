"""The one background-job helper: answers reach the GUI thread, and never a widget that is gone."""

import threading

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
