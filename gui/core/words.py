"""Plain words for counts, numbers, dates and times in every message: one way everywhere (in the window's language:
Spanish dates read `lun 7 dic 2026`; the command line keeps the plain English ones, which read the same everywhere).

count() and verb() make English only: a message for the window says its counts with i18n.trn, whole sentences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from gui.core.i18n import installed, tr, tr_noop

DateFormat = Callable[[dt.date], str]
TimeFormat = Callable[[dt.datetime], str]


def number(n: int | float) -> str:
    """`1,234`: whole numbers with thousands separated; other numbers as short as they read."""
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    return f"{n:,}" if isinstance(n, int) else f"{n:,.2f}".rstrip("0").rstrip(".")


def count(n: int, one: str, many: str | None = None) -> str:
    """`1 update`, `2 updates`, `1,234 rows`; `many` when the plural is not `one` + s (`1 entry`, `2 entries`)."""
    return f"{number(n)} {one if n == 1 else (many or one + 's')}"


def verb(n: int, one: str, many: str) -> str:
    """The verb agreeing with a count: verb(1, 'was', 'were')."""
    return one if n == 1 else many


def listing(names: list[str], quote: bool = True) -> str:
    """`“A”`, `“A” and “B”`, `“A”, “B” and “C”`."""
    shown = [f"“{name}”" if quote else name for name in names]
    if len(shown) <= 1:
        return "".join(shown)
    return tr("words", "{items} and {last}", items=", ".join(shown[:-1]), last=shown[-1])


# ---- dates and times: one plain way (set_formats can replace it) -----------------------------------------------
_DAYS = (tr_noop("weekday", "Mon"), tr_noop("weekday", "Tue"), tr_noop("weekday", "Wed"), tr_noop("weekday", "Thu"),
         tr_noop("weekday", "Fri"), tr_noop("weekday", "Sat"), tr_noop("weekday", "Sun"))
_MONTHS = (tr_noop("month", "Jan"), tr_noop("month", "Feb"), tr_noop("month", "Mar"), tr_noop("month", "Apr"),
           tr_noop("month", "May"), tr_noop("month", "Jun"), tr_noop("month", "Jul"), tr_noop("month", "Aug"),
           tr_noop("month", "Sep"), tr_noop("month", "Oct"), tr_noop("month", "Nov"), tr_noop("month", "Dec"))


def plain_date(day: dt.date) -> str:
    """`Mon 7 Dec 2026`: a date no reader takes for another (07/12/26 reads two ways), in the app's English
    whatever the process's C locale says (in the window's language when it has one: `lun 7 dic 2026`)."""
    if installed():
        return tr("words", "{weekday} {day} {month} {year}", weekday=tr("weekday", _DAYS[day.weekday()]),
                  day=day.day, month=tr("month", _MONTHS[day.month - 1]), year=day.year)
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


_LONG_MONTHS = (tr_noop("month name", "January"), tr_noop("month name", "February"), tr_noop("month name", "March"),
                tr_noop("month name", "April"), tr_noop("month name", "May"), tr_noop("month name", "June"),
                tr_noop("month name", "July"), tr_noop("month name", "August"), tr_noop("month name", "September"),
                tr_noop("month name", "October"), tr_noop("month name", "November"), tr_noop("month name", "December"))


def long_date(day: dt.date) -> str:
    """`14 December 2026`, in the window's language when it has one (`14 de diciembre de 2026`)."""
    if installed():
        return tr("words", "{day} {month} {year}", day=day.day, month=tr("month name", _LONG_MONTHS[day.month - 1]),
                  year=day.year)
    return f"{day.day} {_LONG_MONTHS[day.month - 1]} {day.year}"


def day_month(day: dt.date, with_year: bool = False) -> str:
    """`12 Dec` (`12 Dec 2026` with the year), in the window's language when it has one."""
    month = tr("month", _MONTHS[day.month - 1]) if installed() else _MONTHS[day.month - 1]
    return f"{day.day} {month} {day.year}" if with_year else f"{day.day} {month}"


def plain_time(moment: dt.datetime) -> str:
    """`14:30`."""
    return f"{moment:%H:%M}"


_date_format: DateFormat = plain_date
_time_format: TimeFormat = plain_time


def set_formats(date: DateFormat | None = None, time: TimeFormat | None = None) -> None:
    """Replace how dates and times are written (the window: with QLocale's); None restores the plain ones."""
    global _date_format, _time_format
    _date_format = date or plain_date
    _time_format = time or plain_time


def date(day: dt.date) -> str:
    """A date in the user's words."""
    return _date_format(day)


def time_of_day(moment: dt.datetime) -> str:
    """A time of day in the user's words."""
    return _time_format(moment)


def when(moment: dt.datetime | str | None, local: bool = False, offset: bool = False) -> str:
    """A date and time in the user's words: `Mon 7 Dec 2026 09:30`. An ISO text is read first (unreadable text is
    returned as it is). `local`: in this computer's zone (journal stamps); else in the moment's own offset,
    which `offset` adds as `(UTC-05:00)`."""
    if isinstance(moment, str):
        try:
            moment = dt.datetime.fromisoformat(moment.replace("Z", "+00:00"))
        except ValueError:
            return moment
    if moment is None:
        return "?"
    if local:
        moment = moment.astimezone() if moment.tzinfo else moment.replace(tzinfo=dt.UTC).astimezone()
    text = f"{date(moment.date())} {time_of_day(moment)}"
    if offset and moment.utcoffset() is not None:
        text += f" ({utc_offset(moment)})"
    return text


def utc_offset(moment: dt.datetime) -> str:
    """`UTC-05:00` (`UTC` for no offset)."""
    delta = moment.utcoffset() or dt.timedelta(0)
    if not delta:
        return "UTC"
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"

