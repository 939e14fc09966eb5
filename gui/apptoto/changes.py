"""What sending a row would change in the event Apptoto has now: per field old → new, and what it cannot do."""

from __future__ import annotations

import re
from typing import Any

from gui.apptoto.compare import as_instant, calendar_notes, describe, same_person
from gui.core.i18n import tr
from gui.core.zones import zone

TIMES = ("start_time", "end_time")
TEXTS = ("title", "location", "content")             # answered by Apptoto: absent means empty
OPTIONAL = ("all_day", "show_as")                    # compared only when the answer carries them
WHO_KEYS = ("name", "email", "phone", "contact_id", "contact_external_id")
MESSAGED_OK = (None, "", "initial")


def field_changes(sent: dict, got: dict) -> dict[str, tuple[Any, Any]]:
    """{field: (Apptoto's value, the sheet's value)} for every field of `sent` that would change."""
    out: dict[str, tuple[Any, Any]] = {}
    if sent.get("id") not in (None, "") and sent.get("external_id") and got.get("external_id") \
            and str(sent["external_id"]) != str(got["external_id"]):
        out["external_id"] = (got["external_id"], sent["external_id"])
    for key in TIMES:
        if key in sent:
            old = _same_offset(got.get(key), sent[key])
            if not _same_time(old, sent[key]):
                out[key] = (old, sent[key])
    for key in TEXTS:
        if key in sent and (got.get(key) or "") != (sent[key] or ""):
            out[key] = (got.get(key), sent[key])
    for key in OPTIONAL:
        if key in sent and key in got and got[key] != sent[key]:
            out[key] = (got[key], sent[key])
    if sent.get("time_zone") and "time_zone" in got and not _same_zone(got["time_zone"] or "", sent["time_zone"]):
        out["time_zone"] = (got["time_zone"], sent["time_zone"])      # an answer without the key: not known
    if "custom_data" in sent and not _same_custom(got.get("custom_data"), sent["custom_data"]):
        out["custom_data"] = (got.get("custom_data") or {}, sent["custom_data"])
    if "participants" in sent:
        old = [_who(p) for p in got.get("participants") or [] if isinstance(p, dict)]
        new = [_who(p) for p in sent["participants"] or [] if isinstance(p, dict)]
        if not _same_people(old, new):
            out["participants"] = (old, new)
    return out


def conflicts(sent: dict, got: dict) -> list[str]:
    """Why sending this row would not do what the sheet says, in plain words (empty when it would)."""
    reasons = []
    if got.get("is_deleted"):
        reasons.append(tr("changes", "the event was deleted in Apptoto"))
    asked = {k: sent[k] for k in ("calendar", "calendar_id") if sent.get(k) not in (None, "")}
    if calendar_notes(asked, got):
        now = got.get("calendar") or tr("compare", "calendar {id}", id=got.get("calendar_id"))
        wanted = asked.get("calendar") or tr("compare", "calendar {id}", id=asked.get("calendar_id"))
        reasons.append(tr("changes", "calendar move: the event is in {now}, the sheet says {wanted}; Apptoto cannot "
                          "move events between calendars", now=now, wanted=wanted))
    if isinstance(sent.get("participants"), list):
        for p in got.get("participants") or []:
            if not isinstance(p, dict) or p.get("state") in MESSAGED_OK:
                continue
            if not any(isinstance(s, dict) and same_person(s, p) for s in sent["participants"]):
                reasons.append(tr("changes", "participant {who} would be dropped but was already messaged ({state}): "
                                  "Apptoto keeps them", who=describe(p), state=p["state"]))
    return reasons


def _same_offset(old: Any, new: Any) -> Any:
    """Apptoto's time shown in the sheet's offset (the same instant), so old and new read alike."""
    a, b = as_instant(old), as_instant(new)
    return a.astimezone(b.tzinfo).isoformat() if a is not None and b is not None else old


def _same_time(old: Any, new: Any) -> bool:
    a, b = as_instant(old), as_instant(new)
    return a == b if a is not None and b is not None else old == new


def _same_zone(old: str, new: str) -> bool:
    a, b = zone(old), zone(new)
    return old == new or (a is not None and b is not None and a.key == b.key)


def _same_custom(old: Any, new: Any) -> bool:
    old = old if isinstance(old, dict) else {}
    new = new if isinstance(new, dict) else {}
    return set(old) == set(new) and all(_text(old[k]) == _text(new[k]) for k in new)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _who(p: dict) -> dict:
    return {k: p[k] for k in WHO_KEYS if p.get(k) not in (None, "")}


def _same_people(old: list[dict], new: list[dict]) -> bool:
    """The same people with the same details (participants are replaced whole, so details count)."""
    if len(old) != len(new):
        return False
    unused = list(old)
    for s in new:
        hit = next((o for o in unused if same_person(s, o) and _same_details(s, o)), None)
        if hit is None:
            return False
        unused.remove(hit)
    return True


def _same_details(a: dict, b: dict) -> bool:
    for key in WHO_KEYS:
        x, y = a.get(key), b.get(key)
        if key == "phone":
            x, y = _digits(x), _digits(y)
        elif key == "email":
            x, y = str(x or "").casefold(), str(y or "").casefold()
        else:
            x, y = _text(x).strip(), _text(y).strip()
        if x != y:
            return False
    return True


def _digits(value: Any) -> str:
    return re.sub(r"\D", "", str(value or ""))[-10:]
