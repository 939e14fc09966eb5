"""Hostile files opened in the window, loading on a real worker thread: one plain message, or the file with
what the reader noticed in the status bar (issue 13)."""

from __future__ import annotations

from pathlib import Path

from gui.qt import dialogs
from gui.qt.schedule_model import FIRST_DATA

CORPUS = Path(__file__).resolve().parents[1] / "corpus"



def test_a_sheet_reaching_xfd1048576_is_a_message_not_an_abort(window, qtbot, monkeypatch, threads):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: shown.append((title, message)))
    window.open_path(str(CORPUS / "hostile_far_cell.xlsx"))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    title, message = shown[0]
    assert title == "Cannot open hostile_far_cell.xlsx"
    assert message.startswith('"hostile_far_cell.xlsx", sheet "Schedule" was refused: its cells reach as far as '
                              "XFD1048576")
    assert not window.document.is_open and window.actions.open.isEnabled()


def test_the_encoding_note_reaches_the_status_bar(window, qtbot, threads):
    with qtbot.waitSignal(window.loader.loaded, timeout=10000):
        window.open_path(str(CORPUS / "hostile_mixed_encoding.csv"))
    qtbot.waitUntil(lambda: window.document is not None, timeout=10000)
    assert window.statusBar().currentMessage() == (
        "Row 3 is not in UTF-8 like the rest of the file and was read as Windows-1252 (Western European): check "
        "their accented letters.")
    cells = [(window.proxy.index(row, FIRST_DATA).data(), window.proxy.index(row, FIRST_DATA + 6).data())
             for row in range(window.proxy.rowCount())]
    assert cells == [("Café", "Zoë Adé"), ("Crème", "Renée Noël"), ("Thé", "Léa Dufour")]
