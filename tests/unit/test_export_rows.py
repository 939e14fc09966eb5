"""Rows of exports: the mobile phone goes to the participant, a name from First + Last, end dates, whole days, update
rows (calendar, zone, replacements), and the appointment's own Status column (issues 15 and 20)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from gui.core.problems import WARNING, Problem
from gui.core.replacing import MAYBE, maybe_line, replaces
from gui.core.rowbuild import Options, Plan, build
from gui.core.schedule import Schedule
from gui.core.table import CellError
from gui.core.vocab import MAYBE_UPDATE, UPDATE
from gui.sheets.mapping import map_columns

NY = Options(default_time_zone="America/New_York")
NINE = dt.datetime(2026, 12, 7, 9, 0)


def row(cells: dict, options: Options = NY, number: int = 2, zone: str | None = None):
    headers = list(cells)
    plan = Plan.from_fields(headers, [chr(65 + i) for i in range(len(headers))], headers)
    return build(list(cells.values()), number, plan, options, zone=zone)


# ---- phones -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("headers", "used", "note"), [
    (["Home Phone", "Wireless Phone"], 1, '"Home Phone" is not sent: reminders go to the mobile number in '
                                          '"Wireless Phone".'),
    (["Phone", "Cell"], 1, '"Phone" is not sent: reminders go to the mobile number in "Cell".'),
    (["Work Phone", "Phone"], 1, '"Work Phone" is not sent: the participant\'s phone comes from "Phone".'),
    (["Text Reminder Number", "Home Phone", "Work Phone"], 0, '"Home Phone" is not sent: reminders go to the mobile '
                                                              'number in "Text Reminder Number".'),
])
def test_of_several_phone_columns_the_mobile_one_is_the_participants(headers, used, note):
    cmap = map_columns(["Patient", *headers])
    assert cmap.fields[1 + used] == "participant_phone"
    assert [f for i, f in enumerate(cmap.fields[1:]) if i != used] == [None] * (len(headers) - 1)
    assert note in cmap.notes


def test_two_mobiles_or_two_home_phones_are_never_guessed_between():
    assert map_columns(["Mobile", "Cell Phone"]).fields == [None, None]
    assert map_columns(["Home Phone", "Work Phone"]).fields == [None, None]
    assert map_columns(["Home Phone", "Patient"]).fields == ["participant_phone", "participant_name"]   # the only one


def test_the_home_phone_is_noted_once_per_file_not_per_row(tmp_path: Path):
    path = tmp_path / "od.csv"
    path.write_text("Appt Date,Appt Time,Length,Patient,Provider,Appt Type,Wireless Phone,Home Phone\n"
                    + "".join(f"12/{d:02d}/2026,9:00 AM,30,P{d},DOC1,Exam,555-201-33{d:02d},555-100-00{d:02d}\n"
                              for d in range(14, 24)), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "gui", "validate", str(path), "--time-zone", "America/New_York"],
                            capture_output=True, text=True, timeout=60)
    assert result.stderr.splitlines() == ['od.csv, sheet "od.csv": note: "Home Phone" is not sent: reminders go to '
                                          'the mobile number in "Wireless Phone".']
    assert result.returncode == 0


# ---- a name from first and last name ----------------------------------------------------------------------------
def test_first_and_last_name_columns_make_the_participants_name():
    built = row({"calendar": "A", "participant_first_name": "Ann", "participant_last_name": "Lee",
                 "participant_phone": "555-201-3344"})
    assert built.event["participants"] == [{"phone": "555-201-3344", "name": "Ann Lee"}]
    only_last = row({"calendar": "A", "participant_last_name": "Lee", "participant_email": "l@example.com"})
    assert only_last.event["participants"] == [{"email": "l@example.com", "name": "Lee"}]
    second = row({"calendar": "A", "participant2_first_name": "Bo", "participant2_last_name": "Chan",
                  "participant2_email": "bo@example.com"})
    assert second.event["participants"] == [{"email": "bo@example.com", "name": "Bo Chan"}]


def test_a_name_from_its_parts_without_a_way_to_reach_them_warns_like_any_name():
    built = row({"calendar": "A", "participant_first_name": "Ann", "participant_last_name": "Lee"})
    assert built.event["participants"] == [{"name": "Ann Lee"}]
    assert [p for p in built.problems if p.severity == WARNING] == [
        Problem(2, "participant_first_name", WARNING, "Participant has no e-mail, phone or contact: Apptoto cannot "
                "send them reminders", "B")]


def test_a_formula_error_in_a_name_part_is_reported_on_that_cell():
    built = row({"calendar": "A", "participant_first_name": "Ann", "participant_last_name": CellError("#REF!"),
                 "participant_phone": "555-201-3344"})
    assert built.event["participants"] == [{"phone": "555-201-3344"}]
    assert [(p.column, p.letter, p.message) for p in built.problems if p.column.startswith("participant")] == [
        ("participant_last_name", "C", "the cell holds #REF! (a formula error or a formula without a value)")]


def test_the_grid_keeps_both_name_columns_and_an_edit_to_either_rebuilds_the_name():
    headers = ["First Name", "Last Name", "Phone", "Title", "Start", "End", "Calendar"]
    names = map_columns(headers).fields
    assert names[:2] == ["participant_first_name", "participant_last_name"]
    schedule = Schedule(headers, names, [(2, ["Ann", "Lee", "555-201-3344", "Exam", NINE,
                                               NINE + dt.timedelta(minutes=30), "Dr A"])], NY)
    assert schedule.rows[0].event["participants"] == [{"phone": "555-201-3344", "name": "Ann Lee"}]
    schedule.set_value(0, 1, "Lee-Smith")
    assert schedule.rows[0].event["participants"][0]["name"] == "Ann Lee-Smith"
    schedule.set_value(0, 0, None)
    assert schedule.rows[0].event["participants"][0]["name"] == "Lee-Smith"
    assert schedule.rows[0].values[:2] == [None, "Lee-Smith"]          # the cells themselves are never joined


def test_a_whole_name_column_wins_over_first_and_last():
    cmap = map_columns(["Invitee Name", "Invitee First Name", "Invitee Last Name", "Invitee Email"])
    assert cmap.fields == ["participant_name", None, None, "participant_email"]
    assert cmap.notes[1] == '"Invitee First Name" is not used: the name comes from "Invitee Name".'
    built = row({"calendar": "A", "participant_name": "Ann Lee", "participant_first_name": "X",
                 "participant_email": "a@example.com"})
    assert built.event["participants"] == [{"name": "Ann Lee", "email": "a@example.com"}]


# ---- dates and times of exports ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("start", "expected"), [
    ("December 23, 2026 9:00 am", "2026-12-23T09:00:00-05:00"),
    ("December 23, 2026 at 9:00 AM", "2026-12-23T09:00:00-05:00"),
    ("Wednesday, December 23, 2026 9:00 AM", "2026-12-23T09:00:00-05:00"),
    ("Tue, 22 Dec 2026 09:00", "2026-12-22T09:00:00-05:00"),
    ("12/23/2026 9:00:00 AM", "2026-12-23T09:00:00-05:00"),
    ("12/23/2026 9:00 PM", "2026-12-23T21:00:00-05:00"),
    ("23 Dec 2026 09:00 AM", "2026-12-23T09:00:00-05:00"),
])
def test_date_times_in_words_and_twelve_hour_times(start, expected):
    built = row({"calendar": "A", "title": "T", "start_time": start, "duration_minutes": "50 min"})
    assert built.event["start_time"] == expected and built.problems == []


def test_twelve_hour_times_with_seconds_beside_a_date_column():
    built = row({"calendar": "A", "title": "T", "date": "12/23/2026", "start_time": "9:00:00 AM",
                 "end_time": "12:30:00 PM"})
    assert (built.event["start_time"], built.event["end_time"]) == ("2026-12-23T09:00:00-05:00",
                                                                    "2026-12-23T12:30:00-05:00")


def test_an_end_date_column_places_an_end_time_on_its_own_day():
    built = row({"calendar": "A", "title": "Night shift", "date": "12/23/2026", "start_time": "10:00 PM",
                 "end_date": "12/24/2026", "end_time": "6:00 AM"})
    assert (built.event["start_time"], built.event["end_time"]) == ("2026-12-23T22:00:00-05:00",
                                                                    "2026-12-24T06:00:00-05:00")
    bad = row({"calendar": "A", "title": "T", "date": "12/23/2026", "start_time": "9:00 AM", "end_date": "soon",
               "end_time": "10:00 AM"})
    assert [(p.column, p.message) for p in bad.problems] == [
        ("end_date", "End date “soon” is not a date or time I can read (e.g. 12/31/2026 2:30 PM)")]


@pytest.mark.parametrize("all_day", ["True", "TRUE", "yes", True])
def test_an_all_day_row_with_only_dates_lasts_the_whole_day(all_day):
    built = row({"calendar": "A", "title": "Office closed", "date": "12/24/2026", "start_time": None,
                 "end_date": "12/24/2026", "end_time": None, "all_day": all_day})
    assert built.event == {"calendar": "A", "title": "Office closed", "all_day": True,
                           "start_time": "2026-12-24T00:00:00-05:00", "end_time": "2026-12-25T00:00:00-05:00"}
    assert built.problems == []


def test_all_day_false_still_needs_times():
    built = row({"calendar": "A", "title": "T", "date": "12/24/2026", "start_time": None, "end_time": None,
                 "all_day": "False"})
    assert [p.column for p in built.problems] == ["start_time", "end_time"]


# ---- the appointment's own status -------------------------------------------------------------------------------
def test_a_status_column_is_read_and_never_sent():
    # issue 17 changed this on purpose: "Cancelled" (with no id or external_id) is now a cancellation naming no
    # event, an error; any other status is read and never sent, as before
    built = row({"calendar": "A", "title": "T", "start_time": NINE, "end_time": NINE + dt.timedelta(hours=1),
                 "appointment_status": "Confirmed"})
    assert "appointment_status" not in json.dumps(built.event) and "Confirmed" not in json.dumps(built.event)
    assert built.problems == []
    assert map_columns(["Appt Status", "Visit Status", "Status"]).fields[2] is None       # one column, not three
    assert map_columns(["Visit Status"]).fields == ["appointment_status"]


# ---- update rows ------------------------------------------------------------------------------------------------
def test_a_default_calendar_fills_only_rows_that_may_be_new():
    options = Options(default_time_zone="America/New_York", default_calendar="Front desk")
    update = row({"id": 7, "title": "Renamed"}, options)
    assert update.event == {"id": 7, "title": "Renamed"} and update.defaulted == ()
    maybe = row({"external_id": "E-1", "title": "T"}, options)
    assert maybe.kind == MAYBE_UPDATE and maybe.event["calendar"] == "Front desk"


def test_an_update_with_times_but_no_zone_warns_that_the_event_may_be_elsewhere():
    built = row({"id": 7, "start_time": dt.datetime(2026, 12, 7, 10, 0)})
    assert built.kind == UPDATE and built.event["start_time"] == "2026-12-07T10:00:00-05:00"
    assert built.problems == [Problem(2, "start_time", WARNING, "10:00 was read in America/New_York; the event may "
                                      "be in another zone (fill Time zone to be sure)", "B")]
    careful = row({"id": 7, "start_time": "12/7/2026 10:00 AM", "end_time": "12/7/2026 11:00 AM"})
    assert [p.message for p in careful.problems] == ["10:00 was read in America/New_York; the event may be in "
                                                     "another zone (fill Time zone to be sure)"]


def test_no_zone_warning_with_a_zone_cell_an_offset_or_a_new_row():
    assert row({"id": 7, "time_zone": "America/Chicago", "start_time": NINE}).problems == []
    assert row({"id": 7, "start_time": "2026-12-07T10:00:00-06:00"}).problems == []
    assert row({"external_id": "E", "calendar": "A", "title": "T", "start_time": NINE,
                "end_time": NINE + dt.timedelta(hours=1)}).problems == []


def test_a_known_zone_places_an_updates_zone_less_times_and_silences_the_warning():
    built = row({"id": 7, "start_time": dt.datetime(2026, 12, 7, 10, 0)}, zone="America/Los_Angeles")
    assert built.event == {"id": 7, "start_time": "2026-12-07T10:00:00-08:00"}        # no time_zone is sent
    assert built.problems == []
    text = row({"id": 7, "start_time": "12/7/2026 10:00 AM"}, zone="America/Los_Angeles")
    assert text.event["start_time"] == "2026-12-07T10:00:00-08:00" and text.problems == []
    cell_wins = row({"id": 7, "time_zone": "America/Chicago", "start_time": NINE}, zone="America/Los_Angeles")
    assert cell_wins.event["start_time"] == "2026-12-07T09:00:00-06:00"


def test_a_schedule_keeps_known_zones_per_row_through_edits():
    headers = ["id", "start_time"]
    schedule = Schedule(headers, headers, [(2, [7, NINE]), (3, [8, NINE])], NY)
    schedule.set_zone(0, "America/Denver")
    assert schedule.rows[0].event["start_time"] == "2026-12-07T09:00:00-07:00" and not schedule.problems(0)
    assert schedule.problems(1)[0].severity == WARNING
    schedule.set_value(0, 1, NINE + dt.timedelta(hours=1))
    assert schedule.rows[0].event["start_time"] == "2026-12-07T10:00:00-07:00"
    schedule.validate_all()
    assert schedule.rows[0].event["start_time"] == "2026-12-07T10:00:00-07:00"


def test_updates_that_replace_participants_or_custom_data_are_named_row_by_row():
    headers = ["id", "external_id", "calendar", "participant_name", "participant_phone", "custom_data.room"]
    schedule = Schedule(headers, headers, [(2, [7, None, None, "Ann", "555-201-3344", None]),
                                           (3, [8, None, None, None, None, "B"]),
                                           (4, [None, "E-1", "A", "Bo", "555-206-7731", None]),
                                           (5, [9, None, None, None, None, None]),
                                           (6, [None, None, "A", "Cy", "555-206-7732", "C"])], NY)
    found = [replaces(row) for row in schedule.rows]
    assert [[p.message for p in f] if isinstance(f, list) else f for f in found] == [
        ["this update replaces all participants of the event (people not listed in the row are removed)"],
        ["this update replaces all custom data of the event (keys not in the row are removed)"],
        MAYBE, [], []]
    assert found[0][0].line("s.csv") == ("s.csv, row 2: warning: this update replaces all participants of the event "
                                         "(people not listed in the row are removed)")
    assert maybe_line(1) == ("1 row has only an External ID and participants or custom data: if Apptoto already "
                             "has that event, sending replaces all their participants and custom data.")
