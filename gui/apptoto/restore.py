"""What undoing a send writes to one event, and how to tell whether an event is still as a send left it.

Apptoto patches: a PUT changes only the fields it names, and replaces participants and custom_data whole. So the
PUT that restores an event names every field the send wrote, with the value the event had before: the old text, or
"" where it had none (its documented type is String); the old time zone, or null where it had none; the old times,
all-day flag and show-as; a time zone, all-day flag or show-as Apptoto's answer did not carry (a terser Apptoto) is
not known, so it is left as the send made it, never cleared; the old custom_data whole ({} where it had none) and the old participants whole ([] where
it had none). Participants already messaged stay (Apptoto keeps them): they are reported, never fought. Calendars
never change (events cannot move), and an External ID the send gave an event is left on it (harmless: a later send
of the row finds the event by it; whether Apptoto accepts clearing one is unknown).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from gui.apptoto.compare import as_instant, describe, same_person
from gui.core.i18n import tr

TEXTS = ("title", "location", "content")
TIMES = ("start_time", "end_time")
RESTORED = (*TEXTS, *TIMES, "time_zone", "all_day", "show_as", "custom_data", "participants")
WHO_KEYS = ("name", "email", "phone", "contact_id", "contact_external_id")
NOT_MESSAGED = (None, "", "initial")
RESTORED_SUFFIX = "-restored"


def restore_body(sent: dict, before: dict) -> dict:
    """The PUT of the old values of every field `sent` wrote, for the event `before` (as Apptoto had it)."""
    body: dict[str, Any] = {"id": before["id"]}
    for key in sent:
        if key in TEXTS:
            body[key] = before.get(key) or ""
        elif key in TIMES and before.get(key):
            body[key] = before[key]
        elif key == "time_zone" and key in before:
            body[key] = before.get(key) or None
        elif key == "all_day" and key in before:
            body[key] = bool(before.get(key))
        elif key == "show_as" and key in before:
            body[key] = before.get(key)
        elif key == "custom_data":
            body[key] = dict(before.get(key) or {})
        elif key == "participants":
            body[key] = [who(p) for p in before.get(key) or () if isinstance(p, dict) and who(p)]
        elif key == "external_id" and before.get(key) not in (None, "") and str(before[key]) != str(sent[key]):
            body[key] = before[key]
    return body


def recreated_external_id(before: dict) -> str:
    """The External ID an event re-created for a deleted one gets: the deleted event keeps its own (Apptoto may
    still hold it), and the same one every time, so re-creating twice updates instead of duplicating."""
    own = before.get("external_id")
    return f"{own}{RESTORED_SUFFIX}" if own not in (None, "") else f"restored-{before.get('id')}"


def recreate_body(before: dict) -> dict:
    """A new event with the deleted event's calendar, times, text, custom data and participants."""
    body: dict[str, Any] = {"external_id": recreated_external_id(before)}
    if before.get("calendar_id") is not None:
        body["calendar_id"] = before["calendar_id"]
    elif before.get("calendar"):
        body["calendar"] = before["calendar"]
    for key in (*TEXTS, *TIMES, "time_zone", "all_day", "show_as"):
        if before.get(key) not in (None, ""):
            body[key] = before[key]
    if before.get("custom_data"):
        body["custom_data"] = dict(before["custom_data"])
    people = [who(p) for p in before.get("participants") or () if isinstance(p, dict) and who(p)]
    if people:
        body["participants"] = people
    return body


def who(person: dict) -> dict:
    """A participant as sent: name, e-mail, phone (Apptoto's normalised one when the phone is missing), contact."""
    out = {k: person[k] for k in WHO_KEYS if person.get(k) not in (None, "")}
    if "phone" not in out and person.get("normalized_phone"):
        out["phone"] = person["normalized_phone"]
    return out


def differing(a: dict, b: dict, keys: Iterable[str]) -> list[str]:
    """The fields of `keys` (of RESTORED) whose values differ between two events (times as instants, text and
    empty alike, participants by who they are and their details, in any order)."""
    return [key for key in keys if key in RESTORED and _norm(key, a.get(key)) != _norm(key, b.get(key))]


def same_as_before(current: dict, before: dict, keys: Iterable[str]) -> bool:
    """Whether the event is back as it was, in `keys`; participants that cannot be removed (messaged, and not there
    before) are left out of the comparison."""
    kept = {id(p) for p in unremovable(current, before)}
    trimmed = dict(current, participants=[p for p in current.get("participants") or () if id(p) not in kept])
    return not differing(trimmed, before, keys)


def unremovable(current: dict, before: dict) -> list[dict]:
    """Participants of `current` that were not in `before` but were messaged already: Apptoto keeps them."""
    old = [p for p in before.get("participants") or () if isinstance(p, dict)]
    return [p for p in current.get("participants") or () if isinstance(p, dict) and p.get("state") not in NOT_MESSAGED
            and not any(same_person(o, p) for o in old)]


def signs_it_existed(sent: dict, answer: dict | None) -> list[str]:
    """Why an event a send reported created may have been in Apptoto before (a row's own External ID is looked for
    only among the listed dates, so an appointment moved from further away reads as new): Apptoto's answer showed
    participants already messaged, or notes, location or custom data the row did not send. [] when none."""
    if not answer:
        return []
    signs = [tr("restore", "{field} the row did not send", field=tr("compare", key))
             for key in ("location", "content", "custom_data") if key not in sent and answer.get(key)]
    told = messaged(answer)
    if told:
        signs.append(tr("restore", "participants already messaged ({who})", who=", ".join(told)))
    return signs


def messaged(event: dict) -> list[str]:
    """`Pat Lee (reminded)` for each participant Apptoto shows as already messaged (reminded, confirmed…)."""
    return [f"{describe(p)} ({p['state']})" for p in event.get("participants") or ()
            if isinstance(p, dict) and p.get("state") not in NOT_MESSAGED]


def _norm(key: str, value: Any) -> Any:
    if key in TEXTS:
        return "" if value is None else str(value)
    if key in TIMES:
        return as_instant(value) or value
    if key == "time_zone":
        return value or None
    if key == "all_day":
        return bool(value)
    if key == "custom_data":
        return {str(k): "" if v is None else str(v) for k, v in value.items()} if isinstance(value, dict) else {}
    if key == "participants":
        return sorted(_person(p) for p in value or () if isinstance(p, dict))
    return value


def _person(p: dict) -> tuple[str, ...]:
    phone = re.sub(r"\D", "", str(p.get("phone") or p.get("normalized_phone") or ""))[-10:]
    return (str(p.get("name") or "").strip(), str(p.get("email") or "").casefold(), phone,
            str(p.get("contact_id") or ""), str(p.get("contact_external_id") or ""))
