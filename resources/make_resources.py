"""Regenerate the template workbook and the sample schedule: `uv run python resources/make_resources.py`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from gui.core import fields as F

HERE = Path(__file__).resolve().parent
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def _style_header(ws, widths: dict[int, float] | None = None) -> None:
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    ws.freeze_panes = "A2"
    for index, column in enumerate(ws.iter_cols(min_row=1, max_row=min(ws.max_row, 50)), start=1):
        width = max(len(str(c.value)) if c.value is not None else 0 for c in column)
        ws.column_dimensions[get_column_letter(index)].width = (widths or {}).get(index, min(max(width + 2, 10), 40))


def make_template(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Schedule"
    ws.append([f.name for f in F.CANONICAL])
    _style_header(ws)
    help_ws = wb.create_sheet("Columns")
    help_ws.append(["Column", "What it means", "Needed for a new appointment?"])
    for f in F.CANONICAL:
        help_ws.append([f.name, f.help, "yes" if f.required_new else ""])
    help_ws.append(["participant2_name, participant2_email, …",
                    "A second (third, …) person on the same appointment: the same columns with a number.", ""])
    help_ws.append(["custom_data.<key>", "Extra information for Apptoto's conditions and message templates, "
                    "e.g. a column custom_data.insurance.", ""])
    help_ws.append([])
    help_ws.append(["Rules", "An empty cell leaves that field as it is in Apptoto. A row without id or external_id "
                    "is a new appointment. Times without a time zone use the row's time_zone, else the default zone "
                    "set in the app.", ""])
    _style_header(help_ws, {1: 34, 2: 100, 3: 30})
    for row in help_ws.iter_rows(min_row=2):
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)


HEADERS = ["Apptoto ID", "External ID", "Provider", "Appointment Type", "Date", "Start Time", "End Time",
           "Time Zone", "Location", "Client Name", "Mobile", "Email", "Participant 2 Name", "Participant 2 Phone",
           "Notes", "custom_data.insurance", "custom_data.visit_reason"]

CLIENTS = [
    ("Maria Gomez", "(555) 201-3344", "maria.gomez@example.com"), ("James Carter", "555-202-1188", "jcarter@example.com"),
    ("Aisha Khan", "5552037765", "aisha.khan@example.org"), ("Tom Becker", "555.204.9921", "tbecker@example.net"),
    ("Linda Park", "(555) 205-4410", "linda.park@example.com"), ("Omar Haddad", "555-206-7731", ""),
    ("Grace Liu", "", "grace.liu@example.com"), ("Peter Novak", "555-208-5512", "pnovak@example.com"),
    ("Sofia Rossi", "555-209-3390", "sofia.rossi@example.it"), ("Daniel Wright", "555-210-6624", "dwright@example.com"),
    ("Hannah Meyer", "555-211-0087", "hannah.meyer@example.de"), ("Carlos Silva", "555-212-4453", "csilva@example.com"),
    ("Emily Jones", "555-213-7786", "emily.jones@example.com"), ("Yusuf Demir", "555-214-2209", "ydemir@example.com"),
    ("Nora Kelly", "555-215-9940", "nora.kelly@example.ie"), ("Victor Petrov", "555-216-3318", ""),
    ("Chloe Martin", "555-217-6651", "chloe.martin@example.fr"), ("Ben Adler", "555-218-1120", "ben.adler@example.com"),
    ("Priya Shah", "555-219-5537", "priya.shah@example.in"), ("Lucas Brown", "555-220-8874", "lbrown@example.com"),
]
TYPES = [("Cleaning", 60), ("Check-up", 30), ("Filling", 45), ("Consultation", 30), ("X-ray", 15), ("Crown fitting", 90)]
PROVIDERS = [("Dr. Patel", "Suite 100, 12 Main St"), ("Dr. Nguyen", "Suite 220, 12 Main St"),
             ("Hygiene", "Hygiene Room 3")]
INSURERS = ["Aetna", "Cigna", "Delta Dental", "MetLife", "Self-pay"]


def sample_rows() -> list[list]:
    rows: list[list] = []
    day0 = dt.date(2026, 12, 7)
    for i in range(40):
        name, phone, email = CLIENTS[i % len(CLIENTS)]
        kind, minutes = TYPES[i % len(TYPES)]
        provider, location = PROVIDERS[i % len(PROVIDERS)]
        day = day0 + dt.timedelta(days=(i // 8))
        start = dt.time(8 + (i % 8), 30 if i % 2 else 0)
        end = (dt.datetime.combine(day, start) + dt.timedelta(minutes=minutes)).time()
        ext = f"PM-{1001 + i}" if i % 3 != 2 else None          # two in three rows come from the practice system
        apptoto_id = None
        if i in (5, 17, 29):                                    # already in Apptoto: updates by id
            apptoto_id, ext = 880100 + i, f"PM-{1001 + i}"
        notes = "Please bring your insurance card." if i % 4 == 0 else None
        rows.append([apptoto_id, ext, provider, kind, day, start, end, "America/New_York", location, name,
                     phone or None, email or None, None, None, notes, INSURERS[i % len(INSURERS)],
                     f"{kind.lower()} visit"])
    # One update that only moves a visit to another room: blank cells leave everything else as it is.
    rows[29] = [880129, "PM-1030", "Dr. Nguyen", None, None, None, None, None, "Suite 230, 12 Main St"] + [None] * 8
    # Two people on one appointment: a parent bringing a child.
    rows[12][12:14] = ["Leo Jones (child)", "555-213-7787"]
    # Deliberate problems the app must catch:
    rows[8][6] = dt.time(9, 45)                 # row 10: ends before it starts (starts 10:00? see below)
    rows[8][5] = dt.time(10, 0)
    rows[15][11] = "victor.petrov@@example.com"  # row 17: e-mail with two @
    rows[22][5] = None                           # row 24: a new appointment without a start time
    rows[22][1] = None
    rows[33][1] = rows[31][1] = "PM-1032"        # rows 33 and 35: the same external ID twice
    return rows


def make_sample(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Schedule"
    ws.append(HEADERS)
    for row in sample_rows():
        ws.append(row)
    for cell in ws["E"][1:]:
        cell.number_format = "mm/dd/yyyy"
    for col in ("F", "G"):
        for cell in ws[col][1:]:
            cell.number_format = "h:mm AM/PM"
    _style_header(ws)
    wb.save(path)


def sandbox_seed() -> list[dict]:
    """Events the sandbox already holds in --sandbox mode, so the sample's updates have something to update.

    PM-1001 is exactly as in the sample (unchanged), PM-1002 starts 30 minutes earlier (an update),
    PM-1004 sits in another calendar (a calendar move Apptoto refuses: a conflict), and the three rows
    with an Apptoto ID exist under those ids; on 880105 the client was already sent a reminder.
    """
    from gui.core.rowbuild import Options
    from gui.core.schedule import Schedule

    rows = sample_rows()
    names = ["id", "external_id", "calendar", "title", "date", "start_time", "end_time", "time_zone", "location",
             "participant_name", "participant_phone", "participant_email", "participant2_name",
             "participant2_phone", "content", "custom_data.insurance", "custom_data.visit_reason"]
    schedule = Schedule(HEADERS, names, [(n + 2, r) for n, r in enumerate(rows)],
                        Options(default_time_zone="America/New_York"))
    seed = []
    for index in (0, 1, 3, 5, 17):
        event = dict(schedule.rows[index].event)
        event.pop("time_zone", None)
        if index == 1:
            event["start_time"] = event["start_time"].replace("09:30", "09:00")
        if index == 3:
            event["calendar"] = "Dr. Nguyen"
        if index == 17:
            event["location"] = "Hygiene Room 1"
        if index == 5:
            event["_messaged"] = True
        seed.append(event)
    seed.append({"id": 880129, "external_id": "PM-1030", "calendar": "Dr. Nguyen", "title": "Crown fitting",
                 "start_time": "2026-12-10T14:30:00-05:00", "end_time": "2026-12-10T16:00:00-05:00",
                 "location": "Suite 220, 12 Main St",
                 "participants": [{"name": "Carlos Silva", "phone": "555-212-4453", "email": "csilva@example.com"}]})
    return seed


if __name__ == "__main__":
    import json

    (HERE / "sandbox-seed.json").write_text(json.dumps(sandbox_seed(), indent=1) + "\n", encoding="utf-8")
    make_template(HERE / "apptoto-template.xlsx")
    make_sample(HERE / "sample-schedule.xlsx")
    print("wrote", HERE / "apptoto-template.xlsx", "and", HERE / "sample-schedule.xlsx")
