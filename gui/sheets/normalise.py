"""Normalise raw cell values column by column (fast paths for one-type columns, one loop otherwise)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from gui.core.i18n import tr_noop
from gui.core.table import CellError

ERROR_TEXTS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
                         "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
                         "Err:502", "Err:504", "Err:508", "Err:511", "Err:522", "Err:523"})

_str, _float, _timedelta, _time = str, float, dt.timedelta, dt.time
_CONVERTED = frozenset({_str, _float, _timedelta})


def column(values: tuple | list) -> list:
    """Normalised copy of one column: '' and spaces -> None, whole floats -> int, durations -> time,
    text stripped of surrounding spaces, spreadsheet error texts -> CellError."""
    return column_and_kind(values)[0]


def column_and_kind(values: tuple | list) -> tuple[list, bool]:
    """column(), and whether every cell of the result is text (stripped, not empty) or None."""
    return _column(values, iter(values))


def _column(values: tuple | list, cells: Iterator) -> tuple[list, bool]:
    try:
        out = [s.strip() or None for s in cells]       # the common case, a column of text: one pass, no type scan
    except AttributeError:                              # some cell is not text
        pass
    else:
        if ERROR_TEXTS.isdisjoint(out):
            return out, True
        return [CellError(v) if v.__class__ is _str and v in ERROR_TEXTS else v for v in out], False
    kinds = set(map(type, values))
    if not kinds & _CONVERTED:
        return list(values), False                      # e.g. date-times only: nothing to change
    if kinds <= {_str, _float}:
        out = [(v.strip() or None) if v.__class__ is _str
               else int(v) if v.is_integer() else v if v - v == 0 else not_finite(v)
               for v in values]
    elif _timedelta not in kinds:
        out = [(v.strip() or None) if v.__class__ is _str
               else (int(v) if v.is_integer() else v if v - v == 0 else not_finite(v)) if v.__class__ is _float
               else v
               for v in values]
    else:
        out = [_other(v) for v in values]
    if _str in kinds and not ERROR_TEXTS.isdisjoint(out):
        out = [CellError(v) if v.__class__ is _str and v in ERROR_TEXTS else v for v in out]
    return out, False


def _other(value: object) -> object:
    if isinstance(value, _str):
        return value.strip() or None
    if isinstance(value, _float):
        return int(value) if value.is_integer() else value if value - value == 0 else not_finite(value)
    if isinstance(value, _timedelta):
        return duration(value)
    return value


NOT_FINITE = "#NUM!"


def not_finite(value: float) -> CellError:
    """A number cell holding infinity or NaN (a file can store them; no spreadsheet shows them)."""
    return CellError(NOT_FINITE, tr_noop("cells", "the file stores NaN (not a number) in it") if value != value
                     else tr_noop("cells", "the file stores an infinite number in it"))      # translated where shown


def duration(value: dt.timedelta) -> dt.time | str:
    """A duration cell ([h]:mm) as a time of day when under 24 hours, else as text like '30:00'."""
    seconds = round(value.total_seconds())
    if 0 <= seconds < 86400:
        return _time(seconds // 3600, seconds % 3600 // 60, seconds % 60)
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    text = f"{sign}{seconds // 3600}:{seconds % 3600 // 60:02d}"
    return text + (f":{seconds % 60:02d}" if seconds % 60 else "")


def header_text(value: object) -> str:
    """A header cell as text ('' for blank)."""
    if value is None:
        return ""
    if isinstance(value, _float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, _timedelta):
        return str(duration(value))
    return " ".join(str(value).split())
