"""The order of a file's text dates (03/12/2026: 12 March or 3 December?), decided per file from its own dates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from gui.core import words
from gui.core.i18n import tr, tr_noop

GIVEN, SAVED, FILE, ASSUMED, DEFAULT = "given", "saved", "file", "assumed", "default"
DATE_FIELDS = ("date", "end_date", "start_time", "end_time")
_LEADING_DATE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?!\d)")
WORDS = {"MDY": tr_noop("dateorder", "month first"), "DMY": tr_noop("dateorder", "day first"),
         "YMD": tr_noop("dateorder", "year first")}                     # tr("dateorder", ...) where shown


@dataclass(frozen=True)
class DateOrder:
    """The date order a file is read with, where it came from, and the warning to give (if any)."""

    order: str = "MDY"
    source: str = DEFAULT         # GIVEN (--date-order), SAVED (with the file's mapping), FILE, ASSUMED, DEFAULT
    warning: str = ""

    def words(self) -> str:
        """'day first (from the file's dates)': the order in use, for the window."""
        why = {GIVEN: tr_noop("dateorder", "as the command line says"),
               SAVED: tr_noop("dateorder", "as chosen for these files"),
               FILE: tr_noop("dateorder", "from the file's dates"),
               ASSUMED: tr_noop("dateorder", "every date reads both ways"),
               DEFAULT: tr_noop("dateorder", "the file has no dates written as text")}[self.source]
        return tr("dateorder", "{order} ({why})", order=tr("dateorder", WORDS.get(self.order, self.order)),
                  why=tr("dateorder", why))


def detect(headers: Sequence[str], names: Sequence[str | None], cells: Callable[[int], Sequence[object]]
           ) -> DateOrder:
    """The order the text dates of the date, start and end columns show: a first number above 12 means day
    first, a second above 12 month first (the first such date decides). When every date reads both ways,
    month first, with a warning naming the column and both readings of one date."""
    example: tuple[str, str] | None = None            # (text, header) of a date that reads two ways
    for column, name in enumerate(names):
        if name not in DATE_FIELDS:
            continue
        for value in cells(column):
            if value.__class__ is not str:
                continue
            m = _LEADING_DATE.match(value)
            if m is None:
                continue
            first, second = int(m.group(1)), int(m.group(2))
            if first > 12 and second <= 12:
                return DateOrder("DMY", FILE)
            if second > 12 and first <= 12:
                return DateOrder("MDY", FILE)
            if example is None and first != second and first and second:
                example = (m.group(0).strip(), headers[column])
    if example is None:
        return DateOrder("MDY", DEFAULT)
    return DateOrder("MDY", ASSUMED, _both_ways(*example))


def _both_ways(text: str, header: str) -> str:
    first, second, year = (int(p) for p in re.split(r"[/.\-]", text))
    year += 2000 if year < 100 else 0
    try:
        month_first = dt.date(year, first, second)
        day_first = dt.date(year, second, first)
    except ValueError:
        return tr("dateorder", 'Dates in column "{column}" can be read month first or day first; they are read month '
                  'first.', column=header)
    return tr("dateorder", 'Every date in column "{column}" reads two ways ("{text}" is {month_first} month first, or '
              '{day_first} day first): they are read month first. If that is wrong, choose the order in Columns… (or '
              '--date-order DMY).', column=header, text=text, month_first=words.long_date(month_first),
              day_first=words.long_date(day_first))
