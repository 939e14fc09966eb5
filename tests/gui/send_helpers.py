"""Fixtures for the send tests: a seeded sandbox on loopback, a window on the sample bound to it, stubbed dialogs."""

from __future__ import annotations

from collections import Counter

import pytest

from gui.apptoto.sandbox import FaultConfig, SandboxServer
from gui.core.paths import DATA_DIR_ENV
from gui.qt import dialogs
from gui.qt.main_window import MainWindow
from tests.gui.clinic import seed_clinic
from tests.gui.helpers import CLINIC_PATH
from tests.helpers.apptoto import with_calendars
from tests.helpers.fakes import FakeClock


def start_sandbox(faults: str = "") -> SandboxServer:
    server = with_calendars(SandboxServer(faults=FaultConfig.parse(faults) if faults else None)).start()
    seed_clinic(server)
    return server


@pytest.fixture
def sandbox():
    server = start_sandbox()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def journal_dir(monkeypatch, tmp_path):
    """The send journal goes to a temp folder."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))


@pytest.fixture
def stubs(monkeypatch):
    """Modal dialogs answered by the test: every question asked is recorded in `stubs.asked`."""

    class Stubs:
        confirm = True              # Send in the confirmation
        fix_credentials = False     # "Open settings" after a refusal
        retry_unknown = False
        save_path: str | None = None
        settings_ok = False
        undo_ticks: set | None = set()      # the undo confirmation: None = Cancel, else the conflicts ticked
        create_anyway: set = set()          # rows held back as maybe in Apptoto to create all the same

        def __init__(self) -> None:
            self.asked: list[tuple[str, object]] = []
            self.confirmations: list = []
            self.errors: list[str] = []
            self.infos: list[str] = []
            self.undo_plans: list = []
            self.held: list[list] = []

    s = Stubs()

    def confirm_send(parent, confirmation):
        s.confirmations.append(confirmation)
        s.asked.append(("confirm", confirmation))
        return s.confirm

    def ask_fix(parent, message):
        s.asked.append(("fix", message))
        return s.fix_credentials

    def retry_unknown(parent, count):
        s.asked.append(("retry_unknown", count))
        return s.retry_unknown

    def save(parent, suggested):
        s.asked.append(("save", suggested))
        return s.save_path

    def edit_settings(dialog):
        s.asked.append(("settings", dialog))
        return s.settings_ok

    def confirm_undo(parent, plan):
        s.undo_plans.append(plan)
        s.asked.append(("undo", plan))
        return s.undo_ticks(plan) if callable(s.undo_ticks) else s.undo_ticks

    def ask_create_anyway(parent, held):
        s.held.append(list(held))
        s.asked.append(("create_anyway", held))
        return set(s.create_anyway)

    monkeypatch.setattr(dialogs, "confirm_undo", confirm_undo)
    monkeypatch.setattr(dialogs, "ask_create_anyway", ask_create_anyway)
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, message: s.infos.append(f"{title}: {message}"))
    monkeypatch.setattr(dialogs, "confirm_send", confirm_send)
    monkeypatch.setattr(dialogs, "ask_fix_credentials", ask_fix)
    monkeypatch.setattr(dialogs, "confirm_retry_unknown", retry_unknown)
    monkeypatch.setattr(dialogs, "ask_save_results", save)
    monkeypatch.setattr(dialogs, "edit_settings", edit_settings)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: s.errors.append(message))
    return s


def open_sample(qtbot, sandbox: SandboxServer) -> MainWindow:
    """A window in sandbox mode with the sample open; the engine's waits advance a fake clock (no real sleeping)."""
    win = MainWindow(sandbox=sandbox)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.preview.updated, timeout=5000):
        assert win.open_path(CLINIC_PATH)
    clock = FakeClock()
    win.sending.sleep, win.sending.clock = clock.sleep, clock
    win.history.sleep, win.history.clock = clock.sleep, clock
    return win


@pytest.fixture
def win(qtbot, sandbox):
    return open_sample(qtbot, sandbox)


def outcomes(win: MainWindow) -> dict[int, str]:
    """Sheet row number -> outcome state, for rows that have one."""
    return {row.number: row.outcome.state for row in win.model.schedule.rows if row.outcome is not None}


def duplicates(sandbox: SandboxServer) -> list[str]:
    """external_ids held by more than one sandbox event."""
    seen = Counter(e["external_id"] for e in sandbox.events if e.get("external_id"))
    return [key for key, n in seen.items() if n > 1]


def status_text(win: MainWindow, index: int) -> str:
    from gui.qt.schedule_model import STATUS

    return win.model.index(win.model.model_row(index), STATUS).data()
