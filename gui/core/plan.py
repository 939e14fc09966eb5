"""What a row is made of: read options, the column plan of a sheet, a built row, and its problem collector."""

from __future__ import annotations

from dataclasses import dataclass, field

from gui.core import fields as F
from gui.core.problems import ERROR, Problem


@dataclass(frozen=True, slots=True)
class Options:
    """How cells are read: the zone for times without one, the order of text dates, the default calendar, the
    appointment statuses that make a row a cancellation."""

    default_time_zone: str = "UTC"
    date_order: str = "MDY"
    default_calendar: str = ""
    phone_region: str = ""          # country of phone numbers without +country ("" = any: 7 to 15 digits)
    cancelled: frozenset[str] = F.status_words(F.CANCELLED_STATUSES)     # folded (F.fold_status)

    def cancels(self, status: object) -> bool:
        """Whether an appointment status cell makes its row a cancellation (case and spaces ignored)."""
        return status is not None and F.fold_status(status) in self.cancelled


@dataclass(slots=True)
class Plan:
    """Which column feeds which field, worked out once per sheet."""

    headers: list[str]
    letters: list[str]
    simple: list[tuple[int, F.Field]] = field(default_factory=list)        # plain event fields
    participants: dict[int, list[tuple[int, F.Field]]] = field(default_factory=dict)
    custom: list[tuple[int, F.Field]] = field(default_factory=list)
    col: dict[str, int] = field(default_factory=dict)                     # canonical name -> column
    # participant index -> its first-name and last-name columns (in that order), joined into the name sent when
    # no column gives the whole name
    names: dict[int, list[tuple[int, F.Field]]] = field(default_factory=dict)

    @classmethod
    def from_fields(cls, headers: list[str], letters: list[str], names: list[str | None]) -> Plan:
        plan = cls(list(headers), list(letters))
        for index, name in enumerate(names):
            f = F.field(name) if name else None
            if f is None:
                continue
            plan.col[f.name] = index
            if f.scope == F.PARTICIPANT and f.key in F.NAME_PARTS:
                plan.names.setdefault(f.participant, []).append((index, f))
            elif f.scope == F.PARTICIPANT:
                plan.participants.setdefault(f.participant, []).append((index, f))
            elif f.scope == F.CUSTOM:
                plan.custom.append((index, f))
            elif f.key is not None and f.name not in ("start_time", "end_time", "time_zone"):
                plan.simple.append((index, f))      # SHEET fields (date, duration, status...) are never sent
        for index, parts in list(plan.names.items()):
            if any(f.key == "name" for _, f in plan.participants.get(index, ())):
                del plan.names[index]               # a whole name wins over its parts
            else:
                parts.sort(key=lambda part: F.NAME_PARTS.index(part[1].key))
                plan.participants.setdefault(index, [])
        return plan

    def header(self, name: str) -> str:
        return self.headers[self.col[name]] if name in self.col else ""

    def letter(self, name: str) -> str:
        return self.letters[self.col[name]] if name in self.col else ""


@dataclass(slots=True)
class Built:
    event: dict
    problems: list[Problem]
    kind: str
    defaulted: tuple[str, ...] = ()
    zoneless: bool = False      # a time written without a zone, in a row without a time_zone cell


class Collector:
    __slots__ = ("plan", "number", "problems", "failed")

    def __init__(self, plan: Plan, number: int) -> None:
        self.plan, self.number, self.problems = plan, number, []
        self.failed: set[str] = set()      # fields already reported as unreadable: not also "empty"

    def add(self, name: str, severity: str, message: str, column: int | None = None) -> None:
        if severity == ERROR:
            self.failed.add(name)
        if column is None:
            header, letter = self.plan.header(name), self.plan.letter(name)
        else:
            header, letter = self.plan.headers[column], self.plan.letters[column]
        self.problems.append(Problem(self.number, header, severity, message, letter))


def get_cell(values: list, index: int | None) -> object:
    if index is None or index >= len(values):
        return None
    value = values[index]
    if value is None or (value.__class__ is str and not value.strip()):
        return None
    return value


