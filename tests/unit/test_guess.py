"""Content matching: a column no header name matches is suggested a field by its values, never guessed between two."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from gui.core.rowbuild import Options
from gui.sheets.guess import DATE, DATETIME, DURATION, EMAIL, PHONE, TIME, column_kind, guess, kind_of
from gui.sheets.load import load_schedule

NY = Options(default_time_zone="America/New_York")


@pytest.mark.parametrize(("value", "kind"), [
    ("ann@example.com", EMAIL), ("(555) 201-3344", PHONE), ("+44 20 7946 0958", PHONE), (5552013344, PHONE),
    ("12/07/2026", DATE), (dt.date(2026, 12, 7), DATE), ("9:00 AM", TIME), (dt.time(9, 30), TIME),
    ("December 7, 2026 9:00 am", DATETIME), (dt.datetime(2026, 12, 7, 9), DATETIME), ("50 min", DURATION),
    ("1h 30m", DURATION), ("1.5 hours", DURATION),
    ("Ann Lee", None), (42, None), ("not@an", None), ("2026-12-07", DATE), (True, None), ("555-1234 x", None)])
def test_kind_of_one_value(value, kind):
    assert kind_of(value) == kind


def test_a_column_needs_nearly_all_its_values_alike():
    assert column_kind(["a@example.com", "b@example.com", None, "c@example.com"]) == EMAIL
    assert column_kind(["a@example.com", "Ann Lee", "b@example.com"]) is None
    assert column_kind(["a@example.com"]) is None                   # one value says too little
    assert column_kind(["a@example.com"] * 300 + ["Ann"] * 400) == EMAIL   # only the first values are looked at


def test_one_column_of_a_kind_is_suggested_the_free_field():
    headers = ["Who", "Correo", "Móvil", "Día", "Hora", "Duración"]
    names = ["participant_name", None, None, None, None, None]
    cells = [["Ann", "Bo"], ["ann@example.com", "bo@example.com"], ["555-201-3344", "555-206-7731"],
             ["12/07/2026", "12/08/2026"], ["9:00 AM", "2:30 PM"], ["50 min", "1h"]]
    found = {g.column: (g.field, g.note) for g in guess(headers, names, [1, 2, 3, 4, 5], cells)}
    assert found == {1: ("participant_email", '"Correo" holds e-mail addresses'),
                     2: ("participant_phone", '"Móvil" holds phone numbers'),
                     3: ("date", '"Día" holds dates'),
                     4: ("start_time", '"Hora" holds times of day'),
                     5: ("duration_minutes", '"Duración" holds durations')}


def test_a_field_a_column_already_feeds_is_not_suggested_again():
    found = guess(["Email", "Other mail"], ["participant_email", None], [1],
                  [["a@example.com", "b@example.com"], ["c@example.com", "d@example.com"]])
    assert found == []


def test_two_candidates_are_never_guessed_between():
    cells = [["a@example.com", "b@example.com"], ["c@example.com", "d@example.com"]]
    found = guess(["Mail 1", "Mail 2"], [None, None], [0, 1], cells)
    assert [(g.column, g.field) for g in found] == [(0, None), (1, None)]
    assert found[0].note == '"Mail 1" and "Mail 2" all hold e-mail addresses'


def test_two_date_time_columns_become_start_and_end_only_when_the_second_is_never_earlier():
    starts = ["2026-12-07 09:00", "2026-12-08 14:30"]
    ends = ["2026-12-07 09:50", "2026-12-08 15:00"]
    found = guess(["From", "Until"], [None, None], [0, 1], [starts, ends])
    assert [(g.column, g.field) for g in found] == [(0, "start_time"), (1, "end_time")]
    backwards = guess(["From", "Until"], [None, None], [0, 1], [ends, starts])
    assert [(g.column, g.field) for g in backwards] == [(0, None), (1, None)]


def test_one_time_column_fills_end_when_start_has_a_column():
    found = guess(["Start", "Finish at"], ["start_time", None], [1], [["9:00", "10:00"], ["9:30", "10:45"]])
    assert [(g.column, g.field) for g in found] == [(1, "end_time")]


UNKNOWN_CSV = ("Quién,Correo,Móvil,Desde,Hasta,Médico,Tipo de cita\n"
               "Ann Lee,ann@example.com,555-201-3344,2026-12-07 09:00,2026-12-07 09:50,Dr. Patel,Limpieza\n"
               "Bo Chan,bo@example.com,555-206-7731,2026-12-08 14:30,2026-12-08 15:00,Dr. Nguyen,Revisión\n")


def test_the_command_line_applies_unambiguous_suggestions_with_a_note(tmp_path: Path):
    path = tmp_path / "citas.csv"
    path.write_text(UNKNOWN_CSV, encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"columns": {"Quién": "participant_name", "Médico": "calendar",
                                               "Tipo de cita": "title"}}), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "gui", "preview", str(path), "--mapping", str(mapping),
                             "--time-zone", "America/New_York"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    events = json.loads(result.stdout)["events"]
    assert events[0] == {"calendar": "Dr. Patel", "title": "Limpieza", "start_time": "2026-12-07T09:00:00-05:00",
                         "end_time": "2026-12-07T09:50:00-05:00",
                         "participants": [{"name": "Ann Lee", "email": "ann@example.com", "phone": "555-201-3344"}]}
    notes = [line.split(": note: ", 1)[1] for line in result.stderr.splitlines() if ": note: " in line]
    assert notes == ['"Correo" holds e-mail addresses: used as Participant e-mail.',
                     '"Móvil" holds phone numbers: used as Participant phone.',
                     '"Desde" holds dates with times (the earlier ones): used as Start.',
                     '"Hasta" holds dates with times (the later ones): used as End.']


def test_the_window_gets_suggestions_it_does_not_apply(tmp_path: Path):
    path = tmp_path / "citas.csv"
    path.write_text(UNKNOWN_CSV, encoding="utf-8")
    loaded = load_schedule(path, NY, apply_guesses=False)
    assert loaded.schedule.names == [None] * 7
    assert loaded.columns.suggested == {1: "participant_email", 2: "participant_phone", 3: "start_time",
                                        4: "end_time"}
    assert loaded.columns.notes[1] == ('"Correo" holds e-mail addresses: it looks like Participant e-mail (choose its '
                                       "field in Columns…).")
    applied = load_schedule(path, NY, apply_guesses=True)
    assert applied.schedule.names == [None, "participant_email", "participant_phone", "start_time", "end_time",
                                      None, None]
