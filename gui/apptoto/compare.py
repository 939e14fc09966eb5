"""Compare what was sent with what Apptoto answered: the differences staff must see, in plain words."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from gui.core import words
from gui.core.i18n import tr, tr_noop

SCALARS = ("title", "location", "content", "all_day", "show_as")
# The event's fields in the user's words (English: the wire keys), as tr("compare", key) shows them.
_FIELD_WORDS = (tr_noop("compare", "title"), tr_noop("compare", "location"), tr_noop("compare", "content"),
                tr_noop("compare", "all_day"), tr_noop("compare", "show_as"), tr_noop("compare", "start_time"),
                tr_noop("compare", "end_time"), tr_noop("compare", "time_zone"), tr_noop("compare", "external_id"),
                tr_noop("compare", "custom_data"), tr_noop("compare", "participants"))
WHO_KEYS = ("name", "email", "phone", "contact_id", "contact_external_id")


def as_instant(value: Any) -> datetime | None:
    """An ISO 8601 time as an aware datetime, or None."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None


def shown_time(value: Any, like: Any = None) -> str:
    """A time as staff read it, `Tue 3 Mar 2026 09:00`, in the offset of `like` (the sheet's time for the same row)
    when both are times, else in its own."""
    when, near = as_instant(value), as_instant(like)
    if when is None:
        return str(value or "")[:16].replace("T", " ")
    return words.when(when.astimezone(near.tzinfo) if near is not None else when)


def _phone(value: Any) -> str:
    digits = re.sub(r"\D", "", str(value or ""))
    return digits[-10:]


def same_person(a: dict, b: dict) -> bool:
    """Two participant records that are the same person: same contact, e-mail, phone or (alone) name."""
    for key in ("contact_id", "contact_external_id"):
        if a.get(key) is not None and a.get(key) == b.get(key):
            return True
    if a.get("email") and str(a["email"]).lower() == str(b.get("email") or "").lower():
        return True
    pa = _phone(a.get("phone"))
    if pa and pa in (_phone(b.get("phone")), _phone(b.get("normalized_phone"))):
        return True
    return bool(a.get("name")) and not a.get("email") and not a.get("phone") and a.get("name") == b.get("name")


def describe(p: dict) -> str:
    return str(p.get("name") or p.get("email") or p.get("phone") or p.get("contact_external_id")
               or p.get("contact_id") or tr("compare", "a participant"))


def differences(sent: dict, got: dict) -> list[str]:
    """What Apptoto kept differently from what was sent (only fields it answered)."""
    notes: list[str] = []
    if got.get("is_deleted"):
        notes.append(tr("compare", "the event is deleted in Apptoto: this change does not bring it back"))
    notes += calendar_notes(sent, got)
    for key in ("start_time", "end_time"):
        if key in sent and key in got:
            mine, theirs = as_instant(sent[key]), as_instant(got[key])
            if mine is not None and theirs is not None and mine != theirs:
                kept, wanted = words.when(theirs.astimezone(mine.tzinfo)), words.when(mine)
                notes.append(tr("compare", "Apptoto kept the start at {kept} instead of {sent}", kept=kept, sent=wanted)
                             if key == "start_time" else
                             tr("compare", "Apptoto kept the end at {kept} instead of {sent}", kept=kept, sent=wanted))
    for key in SCALARS:
        if key in sent and key in got and got[key] != sent[key] and (sent[key] or got[key]):
            notes.append(tr("compare", "Apptoto has {field} {kept} instead of {sent}", field=tr("compare", key),
                            kept=repr(got[key]), sent=repr(sent[key])))
    if isinstance(sent.get("custom_data"), dict) and isinstance(got.get("custom_data"), dict):
        mine, theirs = sent["custom_data"], got["custom_data"]
        changed = sorted(k for k in set(mine) | set(theirs) if str(mine.get(k)) != str(theirs.get(k)))
        if changed:
            notes.append(tr("compare", "custom data differs from what was sent: {keys}", keys=", ".join(changed)))
    if isinstance(sent.get("participants"), list) and isinstance(got.get("participants"), list):
        notes += _participants(sent["participants"], got["participants"])
    return notes


def named(event: dict, names: dict[int, str] | None) -> dict:
    """The event with its calendar's name when Apptoto's answer gave only the calendar's id and the name is known
    (a copy; the event itself when nothing is added)."""
    cid = event.get("calendar_id")
    if event.get("calendar") or not names or cid not in names:
        return event
    return {**event, "calendar": names[cid]}


def calendar_notes(sent: dict, got: dict) -> list[str]:
    """The note when Apptoto kept the event in another calendar than the one sent (it cannot move events)."""
    moved = False
    if sent.get("calendar_id") is not None and got.get("calendar_id") is not None:
        moved = sent["calendar_id"] != got["calendar_id"]
    elif sent.get("calendar") and got.get("calendar"):
        moved = str(sent["calendar"]).strip().casefold() != str(got["calendar"]).strip().casefold()
    if not moved:
        return []
    where = got.get("calendar") or tr("compare", "calendar {id}", id=got.get("calendar_id"))
    asked = sent.get("calendar") or tr("compare", "calendar {id}", id=sent.get("calendar_id"))
    return [tr("compare", "not moved to {asked}: the event stays in {kept} (Apptoto cannot move events between "
               "calendars)", asked=str(asked), kept=str(where))]


def _participants(sent: list[dict], got: list[dict]) -> list[str]:
    notes = []
    for p in got:
        if isinstance(p, dict) and not any(isinstance(s, dict) and same_person(s, p) for s in sent):
            state = p.get("state")
            why = (tr("compare", "already messaged ({state})", state=state) if state and state != "initial"
                   else tr("compare", "Apptoto kept them"))
            notes.append(tr("compare", "participant {who} was not removed: {why}", who=describe(p), why=why))
    for s in sent:
        if isinstance(s, dict) and not any(isinstance(p, dict) and same_person(s, p) for p in got):
            notes.append(tr("compare", "participant {who} is missing from Apptoto's answer", who=describe(s)))
    return notes


def match_answer(sent: list[dict], answer: list[dict]) -> list[dict | None]:
    """The answer event for each event sent in one request: by position, checked by id/external_id; by those keys
    when the answer is in another order or short (None: no answer event for it)."""
    def agrees(mine: dict, got: Any) -> bool:
        if not isinstance(got, dict):
            return False
        for key in ("id", "external_id"):
            if mine.get(key) not in (None, "") and got.get(key) not in (None, "") and str(mine[key]) != str(got[key]):
                return False
        return True

    if len(answer) == len(sent) and all(agrees(e, g) for e, g in zip(sent, answer, strict=True)):
        return list(answer)
    found: list[dict | None] = []
    for event in sent:
        hit = None
        for key in ("id", "external_id"):
            value = event.get(key)
            if value not in (None, "") and hit is None:
                hit = next((g for g in answer if isinstance(g, dict) and str(g.get(key)) == str(value)), None)
        found.append(hit)
    return found
