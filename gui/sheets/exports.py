"""The column names common systems write when they export appointments: to name a remembered mapping ("Jane
export") after the system whose export a file looks like. Matching the columns themselves is the catalogue's job
(gui/core/fields.py synonyms); these lists only say which system a header row most resembles."""

from __future__ import annotations

from collections.abc import Sequence

from gui.core.fields import normalise

# Headers as each system writes them (from its documentation or from exports seen in offices).
SYSTEMS: dict[str, tuple[str, ...]] = {
    "Google Calendar": ("Subject", "Start Date", "Start Time", "End Date", "End Time", "All Day Event",
                        "Description", "Location", "Private"),
    "Outlook": ("Subject", "Start Date", "Start Time", "End Date", "End Time", "All day event", "Reminder on/off",
                "Reminder Date", "Reminder Time", "Meeting Organizer", "Required Attendees", "Optional Attendees",
                "Meeting Resources", "Billing Information", "Categories", "Description", "Location", "Mileage",
                "Priority", "Private", "Sensitivity", "Show time as"),
    "Open Dental": ("Appt Date", "Appt Time", "Length", "Patient", "Provider", "Op", "Appt Type", "Status",
                    "Wireless Phone", "Home Phone", "Email", "Note"),
    "Dentrix": ("Appt Date", "Appt Time", "Patient Name", "Provider", "Operatory", "Appt Length", "Reason",
                "Status", "Mobile Phone", "Home Phone", "Email"),
    "Eaglesoft": ("Appointment Date", "Appointment Time", "Patient", "Provider", "Chair", "Appointment Length",
                  "Appointment Type", "Cell Phone", "Home Phone", "Email Address"),
    "SimplePractice": ("Date", "Time", "Duration", "Client", "Clinician", "Service", "Status", "Phone", "Email"),
    "Jane": ("Start", "End", "Patient", "Practitioner", "Treatment", "Status", "Mobile", "Email", "Location"),
    "Tebra": ("Appointment Date", "Start Time", "End Time", "Patient First Name", "Patient Last Name", "Provider",
              "Service Location", "Appointment Reason", "Appointment Status", "Mobile Phone", "Home Phone",
              "Email"),
    "athenahealth": ("Appt Date", "Appt Time", "Appt Duration", "Patient First Name", "Patient Last Name",
                     "Rendering Provider", "Appt Type", "Appt Status", "Patient Mobile Phone", "Patient Home Phone",
                     "Patient Email", "Department"),
    "Cliniko": ("Appointment Start", "Appointment End", "Patient", "Practitioner", "Appointment Type",
                "Business", "Patient Mobile", "Patient Email", "Notes"),
    "Mindbody": ("Date", "Start Time", "End Time", "Client", "Staff", "Session Type", "Status", "Cell Phone",
                 "Home Phone", "Email", "Location"),
    "Acuity Scheduling": ("Start Time", "End Time", "First Name", "Last Name", "Phone", "Email", "Type",
                          "Calendar", "Notes"),
    "Calendly": ("Invitee Name", "Invitee First Name", "Invitee Last Name", "Invitee Email", "Text Reminder Number",
                 "Event Type Name", "Start Date & Time", "End Date & Time", "Location", "Canceled"),
    "Square Appointments": ("Date", "Time", "Duration", "Customer Name", "Customer Phone", "Customer Email",
                            "Service", "Staff", "Location", "Status"),
    "Vagaro": ("Appointment Date", "Start Time", "End Time", "Customer", "Service", "Service Provider",
               "Status", "Cell Phone", "Email"),
    "Zoho Bookings": ("Booking Id", "Service Name", "Staff Name", "Start Time", "End Time", "Customer Name",
                      "Customer Email", "Customer Contact Number", "Status"),
    "Setmore": ("Date", "Time", "Duration", "Customer", "Service", "Staff", "Phone", "Email", "Notes"),
}


def system_of(headers: Sequence[str]) -> str | None:
    """The system whose export these headers most resemble (most of its columns present), or None."""
    have = {normalise(h) for h in headers if h}
    best, best_share = None, 0.0
    for system, names in SYSTEMS.items():
        share = sum(normalise(n) in have for n in names) / len(names)
        if share > best_share:
            best, best_share = system, share
    return best if best_share >= 0.75 else None
