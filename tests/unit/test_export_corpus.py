"""Exports of common calendar, practice-management and booking systems open with no mapping file (issue 20).

Each file under tests/corpus/exports/ carries the column names its system writes (make_exports.py); each is
previewed with the real command line, as a script would, and the exact body is checked. --default-calendar is
given only for the exports that have no provider column (Google Calendar, Outlook, Calendly)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXPORTS = Path(__file__).resolve().parents[1] / "corpus" / "exports"
NY = "America/New_York"
ANN = {"name": "Ann Lee", "email": "ann.lee@example.com", "phone": "(555) 201-3344"}


def event(calendar: str, title: str, start: str, end: str, people: list[dict] | None = None, offset: str = "-05:00",
          **more: object) -> dict:
    """An expected event: times as 'YYYY-MM-DDTHH:MM' in the zone's offset."""
    found = {"calendar": calendar, "title": title, "start_time": f"{start}:00{offset}",
             "end_time": f"{end}:00{offset}", **more}
    if people:
        found["participants"] = people
    return found


def preview(name: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gui", "preview", str(EXPORTS / name), *extra],
                          capture_output=True, text=True, timeout=60)


AMBIGUOUS = ('warning: Every date in column "{}" reads two ways ("{}" is {} month first, or {} day first): they are '
             "read month first. If that is wrong, choose the order in Columns… (or --date-order DMY).")

CASES = {
    "google_calendar.csv": (["--default-calendar", "Front desk"], [
        event("Front desk", "Cleaning - Ann Lee", "2026-12-07T09:00", "2026-12-07T09:50", location="Room 1",
              content="Bring X-rays", all_day=False),
        event("Front desk", "Office closed", "2026-12-24T00:00", "2026-12-25T00:00", all_day=True),   # a whole day
    ], ['note: "Private" is not a known column; it is ignored.']),
    "outlook.csv": (["--default-calendar", "Front desk"], [
        event("Front desk", "Check-up", "2026-12-08T14:30", "2026-12-08T15:00", [{"email": "bo.chan@example.com"}],
              location="Room 2", content="Yearly check-up", all_day=False, show_as=2),
        event("Front desk", "Cleaning", "2026-12-07T09:00", "2026-12-07T09:50", [{"email": "ann.lee@example.com"}],
              location="Room 1", all_day=False, show_as=2),
    ], ['note: "Required Attendees" holds e-mail addresses: used as Participant e-mail.',
        AMBIGUOUS.format("Start Date", "12/8/2026", "8 December 2026", "12 August 2026")]),
    "open_dental.csv": ([], [
        event("DOC1", "Cleaning", "2026-12-07T09:00", "2026-12-07T09:50", [{"name": "Lee, Ann",
                                                                             "phone": "(555) 201-3344"}],
              location="OP-1", content="New patient"),
        event("DOC2", "Check-up", "2026-12-08T14:30", "2026-12-08T15:00", [{"name": "Chan, Bo",
                                                                             "email": "bo.chan@example.com"}],
              location="OP-2"),
    ], ['note: "Home Phone" is not sent: reminders go to the mobile number in "Wireless Phone".']),
    "dentrix.xlsx": ([], [
        event("Dr. Patel", "Cleaning", "2026-12-07T09:00", "2026-12-07T09:50", [dict(ANN, phone="555-201-3344")],
              location="OP1"),
        event("Dr. Nguyen", "Check-up", "2026-12-08T14:30", "2026-12-08T15:00",
              [{"name": "Bo Chan", "email": "bo.chan@example.com"}], location="OP2"),
    ], ['note: "Home Phone" is not sent: reminders go to the mobile number in "Mobile Phone".']),
    "eaglesoft.xlsx": ([], [
        event("Dr. Patel", "Crown prep", "2026-12-07T09:00", "2026-12-07T10:30", [dict(ANN, phone="5552013344")],
              location="Chair 1"),
        event("Dr. Nguyen", "Check-up", "2026-12-08T14:30", "2026-12-08T15:00",
              [{"name": "Bo Chan", "email": "bo.chan@example.com"}], location="Chair 2"),
    ], ['note: "Home Phone" is not sent: reminders go to the mobile number in "Cell Phone".']),
    "simplepractice.csv": ([], [
        event("Jo Smith, LCSW", "90837 Psychotherapy, 60 min", "2026-12-07T09:00", "2026-12-07T09:50", [ANN]),
        event("Jo Smith, LCSW", "90832 Psychotherapy, 30 min", "2026-12-08T14:30", "2026-12-08T15:00",
              [{"name": "Bo Chan", "phone": "(555) 206-7731"}]),
    ], [AMBIGUOUS.format("Date", "12/07/2026", "7 December 2026", "12 July 2026")]),
    "jane.csv": ([], [
        event("Dr. Patel", "Massage - 50 min", "2026-12-07T09:00", "2026-12-07T09:50", [ANN],
              location="Main Street Clinic"),
        event("Dr. Nguyen", "Physio follow-up", "2026-12-08T14:30", "2026-12-08T15:00",
              [{"name": "Bo Chan", "phone": "(555) 206-7731"}], location="Main Street Clinic"),
    ], []),
    "tebra.xlsx": ([], [
        event("Dr. Patel", "Annual visit", "2026-12-07T09:00", "2026-12-07T09:50", [dict(ANN, phone="555-201-3344")],
              location="Main Office"),
        event("Dr. Nguyen", "Follow-up", "2026-12-08T14:30", "2026-12-08T15:00",
              [{"name": "Bo Chan", "email": "bo.chan@example.com"}], location="Main Office"),
    ], ['note: "Home Phone" is not sent: reminders go to the mobile number in "Mobile Phone".']),
    "athenahealth.csv": ([], [
        event("PATEL, RAJ", "OFFICE VISIT", "2026-12-07T09:00", "2026-12-07T09:50", [dict(ANN, phone="555-201-3344")],
              location="MAIN ST"),
        event("NGUYEN, LINH", "FOLLOW UP", "2026-12-08T14:30", "2026-12-08T15:00",
              [{"name": "Bo Chan", "email": "bo.chan@example.com"}], location="MAIN ST"),
    ], ['note: "Patient Home Phone" is not sent: reminders go to the mobile number in "Patient Mobile Phone".']),
    "cliniko.csv": (["--time-zone", "Australia/Sydney"], [
        event("Dr Sarah Patel", "Initial Consultation", "2026-12-03T09:00", "2026-12-03T09:45",
              [dict(ANN, phone="0412 345 678")], offset="+11:00", location="Bondi Physio"),
        event("Dr Sarah Patel", "Standard Consultation", "2026-12-24T14:30", "2026-12-24T15:00",
              [{"name": "Bo Chan", "phone": "+61 413 222 333"}], offset="+11:00", location="Bondi Physio",
              content="Bring scans"),
    ], []),
    "mindbody.xlsx": ([], [
        event("Maya Ortiz", "Deep Tissue Massage 60", "2026-12-07T09:00", "2026-12-07T10:00",
              [dict(ANN, phone="555-201-3344")], location="Downtown"),
        event("Maya Ortiz", "Chair Massage 30", "2026-12-08T14:30", "2026-12-08T15:00",
              [{"name": "Bo Chan", "email": "bo.chan@example.com"}], location="Downtown"),
    ], ['note: "Home Phone" is not sent: reminders go to the mobile number in "Cell Phone".']),
    "acuity.csv": ([], [
        event("Dr. Patel", "Consultation", "2026-12-07T09:00", "2026-12-07T09:50", [ANN], external_id="1205551"),
        event("Dr. Nguyen", "Follow-up", "2026-12-08T14:30", "2026-12-08T15:00",
              [{"name": "Bo Chan", "email": "bo.chan@example.com"}], external_id="1205552", content="Running late"),
    ], ["warning: 2 rows have only an External ID and participants or custom data: if Apptoto already has those "
        "events, sending replaces all their participants and custom data."]),
    "calendly.csv": (["--default-calendar", "Front desk"], [
        event("Front desk", "30 Minute Meeting", "2026-12-07T09:00", "2026-12-07T09:30",
              [dict(ANN, phone="+1 555-201-3344")], location="Zoom"),
        event("Front desk", "Intro Call", "2026-12-08T14:30", "2026-12-08T15:00",
              [{"name": "Bo Chan", "email": "bo.chan@example.com"}], location="Phone call"),
    ], ['note: "Invitee First Name" is not used: the name comes from "Invitee Name".']),
    "square.csv": ([], [
        event("Kim", "Color & Cut", "2026-12-07T09:00", "2026-12-07T10:30", [ANN], location="Main St Salon"),
        event("Lee", "Beard Trim", "2026-12-08T14:30", "2026-12-08T15:00",
              [{"name": "Bo Chan", "phone": "(555) 206-7731"}], location="Main St Salon"),
    ], []),
    "vagaro.xlsx": ([], [
        event("Tina", "Manicure", "2026-12-07T09:00", "2026-12-07T10:00", [dict(ANN, phone="555-201-3344")]),
        event("Sam", "Haircut", "2026-12-08T14:30", "2026-12-08T15:00",
              [{"name": "Bo Chan", "phone": "555-206-7731"}]),
    ], []),
    "zoho_bookings.csv": ([], [
        event("Dr. Patel", "Consultation", "2026-12-07T09:00", "2026-12-07T09:30", [dict(ANN, phone="+1 555 201 3344")],
              external_id="ZB-00101"),
        event("Dr. Nguyen", "Follow-up", "2026-12-08T14:30", "2026-12-08T15:00",
              [{"name": "Bo Chan", "email": "bo.chan@example.com"}], external_id="ZB-00102"),
    ], []),
    "setmore.csv": ([], [
        event("Maya", "Swedish Massage", "2026-12-07T09:00", "2026-12-07T09:50", [dict(ANN, phone="555-201-3344")],
              content="First visit"),
        event("Maya", "Foot Massage", "2026-12-08T14:30", "2026-12-08T15:00",
              [{"name": "Bo Chan", "email": "bo.chan@example.com"}]),
    ], []),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_export_opens_without_a_mapping_file(name: str) -> None:
    extra, events, said = CASES[name]
    if "--time-zone" not in extra:
        extra = [*extra, "--time-zone", NY]
    result = preview(name, *extra)
    assert json.loads(result.stdout) == {"events": events}, result.stderr
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    place = f'{name}, sheet "{"Appointments" if name.endswith(".xlsx") else name}": '
    for line in said:
        assert place + line in lines
    assert not [line for line in lines if ": error: " in line]


def test_the_corpus_covers_at_least_ten_systems_some_resaved_by_libreoffice() -> None:
    from tests.corpus.exports.make_exports import FILES, RESAVED

    assert set(FILES) == set(CASES) and len(CASES) >= 10
    assert all((EXPORTS / name).is_file() for name in CASES)
    for name in RESAVED:                     # LibreOffice writes its name into the workbook's properties
        import zipfile

        with zipfile.ZipFile(EXPORTS / name) as book:
            assert b"LibreOffice" in book.read("docProps/app.xml"), name


def test_without_a_default_calendar_an_export_with_no_provider_column_says_so() -> None:
    result = preview("google_calendar.csv", "--time-zone", NY)
    assert result.returncode == 1 and json.loads(result.stdout) == {"events": []}
    assert ('google_calendar.csv, sheet "google_calendar.csv", row 2: error: needs a calendar: fill Calendar (or '
            "Calendar ID), or set a default calendar") in result.stderr.splitlines()
