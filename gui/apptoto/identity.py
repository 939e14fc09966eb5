"""Who an appointment is: the external_id derived from it, and how strongly a row matches an event Apptoto has.

A new row's external_id is derived from the appointment itself (calendar, start instant, first participant or
title), so every run and every computer derives the same one and a resend updates instead of duplicating.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Container, Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from gui.apptoto.compare import as_instant
from gui.core import words
from gui.core.i18n import tr

PREFIX = "as-"
VERSION = "1"                # part of what is hashed: bump only with a migration plan (old ids stay on rows)

# How a row relates to an event Apptoto has (see `match`).
STRONG, WEAK = "strong", "weak"


def derive_external_id(event: Mapping[str, Any], extended: bool = False, generation: int = 1) -> str:
    """`as-` and 16 hex digits of the appointment's identity; `extended` adds end, title and location (used when
    two rows of one send share the basic identity); a `generation` above 1 names the appointment made again after
    an undo deleted the event of the generation before (see `fresh_external_id`)."""
    parts = [VERSION, calendar_key(event), _instant_text(event.get("start_time")), who_key(event)]
    if extended:
        parts += [_instant_text(event.get("end_time")), _fold(event.get("title")), _fold(event.get("location"))]
    if generation > 1:
        parts.append(f"generation {generation}")
    return PREFIX + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def fresh_external_id(event: Mapping[str, Any], extended: bool = False, retired: Container[str] = ()) -> str:
    """The derived external_id of the first generation not `retired` (an undo deleted the events of those): the
    same on every run while nothing more is undone, so a retry of a send made after an undo still updates the event
    it created instead of making another."""
    generation, value = 1, derive_external_id(event, extended)
    while value in retired:
        generation += 1
        value = derive_external_id(event, extended, generation)
    return value


def is_derived(event: Mapping[str, Any], retired: Container[str] = ()) -> bool:
    """Whether the event's external_id is one derived from it (ours, not one the user's system gave it): the first
    generation, or a later one after `retired` ones."""
    value = event.get("external_id")
    if not isinstance(value, str) or not value.startswith(PREFIX):
        return False
    for extended in (False, True):
        generation, derived = 1, derive_external_id(event, extended)
        while derived != value and derived in retired:
            generation += 1
            derived = derive_external_id(event, extended, generation)
        if derived == value:
            return True
    return False


@dataclass(frozen=True, slots=True)
class Retired:
    """What undoing sends deleted of the events they created, in one account (remembered on this computer): their
    external_ids and ids. A row naming one is that appointment to be made again, not an update of a deleted event."""

    external_ids: frozenset[str] = frozenset()
    ids: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.external_ids or self.ids)


NOTHING_RETIRED = Retired()


def calendar_key(event: Mapping[str, Any]) -> str:
    """The calendar as named on the row (case and spaces ignored), else `#<calendar_id>`."""
    name = event.get("calendar")
    if isinstance(name, str) and name.strip():
        return _fold(name)
    cid = event.get("calendar_id")
    return f"#{cid}" if cid not in (None, "") else ""


def who_key(event: Mapping[str, Any]) -> str:
    """The first participant's reachable identity (e-mail, else phone digits, else name, else contact), else the
    title: what tells two appointments in the same slot apart."""
    for person in event.get("participants") or ():
        if isinstance(person, dict):
            found = person_keys(person)
            if found:
                return found[0]
    return "title:" + _fold(event.get("title"))


def person_keys(person: Mapping[str, Any]) -> list[str]:
    """Every way this participant can be recognised, strongest first (`email:…`, `phone:…`, `name:…`, …)."""
    keys = []
    email = _fold(person.get("email"))
    if email:
        keys.append("email:" + email)
    phone = phone_digits(person.get("phone")) or phone_digits(person.get("normalized_phone"))
    if phone:
        keys.append("phone:" + phone)
    name = _fold(person.get("name"))
    if name:
        keys.append("name:" + name)
    for key in ("contact_external_id", "contact_id"):
        if person.get(key) not in (None, ""):
            keys.append(f"{key}:{person[key]}")
    return keys


def phone_digits(value: Any) -> str:
    """The last ten digits of a phone number (country code and punctuation ignored)."""
    return re.sub(r"\D", "", str(value or ""))[-10:]


def _fold(value: Any) -> str:
    return " ".join(str(value).split()).casefold() if value not in (None, "") else ""


def _instant_text(value: Any) -> str:
    instant = as_instant(value)
    return instant.astimezone(UTC).isoformat() if instant is not None else str(value or "")


@dataclass(frozen=True, slots=True)
class Derived:
    """External_ids derived for rows without one, and the rows that are the same appointment as an earlier row."""

    ids: dict[Hashable, str]
    duplicates: dict[Hashable, Hashable]          # row key -> the key of the row it repeats


def derive_all(rows: Iterable[tuple[Hashable, Mapping[str, Any]]],
               taken: Mapping[str, tuple[Hashable, Mapping[str, Any]]] | None = None,
               retired: Container[str] = ()) -> Derived:
    """External_ids for these keyless rows. A row sharing the basic identity with another row of the send (keyless,
    or one that carries an id already: `taken`, external_id -> (key, event)) gets the extended identity; a row
    whose extended identity is that other row's too is the same appointment again: a duplicate, never sent twice.
    Identities an undo deleted the event of (`retired`) give way to their next generation."""
    rows = list(rows)

    def derive(event: Mapping[str, Any], extended: bool = False) -> str:
        return fresh_external_id(event, extended, retired)

    basic = {key: derive(event) for key, event in rows}
    count: dict[str, int] = {}
    for value in basic.values():
        count[value] = count.get(value, 0) + 1
    owners: dict[str, Hashable] = {value: key for value, (key, _) in (taken or {}).items()}
    alike: dict[str, tuple[Hashable, Mapping[str, Any]]] = {}      # basic identity -> the first row holding it
    for key, event in (taken or {}).values():
        alike.setdefault(derive(event), (key, event))
    ids: dict[Hashable, str] = {}
    duplicates: dict[Hashable, Hashable] = {}
    for key, event in rows:
        value = basic[key]
        holder = alike.get(value)
        if count[value] > 1 or holder is not None:
            extended = derive(event, extended=True)
            if holder is not None and derive(holder[1], extended=True) == extended:
                duplicates[key] = holder[0]
                continue
            value = extended
        if value in owners:
            duplicates[key] = owners[value]
            continue
        owners[value] = key
        alike.setdefault(basic[key], (key, event))
        ids[key] = value
    return Derived(ids, duplicates)


# ---- matching a row to an event Apptoto has -----------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Match:
    """A listed event a row may be: STRONG (the same appointment) or WEAK (perhaps: ask), and why."""

    strength: str
    event: dict
    why: str


def same_calendar(row: Mapping[str, Any], event: Mapping[str, Any], names: Mapping[int, str]) -> bool | None:
    """Whether the row names the event's calendar; None when it cannot be told (only an unknown id answered)."""
    if row.get("calendar_id") not in (None, "") and event.get("calendar_id") not in (None, ""):
        return str(row["calendar_id"]) == str(event["calendar_id"])
    mine = _fold(row.get("calendar"))
    if not mine:
        return None
    theirs = _fold(event.get("calendar")) or _fold(names.get(_int(event.get("calendar_id"))))
    return (mine == theirs) if theirs else None


SAME, MAYBE, DIFFERENT, NOBODY, ONE_SIDED = "same", "maybe", "different", "nobody", "one-sided"


def people(row: Mapping[str, Any], event: Mapping[str, Any]) -> str:
    """SAME (a participant with the same e-mail, phone or contact), MAYBE (only a name in common), DIFFERENT,
    NOBODY (neither has participants) or ONE_SIDED."""
    mine = [person_keys(p) for p in row.get("participants") or () if isinstance(p, dict)]
    theirs = [person_keys(p) for p in event.get("participants") or () if isinstance(p, dict)]
    mine, theirs = [k for k in mine if k], [k for k in theirs if k]
    if not mine and not theirs:
        return NOBODY
    if not mine or not theirs:
        return ONE_SIDED
    reach = {k for keys in theirs for k in keys if not k.startswith("name:")}
    if any(k in reach for keys in mine for k in keys if not k.startswith("name:")):
        return SAME
    names = {k for keys in theirs for k in keys if k.startswith("name:")}
    if any(k in names for keys in mine for k in keys if k.startswith("name:")):
        mine_reach = [k for keys in mine for k in keys if not k.startswith("name:")]
        return SAME if not mine_reach and not reach else MAYBE
    return DIFFERENT


def match(row: Mapping[str, Any], event: Mapping[str, Any], names: Mapping[int, str]) -> Match | None:
    """How the row relates to one listed event (None: a different appointment). Same start instant, same calendar
    and the same participant (or, with nobody on either side, the same title) is STRONG; the rest that could be
    the same appointment is WEAK."""
    start, theirs = as_instant(row.get("start_time")), as_instant(event.get("start_time"))
    if start is None or theirs is None:
        return None
    calendar = same_calendar(row, event, names)
    if calendar is False:
        return None
    who = people(row, event)
    same_title = _fold(row.get("title")) == _fold(event.get("title"))
    at = _when(theirs, start)
    if start != theirs:
        if who == SAME and calendar and theirs.astimezone(start.tzinfo).date() == start.date():
            return Match(WEAK, dict(event),
                         tr("identity", "the same participant and calendar on the same day, at {when}",
                                               when=at))
        return None
    if who == DIFFERENT:
        return None
    if calendar is None and (who == SAME or (who == NOBODY and same_title)):
        return Match(WEAK, dict(event), tr(
            "identity", "the same start ({when}) and participant, but Apptoto answered only its calendar's number, so "
            "the calendar could not be compared", when=at) if who == SAME else tr(
            "identity", "the same start ({when}) and title, but Apptoto answered only its calendar's number, so the "
            "calendar could not be compared", when=at))
    if who == SAME or (who == NOBODY and same_title):
        return Match(STRONG, dict(event), tr("identity", "the same calendar, start ({when}) and participant", when=at)
                     if who == SAME else tr("identity", "the same calendar, start ({when}) and title", when=at))
    if who == MAYBE:
        return Match(WEAK, dict(event), tr("identity", "the same calendar and start ({when}) and a participant of the "
                                           "same name with other contact details", when=at))
    if who == ONE_SIDED and same_title:
        return Match(WEAK, dict(event), tr("identity", "the same calendar, start ({when}) and title, but only one of "
                                           "them has participants", when=at))
    if who == NOBODY and calendar:
        return Match(WEAK, dict(event), tr("identity", "the same calendar and start ({when}), another title ({title})",
                                           when=at, title=str(event.get("title") or tr("identity", "(none)"))))
    return None


def _when(instant: datetime, like: datetime) -> str:
    return words.when(instant.astimezone(like.tzinfo))


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
