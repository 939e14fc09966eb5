"""Suggest a field for a column no header name matches, by its values: phones, e-mails, dates, times, durations."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from gui.core import convert as cv
from gui.core.i18n import tr, tr_noop

SAMPLE = 200            # values looked at per column (the first non-blank ones): guessing stays cheap
ENOUGH = 0.95           # the share of sampled values that must look alike
LEAST = 2               # and at least this many values

PHONE, EMAIL, DATE, TIME, DATETIME, DURATION = "phone", "email", "date", "time", "datetime", "duration"
WORDS = {PHONE: tr_noop("guess", "phone numbers"), EMAIL: tr_noop("guess", "e-mail addresses"),
         DATE: tr_noop("guess", "dates"), TIME: tr_noop("guess", "times of day"),
         DATETIME: tr_noop("guess", "dates with times"), DURATION: tr_noop("guess", "durations")}
TARGETS = {PHONE: ("participant_phone",), EMAIL: ("participant_email",), DATE: ("date",),
           TIME: ("start_time", "end_time"), DATETIME: ("start_time", "end_time"), DURATION: ("duration_minutes",)}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{7,24}$")
_DURATION = re.compile(r"^\d+(?:[.,]\d+)?\s*(?:h|hr|hrs|hour|hours|m|min|mins|minute|minutes)\b.*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Guess:
    """What the values of one column suggest: the field (None when it cannot be told) and why, in words."""

    column: int
    field: str | None
    note: str


def kind_of(value: object) -> str | None:
    """What one cell looks like (PHONE, EMAIL, DATE, TIME, DATETIME, DURATION), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return DATE if value.time() == dt.time(0) else DATETIME
    if isinstance(value, dt.date):
        return DATE
    if isinstance(value, dt.time):
        return TIME
    if isinstance(value, int):
        return PHONE if 10 <= len(str(abs(value))) <= 15 else None      # a phone number stored as a number
    if not isinstance(value, str):
        return None
    text = value.strip()
    if "@" in text:
        return EMAIL if _EMAIL.match(text) else None
    if _DURATION.match(text):
        try:
            cv.to_minutes(text)
        except cv.CellProblem:
            return None
        return DURATION
    if cv.parse_time_text(text) is not None:
        return TIME
    if _PHONE.match(text) and 7 <= sum(c.isdigit() for c in text) <= 15 and not _looks_like_date(text):
        return PHONE
    try:
        moment = cv.parse_datetime_text(text, "MDY")
    except cv.CellProblem:
        try:
            moment = cv.parse_datetime_text(text, "DMY")
        except cv.CellProblem:
            return None
    if isinstance(moment, dt.datetime):
        return DATETIME
    return DATE if isinstance(moment, dt.date) else None


def _looks_like_date(text: str) -> bool:
    return cv.parse_date_text(text, "MDY") is not None or cv.parse_date_text(text, "DMY") is not None


def column_kind(cells: Sequence[object]) -> str | None:
    """The kind nearly every sampled value of a column has, or None."""
    counts: dict[str | None, int] = {}
    seen = 0
    for value in cells:
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        kind = kind_of(value)
        counts[kind] = counts.get(kind, 0) + 1
        seen += 1
        if seen >= SAMPLE:
            break
    if seen < LEAST:
        return None
    kind, count = max(counts.items(), key=lambda item: item[1])
    if kind is None or count < ENOUGH * seen:
        return None
    if kind == DATETIME and counts.get(DATE):      # a few midnights among date-times are still date-times
        return DATETIME
    return kind


def guess(headers: Sequence[str], fields: Sequence[str | None], unknown: Sequence[int],
          cells: Sequence[Sequence[object]]) -> list[Guess]:
    """Suggestions for the `unknown` columns (headers no name matches) from their values: a field that no column
    feeds yet, only when one column can be meant. Two columns of start-like values become start and end when
    the second is never before the first; otherwise they (and any other tie) get a note, never a guess."""
    taken = {name for name in fields if name}
    by_kind: dict[str, list[int]] = {}
    for column in unknown:
        kind = column_kind(cells[column])
        if kind is not None:
            by_kind.setdefault(kind, []).append(column)
    found: list[Guess] = []
    for kind, columns in by_kind.items():
        free = [name for name in TARGETS[kind] if name not in taken]
        if not free:
            continue
        words = tr("guess", WORDS[kind])
        if len(columns) == 1:
            found.append(Guess(columns[0], free[0], tr("guess", '"{column}" holds {what}', column=headers[columns[0]],
                                                       what=words)))
            taken.add(free[0])
        elif len(columns) == 2 and len(free) == 2 and _ordered(cells[columns[0]], cells[columns[1]]):
            first, second = columns
            found.append(Guess(first, free[0], tr("guess", '"{column}" holds {what} (the earlier ones)',
                                                  column=headers[first], what=words)))
            found.append(Guess(second, free[1], tr("guess", '"{column}" holds {what} (the later ones)',
                                                   column=headers[second], what=words)))
            taken.update(free)
        else:
            listed = f'"{headers[columns[0]]}"'
            for c in columns[1:]:
                listed = tr("guess", '{columns} and "{column}"', columns=listed, column=headers[c])
            found += [Guess(c, None, tr("guess", "{columns} all hold {what}", columns=listed, what=words))
                      for c in columns]
    return sorted(found, key=lambda g: g.column)


def _ordered(first: Sequence[object], second: Sequence[object]) -> bool:
    """Whether, on every sampled row holding both, the second column's value is not before the first's."""
    pairs = 0
    for a, b in zip(first, second, strict=False):
        if a is None or b is None:
            continue
        try:
            a_value, b_value = _comparable(a), _comparable(b)
            if a_value is None or b_value is None or b_value < a_value:
                return False
        except TypeError:
            return False
        pairs += 1
        if pairs >= SAMPLE:
            break
    return pairs >= LEAST


def _comparable(value: object) -> object:
    if isinstance(value, dt.datetime | dt.time):
        return value
    if isinstance(value, str):
        try:
            return cv.parse_datetime_text(value, "MDY")
        except cv.CellProblem:
            return None
    return None
