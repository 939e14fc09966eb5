"""The entry point: --screenshot renders the loaded window to a PNG; --sandbox shows the banner and the sample."""

from __future__ import annotations

import argparse

from PySide6.QtGui import QImage

from gui.qt import app as app_module
from gui.qt.main_window import MainWindow
from tests.gui.helpers import CLINIC_PATH


def args(**given) -> argparse.Namespace:
    base = {"file": None, "sandbox": False, "screenshot": None, "self_test": False}
    return argparse.Namespace(**{**base, **given})


def capture_windows(monkeypatch, qtbot) -> list[MainWindow]:
    made: list[MainWindow] = []

    class Recorded(MainWindow):
        def __init__(self, *a, **k) -> None:
            super().__init__(*a, **k)
            qtbot.addWidget(self)
            made.append(self)

    monkeypatch.setattr("gui.qt.main_window.MainWindow", Recorded)
    return made


def test_screenshot_renders_the_loaded_window(tmp_path, monkeypatch, qtbot):
    windows = capture_windows(monkeypatch, qtbot)
    out = tmp_path / "shot.png"
    assert app_module.run(args(file=CLINIC_PATH, screenshot=str(out))) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == app_module.SCREENSHOT_SIZE
    window = windows[0]
    assert window.document.is_open and window.preview.text.toPlainText().startswith("{")
    assert window.windowTitle() == "clinic-week.xlsx[*] — Apptoto Sheets"


def test_screenshot_of_a_missing_file_fails_with_2(tmp_path, monkeypatch, qtbot, capsys):
    capture_windows(monkeypatch, qtbot)
    out = tmp_path / "shot.png"
    assert app_module.run(args(file=str(tmp_path / "nope.xlsx"), screenshot=str(out))) == 2
    assert "nope.xlsx" in capsys.readouterr().err
    assert not out.exists()


def test_sandbox_mode_shows_the_banner_and_opens_the_sample(tmp_path, monkeypatch, qtbot):
    windows = capture_windows(monkeypatch, qtbot)
    servers = []
    real = app_module.start_sandbox

    def start():
        servers.append(real())
        return servers[0]

    monkeypatch.setattr(app_module, "start_sandbox", start)
    out = tmp_path / "sandbox.png"
    assert app_module.run(args(sandbox=True, screenshot=str(out))) == 0
    window = windows[0]
    assert window.banner.text().startswith("<b>SANDBOX</b>") and "127.0.0.1" in window.banner.text()
    assert window.document.path.name == "sample-schedule.xlsx"
    assert window.document.known_calendars is not None        # the sandbox account's calendars
    assert servers[0]._server is None                          # stopped on the way out
    assert out.exists()


def test_self_test_is_handed_to_its_own_module(monkeypatch):
    import sys
    import types

    from gui.cli import main

    fake = types.ModuleType("gui.cli.selftest")
    fake.run = lambda given: 0 if given.self_test else 1
    monkeypatch.setitem(sys.modules, "gui.cli.selftest", fake)
    assert main(["--self-test"]) == 0


def test_the_sandbox_banner_takes_one_line_beside_the_docks_on_a_small_screen(qtbot):
    from gui.core.server import Server
    from gui.qt.banner import ServerBanner
    banner = ServerBanner("http://127.0.0.1:43905")
    banner.show_server(Server("http://127.0.0.1:43905"))
    qtbot.addWidget(banner)
    assert banner.text().startswith("<b>SANDBOX</b>")
    banner.ensurePolished()                                        # its style sheet's font size applies
    one_line = banner.fontMetrics().height() + 2 * 4 + 1 + 4      # the text, the padding, the border, a little
    assert banner.heightForWidth(690) <= one_line                 # 1024 px less the problem list
