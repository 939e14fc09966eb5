"""Regenerate the export-shaped corpus: `uv run python tests/corpus/exports/make_exports.py`.

One file per system, written with the column names that system writes when it exports appointments (from its
documentation or from exports seen in offices: see gui/sheets/exports.py) and values in its usual style. CSV files
are written with the csv module; .xlsx files with openpyxl, and those named in RESAVED are then re-saved by
LibreOffice (`soffice --headless --convert-to xlsx`), as an office would after opening the export in a spreadsheet.
LibreOffice is needed only to regenerate; the generated files are committed. Every file is opened by
tests/unit/test_export_corpus.py with no mapping file.
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
D, T = dt.date, dt.time
RESAVED = ("dentrix.xlsx", "eaglesoft.xlsx", "tebra.xlsx", "mindbody.xlsx")

FILES: dict[str, tuple[list[str], list[list[object]]]] = {
    # Google Calendar's CSV (import/export) format: date and time apart, All Day Event True/False.
    "google_calendar.csv": (
        ["Subject", "Start Date", "Start Time", "End Date", "End Time", "All Day Event", "Description", "Location",
         "Private"],
        [["Cleaning - Ann Lee", "12/07/2026", "9:00 AM", "12/07/2026", "9:50 AM", "False", "Bring X-rays",
          "Room 1", "True"],
         ["Office closed", "12/24/2026", "", "12/24/2026", "", "True", "", "", "False"]]),
    # Outlook's "Comma Separated Values" calendar export: 22 columns, times with seconds.
    "outlook.csv": (
        ["Subject", "Start Date", "Start Time", "End Date", "End Time", "All day event", "Reminder on/off",
         "Reminder Date", "Reminder Time", "Meeting Organizer", "Required Attendees", "Optional Attendees",
         "Meeting Resources", "Billing Information", "Categories", "Description", "Location", "Mileage",
         "Priority", "Private", "Sensitivity", "Show time as"],
        [["Check-up", "12/8/2026", "2:30:00 PM", "12/8/2026", "3:00:00 PM", "False", "True", "12/8/2026",
          "2:15:00 PM", "Dr. Nguyen", "bo.chan@example.com", "", "", "", "Patients", "Yearly check-up",
          "Room 2", "", "Normal", "False", "Normal", "2"],
         ["Cleaning", "12/7/2026", "9:00:00 AM", "12/7/2026", "9:50:00 AM", "False", "True", "12/7/2026",
          "8:45:00 AM", "Dr. Patel", "ann.lee@example.com", "", "", "", "Patients", "", "Room 1", "",
          "Normal", "False", "Normal", "2"]]),
    # Open Dental's appointment list: the mobile number is "Wireless Phone"; Length in minutes.
    "open_dental.csv": (
        ["Appt Date", "Appt Time", "Length", "Patient", "Provider", "Op", "Appt Type", "Status", "Wireless Phone",
         "Home Phone", "Email", "Note"],
        [["12/07/2026", "9:00 AM", "50", "Lee, Ann", "DOC1", "OP-1", "Cleaning", "Scheduled", "(555) 201-3344",
          "(555) 100-2000", "", "New patient"],
         ["12/08/2026", "2:30 PM", "30", "Chan, Bo", "DOC2", "OP-2", "Check-up", "Confirmed", "",
          "(555) 100-3000", "bo.chan@example.com", ""]]),
    # Dentrix's appointment list, opened in a spreadsheet and saved: real date and time cells.
    "dentrix.xlsx": (
        ["Appt Date", "Appt Time", "Patient Name", "Provider", "Operatory", "Appt Length", "Reason", "Status",
         "Mobile Phone", "Home Phone", "Email"],
        [[D(2026, 12, 7), T(9, 0), "Ann Lee", "Dr. Patel", "OP1", "50 min", "Cleaning", "FIRM", "555-201-3344",
          "555-100-2000", "ann.lee@example.com"],
         [D(2026, 12, 8), T(14, 30), "Bo Chan", "Dr. Nguyen", "OP2", "30 min", "Check-up", "??????", "",
          "555-100-3000", "bo.chan@example.com"]]),
    # Eaglesoft's scheduled appointments: lengths written as hours and minutes.
    "eaglesoft.xlsx": (
        ["Appointment Date", "Appointment Time", "Patient", "Provider", "Chair", "Appointment Length",
         "Appointment Type", "Cell Phone", "Home Phone", "Email Address"],
        [[D(2026, 12, 7), "9:00 AM", "Ann Lee", "Dr. Patel", "Chair 1", "1h 30m", "Crown prep", "5552013344",
          "5551002000", "ann.lee@example.com"],
         [D(2026, 12, 8), "2:30 PM", "Bo Chan", "Dr. Nguyen", "Chair 2", "0h 30m", "Check-up", "",
          "5551003000", "bo.chan@example.com"]]),
    # SimplePractice's appointment report: Duration as "50 min".
    "simplepractice.csv": (
        ["Date", "Time", "Duration", "Client", "Clinician", "Service", "Status", "Phone", "Email"],
        [["12/07/2026", "9:00 AM", "50 min", "Ann Lee", "Jo Smith, LCSW", "90837 Psychotherapy, 60 min",
          "Scheduled", "(555) 201-3344", "ann.lee@example.com"],
         ["12/08/2026", "2:30 PM", "30 min", "Bo Chan", "Jo Smith, LCSW", "90832 Psychotherapy, 30 min",
          "Scheduled", "(555) 206-7731", ""]]),
    # Jane's appointments report: date-times in words.
    "jane.csv": (
        ["Start", "End", "Patient", "Practitioner", "Treatment", "Status", "Mobile", "Email", "Location"],
        [["December 7, 2026 9:00 am", "December 7, 2026 9:50 am", "Ann Lee", "Dr. Patel", "Massage - 50 min",
          "Booked", "(555) 201-3344", "ann.lee@example.com", "Main Street Clinic"],
         ["December 8, 2026 2:30 pm", "December 8, 2026 3:00 pm", "Bo Chan", "Dr. Nguyen", "Physio follow-up",
          "Arrived", "(555) 206-7731", "", "Main Street Clinic"]]),
    # Tebra (Kareo) appointments: first and last name apart.
    "tebra.xlsx": (
        ["Appointment Date", "Start Time", "End Time", "Patient First Name", "Patient Last Name", "Provider",
         "Service Location", "Appointment Reason", "Appointment Status", "Mobile Phone", "Home Phone", "Email"],
        [[D(2026, 12, 7), T(9, 0), T(9, 50), "Ann", "Lee", "Dr. Patel", "Main Office", "Annual visit",
          "Scheduled", "555-201-3344", "555-100-2000", "ann.lee@example.com"],
         [D(2026, 12, 8), T(14, 30), T(15, 0), "Bo", "Chan", "Dr. Nguyen", "Main Office", "Follow-up",
          "Confirmed", "", "555-100-3000", "bo.chan@example.com"]]),
    # athenahealth's appointment report.
    "athenahealth.csv": (
        ["Appt Date", "Appt Time", "Appt Duration", "Patient First Name", "Patient Last Name", "Rendering Provider",
         "Appt Type", "Appt Status", "Patient Mobile Phone", "Patient Home Phone", "Patient Email", "Department"],
        [["12/07/2026", "09:00AM", "50", "Ann", "Lee", "PATEL, RAJ", "OFFICE VISIT", "f - Filled",
          "555-201-3344", "", "ann.lee@example.com", "MAIN ST"],
         ["12/08/2026", "02:30PM", "30", "Bo", "Chan", "NGUYEN, LINH", "FOLLOW UP", "f - Filled", "",
          "555-100-3000", "bo.chan@example.com", "MAIN ST"]]),
    # Cliniko (Australia): day-first dates; 03/12 reads both ways, 24/12 decides.
    "cliniko.csv": (
        ["Appointment Start", "Appointment End", "Patient", "Practitioner", "Appointment Type", "Business",
         "Patient Mobile", "Patient Email", "Notes"],
        [["03/12/2026 09:00", "03/12/2026 09:45", "Ann Lee", "Dr Sarah Patel", "Initial Consultation",
          "Bondi Physio", "0412 345 678", "ann.lee@example.com", ""],
         ["24/12/2026 14:30", "24/12/2026 15:00", "Bo Chan", "Dr Sarah Patel", "Standard Consultation",
          "Bondi Physio", "+61 413 222 333", "", "Bring scans"]]),
    # Mindbody's appointment schedule, saved from a spreadsheet.
    "mindbody.xlsx": (
        ["Date", "Start Time", "End Time", "Client", "Staff", "Session Type", "Status", "Cell Phone", "Home Phone",
         "Email", "Location"],
        [[D(2026, 12, 7), T(9, 0), T(10, 0), "Ann Lee", "Maya Ortiz", "Deep Tissue Massage 60", "Booked",
          "555-201-3344", "", "ann.lee@example.com", "Downtown"],
         [D(2026, 12, 8), T(14, 30), T(15, 0), "Bo Chan", "Maya Ortiz", "Chair Massage 30", "Confirmed", "",
          "555-100-3000", "bo.chan@example.com", "Downtown"]]),
    # Acuity Scheduling's export: first and last name apart, Type, Calendar, its appointment ID.
    "acuity.csv": (
        ["Start Time", "End Time", "First Name", "Last Name", "Phone", "Email", "Type", "Calendar", "Notes",
         "Appointment ID"],
        [["December 7, 2026 9:00am", "December 7, 2026 9:50am", "Ann", "Lee", "(555) 201-3344",
          "ann.lee@example.com", "Consultation", "Dr. Patel", "", "1205551"],
         ["December 8, 2026 2:30pm", "December 8, 2026 3:00pm", "Bo", "Chan", "", "bo.chan@example.com",
          "Follow-up", "Dr. Nguyen", "Running late", "1205552"]]),
    # Calendly's scheduled events export: the whole name and its parts, Text Reminder Number.
    "calendly.csv": (
        ["Invitee Name", "Invitee First Name", "Invitee Last Name", "Invitee Email", "Text Reminder Number",
         "Event Type Name", "Start Date & Time", "End Date & Time", "Location", "Canceled"],
        [["Ann Lee", "Ann", "Lee", "ann.lee@example.com", "+1 555-201-3344", "30 Minute Meeting",
          "2026-12-07 09:00 am", "2026-12-07 09:30 am", "Zoom", "false"],
         ["Bo Chan", "Bo", "Chan", "bo.chan@example.com", "", "Intro Call", "2026-12-08 02:30 pm",
          "2026-12-08 03:00 pm", "Phone call", "false"]]),
    # Square Appointments' booking report.
    "square.csv": (
        ["Date", "Time", "Duration", "Customer Name", "Customer Phone", "Customer Email", "Service", "Staff",
         "Location", "Status"],
        [["Dec 7, 2026", "9:00 am", "1 hr 30 min", "Ann Lee", "(555) 201-3344", "ann.lee@example.com",
          "Color & Cut", "Kim", "Main St Salon", "Accepted"],
         ["Dec 8, 2026", "2:30 pm", "30 min", "Bo Chan", "(555) 206-7731", "", "Beard Trim", "Lee",
          "Main St Salon", "Accepted"]]),
    # Vagaro's appointment list, as downloaded (.xlsx, not re-saved).
    "vagaro.xlsx": (
        ["Appointment Date", "Start Time", "End Time", "Customer", "Service", "Service Provider", "Status",
         "Cell Phone", "Email"],
        [[D(2026, 12, 7), "9:00 AM", "10:00 AM", "Ann Lee", "Manicure", "Tina", "Confirmed", "555-201-3344",
          "ann.lee@example.com"],
         [D(2026, 12, 8), "2:30 PM", "3:00 PM", "Bo Chan", "Haircut", "Sam", "Awaiting Confirmation",
          "555-206-7731", ""]]),
    # Zoho Bookings' appointments export.
    "zoho_bookings.csv": (
        ["Booking Id", "Service Name", "Staff Name", "Start Time", "End Time", "Customer Name", "Customer Email",
         "Customer Contact Number", "Status"],
        [["ZB-00101", "Consultation", "Dr. Patel", "07 Dec 2026 09:00 AM", "07 Dec 2026 09:30 AM", "Ann Lee",
          "ann.lee@example.com", "+1 555 201 3344", "Upcoming"],
         ["ZB-00102", "Follow-up", "Dr. Nguyen", "08 Dec 2026 02:30 PM", "08 Dec 2026 03:00 PM", "Bo Chan",
          "bo.chan@example.com", "", "Upcoming"]]),
    # Setmore's appointments export: ISO dates, 24-hour times, Duration in minutes.
    "setmore.csv": (
        ["Date", "Time", "Duration", "Customer", "Service", "Staff", "Phone", "Email", "Notes"],
        [["2026-12-07", "09:00", "50", "Ann Lee", "Swedish Massage", "Maya", "555-201-3344",
          "ann.lee@example.com", "First visit"],
         ["2026-12-08", "14:30", "30", "Bo Chan", "Foot Massage", "Maya", "", "bo.chan@example.com", ""]]),
}


def write_csv(path: Path, headers: list[str], rows: list[list[object]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headers)
        writer.writerows(rows)


def write_xlsx(path: Path, headers: list[str], rows: list[list[object]]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Appointments"
    sheet.append(headers)
    for row in rows:
        sheet.append([None if v == "" else v for v in row])
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, dt.time):
                cell.number_format = "h:mm AM/PM"
            elif isinstance(cell.value, dt.date):
                cell.number_format = "mm/dd/yyyy"
    book.save(path)


def resave(path: Path, tmp: Path) -> bool:
    """Re-save an .xlsx through LibreOffice (as an office does after opening it)."""
    soffice = shutil.which("soffice")
    if not soffice:
        print(f"soffice not found: {path.name} written by openpyxl only", file=sys.stderr)
        return False
    source = tmp / path.name
    shutil.copy(path, source)
    out = tmp / "out"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    shutil.copy(out / path.name, path)
    return True


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, (headers, rows) in FILES.items():
            path = HERE / name
            if name.endswith(".csv"):
                write_csv(path, headers, rows)
            else:
                write_xlsx(path, headers, rows)
                if name in RESAVED:
                    resave(path, Path(tmp))
    print(f"export corpus written to {HERE}")


if __name__ == "__main__":
    main()
