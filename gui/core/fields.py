"""The field catalogue: every column the app understands, its type, label, synonyms and wire key."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gui.core.i18n import tr, tr_noop

# Field kinds (how a cell is converted)
TEXT, INT, DATETIME, DATE, MINUTES, BOOL, SHOW_AS, ZONE, EMAIL, PHONE = (
    "text", "int", "datetime", "date", "minutes", "bool", "show_as", "zone", "email", "phone")

EVENT, PARTICIPANT, SHEET, CUSTOM = "event", "participant", "sheet", "custom"

SHOW_AS_LABELS = {"free": 0, "tentative": 1, "busy": 2, "out of office": 3, "working elsewhere": 4}


@dataclass(frozen=True, slots=True)
class Field:
    """One column the app understands."""

    name: str                 # canonical column name, as in the template header
    label: str                # friendly name shown to staff
    kind: str                 # how a cell is converted (TEXT, INT, ...)
    scope: str                # EVENT, PARTICIPANT, SHEET (helps build an event, not sent) or CUSTOM
    key: str | None           # the wire key: event key, participant key, or custom_data key
    help: str                 # plain words for the template's explanation sheet
    required_new: bool = False
    synonyms: tuple[str, ...] = ()
    participant: int = 0      # 0-based participant index for PARTICIPANT fields


# Synonyms: the template's words, plus the column names that calendar exports (Google Calendar, Outlook),
# practice-management systems (Open Dental, Dentrix, Eaglesoft, SimplePractice, Jane, Kareo/Tebra,
# athenahealth, Cliniko) and booking tools (Mindbody, Acuity, Calendly, Square, Vagaro, Zoho Bookings, Setmore)
# write for appointments. Headers are matched folded (normalise), so "Start Date & Time" is "startdatetime".
EVENT_FIELDS: tuple[Field, ...] = (
    Field("id", tr_noop("fields", "Apptoto ID"), INT, EVENT, "id",
          tr_noop("fields", "Apptoto's number for an event that already exists. Filled in after sending; keep "
                            "it to update the event later."),
          synonyms=("apptoto id", "event id")),
    Field("external_id", tr_noop("fields", "External ID"), TEXT, EVENT, "external_id",
          tr_noop("fields", "Your own unique code for the appointment. With it, sending again updates the same "
                            "event instead of making a new one."),
          synonyms=("appointment id", "appt id", "booking id", "reference", "appointment number", "appt num", "aptnum",
                    "booking number", "booking reference", "appointment no", "appt no", "appointment ref")),
    Field("calendar", tr_noop("fields", "Calendar"), TEXT, EVENT, "calendar",
          tr_noop("fields", "The name of the Apptoto calendar (often the provider). A name the account does not "
                            "have yet is pointed out before sending; no calendar is created unless you tick it."),
          synonyms=("calendar name", "provider", "provider name", "practitioner", "practitioner name", "clinician",
                    "clinician name", "staff", "staff name", "staff member", "assigned to", "resource",
                    "resource name", "team member", "employee", "therapist", "doctor", "dentist", "host",
                    "host name", "rendering provider", "appointment provider", "appt provider", "service provider")),
    Field("calendar_id", tr_noop("fields", "Calendar ID"), INT, EVENT, "calendar_id",
          tr_noop("fields", "Apptoto's number for the calendar. Use this or Calendar."), synonyms=()),
    Field("title", tr_noop("fields", "Title"), TEXT, EVENT, "title",
          tr_noop("fields", "What the appointment is called (required for a new appointment)."), required_new=True,
          synonyms=("subject", "appointment type", "appt type", "event title", "event name", "service",
                    "service name", "treatment", "treatment name", "procedure", "procedures", "visit type",
                    "event type", "event type name", "session type", "appointment reason", "reason",
                    "reason for visit", "visit reason", "service type", "booking type", "type")),
    Field("date", tr_noop("fields", "Date"), DATE, SHEET, None,
          tr_noop("fields", "The day of the appointment, when Start and End hold only a time."),
          synonyms=("appointment date", "appt date", "day", "event date", "start date", "visit date",
                    "service date", "booking date", "scheduled date")),
    Field("start_time", tr_noop("fields", "Start"), DATETIME, EVENT, "start_time",
          tr_noop("fields", "When it starts: a date and time, or only a time together with the Date column "
                            "(required for a new appointment)."),
          required_new=True,
          synonyms=("start", "starts", "begin", "time", "appointment time", "appt time", "start date time",
                    "start time", "start datetime", "date time", "datetime", "date and time",
                    "appointment date time", "appointment start", "appt start", "scheduled time",
                    "appointment start time", "event start", "start date and time", "booking time",
                    "scheduled start", "visit time")),
    Field("end_time", tr_noop("fields", "End"), DATETIME, EVENT, "end_time",
          tr_noop("fields", "When it ends: a date and time, or only a time with the Date column. Or leave it "
                            "empty and fill Duration."),
          required_new=True, synonyms=("end", "ends", "finish", "end date time", "end time", "end datetime",
                                       "appointment end", "appt end", "appointment end time", "event end",
                                       "end date and time", "finish time", "scheduled end")),
    Field("end_date", tr_noop("fields", "End date"), DATE, SHEET, None,
          tr_noop("fields", "The day it ends, when End holds only a time and the appointment ends on another "
                            "day than Date "
          "(exports from calendars have it). Empty: the same day as Date."),
          synonyms=("end date", "finish date", "end day")),
    Field("duration_minutes", tr_noop("fields", "Duration (minutes)"), MINUTES, SHEET, None,
          tr_noop("fields", "How long it lasts: 50, 50 min, 1h 30m, 1:30 or 1.5 hours; used to work out End "
                            "when End is empty."),
          synonyms=("duration", "minutes", "length", "duration min", "duration mins", "length minutes",
                    "duration minutes", "appointment length", "appt length", "length min", "mins",
                    "appointment duration", "session length", "length of appointment", "appt duration")),
    Field("time_zone", tr_noop("fields", "Time zone"), ZONE, EVENT, "time_zone",
          tr_noop("fields", "The time zone of the appointment, e.g. America/New_York or Eastern Time (US & "
                            "Canada). Empty: the default zone."),
          synonyms=("timezone", "tz", "zone", "invitee time zone", "customer time zone")),
    Field("all_day", tr_noop("fields", "All day"), BOOL, EVENT, "all_day",
          tr_noop("fields", "yes / no (also true/false, 1/0, x): the appointment lasts the whole day."),
          synonyms=("all day event", "allday", "all day")),
    Field("show_as", tr_noop("fields", "Show as"), SHOW_AS, EVENT, "show_as",
          tr_noop("fields", "Free, Tentative, Busy, Out of Office or Working Elsewhere (or 0-4). Empty: Busy."),
          synonyms=("availability", "free busy", "show time as")),
    Field("location", tr_noop("fields", "Location"), TEXT, EVENT, "location",
          tr_noop("fields", "Where it happens."),
          synonyms=("place", "room", "office", "site", "address", "op", "operatory",
                                         "location name", "clinic", "clinic name", "business location",
                    "service location",
                                         "chair", "business", "department")),
    Field("content", tr_noop("fields", "Notes"), TEXT, EVENT, "content",
          tr_noop("fields", "Description or notes of the appointment. Write #auto here to ask Apptoto to send "
                            "its auto messages."),
          synonyms=("notes", "note", "description", "details", "body", "comments", "appointment notes",
                    "appt note", "appointment note", "memo", "remarks")),
    Field("appointment_status", tr_noop("fields", "Appointment status"), TEXT, SHEET, None,
          tr_noop("fields", "The appointment's status in the system it came from (booked, confirmed, "
                            "cancelled...). Read, never sent."),
          synonyms=("status", "appointment status", "appt status", "visit status", "booking status",
                    "event status")),
)

# (part, labels: the first participant's and the others' ({number} is 2, 3...), kind, help, synonyms for the first
# participant). first_name / last_name are not sent as such: the row builder joins them into the participant's name
# (Plan.names).
_PARTICIPANT_PARTS: tuple[tuple[str, tuple[str, str], str, str, tuple[str, ...]], ...] = (
    ("name", (tr_noop("fields", "Participant name"), tr_noop("fields", "Participant {number} name")), TEXT,
     tr_noop("fields", "The person's name."),
     ("client name", "patient name", "patient", "client", "name", "participant", "customer", "customer name",
      "full name", "contact name", "invitee", "invitee name", "attendee", "attendee name", "guest", "guest name",
      "member name", "patient full name", "client full name")),
    ("email", (tr_noop("fields", "Participant e-mail"), tr_noop("fields", "Participant {number} e-mail")), EMAIL,
     tr_noop("fields", "The person's e-mail address."),
     ("email", "e mail", "email address", "client email", "patient email", "mail", "customer email",
      "invitee email", "contact email", "e mail address", "attendee email", "guest email")),
    ("phone", (tr_noop("fields", "Participant phone"), tr_noop("fields", "Participant {number} phone")), PHONE,
     tr_noop("fields", "The person's phone (mobile for text messages). +44... keeps its country."),
     ("phone", "mobile", "cell", "mobile phone", "cell phone", "phone number", "mobile number",
      "client phone", "patient phone", "telephone", "tel", "wireless", "wireless phone", "cell number",
      "text reminder number", "sms number", "text number", "customer phone", "customer mobile", "client mobile",
      "patient mobile", "patient mobile phone", "contact number", "customer contact number", "invitee phone",
      "invitee phone number", "patient home phone", "patient work phone",
      "home phone", "work phone", "business phone", "office phone", "day phone", "evening phone",
      "night phone", "landline")),
    ("contact_id", (tr_noop("fields", "Participant contact ID"), tr_noop("fields", "Participant {number} contact ID")),
     INT, tr_noop("fields", "Apptoto's number for an existing contact (then leave name, e-mail and phone empty)."),
     ("contact id",)),
    ("contact_external_id", (tr_noop("fields", "Participant contact external ID"),
                             tr_noop("fields", "Participant {number} contact external ID")),
     TEXT, tr_noop("fields", "Your code for a contact you created in Apptoto."),
     ("contact external id",)),
    ("first_name", (tr_noop("fields", "Participant first name"), tr_noop("fields", "Participant {number} first name")),
     TEXT, tr_noop("fields", "The person's first name: joined with the last name into the name sent."),
     ("first name", "firstname", "given name", "client first name", "patient first name", "customer first name",
      "invitee first name")),
    ("last_name", (tr_noop("fields", "Participant last name"), tr_noop("fields", "Participant {number} last name")),
     TEXT, tr_noop("fields", "The person's last name: joined after the first name into the name sent."),
     ("last name", "lastname", "surname", "family name", "client last name", "patient last name",
      "customer last name", "invitee last name")),
)

# Phone headers, best first: a mobile number takes texts (reminders), a plain "Phone" may be one, home and work
# numbers rarely are. When several columns mean the participant's phone, the best rank alone is sent.
MOBILE_PHONE, SOME_PHONE, OTHER_PHONE = 0, 1, 2
_PHONE_RANKS = {
    MOBILE_PHONE: ("mobile", "cell", "mobile phone", "cell phone", "mobile number", "wireless", "wireless phone",
                   "cell number", "text reminder number", "sms number", "text number", "customer mobile",
                   "client mobile", "patient mobile", "patient mobile phone"),
    OTHER_PHONE: ("home phone", "work phone", "business phone", "office phone", "day phone", "evening phone",
                  "night phone", "landline", "patient home phone", "patient work phone"),
}
# Parts a participant is sent with (first and last name only make the name).
SENT_PARTS: tuple[str, ...] = ("name", "email", "phone", "contact_id", "contact_external_id")
NAME_PARTS: tuple[str, ...] = ("first_name", "last_name")

MAX_PARTICIPANTS = 20


def participant_field(index: int, part: str) -> Field:
    """The field for participant `index` (0-based) and `part` ('name', 'email', ...)."""
    for key, labels, kind, help_text, synonyms in _PARTICIPANT_PARTS:
        if key == part:
            prefix = "participant" if index == 0 else f"participant{index + 1}"
            label = labels[0] if index == 0 else labels[1].format(number=index + 1)
            return Field(f"{prefix}_{key}", label, kind, PARTICIPANT, key, help_text,
                         synonyms=synonyms if index == 0 else (), participant=index)
    raise KeyError(part)


def custom_field(key: str) -> Field:
    """The field for the custom_data key `key`."""
    return Field(f"custom_data.{key}", f"Custom: {key}", CUSTOM, CUSTOM, key,
                 tr_noop("fields", "Custom data attached to the event, usable in Apptoto's conditions and templates."))


def shown_label(f: Field) -> str:
    """The field's label in the user's language (`label` stays English: it is matched with headers)."""
    if f.scope == PARTICIPANT:
        one, many = next(labels for key, labels, *_ in _PARTICIPANT_PARTS if key == f.key)
        return tr("fields", one) if f.participant == 0 else tr("fields", many, number=f.participant + 1)
    if f.scope == CUSTOM:
        return tr("fields", "Custom: {key}", key=f.key)
    return tr("fields", f.label)


def shown_help(f: Field) -> str:
    """The field's help in the user's language."""
    return tr("fields", f.help)


PARTICIPANT_PARTS: tuple[str, ...] = tuple(p[0] for p in _PARTICIPANT_PARTS)
CANONICAL: tuple[Field, ...] = EVENT_FIELDS + tuple(participant_field(0, p) for p in PARTICIPANT_PARTS)
BY_NAME: dict[str, Field] = {f.name: f for f in CANONICAL}

_PARTICIPANT_RE = re.compile(r"^participant(\d+)_(" + "|".join(PARTICIPANT_PARTS) + r")$")
_CUSTOM_RE = re.compile(r"^\s*custom[\s_-]*data\s*[.:]\s*(\S.*?)\s*$", re.IGNORECASE)


def normalise(header: str) -> str:
    """Header text folded for matching: lower case, letters and digits only."""
    return re.sub(r"[^0-9a-z]", "", str(header).lower())


# Appointment statuses that make a row a cancellation (the setting's default: settings.CANCELLED_VALUES): the event
# the row names is deleted in Apptoto, which stops its reminders.
CANCELLED_STATUSES: tuple[str, ...] = ("Cancelled", "Canceled", "Deleted", "Removed")


def fold_status(value: object) -> str:
    """An appointment status as compared: case and runs of spaces ignored ("No  Show" is "no show")."""
    return " ".join(str(value).split()).casefold()


def status_words(words: str | tuple[str, ...] | list[str]) -> frozenset[str]:
    """The statuses of a comma-separated setting ("Cancelled, No show") or a list, folded; blanks dropped."""
    parts = words.split(",") if isinstance(words, str) else words
    return frozenset(folded for part in parts if (folded := fold_status(part)))


# Columns the app writes into results workbooks (by their exact names: a "Status" column of an export is the
# appointment's status); read back, they are kept and not sent. Results workbooks written before 2026-12 named
# them "status" and "message": recognised only as that exact pair (see results_columns).
SEND_STATUS, SEND_MESSAGE, SENT_TO = "Send status", "Send message", "Sent to"    # Sent to: server (account)
RESULT_COLUMNS: tuple[str, ...] = (SEND_STATUS, SEND_MESSAGE, SENT_TO)
LEGACY_RESULT_COLUMNS: tuple[str, ...] = ("status", "message")


def results_columns(headers: list[str]) -> set[int]:
    """Indices of the app's own results columns among `headers`: the exact names, or the old exact pair."""
    found = {i for i, h in enumerate(headers) if h in RESULT_COLUMNS}
    if all(name in headers for name in LEGACY_RESULT_COLUMNS):
        found.update(i for i, h in enumerate(headers) if h in LEGACY_RESULT_COLUMNS)
    return found


_PHONE_RANK = {normalise(words): rank for rank, all_words in _PHONE_RANKS.items() for words in all_words}


def phone_rank(header: str) -> int:
    """MOBILE_PHONE, SOME_PHONE or OTHER_PHONE for a header that means a phone."""
    return _PHONE_RANK.get(normalise(header), SOME_PHONE)


def field(name: str) -> Field | None:
    """The field for a canonical name, including participantN_* and custom_data.<key>; None if unknown."""
    if name in BY_NAME:
        return BY_NAME[name]
    m = _PARTICIPANT_RE.match(name)
    if m:
        n = int(m.group(1))
        if 1 <= n <= MAX_PARTICIPANTS:
            return participant_field(n - 1, m.group(2))
        return None
    m = _CUSTOM_RE.match(name)
    if m:
        return custom_field(m.group(1))
    return None


def _build_index() -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for f in CANONICAL:
        for text in (f.name, f.label, *f.synonyms):
            names = index.setdefault(normalise(text), [])
            if f.name not in names:
                names.append(f.name)
    for n in range(1, MAX_PARTICIPANTS + 1):
        for part in PARTICIPANT_PARTS:
            f = participant_field(n - 1, part)
            for text in (f.name, f.label, f"participant {n} {part}", f"{part} {n}"):
                names = index.setdefault(normalise(text), [])
                if f.name not in names:
                    names.append(f.name)
    return index


_INDEX = _build_index()


def candidates(header: str) -> list[str]:
    """Canonical names a sheet header could mean (0: unknown, 1: a match, 2+: ambiguous)."""
    text = str(header).strip()
    m = _CUSTOM_RE.match(text)
    if m:
        return [f"custom_data.{m.group(1)}"]
    return list(_INDEX.get(normalise(text), []))

