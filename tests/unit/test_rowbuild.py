"""The cell -> event rules of DESIGN.md, each asserted on the exact event or the exact problem."""

import datetime as dt

import pytest

from gui.core.problems import ERROR, WARNING, Problem
from gui.core.rowbuild import Options, Plan, build
from gui.core.table import CellError
from gui.core.vocab import MAYBE_UPDATE, NEW, UPDATE

NY = Options(default_time_zone="America/New_York")


def row(cells: dict, options: Options = NY, number: int = 2):
    headers = list(cells)
    plan = Plan.from_fields(headers, [chr(65 + i) for i in range(len(headers))], headers)
    return build(list(cells.values()), number, plan, options)


NEW_ROW = {"calendar": "Dr A", "title": "Cleaning", "start_time": dt.datetime(2026, 12, 1, 9, 30),
           "end_time": dt.datetime(2026, 12, 1, 10, 0)}


def test_only_id_calendar_location_gives_exactly_those_keys():
    built = row({"id": 123.0, "calendar": "Main", "location": "Room 2", "title": None, "start_time": ""})
    assert built.event == {"id": 123, "calendar": "Main", "location": "Room 2"}
    assert list(built.event) == ["id", "calendar", "location"]
    assert built.kind == UPDATE
    assert built.problems == []


def test_new_row_in_dst_gap_is_an_error():
    built = row(dict(NEW_ROW, start_time=dt.datetime(2026, 3, 8, 2, 30), end_time=dt.datetime(2026, 3, 8, 3, 30),
                     time_zone="America/New_York"))
    assert "start_time" not in built.event
    assert built.problems == [Problem(2, "start_time", ERROR, "Start Sun 8 Mar 2026 02:30 does not exist in "
                                      "America/New_York: the clocks go forward that night", "C")]


def test_ambiguous_time_in_fold_is_a_warning_and_uses_the_first():
    built = row(dict(NEW_ROW, start_time=dt.datetime(2026, 11, 1, 1, 30), end_time=dt.datetime(2026, 11, 1, 3, 0)))
    assert built.event["start_time"] == "2026-11-01T01:30:00-04:00"
    assert built.event["end_time"] == "2026-11-01T03:00:00-05:00"
    assert [(p.column, p.severity) for p in built.problems] == [("start_time", WARNING)]
    assert "happens twice" in built.problems[0].message


def test_los_angeles_winter_offset():
    built = row(dict(NEW_ROW, time_zone="America/Los_Angeles"))
    assert built.event["start_time"] == "2026-12-01T09:30:00-08:00"
    assert built.event["time_zone"] == "America/Los_Angeles"


def test_default_zone_applies_without_time_zone_column():
    built = row(NEW_ROW, Options(default_time_zone="Europe/Berlin"))
    assert built.event["start_time"] == "2026-12-01T09:30:00+01:00"
    assert "time_zone" not in built.event


def test_rails_zone_name_is_sent_as_written_and_places_the_time():
    built = row(dict(NEW_ROW, time_zone="Pacific Time (US & Canada)"))
    assert built.event["time_zone"] == "Pacific Time (US & Canada)"
    assert built.event["start_time"] == "2026-12-01T09:30:00-08:00"


def test_unknown_time_zone_is_an_error():
    built = row(dict(NEW_ROW, time_zone="Mars/Olympus"))
    assert "start_time" not in built.event and "time_zone" not in built.event
    assert [(p.column, p.severity) for p in built.problems] == [("time_zone", ERROR)]
    assert "“Mars/Olympus” is not a time zone" in built.problems[0].message


def test_text_time_with_offset_keeps_its_offset():
    built = row(dict(NEW_ROW, start_time="2026-12-01T09:30:00+05:30", end_time="2026-12-01T10:00:00+05:30"))
    assert built.event["start_time"] == "2026-12-01T09:30:00+05:30"
    assert built.event["end_time"] == "2026-12-01T10:00:00+05:30"


def test_date_plus_time_only_columns():
    built = row({"calendar": "A", "title": "T", "date": dt.date(2026, 12, 2), "start_time": dt.time(14, 0),
                 "end_time": "2:45 PM"})
    assert built.event["start_time"] == "2026-12-02T14:00:00-05:00"
    assert built.event["end_time"] == "2026-12-02T14:45:00-05:00"
    assert built.problems == []


def test_duration_minutes_gives_the_end():
    built = row({"calendar": "A", "title": "T", "start_time": dt.datetime(2026, 12, 2, 23, 30),
                 "end_time": None, "duration_minutes": 45.0})
    assert built.event["end_time"] == "2026-12-03T00:15:00-05:00"


def test_duration_across_dst_change_is_real_minutes():
    built = row({"calendar": "A", "title": "T", "start_time": dt.datetime(2026, 11, 1, 0, 30),
                 "duration_minutes": 120})
    assert built.event["end_time"] == "2026-11-01T01:30:00-05:00"


def test_excel_serial_numbers_and_time_fractions():
    built = row({"calendar": "A", "title": "T", "date": 46357.0, "start_time": 0.375, "end_time": 0.40625})
    assert built.event["start_time"] == "2026-12-01T09:00:00-05:00"
    assert built.event["end_time"] == "2026-12-01T09:45:00-05:00"


@pytest.mark.parametrize(("order", "text", "expected"), [
    ("MDY", "03/04/2026 9:00 AM", "2026-03-04T09:00:00-05:00"),
    ("DMY", "03/04/2026 9:00 AM", "2026-04-03T09:00:00-04:00"),
    ("YMD", "26/04/03 09:00", "2026-04-03T09:00:00-04:00"),
    ("DMY", "2026-04-03 09:00", "2026-04-03T09:00:00-04:00"),
])
def test_text_dates_follow_the_date_order(order, text, expected):
    built = row(dict(NEW_ROW, start_time=text, end_time=None, duration_minutes=30),
                Options(default_time_zone="America/New_York", date_order=order))
    assert built.event["start_time"] == expected


def test_time_only_without_a_date_is_an_error():
    built = row(dict(NEW_ROW, start_time=dt.time(9, 0)))
    assert [(p.column, p.severity) for p in built.problems] == [("start_time", ERROR)]
    assert built.problems[0].message == "Start has only a time (09:00); fill the Date column or write a full date"


def test_end_before_start_is_an_error():
    built = row(dict(NEW_ROW, end_time=dt.datetime(2026, 12, 1, 9, 0)))
    assert "end_time" not in built.event
    assert built.problems == [Problem(2, "end_time", ERROR, "ends before it starts (09:00 is before 09:30)", "D")]


def test_unparseable_time_is_an_error_naming_the_value():
    built = row(dict(NEW_ROW, start_time="soon"))
    assert [(p.column, p.severity) for p in built.problems] == [("start_time", ERROR)]
    assert built.problems[0].message.startswith("Start “soon” is not a date or time I can read")


@pytest.mark.parametrize(("cell", "value"), [("yes", True), ("No", False), ("TRUE", True), (1.0, True),
                                              (0.0, False), ("x", True), (True, True)])
def test_all_day_words(cell, value):
    assert row({"id": 1, "calendar": "A", "all_day": cell}).event["all_day"] is value


@pytest.mark.parametrize(("cell", "value"), [("Free", 0), ("tentative", 1), ("Busy", 2), ("Out of Office", 3),
                                              ("working  elsewhere", 4), (3.0, 3), ("2", 2)])
def test_show_as_labels_and_numbers(cell, value):
    assert row({"id": 1, "calendar": "A", "show_as": cell}).event["show_as"] == value


def test_bad_show_as_and_all_day_are_errors():
    built = row({"id": 1, "calendar": "A", "show_as": "Sometimes", "all_day": "maybe"})
    assert [(p.column, p.severity) for p in built.problems] == [("show_as", ERROR), ("all_day", ERROR)]


def test_integers_and_phones_from_float_cells_and_leading_zeros():
    built = row({"id": 42.0, "calendar_id": 7.0, "participant_phone": 5551234567.0,
                 "participant_name": "Ann", "location": "007", "participant_contact_external_id": "00123"})
    assert built.event == {"id": 42, "calendar_id": 7, "location": "007",
                           "participants": [{"phone": "5551234567", "name": "Ann", "contact_external_id": "00123"}]}


def test_fractional_id_is_an_error():
    built = row({"id": 4.5, "calendar": "A"})
    assert built.problems[0].message == "Apptoto ID 4.5 is not a whole number"


def test_bad_email_and_implausible_phone_are_errors():
    built = row({"id": 1, "calendar": "A", "participant_email": "ann@@x.com", "participant_phone": "12"})
    assert [(p.column, p.severity) for p in built.problems] == [("participant_email", ERROR),
                                                                ("participant_phone", ERROR)]
    assert built.problems[1].message == "Participant phone “12” has 2 digits; a phone number has 7 to 15"


def test_several_participants_and_custom_data():
    built = row({"id": 1, "calendar": "A", "participant_name": "Ann", "participant_phone": "555-123-4567",
                 "participant2_name": "Leo", "participant2_email": "leo@example.com",
                 "custom_data.insurance": "Aetna", "custom_data.dob": dt.date(1980, 1, 2), "custom_data.visits": 3})
    assert built.event["participants"] == [{"name": "Ann", "phone": "555-123-4567"},
                                           {"name": "Leo", "email": "leo@example.com"}]
    assert built.event["custom_data"] == {"insurance": "Aetna", "dob": "1980-01-02", "visits": 3}


def test_blank_participant_and_custom_cells_add_no_keys():
    built = row({"id": 1, "calendar": "A", "participant_name": "", "custom_data.x": None})
    assert built.event == {"id": 1, "calendar": "A"}


def test_contact_id_with_name_and_unreachable_participant_are_warnings():
    built = row({"id": 1, "calendar": "A", "participant_name": "Ann", "participant_contact_id": 9.0,
                 "participant2_name": "Bob"})
    assert [(p.severity, p.message) for p in built.problems] == [
        (WARNING, "Participant has a contact ID and also name/e-mail/phone: Apptoto says to give only the contact ID"),
        (WARNING, "Participant 2 has no e-mail, phone or contact: Apptoto cannot send them reminders")]


def test_new_row_needs_title_start_end_as_errors():
    built = row({"calendar": "A", "title": None, "start_time": None, "end_time": None})
    assert built.kind == NEW
    assert [(p.column, p.severity, p.message) for p in built.problems] == [
        ("title", ERROR, "Title is empty: a new appointment needs it"),
        ("start_time", ERROR, "Start is empty: a new appointment needs it"),
        ("end_time", ERROR, "End is empty: a new appointment needs it")]


def test_external_id_only_row_is_maybe_update_with_warnings():
    built = row({"external_id": "PM-1", "calendar": "A", "location": "Room 1"})
    assert built.kind == MAYBE_UPDATE
    assert [(p.column, p.severity) for p in built.problems] == [("", WARNING)] * 3
    assert built.event == {"external_id": "PM-1", "calendar": "A", "location": "Room 1"}


def test_a_row_that_may_be_new_needs_a_calendar_unless_a_default_fills_it():
    assert row({"external_id": "E-1", "location": "x"}).problems[0].message.startswith("needs a calendar")
    built = row({"external_id": "E-1", "location": "x"}, Options(default_calendar="Front desk"))
    assert built.event == {"external_id": "E-1", "location": "x", "calendar": "Front desk"}
    assert built.defaulted == ("calendar",)


def test_an_update_keeps_its_calendar_the_default_fills_only_rows_that_may_be_new():
    # An update names an event that already has a calendar (events never move): no error, and a default
    # calendar would only make `diff` report a calendar move. Issue 15.
    built = row({"id": 1, "location": "x"}, Options(default_calendar="Front desk"))
    assert built.event == {"id": 1, "location": "x"}
    assert built.defaulted == () and built.problems == []
    assert row({"id": 1, "location": "x"}).problems == []


def test_formula_error_cell_is_reported():
    built = row({"id": 1, "calendar": "A", "location": CellError("#REF!")})
    assert built.problems[0].message == "the cell holds #REF! (a formula error or a formula without a value)"


@pytest.mark.parametrize(("minutes", "end"), [(29.99999999999997, "2026-12-02T10:00:00-05:00"),
                                              ("1:30", "2026-12-02T11:00:00-05:00"),
                                              ("45 min", "2026-12-02T10:15:00-05:00"),
                                              ("50 min", "2026-12-02T10:20:00-05:00"),
                                              ("1h 30m", "2026-12-02T11:00:00-05:00"),
                                              ("90", "2026-12-02T11:00:00-05:00"),
                                              (90, "2026-12-02T11:00:00-05:00"),
                                              ("1.5 hours", "2026-12-02T11:00:00-05:00"),
                                              ("1 hour 15 minutes", "2026-12-02T10:45:00-05:00"),
                                              ("2h", "2026-12-02T11:30:00-05:00")])
def test_duration_forms(minutes, end):
    built = row({"calendar": "A", "title": "T", "start_time": dt.datetime(2026, 12, 2, 9, 30),
                 "duration_minutes": minutes})
    assert built.event["end_time"] == end


def test_bad_duration_is_an_error():
    built = row({"calendar": "A", "title": "T", "start_time": dt.datetime(2026, 12, 2, 9, 30),
                 "duration_minutes": "soon"})
    assert [(p.column, p.message) for p in built.problems] == [
        ("duration_minutes", "Duration “soon” is not a number of minutes (e.g. 50, 50 min, 1h 30m, 1:30)")]


def test_formula_error_in_custom_data_is_a_problem_not_sent():
    built = row({"id": 1, "calendar": "A", "custom_data.plan": CellError("#N/A"), "custom_data.ok": "yes"})
    assert built.event == {"id": 1, "calendar": "A", "custom_data": {"ok": "yes"}}
    assert [(p.column, p.message) for p in built.problems] == [
        ("custom_data.plan", "the cell holds #N/A (a formula error or a formula without a value)")]


@pytest.mark.parametrize(("region", "phone", "ok"), [
    ("", "555-1234", True), ("US", "555-1234", False), ("US", "(555) 201-3344", True), ("US", 15552013344.0, True),
    ("US", "+44 20 7946 0000", True), ("GB", "020 7946 0000", True), ("CA", "25552013344", False)])
def test_phone_region_checks_north_american_numbers(region, phone, ok):
    built = row({"id": 1, "calendar": "A", "participant_phone": phone},
                Options(default_time_zone="America/New_York", phone_region=region))
    assert (built.problems == []) is ok
    if not ok:
        assert built.problems[0].message.endswith(f"a {region} number has 10 (area code and number), "
                                                  "or write it with +country")
