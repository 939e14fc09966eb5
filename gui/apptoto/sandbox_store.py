"""The sandbox's in-memory Apptoto account: calendars and events with Apptoto's upsert rules."""

from __future__ import annotations

import copy
import re
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

EVENT_TEXT_KEYS = ("title", "location", "content", "time_zone")
PARTICIPANT_KEYS = ("name", "email", "phone", "contact_id", "contact_external_id")
UNMESSAGED = "initial"      # a participant in any other state has been messaged and is never removed


class SandboxError(Exception):
    """A request the sandbox rejects; `status` is the HTTP status, str() the message for the body."""

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        super().__init__(message)


def parse_time(value: Any, what: str) -> datetime:
    """An ISO 8601 time with an offset, as Apptoto requires."""
    if not isinstance(value, str):
        raise SandboxError(400, f"{what} must be an ISO 8601 string")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise SandboxError(400, f"{what} is not an ISO 8601 time: {value!r}") from None
    if parsed.tzinfo is None:
        raise SandboxError(400, f"{what} has no time zone offset: {value!r}")
    return parsed


def normalize_phone(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+"):
        return "+" + digits
    if len(digits) == 10:
        return "+1" + digits
    if len(digits) == 11 and digits.startswith("1"):
        return "+" + digits
    return digits


@dataclass
class Store:
    """All state of one sandbox account. Thread-safe; every public method takes the lock."""

    account_zone: str = "America/Los_Angeles"      # times are answered in this zone's offset
    echo_external_id: bool = True
    calendar_names: bool = True                    # False: answers carry calendar_id only (as Apptoto may)
    max_page_size: int | None = None               # a listing page holds at most this many events
    ignore_time_updates: bool = False              # the reported quirk: a PUT that does not move times
    echo_time_zone: bool = True                    # False: answers carry no time_zone (as Apptoto may)
    honour_prevent_calendar_creation: bool = True  # False: an unknown calendar name is created all the same
    events: dict[int, dict[str, Any]] = field(default_factory=dict)
    calendars: dict[int, str] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _next_event: int = 1001
    _next_calendar: int = 11
    _next_participant: int = 50001
    _replaced: dict[int, dict] = field(default_factory=dict, repr=False)    # undo log of one upsert
    # external_id -> id of the event that took it (checked on use: an event may have changed it since). Without
    # it each upsert by external_id read every event: a 20,000-event send took minutes.
    _by_external: dict[str, int] = field(default_factory=dict, repr=False)

    # -- calendars ---------------------------------------------------------------------------------
    def add_calendar(self, name: str) -> int:
        with self.lock:
            for cid, existing in self.calendars.items():
                if existing == name:
                    return cid
            cid = self._next_calendar
            self._next_calendar += 1
            self.calendars[cid] = name
            return cid

    def _calendar_for(self, event: dict, may_create: bool = True) -> int | None:
        if "calendar_id" in event and event["calendar_id"] is not None:
            cid = event["calendar_id"]
            if not isinstance(cid, int) or cid not in self.calendars:
                raise SandboxError(400, f"calendar_id {cid!r} does not exist")
            return cid
        name = event.get("calendar")
        if name is None:
            return None
        if not isinstance(name, str) or not name.strip():
            raise SandboxError(400, "calendar must be a non-empty name")
        name = name.strip()
        if not may_create and self.honour_prevent_calendar_creation and name not in self.calendars.values():
            raise SandboxError(422, f'calendar "{name}" does not exist (prevent_calendar_creation is set)')
        return self.add_calendar(name)              # an unknown name creates a calendar

    # -- lookup ------------------------------------------------------------------------------------
    def find(self, id: int | None = None, external_id: str | None = None) -> dict | None:
        with self.lock:
            if id is not None:
                return self.events.get(id)
            if external_id is None or not isinstance(external_id, str):
                return None
            event = self.events.get(self._by_external.get(external_id, 0))
            return event if event is not None and event.get("external_id") == external_id else None

    def get(self, id: int | None = None, external_id: str | None = None) -> dict | None:
        """The event as Apptoto would answer it, or None."""
        with self.lock:
            event = self.find(id, external_id)
            return self.render(event) if event else None

    def list(self, begin: datetime, end: datetime, page: int = 1, page_size: int = 30,
             include_deleted: bool = False) -> list[dict]:
        """Events starting in [begin, end], ordered by start then id; one page (1-based)."""
        if self.max_page_size:
            page_size = min(page_size, self.max_page_size)
        with self.lock:
            hits = [e for e in self.events.values()
                    if begin <= e["_start"] <= end and (include_deleted or not e["is_deleted"])]
            hits.sort(key=lambda e: (e["_start"], e["id"]))
            first = (page - 1) * page_size
            return [self.render(e) for e in hits[first:first + page_size]]

    def snapshot(self) -> list[dict]:
        """Every event (deleted too) as rendered, ordered by id: for tests."""
        with self.lock:
            return [self.render(self.events[i]) for i in sorted(self.events)]

    # -- changes -----------------------------------------------------------------------------------
    def upsert(self, events: Any, create_only: bool = False, prevent_calendar_creation: bool = False) -> list[dict]:
        """Apply a whole PUT (or POST) body atomically: every event valid, or nothing changes. With
        `prevent_calendar_creation` an event naming a calendar the account does not have refuses the whole request
        (422, naming the calendar), unless `honour_prevent_calendar_creation` is off."""
        if not isinstance(events, list):
            raise SandboxError(400, 'body must be {"events": [...]}')
        with self.lock:
            counters = (self._next_event, self._next_calendar, self._next_participant)
            calendars = set(self.calendars)
            self._replaced = {}
            try:
                return [self.render(self._apply(i, ev, create_only, not prevent_calendar_creation))
                        for i, ev in enumerate(events)]
            except SandboxError:
                for eid in [e for e in self.events if e >= counters[0]]:
                    del self.events[eid]
                self.events.update(self._replaced)
                for cid in set(self.calendars) - calendars:
                    del self.calendars[cid]
                self._next_event, self._next_calendar, self._next_participant = counters
                raise

    def _apply(self, index: int, data: Any, create_only: bool, may_create: bool = True) -> dict:
        where = f"event {index + 1}"
        if not isinstance(data, dict):
            raise SandboxError(400, f"{where}: must be an object")
        existing = None
        if not create_only and data.get("id") is not None:
            existing = self.events.get(data["id"]) if isinstance(data["id"], int) else None
            if existing is None:
                raise SandboxError(404, f"{where}: no event with id {data['id']!r}")
        elif data.get("external_id") is not None:
            existing = self.find(external_id=data["external_id"])
            if existing is not None and create_only:
                raise SandboxError(422, f"{where}: external_id {data['external_id']!r} is already taken")
        try:
            return self._update(existing, data, may_create) if existing else self._create(data, may_create)
        except SandboxError as exc:
            raise SandboxError(exc.status, f"{where}: {exc}") from None

    def _create(self, data: dict, may_create: bool = True) -> dict:
        missing = [k for k in ("title", "start_time", "end_time") if not data.get(k)]
        if missing:
            raise SandboxError(422, f"a new event needs {', '.join(missing)}")
        cid = self._calendar_for(data, may_create)
        if cid is None:
            raise SandboxError(422, "a new event needs calendar or calendar_id")
        event: dict[str, Any] = {"id": self._next_event, "calendar_id": cid, "external_id": None,
                                 "title": "", "location": "", "content": "", "time_zone": None,
                                 "all_day": False, "show_as": None, "is_deleted": False,
                                 "custom_data": {}, "participants": []}
        self._patch(event, data, new=True)
        self._next_event += 1
        self.events[event["id"]] = event
        return event

    def _update(self, event: dict, data: dict, may_create: bool = True) -> dict:
        trial = copy.deepcopy(event)
        self._calendar_for(data, may_create)      # validated (and a named calendar provisioned), never moved
        self._patch(trial, data, new=False)
        self._replaced.setdefault(event["id"], event)
        self.events[event["id"]] = trial
        return trial

    def _patch(self, event: dict, data: dict, new: bool) -> None:
        for key in EVENT_TEXT_KEYS:
            if key in data:
                if data[key] is not None and not isinstance(data[key], str):
                    raise SandboxError(400, f"{key} must be text")
                event[key] = data[key]
        if "external_id" in data and data["external_id"] is not None:
            other = self.find(external_id=data["external_id"])
            if other is not None and other["id"] != event["id"]:
                raise SandboxError(422, f"external_id {data['external_id']!r} belongs to event {other['id']}")
            event["external_id"] = str(data["external_id"])
            self._by_external[event["external_id"]] = event["id"]
        if "all_day" in data:
            if not isinstance(data["all_day"], bool):
                raise SandboxError(400, "all_day must be true or false")
            event["all_day"] = data["all_day"]
        if "show_as" in data:
            if data["show_as"] is not None and data["show_as"] not in (0, 1, 2, 3, 4):
                raise SandboxError(400, "show_as must be null or 0-4")
            event["show_as"] = data["show_as"]
        if new or not self.ignore_time_updates:
            for key in ("start_time", "end_time"):
                if key in data:
                    event["_" + key.split("_")[0]] = parse_time(data[key], key)
        if event["_end"] < event["_start"]:
            raise SandboxError(422, "end_time is before start_time")
        if "custom_data" in data:
            if not isinstance(data["custom_data"], dict):
                raise SandboxError(400, "custom_data must be an object")
            event["custom_data"] = copy.deepcopy(data["custom_data"])      # replaced whole
        if "participants" in data:
            event["participants"] = self._participants(event["participants"], data["participants"])

    def _participants(self, old: list[dict], given: Any) -> list[dict]:
        """Replace the list whole, except that messaged participants are never removed."""
        if not isinstance(given, list) or not all(isinstance(p, dict) for p in given):
            raise SandboxError(400, "participants must be a list of objects")
        result = []
        unused = list(old)
        for p in given:
            if not any(p.get(k) for k in PARTICIPANT_KEYS):
                raise SandboxError(422, "a participant needs a name, email, phone or contact")
            same = next((o for o in unused if _same_person(o, p)), None)
            person = {"id": same["id"] if same else self._new_participant_id(),
                      "state": same["state"] if same else UNMESSAGED}
            for key in PARTICIPANT_KEYS:
                if p.get(key) is not None:
                    person[key] = p[key]
            if person.get("phone"):
                person["normalized_phone"] = normalize_phone(str(person["phone"]))
            if same:
                unused.remove(same)
            result.append(person)
        result.extend(o for o in unused if o["state"] != UNMESSAGED)      # kept: already messaged
        return result

    def _new_participant_id(self) -> int:
        self._next_participant += 1
        return self._next_participant - 1

    def seed(self, events: list[dict]) -> list[dict]:
        """Load events that already exist (keeping a given `id`), e.g. for a sample schedule's update rows."""
        with self.lock:
            out = []
            for data in events:
                event = self._create({k: v for k, v in data.items() if k != "id"})
                if isinstance(data.get("id"), int) and data["id"] not in self.events:
                    del self.events[event["id"]]
                    event["id"] = data["id"]
                    self.events[event["id"]] = event
                    if event["external_id"] is not None:
                        self._by_external[event["external_id"]] = event["id"]
                    self._next_event = max(self._next_event, event["id"] + 1)
                out.append(self.render(event))
            return out

    def delete(self, id: int | None = None, external_id: str | None = None) -> dict:
        with self.lock:
            event = self.find(id, external_id)
            if event is None:
                raise SandboxError(404, "no such event")
            event["is_deleted"] = True
            return self.render(event)

    def mark_messaged(self, event_id: int, state: str = "reminded", who: str | None = None) -> list[int]:
        """Put participants of an event in a messaged state (all, or those whose name/email/phone is `who`)."""
        with self.lock:
            event = self.events[event_id]
            touched = []
            for p in event["participants"]:
                if who is None or who in (p.get("name"), p.get("email"), p.get("phone")):
                    p["state"] = state
                    touched.append(p["id"])
            return touched

    # -- answers -----------------------------------------------------------------------------------
    def render(self, event: dict) -> dict:
        """The event as Apptoto answers it: times in the account's offset, calendar name, participants."""
        zone = ZoneInfo(self.account_zone)
        out = {k: copy.deepcopy(v) for k, v in event.items() if not k.startswith("_")}
        if self.calendar_names:
            out["calendar"] = self.calendars.get(event["calendar_id"], "")
        out["start_time"] = event["_start"].astimezone(zone).isoformat()
        out["end_time"] = event["_end"].astimezone(zone).isoformat()
        if not self.echo_external_id:
            out.pop("external_id", None)
        if not self.echo_time_zone:
            out.pop("time_zone", None)
        return out


def _same_person(old: dict, new: dict) -> bool:
    for key in ("contact_id", "contact_external_id"):
        if new.get(key) is not None and old.get(key) == new.get(key):
            return True
    if new.get("email") and str(old.get("email") or "").lower() == str(new["email"]).lower():
        return True
    if new.get("phone") and old.get("phone") and \
            normalize_phone(str(old["phone"])) == normalize_phone(str(new["phone"])):
        return True
    return not new.get("email") and not new.get("phone") and bool(new.get("name")) and \
        old.get("name") == new.get("name")
