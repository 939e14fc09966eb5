"""Find the header row: the first row where at least two cells name known columns (or, failing that, a row of
labels above a row of values such as e-mails, phones, dates or times)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from gui.core import fields
from gui.sheets.normalise import header_text

SEARCH_ROWS = 50          # how far down the header is looked for


def recognised(text: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether a header names a known column (a field, a results column, or one named in a mapping)."""
    if not text:
        return False
    return text in known or bool(fields.candidates(text)) or text in _RESULT_NAMES


_RESULT_NAMES = frozenset((*fields.RESULT_COLUMNS, *fields.LEGACY_RESULT_COLUMNS))    # by exact name only


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
    header whose cells are all text and at least two; failing that, the first row of at least two labels (text
    that is no e-mail, phone, date or time) right above a row holding such values (an export whose headers are
    all unknown: its columns are then matched by their values).
    """
    known_set = frozenset(header_text(k) for k in known)
    fallback = labels = None
    previous: Sequence[object] | None = None
    for index, row in enumerate(rows):
        if index >= SEARCH_ROWS:
            break
        hits, texts = score(row, known_set)
        if hits >= 2:
            return index
        filled = sum(1 for v in row if v not in ("", None))
        if hits == 1 and fallback is None and texts == filled >= 2:
            fallback = index
        if labels is None and previous is not None and _labels_above_values(previous, row):
            labels = index - 1
        previous = row
    return fallback if fallback is not None else labels


def _labels_above_values(head: Sequence[object], row: Sequence[object]) -> bool:
    from gui.sheets.guess import kind_of  # only for a file whose headers no name matches

    filled = [v for v in head if v not in ("", None)]
    if len(filled) < 2 or not all(isinstance(v, str) and kind_of(v) is None for v in filled):
        return False
    return any(v not in ("", None) and kind_of(v) is not None for v in row)
