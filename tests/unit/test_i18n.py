"""Messages of the core in another language: English exactly when no translator is installed (the command line),
the translation with its placeholders filled when one is, plural forms by count, a bad translation never shown."""

from __future__ import annotations

import datetime as dt

import pytest

from gui.core import i18n, words
from gui.core.problems import Problem, more_problems
from gui.core.vocab import compare_tally

SPANISH = {
    ("problems", "row {row}"): "fila {row}",
    ("problems", 'row {row}, column {letter} "{column}"'): 'fila {row}, columna {letter} "{column}"',
    ("problems", "error"): "error",
    ("problems", "broken {row}"): "roto {fila}",                      # a placeholder the source does not have
    ("weekday", "Mon"): "lun",
    ("month", "Dec"): "dic",
    ("words", "{weekday} {day} {month} {year}"): "{weekday} {day} {month} {year}",
}
PLURALS = {("vocab", "{count} conflicts"): ("{count} conflicto", "{count} conflictos"),
           ("problems", "… and {count} more problems"): ("… y {count} problema más", "… y {count} problemas más")}


def spanish(context: str, text: str, n: int) -> str:
    if n >= 0 and (context, text) in PLURALS:
        return PLURALS[context, text][0 if n == 1 else 1]
    return SPANISH.get((context, text), text)


@pytest.fixture
def in_spanish():
    i18n.install(spanish)
    yield
    i18n.install(None)


def test_without_a_translator_the_messages_are_english():
    assert not i18n.installed()
    assert i18n.tr("problems", "row {row}", row=3) == "row 3"
    assert i18n.tr("x", "{braces} stay when nothing is filled") == "{braces} stay when nothing is filled"
    assert i18n.trn("vocab", "{count} conflict", "{count} conflicts", 1) == "1 conflict"
    assert i18n.trn("vocab", "{count} conflict", "{count} conflicts", 1234) == "1,234 conflicts"
    assert more_problems(1) == "… and 1 more problem"
    assert words.when(dt.datetime(2026, 12, 7, 9, 5)) == "Mon 7 Dec 2026 09:05"


def test_a_translator_translates_and_fills_the_placeholders(in_spanish):
    assert i18n.installed()
    assert Problem(12, "Start", "error", "x", "C").where() == 'fila 12, columna C "Start"'
    assert i18n.trn("vocab", "{count} conflict", "{count} conflicts", 1) == "1 conflicto"
    assert compare_tally({"conflict": 2}) == "2 conflictos"
    assert more_problems(3) == "… y 3 problemas más"
    assert words.plain_date(dt.date(2026, 12, 7)) == "lun 7 dic 2026"


def test_a_translation_whose_placeholders_do_not_fit_is_not_used(in_spanish):
    assert i18n.tr("problems", "broken {row}", row=5) == "broken 5"


def test_a_message_not_in_the_catalogue_stays_english(in_spanish):
    assert i18n.tr("problems", 'row {row}, column "{column}"', row=2, column="End") == 'row 2, column "End"'
    assert i18n.trn("session", "{count} cell", "{count} cells", 1) == "1 cell"


def test_marked_texts_are_returned_as_they_are():
    assert i18n.tr_noop("fields", "Start") == "Start"
    assert i18n.trn_noop("vocab", "{count} new", "{count} new") == ("{count} new", "{count} new")
