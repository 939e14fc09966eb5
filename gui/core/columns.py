"""Converting whole columns of cells at once (memoised per value), for the fast path of building rows."""

from __future__ import annotations

import datetime as dt
from functools import partial
from operator import itemgetter

from gui.core import convert as cv
from gui.core import fields as F
from gui.core.i18n import tr
from gui.core.table import CellError

CONVERTERS = {F.TEXT: cv.to_text, F.INT: cv.to_int, F.BOOL: cv.to_bool, F.SHOW_AS: cv.to_show_as,
           F.EMAIL: cv.to_email, F.PHONE: cv.to_phone, F.MINUTES: cv.to_minutes, F.CUSTOM: None}


class Bad:
    """A cell that could not be converted (kept in the converted column in place of a value)."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


def column_cells(rows: list[list], column: int) -> list:
    """One column of many rows (None where a row is too short)."""
    try:
        return list(map(itemgetter(column), rows))
    except IndexError:
        return [values[column] if column < len(values) else None for values in rows]


def convert_column(cells: list, f: F.Field, normalised: bool = False, memo: dict | None = None,
                    seen_bad: list[bool] | None = None, phone_region: str = "") -> tuple[list, bool]:
    """Convert one column of many rows at once: None for blank, the value, or Bad. Memoised per value.

    Also says whether a cell may be Bad (so rows without one can take the fast path). `normalised`: the cells
    are as the reader leaves them (text stripped, blank text None), so text needs no stripping here. `memo`
    and `seen_bad` (one flag) carry over from the previous block of rows of the same column."""
    convert = CONVERTERS[f.kind] or custom_value
    if f.kind == F.PHONE and phone_region:
        convert = partial(cv.to_phone, region=phone_region)
    memo = {} if memo is None else memo
    seen_bad = [False] if seen_bad is None else seen_bad

    def first(value: object) -> object:          # a non-blank value not seen before
        if value.__class__ is CellError:
            found: object = Bad(tr("cells", "the cell holds {value} ({why})", value=value, why=tr("cells", value.why)))
        else:
            try:
                found = convert(value)
            except cv.CellProblem as exc:
                found = Bad(tr("cells", "{label} {problem}", label=F.shown_label(f), problem=exc))
        if found.__class__ is Bad:
            seen_bad[0] = True
        memo[value] = found
        return found

    if f.kind == F.TEXT and normalised:
        result = [v if v is None or v.__class__ is str else memo[v] if v in memo else first(v) for v in cells]
    elif f.kind == F.TEXT:
        result = [(v.strip() or None) if v.__class__ is str else None if v is None
                  else memo[v] if v in memo else first(v) for v in cells]
    elif normalised and f.kind == F.CUSTOM:     # numbers are kept as they are (the reader made none infinite)
        result = [None if v is None else v if v.__class__ is int or v.__class__ is float
                  else memo[v] if v in memo else first(v) for v in cells]
    elif normalised and f.kind == F.INT:        # whole numbers in range are kept as they are: no memo
        top = cv.MAX_ID
        result = [None if v is None else v if v.__class__ is int and -top <= v <= top
                  else memo[v] if v in memo else first(v) for v in cells]
    elif normalised and f.kind == F.EMAIL:      # a plain address is kept as it is: no memo
        plain = cv.PLAIN_EMAIL
        result = [None if v is None else v if v.__class__ is str and plain(v) else memo[v] if v in memo else first(v)
                  for v in cells]
    elif normalised and f.kind == F.PHONE:      # a plain phone (text or number) is kept as it is: no memo
        plain, numbers = cv.PLAIN_PHONE, cv.PHONE_NUMBERS
        result = [None if v is None else v if v.__class__ is str and plain(v) else str(v)
                  if v.__class__ is int and v in numbers else memo[v] if v in memo else first(v) for v in cells]
    elif normalised:
        result = [None if v is None else memo[v] if v in memo else first(v) for v in cells]
    else:
        result = [None if v is None
                  else ((memo[t] if t in memo else first(t)) if (t := v.strip()) else None) if v.__class__ is str
                  else memo[v] if v in memo else first(v) for v in cells]
    return result, seen_bad[0]


def bad_rows(columns: list[tuple[list, bool]]) -> set[int]:
    """Rows holding a Bad value in any of these converted columns."""
    rows: set[int] = set()
    for converted, bad in columns:
        if bad:
            rows.update(r for r, value in enumerate(converted) if value.__class__ is Bad)
    return rows


def custom_value(value: object) -> object:
    """A custom_data value: dates and times as ISO text, numbers and yes/no as they are."""
    if value.__class__ is str:
        return value.strip()
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bool | int | float):
        return value
    return cv.to_text(value)
