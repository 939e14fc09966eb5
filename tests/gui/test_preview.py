"""The JSON preview dock: exactly Schedule.body(selected rows), the summary in words, copy and save."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from gui.qt import dialogs, preview_dock
from gui.qt.schedule_model import CHECK
from tests.gui.helpers import schedule_row, view_index


def shown_body(window) -> dict:
    return json.loads(window.preview.text.toPlainText())


def test_preview_is_exactly_the_body_of_the_selected_rows(loaded):
    window = loaded
    schedule = window.document.schedule
    assert shown_body(window) == schedule.body(window.model.checked_rows())
    assert window.preview.text.toPlainText() == json.dumps(schedule.body(range(40)), indent=2, ensure_ascii=False)
    assert window.preview.summary_lines[0].startswith("35 events will be sent: 9 new, 3 updates")
    assert any("have errors and will not be sent" in line for line in window.preview.summary_lines)


def test_preview_follows_ticks_and_edits(loaded, qtbot):
    window = loaded
    with qtbot.waitSignal(window.preview.updated):
        window.actions.check_none.trigger()
    assert shown_body(window) == {"events": []}
    index = view_index(window, 7, CHECK)
    rect = window.view.visualRect(index)
    with qtbot.waitSignal(window.preview.updated):       # ticking the row's box with the mouse
        window.view.setCurrentIndex(index)
        window.view.setFocus()
        qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert rect.isValid()
    events = shown_body(window)["events"]
    assert [e["id"] for e in events] == [880105]
    assert window.preview.summary_lines[0].startswith("1 event will be sent: 0 new, 1 update")
    with qtbot.waitSignal(window.preview.updated):
        window.model.set_cells([(schedule_row(window, 7), 3, "Deep clean")])
    assert shown_body(window)["events"][0]["title"] == "Deep clean"


def test_unknown_calendars_are_named(loaded, qtbot):
    window = loaded
    with qtbot.waitSignal(window.preview.updated):
        window.document.known_calendars = ["Dr. Patel", "dr. nguyen"]
        window.preview.schedule_update()
    assert any("“Hygiene”" in line and "not seen before" in line for line in window.preview.summary_lines)


def test_big_selections_are_capped_in_the_view_not_in_save(loaded, qtbot, monkeypatch, tmp_path):
    window = loaded
    monkeypatch.setattr(preview_dock, "SHOWN_EVENTS", 3)
    with qtbot.waitSignal(window.preview.updated):
        window.preview.schedule_update()
    assert len(shown_body(window)["events"]) == 3
    assert "first 3 of 35 events" in window.preview.note.text()
    out = tmp_path / "body.json"
    monkeypatch.setattr(dialogs, "ask_save_json", lambda parent, title, suggested: str(out))
    qtbot.mouseClick(window.preview.save_button, Qt.MouseButton.LeftButton)
    assert json.loads(out.read_text(encoding="utf-8")) == window.document.schedule.body(range(40))


def test_save_json_from_the_keyboard(loaded, qtbot, monkeypatch, tmp_path):
    window = loaded
    asked = []
    out = tmp_path / "picked"

    def ask(parent, title, suggested):
        asked.append(suggested)
        return str(out) + ".json"

    monkeypatch.setattr(dialogs, "ask_save_json", ask)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked[0].endswith("clinic-week-events.json")
    assert json.loads((tmp_path / "picked.json").read_text(encoding="utf-8"))["events"]
