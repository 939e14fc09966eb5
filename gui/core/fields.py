"""The field catalogue: every column the app understands, its type, label, synonyms and wire key."""

from __future__ import annotations

import re
from dataclasses import dataclass

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


EVENT_FIELDS: tuple[Field, ...] = (
    Field("id", "Apptoto ID", INT, EVENT, "id",
          "Apptoto's number for an event that already exists. Filled in after sending; keep it to update the event later.",
          synonyms=("apptoto id", "event id")),
    Field("external_id", "External ID", TEXT, EVENT, "external_id",
          "Your own unique code for the appointment. With it, sending again updates the same event instead of making a new one.",
          synonyms=("appointment id", "appt id", "booking id", "reference")),
    Field("calendar", "Calendar", TEXT, EVENT, "calendar",
          "The name of the Apptoto calendar (often the provider). A name Apptoto does not know yet creates a new calendar.",
          synonyms=("calendar name", "provider", "provider name")),
    Field("calendar_id", "Calendar ID", INT, EVENT, "calendar_id",
          "Apptoto's number for the calendar. Use this or Calendar.", synonyms=()),
    Field("title", "Title", TEXT, EVENT, "title",
          "What the appointment is called (required for a new appointment).", required_new=True,
          synonyms=("subject", "appointment type", "appt type", "event title", "event name")),
    Field("date", "Date", DATE, SHEET, None,
          "The day of the appointment, when Start and End hold only a time.",
          synonyms=("appointment date", "appt date", "day", "event date")),
    Field("start_time", "Start", DATETIME, EVENT, "start_time",
          "When it starts: a date and time, or only a time together with the Date column (required for a new appointment).",
          required_new=True,
          synonyms=("start", "starts", "begin", "time", "appointment time", "appt time", "start date time")),
    Field("end_time", "End", DATETIME, EVENT, "end_time",
          "When it ends: a date and time, or only a time with the Date column. Or leave it empty and fill Duration.",
          required_new=True, synonyms=("end", "ends", "finish", "end date time")),
    Field("duration_minutes", "Duration (minutes)", MINUTES, SHEET, None,
          "How many minutes it lasts; used to work out End when End is empty.",
          synonyms=("duration", "minutes", "length", "duration min", "duration mins", "length minutes")),
    Field("time_zone", "Time zone", ZONE, EVENT, "time_zone",
          "The time zone of the appointment, e.g. America/New_York or Eastern Time (US & Canada). Empty: the default zone.",
          synonyms=("timezone", "tz", "zone")),
    Field("all_day", "All day", BOOL, EVENT, "all_day",
          "yes / no (also true/false, 1/0, x): the appointment lasts the whole day.", synonyms=("all day event", "allday")),
    Field("show_as", "Show as", SHOW_AS, EVENT, "show_as",
          "Free, Tentative, Busy, Out of Office or Working Elsewhere (or 0-4). Empty: Busy.",
          synonyms=("availability", "free busy")),
    Field("location", "Location", TEXT, EVENT, "location",
          "Where it happens.", synonyms=("place", "room", "office", "site", "address")),
    Field("content", "Notes", TEXT, EVENT, "content",
          "Description or notes of the appointment. Write #auto here to ask Apptoto to send its auto messages.",
          synonyms=("notes", "note", "description", "details", "body", "comments")),
)

_PARTICIPANT_PARTS: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("name", "name", TEXT, "The person's name.",
     ("client name", "patient name", "patient", "client", "name", "participant", "customer", "customer name",
      "full name", "contact name")),
    ("email", "e-mail", EMAIL, "The person's e-mail address.",
     ("email", "e mail", "email address", "client email", "patient email", "mail")),
    ("phone", "phone", PHONE, "The person's phone (mobile for text messages). +44... keeps its country.",
     ("phone", "mobile", "cell", "mobile phone", "cell phone", "phone number", "mobile number",
      "client phone", "patient phone", "telephone", "tel")),
    ("contact_id", "contact ID", INT, "Apptoto's number for an existing contact (then leave name, e-mail and phone empty).",
     ("contact id",)),
    ("contact_external_id", "contact external ID", TEXT, "Your code for a contact you created in Apptoto.",
     ("contact external id",)),
)

MAX_PARTICIPANTS = 20


def participant_field(index: int, part: str) -> Field:
    """The field for participant `index` (0-based) and `part` ('name', 'email', ...)."""
    for key, words, kind, help_text, synonyms in _PARTICIPANT_PARTS:
        if key == part:
            prefix = "participant" if index == 0 else f"participant{index + 1}"
            label = f"Participant {words}" if index == 0 else f"Participant {index + 1} {words}"
            return Field(f"{prefix}_{key}", label, kind, PARTICIPANT, key, help_text,
                         synonyms=synonyms if index == 0 else (), participant=index)
    raise KeyError(part)


def custom_field(key: str) -> Field:
    """The field for the custom_data key `key`."""
    return Field(f"custom_data.{key}", f"Custom: {key}", CUSTOM, CUSTOM, key,
                 "Custom data attached to the event, usable in Apptoto's conditions and templates.")


PARTICIPANT_PARTS: tuple[str, ...] = tuple(p[0] for p in _PARTICIPANT_PARTS)
CANONICAL: tuple[Field, ...] = EVENT_FIELDS + tuple(participant_field(0, p) for p in PARTICIPANT_PARTS)
BY_NAME: dict[str, Field] = {f.name: f for f in CANONICAL}

# Columns the app writes into results workbooks; read back, they are recognised and not sent.
RESULT_COLUMNS: tuple[str, ...] = ("status", "message")

_PARTICIPANT_RE = re.compile(r"^participant(\d+)_(" + "|".join(PARTICIPANT_PARTS) + r")$")
_CUSTOM_RE = re.compile(r"^\s*custom[\s_-]*data\s*[.:]\s*(\S.*?)\s*$", re.IGNORECASE)


def normalise(header: str) -> str:
    """Header text folded for matching: lower case, letters and digits only."""
    return re.sub(r"[^0-9a-z]", "", str(header).lower())


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

