"""Results workbooks: extra columns, no formula injection, real dates, never over the input, round trip."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
import python_calamine

from gui.core.table import CellError, WorkbookError
from gui.sheets.mapping import map_columns
from gui.sheets.reader import read_table
from gui.sheets.results import write_results

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
D = dt.datetime


def test_adds_result_columns_and_keeps_row_numbers(tmp_path: Path) -> None:
    table = read_table(CORPUS / "title_rows.xlsx")
    out = write_results(tmp_path / "out.xlsx", table, {
        5: {"id": 101, "external_id": "gen-1", "status": "created", "message": ""},
        10: {"status": "failed", "message": "end is before start"},
    })
    back = read_table(out)
    assert (back.sheet, back.header_row) == ("March", 4)
    assert back.headers == ["Title", "Start", "End", "Client Name", "Phone", "id", "external_id", "Send status",
                            "Send message"]
    assert back.rows == [
        (5, ["Checkup", D(2025, 3, 3, 9), D(2025, 3, 3, 9, 30), "Ann Lee", "+1 555 0100", 101, "gen-1",
             "created", None]),
        (7, ["Cleaning", D(2025, 3, 3, 10, 15), D(2025, 3, 3, 11), "Bob Roe", "5550101", None, None, None, None]),
        (10, ["Filling", D(2025, 3, 4, 14), D(2025, 3, 4, 15), "Cé Ñúñez", "0044 20 7946 0000", None, None,
              "failed", "end is before start"]),
    ]


def test_existing_id_and_result_columns_are_reused(tmp_path: Path) -> None:
    table = read_table(CORPUS / "results_input.xlsx")
    out = write_results(tmp_path / "again.xlsx", table, {3: {"id": 9002, "status": "updated", "message": "ok"}})
    back = read_table(out)
    assert back.headers == table.headers       # nothing duplicated
    assert back.rows == [
        (2, [9001, "A-1001", "Checkup", D(2025, 3, 3, 9), D(2025, 3, 3, 9, 30), "Dr Smith", "created", None]),
        (3, [9002, "A-1002", "Cleaning", D(2025, 3, 3, 10), D(2025, 3, 3, 11), "Dr Smith", "updated", "ok"]),
    ]
    assert map_columns(back.headers).fields[:2] == ["id", "external_id"]


def test_synonym_external_id_column_is_reused(tmp_path: Path) -> None:
    table = read_table(CORPUS / "synonyms.xlsx")      # "Appointment ID" is external_id
    back = read_table(write_results(tmp_path / "s.xlsx", table, {2: {"external_id": "A-1001", "id": 7}}))
    assert back.headers == table.headers + ["id", "Send status", "Send message"]
    assert back.rows[0][1][0] == "A-1001" and back.rows[0][1][10] == 7


def test_risky_text_is_written_as_text_never_a_formula(tmp_path: Path) -> None:
    table = read_table(CORPUS / "canonical.xlsx")
    edited = list(table.rows[0][1])
    edited[2], edited[5], edited[8] = "=HYPERLINK(\"http://evil\")", "@SUM(1)", "-2+3"
    out = write_results(tmp_path / "x.xlsx", table, {2: {"message": "+cmd|' /C calc'!A0"}},
                        values={2: edited})
    with zipfile.ZipFile(out) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    sheet = openpyxl.load_workbook(out).active
    assert [sheet["C2"].value, sheet["F2"].value, sheet["I2"].value, sheet["L2"].value] == [
        '=HYPERLINK("http://evil")', "@SUM(1)", "-2+3", "+cmd|' /C calc'!A0"]
    assert [sheet[c].data_type for c in ("C2", "F2", "I2", "L2")] == ["s"] * 4
    assert sheet["D2"].is_date and sheet["D2"].value == D(2025, 3, 3, 9)


def test_dates_times_numbers_and_errors(tmp_path: Path) -> None:
    table = read_table(CORPUS / "split_columns.xlsx")
    values = {2: ["Checkup", dt.date(2025, 3, 3), dt.time(9, 0), dt.time(9, 30), CellError("#N/A"), "Ann Lee"]}
    out = write_results(tmp_path / "d.xlsx", table, {}, values=values)
    sheet = openpyxl.load_workbook(out).active
    assert sheet["B2"].is_date and sheet["C2"].is_date
    back = read_table(out)
    assert back.rows[0] == (2, ["Checkup", dt.date(2025, 3, 3), dt.time(9, 0), dt.time(9, 30),
                                CellError("#N/A"), "Ann Lee", None, None, None, None])
    assert back.rows[2][1][4] == 90.5


def test_refuses_to_overwrite_the_input(tmp_path: Path) -> None:
    src = tmp_path / "in.xlsx"
    shutil.copy(CORPUS / "canonical.xlsx", src)
    table = read_table(src)
    before = src.read_bytes()
    with pytest.raises(WorkbookError) as err:
        write_results(tmp_path / "." / "in.xlsx", table, {})
    assert str(err.value) == ('Results workbook "in.xlsx" would overwrite the file it was read from; '
                              "choose another name.")
    assert src.read_bytes() == before
    with pytest.raises(WorkbookError) as err:
        write_results(tmp_path / "out.csv", table, {})
    assert str(err.value) == 'Results workbook "out.csv" must end in .xlsx.'


def test_csv_input_round_trips(tmp_path: Path) -> None:
    table = read_table(CORPUS / "csv_utf8_comma.csv")
    out = write_results(tmp_path / "r.xlsx", table, {5: {"id": 3, "status": "created"}})
    back = read_table(out)
    assert back.sheet == "csv_utf8_comma.csv"
    assert back.headers[:7] == table.headers
    assert back.headers[7:] == ["id", "Send status", "Send message"]          # External ID reused
    assert back.rows == [(n, v + ([3, "created", None] if n == 5 else [None, None, None]))
                         for n, v in table.rows]


def test_unwritable_target(tmp_path: Path) -> None:
    table = read_table(CORPUS / "canonical.xlsx")
    with pytest.raises(WorkbookError) as err:
        write_results(tmp_path / "no-such-folder" / "r.xlsx", table, {})
    assert str(err.value) == (f'Results workbook "r.xlsx" cannot be written: the folder {tmp_path / "no-such-folder"} '
                              "does not exist.")


def test_results_workbook_gets_ordinary_file_permissions(tmp_path: Path) -> None:
    import os
    import stat

    table = read_table(CORPUS / "title_rows.xlsx")
    old = os.umask(0o022)
    try:
        out = write_results(tmp_path / "perm.xlsx", table, {})
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


RISKY = ['=HYPERLINK("http://evil")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\t=1+1", "\r=1+1", "  =1+1"]
PLAIN_DATA = ["\tindented", "  two spaces", "line one\r\nline two", "trailing  ", "bell\x07 and _x000D_ as text"]


def _results_with(tmp_path: Path, texts: list[str]) -> tuple[Path, list[str]]:
    """A results workbook whose Notes column (I) holds `texts`, one a row."""
    table = read_table(CORPUS / "canonical.xlsx")
    first = list(table.rows[0][1])
    table.rows = [(n, first[:8] + [text]) for n, text in enumerate(texts, start=2)]
    out = write_results(tmp_path / "quoted.xlsx", table, {})
    return out, [f"I{n}" for n in range(2, 2 + len(texts))]


def test_text_that_excel_would_take_for_a_formula_gets_the_quote_prefix(tmp_path: Path) -> None:
    out, cells = _results_with(tmp_path, RISKY + PLAIN_DATA)
    back = python_calamine.CalamineWorkbook.from_path(out).get_sheet_by_index(0).to_python()
    assert [row[8] for row in back[1:]] == RISKY + PLAIN_DATA     # nothing stripped or lost, no ' added
    sheet = openpyxl.load_workbook(out).active
    assert [sheet[c].data_type for c in cells] == ["s"] * len(cells)
    assert [sheet[c].quotePrefix for c in cells] == [True] * len(RISKY) + [True, False, False, False, False]
    with zipfile.ZipFile(out) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()


def test_the_quote_prefix_survives_a_real_spreadsheet_program(tmp_path: Path) -> None:
    """LibreOffice opens the results workbook and saves it as CSV: the risky texts come out as text."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    import csv
    import subprocess

    out, _ = _results_with(tmp_path, RISKY[:4] + ["=1+1"])
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "csv", "--outdir", str(tmp_path / "csv"), str(out)], check=True, capture_output=True,
                   timeout=120)
    with open(tmp_path / "csv" / "quoted.csv", newline="", encoding="utf-8") as handle:
        notes = [row[8] for row in csv.reader(handle)][1:]
    assert notes == RISKY[:4] + ["=1+1"]                 # not 2 and 1 from -2+3 and =1+1
