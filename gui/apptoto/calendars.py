"""An account's calendars as this app knows them (names and ids learned from Apptoto's answers and from what was
sent), which calendars a send may create, and the words for a calendar Apptoto refused or created unasked."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from gui.core import words
from gui.core.calendar_names import Allowed, fold, may_create
from gui.core.i18n import tr, trn

__all__ = ["Allowed", "Calendars", "created_unasked", "fold", "maybe_refused", "may_create", "names_in",
           "parse_allowed", "refused", "run_notes"]


def parse_allowed(values: Iterable[str | bool] | None) -> Allowed:
    """`--create-calendars` as given (repeatable; without a value: any): False, True, or the names (comma-separated)."""
    if not values:
        return False
    names: set[str] = set()
    for value in values:
        if value is True:
            return True
        names.update(part.strip() for part in str(value).split(",") if part.strip())
    return frozenset(names) if names else True


@dataclass(slots=True)
class Calendars:
    """Calendars known in one account: names by id (where a name was learned) and every id seen."""

    names: dict[int, str] = field(default_factory=dict)
    ids: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.ids.update(self.names)

    def learn(self, cid: Any, name: Any = None) -> None:
        """An id seen in an answer, with the calendar's name when it is known."""
        if not isinstance(cid, int) or isinstance(cid, bool):
            return
        self.ids.add(cid)
        if isinstance(name, str) and name.strip():
            self.names[cid] = name.strip()

    def learn_answer(self, sent: Mapping[str, Any], got: Mapping[str, Any], created: bool = False) -> None:
        """What an answered event shows: its calendar id, with the name it carries, or (an event just created by
        calendar name, when the answer carries none: Apptoto's terser answers) the name it was sent with."""
        name = got.get("calendar")
        if not (isinstance(name, str) and name.strip()) and created:
            name = sent.get("calendar")
        self.learn(got.get("calendar_id"), name)

    def learn_events(self, events: Iterable[Any]) -> None:
        """Ids (and names where given) of listed or looked-up events."""
        for event in events:
            if isinstance(event, Mapping):
                self.learn(event.get("calendar_id"), event.get("calendar"))

    def knows_name(self, name: Any) -> bool:
        return fold(name) in {fold(n) for n in self.names.values()}

    def knows_id(self, cid: Any) -> bool:
        return cid in self.ids

    def name_list(self) -> list[str]:
        """The names known, sorted."""
        return sorted(set(self.names.values()), key=fold)


def refused(name: str, command_line: bool = False) -> str:
    """A row's message when Apptoto refused it because its calendar does not exist (and was not created)."""
    if command_line:
        return (f"Calendar “{name}” does not exist in this Apptoto account; it was not created. Check the spelling, "
                f"or send again with --create-calendars=\"{name}\".")
    return tr("calendars", "Calendar “{name}” does not exist in this Apptoto account; it was not created. Check the "
              "spelling, or allow creating it.", name=name)


def maybe_refused(name: str) -> str:
    """Added to a rejected row's message when its calendar is not one known in the account (Apptoto did not say)."""
    return tr("calendars", "Its calendar “{name}” is not known in this account: if Apptoto does not have it, that may "
              "be why (it was not created).", name=name)


def names_in(body: str, names: Iterable[str]) -> str | None:
    """The calendar among `names` that an error answer names (it must also say "calendar"); the longest such."""
    text = fold(body)
    if "calendar" not in text:
        return None
    found = [n for n in names if n and fold(n) and fold(n) in text]
    return max(found, key=len) if found else None


def created_unasked(name: str, cid: int) -> str:
    """A row's note when Apptoto answered with a calendar id never seen, for a name never seen: it seems to have
    created the calendar although asked not to."""
    return tr("calendars", "Apptoto put it in calendar #{id}, which this app has never seen in this account: it seems "
              "to have created the calendar “{name}” although it was asked not to. Check the spelling in Apptoto",
              id=cid, name=name)


def run_notes(refused_rows: Mapping[str, int], unasked: Mapping[int, str],
              first_seen: Mapping[int, str] | None = None) -> list[str]:
    """The run's sentences about calendars: rows refused per calendar, calendars Apptoto created unasked, and the
    calendars met for the first time when nothing was known of the account's calendars before."""
    notes = [trn("calendars", "{count} row not sent: calendar “{name}” does not exist in this Apptoto account (nothing "
                 "was created).", "{count} rows not sent: calendar “{name}” does not exist in this Apptoto account "
                 "(nothing was created).", rows, name=name)
             for name, rows in sorted(refused_rows.items(), key=lambda kv: fold(kv[0]))]
    if unasked:
        names = sorted(set(unasked.values()), key=fold)
        notes.append(trn("calendars", "Apptoto seems to have created {count} calendar although asked not to: {names}. "
                         "Check it in Apptoto.", "Apptoto seems to have created {count} calendars although asked not "
                         "to: {names}. Check them in Apptoto.", len(names), names=words.listing(names)))
    if first_seen:
        names = sorted(set(first_seen.values()), key=fold)
        notes.append(trn("calendars", "First send to this account from this computer: {names} is now remembered as a "
                         "calendar of the account. Apptoto was asked not to create calendars; if one of these names is "
                         "misspelt, check it in Apptoto.", "First send to this account from this computer: {names} are "
                         "now remembered as calendars of the account. Apptoto was asked not to create "
                         "calendars; if one "
                         "of these names is misspelt, check it in Apptoto.", len(names), names=words.listing(names)))
    return notes


class SendCalendars:
    """One send's calendars: which rows may create theirs (they go in requests of their own, without the flag),
    what the account is known to have, rows refused per calendar, calendars Apptoto seems to have created unasked.
    `items`: the send's items (key, event)."""

    def __init__(self, items: Iterable[Any], allowed: Allowed, known: Calendars) -> None:
        self.creating = {item.key for item in items if "calendar_id" not in item.event
                         and may_create(item.event.get("calendar"), allowed)}
        self.known = known
        self.refused_rows: dict[str, int] = {}
        self.unasked: dict[int, str] = {}
        self.first_contact = False              # no calendar of the account was known before the first PUT
        self.first_seen: dict[int, str] = {}    # then: calendars answered for names sent with the flag
        self.before_ids: set[int] = set()

    def prevents(self, key: Any) -> bool:
        """Whether the row's request carries "prevent_calendar_creation": true."""
        return key not in self.creating

    def checked(self, events: Iterable[Any]) -> None:
        """What the pre-send check saw (listed and looked-up events): then what is known before anything is sent."""
        self.known.learn_events(events)
        self.first_contact = not self.known.ids
        self.before_ids = set(self.known.ids)

    def answered(self, item: Any, got: Mapping[str, Any], created: bool) -> str:
        """Learn from an answered event; the row's note when Apptoto seems to have created its calendar although the
        request asked it not to: an answered calendar id never seen in the account, for a name never seen either,
        and higher than every calendar id seen there (a calendar made now gets the newest id: an inference, as
        Apptoto's ids look like a database's; an older calendar met for the first time is then not taken for a new
        one). When nothing was known of the account's calendars (the first send to it from this computer, no
        listing showing any), every calendar is new to the app: no row is told, the run names them once."""
        note = self._unasked(item, got)
        self.known.learn_answer(item.event, got, created)
        return note

    def _unasked(self, item: Any, got: Mapping[str, Any]) -> str:
        name, cid = item.event.get("calendar"), got.get("calendar_id")
        if item.key in self.creating or "calendar_id" in item.event or not isinstance(name, str) \
                or not name.strip() or not isinstance(cid, int):
            return ""
        if cid not in self.unasked and (self.known.knows_id(cid) or self.known.knows_name(name)
                                        or cid < max(self.before_ids, default=0)):
            return ""
        if self.first_contact:
            self.first_seen[cid] = name.strip()
            return ""
        self.unasked[cid] = name.strip()
        return created_unasked(name.strip(), cid)

    def named_in(self, batch: list[Any], body: str) -> str | None:
        """The calendar of the batch that a refusal of a request sent with the flag names, if any."""
        if not batch or not self.prevents(batch[0].key):
            return None
        return names_in(body, {i.event["calendar"] for i in batch if isinstance(i.event.get("calendar"), str)})

    def refusal(self, item: Any, reason: str, named: str | None) -> str:
        """The message of a row Apptoto rejected: for the calendar it named, or `reason` (with a hint when the
        row's calendar is not known in the account)."""
        if named is not None:
            self.refused_rows[named] = self.refused_rows.get(named, 0) + 1
            return refused(named)
        name = item.event.get("calendar")
        if self.prevents(item.key) and isinstance(name, str) and name.strip() and "calendar_id" not in item.event \
                and not self.known.knows_name(name):
            return f"{reason} {maybe_refused(name.strip())}"
        return reason

    def notes(self) -> list[str]:
        return run_notes(self.refused_rows, self.unasked, self.first_seen)
