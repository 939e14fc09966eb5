"""The Columns dialog: it opens by itself for an export whose columns do not map, with the values' suggestions
pre-chosen, says what is still needed, sets the date order per file, and the choice is remembered (issues 19, 20)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from gui.core.paths import mappings_dir
from gui.qt import settings, tasks
from gui.qt.mapping_dialog import MappingDialog

SPANISH = ("Quién,Correo,Móvil,Desde,Hasta,Médico,Tipo de cita\n"
           "Ann Lee,ann@example.com,555-201-3344,2026-12-07 09:00,2026-12-07 09:50,Dr. Patel,Limpieza\n"
           "Bo Chan,bo@example.com,555-206-7731,2026-12-08 14:30,2026-12-08 15:00,Dr. Nguyen,Revisión\n")
BOTH_WAYS = ("Title,Date,Start,End,Calendar,Mobile\n"
             "Cleaning,03/12/2026,9:00,9:30,Dr A,555-201-3344\n"
             "Check-up,04/12/2026,10:00,10:30,Dr A,555-206-7731\n")


@pytest.fixture(autouse=True)
def new_york():
    settings.put(settings.TIME_ZONE, "America/New_York")


class Seen:
    """A stand-in for MappingDialog.exec: records what the dialog showed, lets the test act, then answers."""

    def __init__(self, qtbot, act=None, answer=QDialog.DialogCode.Accepted) -> None:
        self.qtbot, self.act, self.answer = qtbot, act, answer
        self.dialogs: list[MappingDialog] = []
        self.shown: list[dict] = []

    @property
    def exec(self):
        return lambda dialog: self.show(dialog)

    def show(self, dialog: MappingDialog) -> int:         # the dialog is deleted by ask_mapping afterwards
        self.dialogs.append(dialog)
        self.shown.append({"names": dialog.names(), "needed": dialog.needed.text(),
                           "descriptions": [d.text() for d in dialog.descriptions],
                           "samples": list(dialog.samples), "dates": dialog.dates_note.text(),
                           "name": dialog.name_edit.text(), "naming": dialog.name_edit.isVisibleTo(dialog)})
        if self.act is not None:
            self.act(dialog)
        self.shown[-1]["needed after"] = dialog.needed.text()
        if self.answer == QDialog.DialogCode.Accepted:
            dialog.accept()
            if not dialog.result():
                return QDialog.DialogCode.Rejected
        return self.answer


def pick(qtbot, dialog: MappingDialog, header: str, label: str) -> None:
    combo = dialog.combos[dialog.headers.index(header)]
    combo.setFocus()
    qtbot.keyClicks(combo, label)                 # keyboard search, as a user types
    assert combo.currentText() == label


def open_and_wait(window, qtbot, path) -> None:
    with qtbot.waitSignal(window.loader.finished, timeout=10000):
        assert window.open_path(str(path))


def test_the_dialog_opens_by_itself_with_suggestions_and_the_choice_is_remembered(window, qtbot, monkeypatch,
                                                                                  tmp_path):
    tasks.set_runner(tasks.ThreadRunner())          # reading runs on a worker thread, as in the app
    path = tmp_path / "citas.csv"
    path.write_text(SPANISH, encoding="utf-8")

    def choose(dialog: MappingDialog) -> None:
        pick(qtbot, dialog, "Médico", "Calendar")
        pick(qtbot, dialog, "Tipo de cita", "Title")
        pick(qtbot, dialog, "Quién", "Participant name")
        dialog.name_edit.setText("Clínica export")

    seen = Seen(qtbot, choose)
    monkeypatch.setattr(MappingDialog, "exec", seen.exec)
    open_and_wait(window, qtbot, path)
    assert len(seen.dialogs) == 1                                   # it opened by itself
    shown = seen.shown[0]
    assert shown["names"] == [None, "participant_email", "participant_phone", "start_time", "end_time", None, None]
    assert shown["descriptions"][1].startswith("<i>Suggested from its values.</i> The person's e-mail address.")
    assert shown["descriptions"][0] == "Not sent: the column stays in the grid, greyed."
    assert shown["samples"][2] == "555-201-3344  ·  555-206-7731"
    assert "Still needed:</b> Title, Calendar." in shown["needed"]
    assert "“Médico” (e.g. Dr. Patel)" in shown["needed"] and "“Tipo de cita” (e.g. Limpieza)" in shown["needed"]
    schedule = window.document.schedule
    assert schedule.names == ["participant_name", "participant_email", "participant_phone", "start_time", "end_time",
                              "calendar", "title"]
    assert schedule.rows[0].event["participants"] == [{"name": "Ann Lee", "email": "ann@example.com",
                                                       "phone": "555-201-3344"}]
    assert not schedule.has_errors(0) and not schedule.has_errors(1)
    stored = [json.loads(p.read_text(encoding="utf-8")) for p in mappings_dir().glob("*.json")]
    assert [(s["name"], s["columns"]["Tipo de cita"]) for s in stored] == [("Clínica export", "title")]
    assert window.mapping_badge.isVisible()
    assert window.mapping_badge.text().startswith("Mapping: Clínica export (saved ")

    # The next export of the same shape opens with the same mapping, and no dialog.
    later = tmp_path / "citas-semana-50.csv"
    later.write_text(SPANISH.replace("2026-12-0", "2026-12-1"), encoding="utf-8")
    open_and_wait(window, qtbot, later)
    assert len(seen.dialogs) == 1
    assert window.document.schedule.names == schedule.names
    assert window.document.schedule.rows[0].event["start_time"] == "2026-12-17T09:00:00-05:00"
    assert window.mapping_badge.text().startswith("Mapping: Clínica export (saved ")


def test_cancel_keeps_the_file_as_read_and_remembers_nothing(window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "citas.csv"
    path.write_text(SPANISH, encoding="utf-8")
    monkeypatch.setattr(MappingDialog, "exec", Seen(qtbot, answer=QDialog.DialogCode.Rejected).exec)
    open_and_wait(window, qtbot, path)
    assert window.document.schedule.names == [None] * 7                  # suggestions are not applied unasked
    assert list(mappings_dir().glob("*.json")) == []


def test_an_unused_column_leads_to_the_missing_title(window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "jane.csv"
    path.write_text("Start,End,Patient,Practitioner,Visit Kind,Mobile\n"
                    "2026-12-07 09:00,2026-12-07 09:50,Ann Lee,Dr. Patel,Massage,555-201-3344\n", encoding="utf-8")
    seen = Seen(qtbot, lambda dialog: pick(qtbot, dialog, "Visit Kind", "Title"))
    monkeypatch.setattr(MappingDialog, "exec", seen.exec)
    open_and_wait(window, qtbot, path)
    needed = seen.shown[0]["needed"]
    assert needed.startswith("<b>Still needed:</b> Title.") and "“Visit Kind” (e.g. Massage)" in needed
    assert seen.shown[0]["needed after"] == "Every field a new appointment needs has a column."
    assert window.document.schedule.rows[0].event["title"] == "Massage"


def test_a_file_that_maps_on_its_own_opens_without_the_dialog(loaded):
    assert loaded.document.schedule.names[0] == "id"
    assert not loaded.mapping_badge.isVisible()        # matched by name, nothing remembered, no dates as text


def test_the_grids_own_status_column_is_not_confused_with_an_exports_status(window, qtbot, tmp_path):
    path = tmp_path / "jane.csv"
    path.write_text("Start,End,Patient,Practitioner,Treatment,Status,Mobile\n"
                    "2026-12-07 09:00,2026-12-07 09:50,Ann Lee,Dr. Patel,Massage,Booked,555-201-3344\n",
                    encoding="utf-8")
    open_and_wait(window, qtbot, path)
    model = window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:2] == ["Send", "Send status"] and "Status" in headers[2:]
    assert window.document.schedule.names[5] == "appointment_status"
    assert "Booked" not in json.dumps(window.document.schedule.rows[0].event)


def test_the_date_order_is_chosen_per_file_in_the_dialog(window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "both.csv"
    path.write_text(BOTH_WAYS, encoding="utf-8")
    open_and_wait(window, qtbot, path)                                   # maps on its own: no dialog
    assert window.document.schedule.rows[0].event["start_time"] == "2026-03-12T09:00:00-04:00"
    assert window.mapping_badge.text() == "dates month first"
    assert "every date reads both ways" in window.mapping_badge.toolTip()

    def day_first(dialog: MappingDialog) -> None:
        dialog.date_order.setCurrentIndex(dialog.date_order.findData("DMY"))

    seen = Seen(qtbot, day_first)
    monkeypatch.setattr(MappingDialog, "exec", seen.exec)
    with qtbot.waitSignal(window.loader.finished, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert seen.shown[0]["dates"] == "In use: month first (every date reads both ways)."
    assert window.document.schedule.rows[0].event["start_time"] == "2026-12-03T09:00:00-05:00"
    assert window.mapping_badge.text().endswith("dates day first")
    other = tmp_path / "other-shape.csv"                                 # another file decides for itself
    other.write_text("Title,Date,Start,End,Calendar\nX,03/12/2026,9:00,9:30,Dr A\n", encoding="utf-8")
    open_and_wait(window, qtbot, other)
    assert window.document.schedule.rows[0].event["start_time"] == "2026-03-12T09:00:00-04:00"


def test_two_columns_for_one_field_are_refused_with_a_message(qtbot):
    dialog = MappingDialog(["Visit", "Type"], ["A", "B"], [None, None], ["", ""])
    qtbot.addWidget(dialog)
    dialog.show()
    pick(qtbot, dialog, "Visit", "Title")
    pick(qtbot, dialog, "Type", "Title")
    dialog.accept()
    assert not dialog.result() and dialog.isVisible()
    assert dialog.error.text() == "“Visit” and “Type” are both chosen as Title: choose one of them."


def test_field_names_are_never_cut_off(qtbot):
    headers = ["Appt Date", "Wireless Phone", "Patient", "Op", "Appt Type", "Note", "Home Phone"]
    dialog = MappingDialog(headers, list("ABCDEFG"), [None] * 7, ["12/07/2026"] * 7)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    for combo in dialog.combos:
        combo.setCurrentIndex(combo.findText("Participant 3 e-mail"))     # among the longest names offered
        assert combo.width() >= combo.sizeHint().width()
        assert combo.view().sizeHintForColumn(0) <= combo.view().width() or combo.view().width() == 0


def test_with_remembering_off_nothing_is_kept_or_used(window, qtbot, monkeypatch, tmp_path):
    settings.put(settings.REMEMBER_MAPPINGS, False)
    path = tmp_path / "citas.csv"
    path.write_text(SPANISH, encoding="utf-8")
    seen = Seen(qtbot)
    monkeypatch.setattr(MappingDialog, "exec", seen.exec)
    open_and_wait(window, qtbot, path)
    assert not seen.shown[0]["naming"]                                      # nothing to name
    assert window.document.schedule.names[1] == "participant_email"         # the suggestions were accepted
    assert list(mappings_dir().glob("*.json")) == []
    open_and_wait(window, qtbot, path)
    assert len(seen.dialogs) == 2                                            # asked again


def test_the_calendar_description_keeps_the_apps_promise_that_no_typo_creates_a_calendar(qtbot):
    """The app asks Apptoto not to create calendars and creates only those ticked in the confirmation: the
    Calendar field's description says so (it read "A name Apptoto does not know yet creates a new calendar")."""
    dialog = MappingDialog(["Provider"], ["A"], ["calendar"], ["Dr. Patel"])
    qtbot.addWidget(dialog)
    described = dialog.descriptions[0].text()
    assert "creates a new calendar" not in described
    assert "pointed out before sending" in described and "unless you tick it" in described
