"""Find the header row: the first row where at least two cells name known columns."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from gui.core import fields
from gui.sheets.normalise import header_text

SEARCH_ROWS = 50          # how far down the header is looked for


def recognised(text: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether a header names a known column (a field, a results column, or one named in a mapping)."""
    if not text:
        return False
    return (text in known or bool(fields.candidates(text))
            or fields.normalise(text) in _RESULT_KEYS)


_RESULT_KEYS = frozenset(fields.normalise(c) for c in fields.RESULT_COLUMNS)


def score(row: Sequence[object], known: frozenset[str] = frozenset()) -> tuple[int, int]:
    """(recognised headers, non-blank text cells) of a raw row."""
    hits = texts = 0
    for value in row:
        if isinstance(value, str) and value.strip():
            texts += 1
            hits += recognised(header_text(value), known)
    return hits, texts


def find_header(rows: Iterable[Sequence[object]], known: Iterable[str] = ()) -> int | None:
    """0-based index (within `rows`) of the header row, or None when no row looks like one.

    The first row with >= 2 recognised headers wins; failing that, the first row with one recognised
    header whose cells are all text and at least two.
    """
    known_set = frozenset(header_text(k) for k in known)
    fallback = None
    for index, row in enumerate(rows):
        if index >= SEARCH_ROWS:
            break
        hits, texts = score(row, known_set)
        if hits >= 2:
            return index
        filled = sum(1 for v in row if v not in ("", None))
        if hits == 1 and fallback is None and texts == filled >= 2:
            fallback = index
    return fallback
