"""CSV and text exports: encodings, delimiters, quoting, title lines and row numbers."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from gui.core.table import CellError, WorkbookError
from gui.sheets.csv_reader import decode, sniff_delimiter
from gui.sheets.reader import list_sheets, read_table

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

HEADERS = ["External ID", "Title", "Start", "End", "Client Name", "Phone", "Notes"]
ROWS = [
    (2, ["A-1001", "Checkup", "2025-03-03 09:00", "2025-03-03 09:30", "Ann Lee", "0044 20 7946 0000",
         'Says "hi"; bring card']),
    (3, ["A-1002", "Cleaning", "2025-03-03 10:15", "2025-03-03 11:00", "Renée Müller", "5550101", None]),
    (5, ["A-1003", "Filling", "04/03/2025 14:00", "04/03/2025 15:00", "Cé Ñúñez", "+1 555 0100", "café, 2€"]),
]


@pytest.mark.parametrize("name", ["csv_utf8_comma.csv", "csv_utf8bom_semicolon.csv", "csv_utf16_tab.txt",
                                  "csv_utf16le_nobom_comma.csv", "csv_cp1252_semicolon.csv",
                                  "csv_sep_hint.csv"])
def test_every_encoding_and_delimiter_gives_the_same_table(name: str) -> None:
    table = read_table(CORPUS / name)
    assert (table.sheet, table.sheets, table.header_row) == (name, [name], 1)
    assert table.headers == HEADERS
    assert table.letters == list("ABCDEFG")
    assert table.rows == ROWS
    assert list_sheets(CORPUS / name) == [name]


def test_title_lines_above_the_header_keep_row_numbers() -> None:
    table = read_table(CORPUS / "csv_title_tab.tsv")
    assert table.header_row == 3
    assert table.rows == [(n + 2, values) for n, values in ROWS]


@pytest.mark.parametrize(("data", "encoding"), [
    (codecs.BOM_UTF8 + "é".encode(), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + "title,start".encode("utf-16-le"), "utf-16"),
    ("title,start\r\n".encode("utf-16-be"), "utf-16-be"),
    ("title,start\r\n".encode("utf-16-le"), "utf-16-le"),
    ("Renée".encode(), "utf-8"),
    ("Renée €".encode("cp1252"), "cp1252"),
    (b"bad \x81 byte \xe9", "latin-1"),
])
def test_decode_detects_the_encoding(data: bytes, encoding: str) -> None:
    assert decode(data)[1] == encoding


def test_decode_text() -> None:
    assert decode("Renée €".encode("cp1252")) == ("Renée €", "cp1252")
    assert decode(codecs.BOM_UTF8 + b"a,b") == ("a,b", "utf-8-sig")


@pytest.mark.parametrize(("text", "delimiter"), [
    ("title,start,end\nA,1,2\n", ","),
    ("title;start;end\nA, B;1;2\n", ";"),
    ("title\tstart\tend\nA;B\t1\t2\n", "\t"),
    ('title,notes\n"a;b;c",x\n', ","),
    ("just one column\nvalue\n", ","),
])
def test_sniff_delimiter(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


def test_quoted_multiline_field_is_one_row(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text('title,start,notes\nCheckup,2025-03-03 09:00,"line 1\nline 2"\nCleaning,2025-03-03 10:00,x\n',
                    encoding="utf-8")
    table = read_table(path)
    assert table.rows == [(2, ["Checkup", "2025-03-03 09:00", "line 1\nline 2"]),
                          (3, ["Cleaning", "2025-03-03 10:00", "x"])]


def test_ragged_rows_are_padded_and_error_texts_become_cell_errors(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("title,start,end\nCheckup,#N/A\nCleaning,2025-03-03 10:00,2025-03-03 11:00,extra\n",
                    encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["title", "start", "end", ""]
    assert table.letters == ["A", "B", "C", "D"]
    assert table.rows[0] == (2, ["Checkup", CellError("#N/A"), None, None])
    assert table.rows[1] == (3, ["Cleaning", "2025-03-03 10:00", "2025-03-03 11:00", "extra"])


def test_empty_csv_files(tmp_path: Path) -> None:
    blank = tmp_path / "blank.csv"
    blank.write_text(" , \n\n", encoding="utf-8")
    with pytest.raises(WorkbookError) as err:
        read_table(blank)
    assert str(err.value) == '"blank.csv" is empty: it holds no data.'
    zero = tmp_path / "zero.csv"
    zero.write_bytes(b"")
    with pytest.raises(WorkbookError) as err:
        read_table(zero)
    assert str(err.value) == '"zero.csv" is empty (0 bytes).'
