"""The clinic schedule the GUI tests open: 40 appointments of a dental practice over a week, with the mistakes
the app must catch, and the events Apptoto already holds for some of them. It is the tests' own (written here,
not read from resources/): the shipped sample may change for the demo without changing what the tests check."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from openpyxl import Workbook

from gui.apptoto.sandbox_seed import seed_events

HEADERS = ['Apptoto ID', 'External ID', 'Provider', 'Appointment Type', 'Date', 'Start Time', 'End Time', 'Time Zone', 'Location', 'Client Name', 'Mobile', 'Email', 'Participant 2 Name', 'Participant 2 Phone', 'Notes', 'custom_data.insurance', 'custom_data.visit_reason']


def D(day: int) -> dt.date:
    return dt.date(2026, 12, day)


def T(hour: int, minute: int) -> dt.time:
    return dt.time(hour, minute)


# Rows 7, 19 and 31 update events by Apptoto ID (31 only moves a visit to another room: blank cells leave the
# rest as it is); row 14 has two people; row 10 ends before it starts, row 17 has an e-mail with two @, row 24
# is new without a start time, rows 33 and 35 share an External ID; two in three rows carry an External ID.
ROWS = [
    # sheet row 2
    (None, "PM-1001", "Dr. Patel", "Cleaning", D(7), T(8, 0), T(9, 0), "America/New_York",
     "Suite 100, 12 Main St", "Maria Gomez", "(555) 201-3344", "maria.gomez@example.com", None, None,
     "Please bring your insurance card.", "Aetna", "cleaning visit"),
    # sheet row 3
    (None, "PM-1002", "Dr. Nguyen", "Check-up", D(7), T(9, 30), T(10, 0), "America/New_York",
     "Suite 220, 12 Main St", "James Carter", "555-202-1188", "jcarter@example.com", None, None, None,
     "Cigna", "check-up visit"),
    # sheet row 4
    (None, None, "Hygiene", "Filling", D(7), T(10, 0), T(10, 45), "America/New_York", "Hygiene Room 3",
     "Aisha Khan", "5552037765", "aisha.khan@example.org", None, None, None, "Delta Dental",
     "filling visit"),
    # sheet row 5
    (None, "PM-1004", "Dr. Patel", "Consultation", D(7), T(11, 30), T(12, 0), "America/New_York",
     "Suite 100, 12 Main St", "Tom Becker", "555.204.9921", "tbecker@example.net", None, None, None,
     "MetLife", "consultation visit"),
    # sheet row 6
    (None, "PM-1005", "Dr. Nguyen", "X-ray", D(7), T(12, 0), T(12, 15), "America/New_York",
     "Suite 220, 12 Main St", "Linda Park", "(555) 205-4410", "linda.park@example.com", None, None,
     "Please bring your insurance card.", "Self-pay", "x-ray visit"),
    # sheet row 7
    (880105, "PM-1006", "Hygiene", "Crown fitting", D(7), T(13, 30), T(15, 0), "America/New_York",
     "Hygiene Room 3", "Omar Haddad", "555-206-7731", None, None, None, None, "Aetna",
     "crown fitting visit"),
    # sheet row 8
    (None, "PM-1007", "Dr. Patel", "Cleaning", D(7), T(14, 0), T(15, 0), "America/New_York",
     "Suite 100, 12 Main St", "Grace Liu", None, "grace.liu@example.com", None, None, None, "Cigna",
     "cleaning visit"),
    # sheet row 9
    (None, "PM-1008", "Dr. Nguyen", "Check-up", D(7), T(15, 30), T(16, 0), "America/New_York",
     "Suite 220, 12 Main St", "Peter Novak", "555-208-5512", "pnovak@example.com", None, None, None,
     "Delta Dental", "check-up visit"),
    # sheet row 10
    (None, None, "Hygiene", "Filling", D(8), T(10, 0), T(9, 45), "America/New_York", "Hygiene Room 3",
     "Sofia Rossi", "555-209-3390", "sofia.rossi@example.it", None, None,
     "Please bring your insurance card.", "MetLife", "filling visit"),
    # sheet row 11
    (None, "PM-1010", "Dr. Patel", "Consultation", D(8), T(9, 30), T(10, 0), "America/New_York",
     "Suite 100, 12 Main St", "Daniel Wright", "555-210-6624", "dwright@example.com", None, None, None,
     "Self-pay", "consultation visit"),
    # sheet row 12
    (None, "PM-1011", "Dr. Nguyen", "X-ray", D(8), T(10, 0), T(10, 15), "America/New_York",
     "Suite 220, 12 Main St", "Hannah Meyer", "555-211-0087", "hannah.meyer@example.de", None, None, None,
     "Aetna", "x-ray visit"),
    # sheet row 13
    (None, None, "Hygiene", "Crown fitting", D(8), T(11, 30), T(13, 0), "America/New_York", "Hygiene Room 3",
     "Carlos Silva", "555-212-4453", "csilva@example.com", None, None, None, "Cigna", "crown fitting visit"),
    # sheet row 14
    (None, "PM-1013", "Dr. Patel", "Cleaning", D(8), T(12, 0), T(13, 0), "America/New_York",
     "Suite 100, 12 Main St", "Emily Jones", "555-213-7786", "emily.jones@example.com", "Leo Jones (child)",
     "555-213-7787", "Please bring your insurance card.", "Delta Dental", "cleaning visit"),
    # sheet row 15
    (None, "PM-1014", "Dr. Nguyen", "Check-up", D(8), T(13, 30), T(14, 0), "America/New_York",
     "Suite 220, 12 Main St", "Yusuf Demir", "555-214-2209", "ydemir@example.com", None, None, None,
     "MetLife", "check-up visit"),
    # sheet row 16
    (None, None, "Hygiene", "Filling", D(8), T(14, 0), T(14, 45), "America/New_York", "Hygiene Room 3",
     "Nora Kelly", "555-215-9940", "nora.kelly@example.ie", None, None, None, "Self-pay", "filling visit"),
    # sheet row 17
    (None, "PM-1016", "Dr. Patel", "Consultation", D(8), T(15, 30), T(16, 0), "America/New_York",
     "Suite 100, 12 Main St", "Victor Petrov", "555-216-3318", "victor.petrov@@example.com", None, None,
     None, "Aetna", "consultation visit"),
    # sheet row 18
    (None, "PM-1017", "Dr. Nguyen", "X-ray", D(9), T(8, 0), T(8, 15), "America/New_York",
     "Suite 220, 12 Main St", "Chloe Martin", "555-217-6651", "chloe.martin@example.fr", None, None,
     "Please bring your insurance card.", "Cigna", "x-ray visit"),
    # sheet row 19
    (880117, "PM-1018", "Hygiene", "Crown fitting", D(9), T(9, 30), T(11, 0), "America/New_York",
     "Hygiene Room 3", "Ben Adler", "555-218-1120", "ben.adler@example.com", None, None, None,
     "Delta Dental", "crown fitting visit"),
    # sheet row 20
    (None, "PM-1019", "Dr. Patel", "Cleaning", D(9), T(10, 0), T(11, 0), "America/New_York",
     "Suite 100, 12 Main St", "Priya Shah", "555-219-5537", "priya.shah@example.in", None, None, None,
     "MetLife", "cleaning visit"),
    # sheet row 21
    (None, "PM-1020", "Dr. Nguyen", "Check-up", D(9), T(11, 30), T(12, 0), "America/New_York",
     "Suite 220, 12 Main St", "Lucas Brown", "555-220-8874", "lbrown@example.com", None, None, None,
     "Self-pay", "check-up visit"),
    # sheet row 22
    (None, None, "Hygiene", "Filling", D(9), T(12, 0), T(12, 45), "America/New_York", "Hygiene Room 3",
     "Maria Gomez", "(555) 201-3344", "maria.gomez@example.com", None, None,
     "Please bring your insurance card.", "Aetna", "filling visit"),
    # sheet row 23
    (None, "PM-1022", "Dr. Patel", "Consultation", D(9), T(13, 30), T(14, 0), "America/New_York",
     "Suite 100, 12 Main St", "James Carter", "555-202-1188", "jcarter@example.com", None, None, None,
     "Cigna", "consultation visit"),
    # sheet row 24
    (None, None, "Dr. Nguyen", "X-ray", D(9), None, T(14, 15), "America/New_York", "Suite 220, 12 Main St",
     "Aisha Khan", "5552037765", "aisha.khan@example.org", None, None, None, "Delta Dental", "x-ray visit"),
    # sheet row 25
    (None, None, "Hygiene", "Crown fitting", D(9), T(15, 30), T(17, 0), "America/New_York", "Hygiene Room 3",
     "Tom Becker", "555.204.9921", "tbecker@example.net", None, None, None, "MetLife",
     "crown fitting visit"),
    # sheet row 26
    (None, "PM-1025", "Dr. Patel", "Cleaning", D(10), T(8, 0), T(9, 0), "America/New_York",
     "Suite 100, 12 Main St", "Linda Park", "(555) 205-4410", "linda.park@example.com", None, None,
     "Please bring your insurance card.", "Self-pay", "cleaning visit"),
    # sheet row 27
    (None, "PM-1026", "Dr. Nguyen", "Check-up", D(10), T(9, 30), T(10, 0), "America/New_York",
     "Suite 220, 12 Main St", "Omar Haddad", "555-206-7731", None, None, None, None, "Aetna",
     "check-up visit"),
    # sheet row 28
    (None, None, "Hygiene", "Filling", D(10), T(10, 0), T(10, 45), "America/New_York", "Hygiene Room 3",
     "Grace Liu", None, "grace.liu@example.com", None, None, None, "Cigna", "filling visit"),
    # sheet row 29
    (None, "PM-1028", "Dr. Patel", "Consultation", D(10), T(11, 30), T(12, 0), "America/New_York",
     "Suite 100, 12 Main St", "Peter Novak", "555-208-5512", "pnovak@example.com", None, None, None,
     "Delta Dental", "consultation visit"),
    # sheet row 30
    (None, "PM-1029", "Dr. Nguyen", "X-ray", D(10), T(12, 0), T(12, 15), "America/New_York",
     "Suite 220, 12 Main St", "Sofia Rossi", "555-209-3390", "sofia.rossi@example.it", None, None,
     "Please bring your insurance card.", "MetLife", "x-ray visit"),
    # sheet row 31
    (880129, "PM-1030", "Dr. Nguyen", None, None, None, None, None, "Suite 230, 12 Main St", None, None,
     None, None, None, None, None, None),
    # sheet row 32
    (None, "PM-1031", "Dr. Patel", "Cleaning", D(10), T(14, 0), T(15, 0), "America/New_York",
     "Suite 100, 12 Main St", "Hannah Meyer", "555-211-0087", "hannah.meyer@example.de", None, None, None,
     "Aetna", "cleaning visit"),
    # sheet row 33
    (None, "PM-1032", "Dr. Nguyen", "Check-up", D(10), T(15, 30), T(16, 0), "America/New_York",
     "Suite 220, 12 Main St", "Carlos Silva", "555-212-4453", "csilva@example.com", None, None, None,
     "Cigna", "check-up visit"),
    # sheet row 34
    (None, None, "Hygiene", "Filling", D(11), T(8, 0), T(8, 45), "America/New_York", "Hygiene Room 3",
     "Emily Jones", "555-213-7786", "emily.jones@example.com", None, None,
     "Please bring your insurance card.", "Delta Dental", "filling visit"),
    # sheet row 35
    (None, "PM-1032", "Dr. Patel", "Consultation", D(11), T(9, 30), T(10, 0), "America/New_York",
     "Suite 100, 12 Main St", "Yusuf Demir", "555-214-2209", "ydemir@example.com", None, None, None,
     "MetLife", "consultation visit"),
    # sheet row 36
    (None, "PM-1035", "Dr. Nguyen", "X-ray", D(11), T(10, 0), T(10, 15), "America/New_York",
     "Suite 220, 12 Main St", "Nora Kelly", "555-215-9940", "nora.kelly@example.ie", None, None, None,
     "Self-pay", "x-ray visit"),
    # sheet row 37
    (None, None, "Hygiene", "Crown fitting", D(11), T(11, 30), T(13, 0), "America/New_York",
     "Hygiene Room 3", "Victor Petrov", "555-216-3318", None, None, None, None, "Aetna",
     "crown fitting visit"),
    # sheet row 38
    (None, "PM-1037", "Dr. Patel", "Cleaning", D(11), T(12, 0), T(13, 0), "America/New_York",
     "Suite 100, 12 Main St", "Chloe Martin", "555-217-6651", "chloe.martin@example.fr", None, None,
     "Please bring your insurance card.", "Cigna", "cleaning visit"),
    # sheet row 39
    (None, "PM-1038", "Dr. Nguyen", "Check-up", D(11), T(13, 30), T(14, 0), "America/New_York",
     "Suite 220, 12 Main St", "Ben Adler", "555-218-1120", "ben.adler@example.com", None, None, None,
     "Delta Dental", "check-up visit"),
    # sheet row 40
    (None, None, "Hygiene", "Filling", D(11), T(14, 0), T(14, 45), "America/New_York", "Hygiene Room 3",
     "Priya Shah", "555-219-5537", "priya.shah@example.in", None, None, None, "MetLife", "filling visit"),
    # sheet row 41
    (None, "PM-1040", "Dr. Patel", "Consultation", D(11), T(15, 30), T(16, 0), "America/New_York",
     "Suite 100, 12 Main St", "Lucas Brown", "555-220-8874", "lbrown@example.com", None, None, None,
     "Self-pay", "consultation visit"),
]

# What Apptoto holds before the tests send (sandbox): PM-1001 exactly as row 2 (unchanged), PM-1002 half an hour
# earlier (an update), PM-1004 in another calendar (a conflict), the three rows with an Apptoto ID under their
# ids; on 880105 the client was already reminded ("_messaged").
SEED = [
    {
        "external_id": "PM-1001",
        "calendar": "Dr. Patel",
        "title": "Cleaning",
        "location": "Suite 100, 12 Main St",
        "content": "Please bring your insurance card.",
        "start_time": "2026-12-07T08:00:00-05:00",
        "end_time": "2026-12-07T09:00:00-05:00",
        "time_zone": "America/New_York",
        "participants": [{"name": "Maria Gomez", "phone": "(555) 201-3344", "email": "maria.gomez@example.com"}],
        "custom_data": {"insurance": "Aetna", "visit_reason": "cleaning visit"},
    },
    {
        "external_id": "PM-1002",
        "calendar": "Dr. Nguyen",
        "title": "Check-up",
        "location": "Suite 220, 12 Main St",
        "start_time": "2026-12-07T09:00:00-05:00",
        "end_time": "2026-12-07T10:00:00-05:00",
        "time_zone": "America/New_York",
        "participants": [{"name": "James Carter", "phone": "555-202-1188", "email": "jcarter@example.com"}],
        "custom_data": {"insurance": "Cigna", "visit_reason": "check-up visit"},
    },
    {
        "external_id": "PM-1004",
        "calendar": "Dr. Nguyen",
        "title": "Consultation",
        "location": "Suite 100, 12 Main St",
        "start_time": "2026-12-07T11:30:00-05:00",
        "end_time": "2026-12-07T12:00:00-05:00",
        "time_zone": "America/New_York",
        "participants": [{"name": "Tom Becker", "phone": "555.204.9921", "email": "tbecker@example.net"}],
        "custom_data": {"insurance": "MetLife", "visit_reason": "consultation visit"},
    },
    {
        "id": 880105,
        "external_id": "PM-1006",
        "calendar": "Hygiene",
        "title": "Crown fitting",
        "location": "Hygiene Room 3",
        "start_time": "2026-12-07T13:30:00-05:00",
        "end_time": "2026-12-07T15:00:00-05:00",
        "time_zone": "America/New_York",
        "participants": [{"name": "Omar Haddad", "phone": "555-206-7731"}],
        "custom_data": {"insurance": "Aetna", "visit_reason": "crown fitting visit"},
        "_messaged": True,
    },
    {
        "id": 880117,
        "external_id": "PM-1018",
        "calendar": "Hygiene",
        "title": "Crown fitting",
        "location": "Hygiene Room 1",
        "start_time": "2026-12-09T09:30:00-05:00",
        "end_time": "2026-12-09T11:00:00-05:00",
        "time_zone": "America/New_York",
        "participants": [{"name": "Ben Adler", "phone": "555-218-1120", "email": "ben.adler@example.com"}],
        "custom_data": {"insurance": "Delta Dental", "visit_reason": "crown fitting visit"},
    },
    {
        "id": 880129,
        "external_id": "PM-1030",
        "calendar": "Dr. Nguyen",
        "title": "Crown fitting",
        "start_time": "2026-12-10T14:30:00-05:00",
        "end_time": "2026-12-10T16:00:00-05:00",
        "time_zone": "America/New_York",
        "location": "Suite 220, 12 Main St",
        "participants": [{"name": "Carlos Silva", "phone": "555-212-4453", "email": "csilva@example.com"}],
    },
]


def write_clinic(path: Path) -> str:
    """The schedule as a spreadsheet program writes it (dates and times formatted as such)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Schedule"
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(list(row))
    for cell in sheet["E"][1:]:
        cell.number_format = "mm/dd/yyyy"
    for column in ("F", "G"):
        for cell in sheet[column][1:]:
            cell.number_format = "h:mm AM/PM"
    book.save(path)
    return str(path)


def seed_clinic(server) -> int:
    """Put the events of SEED into a sandbox; returns how many."""
    return seed_events(server, SEED)


CLINIC_PATH = write_clinic(Path(tempfile.mkdtemp(prefix="apptoto-tests-")) / "clinic-week.xlsx")
