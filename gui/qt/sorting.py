"""Sort keys that order mixed cell values the way staff expect: numbers, dates, times, text; blanks last."""

from __future__ import annotations

import datetime as dt


def sort_key(value: object) -> tuple:
    """A key comparable across every value a cell may hold (None and '' sort after everything)."""
    if value is None or value == "":
        return (9, 0)
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, int | float):
        return (0, value)
    if isinstance(value, dt.datetime):
        return (1, value.replace(tzinfo=None))
    if isinstance(value, dt.date):
        return (1, dt.datetime.combine(value, dt.time()))
    if isinstance(value, dt.time):
        return (2, value.replace(tzinfo=None))
    if isinstance(value, tuple):
        return (3, tuple(sort_key(v) for v in value))
    return (4, str(value).casefold())
