"""An account's calendars as this app knows them (names and ids learned from Apptoto's answers and from what was
sent), which calendars a send may create, and the words for a calendar Apptoto refused or created unasked."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from gui.core import words
from gui.core.calendar_names import Allowed, fold, may_create

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
    how = f"send again with --create-calendars=\"{name}\"" if command_line else "allow creating it"
    return (f"Calendar “{name}” does not exist in this Apptoto account; it was not created. Check the spelling, or "
            f"{how}.")


def maybe_refused(name: str) -> str:
    """Added to a rejected row's message when its calendar is not one known in the account (Apptoto did not say)."""
    return (f"Its calendar “{name}” is not known in this account: if Apptoto does not have it, that may be why "
            "(it was not created).")


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
    return (f"Apptoto put it in calendar #{cid}, which this app has never seen in this account: it seems to have "
            f"created the calendar “{name}” although it was asked not to. Check the spelling in Apptoto")


def run_notes(refused_rows: Mapping[str, int], unasked: Mapping[int, str],
              first_seen: Mapping[int, str] | None = None) -> list[str]:
    """The run's sentences about calendars: rows refused per calendar, calendars Apptoto created unasked, and the
    calendars met for the first time when nothing was known of the account's calendars before."""
    notes = [f"{words.count(rows, 'row')} not sent: calendar “{name}” does not exist in this Apptoto account "
             "(nothing was created)." for name, rows in sorted(refused_rows.items(), key=lambda kv: fold(kv[0]))]
    if unasked:
        names = sorted(set(unasked.values()), key=fold)
        notes.append(f"Apptoto seems to have created {words.count(len(names), 'calendar')} although asked not to: "
                     f"{words.listing(names)}. Check {'it' if len(names) == 1 else 'them'} in Apptoto.")
    if first_seen:
        names = sorted(set(first_seen.values()), key=fold)
        many = len(names) != 1
        notes.append(f"First send to this account from this computer: {words.listing(names)} "
                     f"{'are' if many else 'is'} now remembered as {'calendars' if many else 'a calendar'} of the "
                     "account. Apptoto was asked not to create calendars; if one of these names is misspelt, check "
                     "it in Apptoto.")
    return notes
