"""Clipboard text as Excel writes and reads it."""

from gui.core.tsv import format_rows, parse, quote


def test_plain_cells_and_rows():
    assert parse("a\tb\r\nc\td\r\n") == [["a", "b"], ["c", "d"]]
    assert parse("a\tb\nc\td") == [["a", "b"], ["c", "d"]]
    assert parse("one") == [["one"]]
    assert parse("") == []


def test_empty_cells_are_kept():
    assert parse("\t\tx\r\n\t\t\r\n") == [["", "", "x"], ["", "", ""]]
    assert parse("\r\n") == [[""]]


def test_quoted_cells_hold_tabs_line_breaks_and_quotes():
    assert parse('"line 1\nline 2"\tb\r\n') == [["line 1\nline 2", "b"]]
    assert parse('"say ""hi"""\t"a\tb"\r\n') == [['say "hi"', "a\tb"]]


def test_a_quote_inside_an_unquoted_cell_is_text():
    assert parse('5" screen\tx') == [['5" screen', "x"]]
    assert parse('"unclosed\tx') == [['"unclosed', "x"]]


def test_format_quotes_only_what_needs_it_and_round_trips():
    assert quote("plain") == "plain"
    assert quote('a"b') == '"a""b"'
    rows = [["a", "two\nlines", 'q"t'], ["", "tab\there", "end"]]
    text = format_rows(rows)
    assert text == 'a\t"two\nlines"\t"q""t"\r\n\t"tab\there"\tend\r\n'
    assert parse(text) == rows
