"""Reading the workbook corpus: exact headers, row numbers and normalised cell values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from gui.core.table import CellError, WorkbookError
from gui.sheets.reader import list_sheets, read_table

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
D = dt.datetime

CANONICAL_HEADERS = ["external_id", "calendar", "title", "start_time", "end_time", "participant_name",
                     "participant_email", "participant_phone", "content"]
CANONICAL_ROWS = [
    (2, ["A-1001", "Dr Smith", "Checkup", D(2025, 3, 3, 9, 0), D(2025, 3, 3, 9, 30), "Ann Lee",
         "ann@example.com", "+1 555 0100", "First visit"]),
    (3, ["A-1002", "Dr Smith", "Cleaning", D(2025, 3, 3, 10, 15), D(2025, 3, 3, 11, 0), "Bob Roe",
         "bob@example.com", "5550101", None]),
    (4, ["A-1003", "Dr Jones", "Filling", D(2025, 3, 4, 14, 0), D(2025, 3, 4, 15, 0), "Cé Ñúñez",
         "ce@example.com", "0044 20 7946 0000", "Bring X-ray"]),
]


@pytest.mark.parametrize("name", ["canonical.xlsx", "canonical.xlsm"])
def test_canonical_headers(name: str) -> None:
    table = read_table(CORPUS / name)
    assert (table.sheet, table.header_row, table.sheets) == ("Schedule", 1, ["Schedule"])
    assert table.headers == CANONICAL_HEADERS
    assert table.letters == list("ABCDEFGHI")
    assert table.rows == CANONICAL_ROWS
    assert table.path == CORPUS / name


def test_synonym_headers_are_kept_as_written() -> None:
    table = read_table(CORPUS / "synonyms.xlsx")
    assert table.headers == ["Appointment ID", "Provider", "Appointment Type", "Start", "End", "Client Name",
                             "E-mail", "Mobile", "Notes", "Room"]
    assert [r for r, _ in table.rows] == [2, 3, 4]
    assert table.rows[1][1] == ["A-1002", "Dr Smith", "Cleaning", D(2025, 3, 3, 10, 15), D(2025, 3, 3, 11, 0),
                                "Bob Roe", "bob@example.com", "5550101", None, "Room 1"]


def test_title_rows_blank_columns_blank_rows_and_trailing_formatting() -> None:
    table = read_table(CORPUS / "title_rows.xlsx")
    assert (table.sheet, table.header_row) == ("March", 4)
    assert table.headers == ["Title", "Start", "End", "Client Name", "Phone"]
    assert table.letters == ["B", "C", "E", "F", "G"]      # blank column D dropped, letters as Excel shows
    assert table.rows == [
        (5, ["Checkup", D(2025, 3, 3, 9, 0), D(2025, 3, 3, 9, 30), "Ann Lee", "+1 555 0100"]),
        (7, ["Cleaning", D(2025, 3, 3, 10, 15), D(2025, 3, 3, 11, 0), "Bob Roe", "5550101"]),
        (10, ["Filling", D(2025, 3, 4, 14, 0), D(2025, 3, 4, 15, 0), "Cé Ñúñez", "0044 20 7946 0000"]),
    ]


def test_explicit_header_row() -> None:
    table = read_table(CORPUS / "title_rows.xlsx", header_row=4)
    assert table.header_row == 4 and len(table.rows) == 3
    with pytest.raises(WorkbookError) as err:
        read_table(CORPUS / "title_rows.xlsx", header_row=3)
    assert str(err.value) == '"title_rows.xlsx", sheet "March": row 3, given as the header row, is blank.'
    with pytest.raises(WorkbookError) as err:
        read_table(CORPUS / "title_rows.xlsx", header_row=99)
    assert str(err.value) == ('"title_rows.xlsx", sheet "March": row 99, given as the header row, '
                              "is outside the data (rows 1 to 10).")


def test_hidden_first_sheet_is_skipped_unless_named() -> None:
    table = read_table(CORPUS / "hidden_first.xlsx")
    assert (table.sheet, table.sheets) == ("Current", ["Current"])
    assert table.rows == CANONICAL_ROWS[:1]
    old = read_table(CORPUS / "hidden_first.xlsx", sheet="Old")
    assert old.sheet == "Old"
    assert old.rows == [(2, ["OLD-1", "Dr Old", "Old visit", D(2020, 1, 1, 9), D(2020, 1, 1, 10), "Old",
                             None, None, None])]
    assert list_sheets(CORPUS / "hidden_first.xlsx") == ["Current"]


def test_multiple_sheets_first_with_a_header_and_named_sheet() -> None:
    assert list_sheets(CORPUS / "multi_sheet.xlsx") == ["Read me", "Week 1", "Week 2", "Empty"]
    first = read_table(CORPUS / "multi_sheet.xlsx")
    assert first.sheet == "Week 1" and first.rows == CANONICAL_ROWS[:2]
    second = read_table(CORPUS / "multi_sheet.xlsx", sheet="week 2")   # case-insensitive when unique
    assert second.sheet == "Week 2" and second.rows == [(2, CANONICAL_ROWS[2][1])]


def test_unknown_empty_and_headerless_named_sheets() -> None:
    with pytest.raises(WorkbookError) as err:
        read_table(CORPUS / "multi_sheet.xlsx", sheet="Week 3")
    assert str(err.value) == ('"multi_sheet.xlsx" has no sheet named "Week 3". Its sheets are: "Read me", '
                              '"Week 1", "Week 2", "Empty".')
    with pytest.raises(WorkbookError) as err:
        read_table(CORPUS / "hidden_first.xlsx", sheet="Nope")
    assert str(err.value) == ('"hidden_first.xlsx" has no sheet named "Nope". Its sheets are: "Current" '
                              '(hidden: "Old").')
    with pytest.raises(WorkbookError) as err:
        read_table(CORPUS / "multi_sheet.xlsx", sheet="Empty")
    assert str(err.value) == '"multi_sheet.xlsx", sheet "Empty" is empty.'
    with pytest.raises(WorkbookError) as err:
        read_table(CORPUS / "multi_sheet.xlsx", sheet="Read me")
    assert str(err.value).startswith('"multi_sheet.xlsx", sheet "Read me" has no recognisable header row')


def test_split_date_time_and_duration_columns() -> None:
    table = read_table(CORPUS / "split_columns.xlsx")
    assert table.headers == ["Title", "Date", "Start Time", "End Time", "Duration", "Client Name"]
    assert table.rows == [
        (2, ["Checkup", dt.date(2025, 3, 3), dt.time(9, 0), dt.time(9, 30), None, "Ann Lee"]),
        (3, ["Cleaning", dt.date(2025, 3, 3), dt.time(10, 15), None, 45, "Bob Roe"]),
        (4, ["Filling", dt.date(2025, 3, 4), dt.time(14, 0), None, 90.5, "Cé Ñúñez"]),
        (5, ["Long", dt.date(2025, 3, 5), dt.time(8, 0), None, dt.time(1, 30), "Dee"]),   # [h]:mm duration
    ]
    assert type(table.rows[1][1][4]) is int


def test_excel_serial_numbers_stay_numbers() -> None:
    table = read_table(CORPUS / "serials.xlsx")
    assert table.rows == [(2, ["Checkup", 45719.375, 45719.39583333334, 45719, "Ann Lee"]),
                          (3, ["Cleaning", 45719.4270833333, 45719.4583333333, 45719, "Bob Roe"])]
    assert type(table.rows[1][1][3]) is int


def test_midnight_date_times_come_back_as_dates() -> None:
    table = read_table(CORPUS / "midnight.xlsx")
    assert table.rows == [(2, ["Holiday", dt.date(2025, 12, 25), dt.date(2025, 12, 26), "yes"]),
                          (3, ["Late", D(2025, 12, 24, 23, 30), dt.date(2025, 12, 25), "no"])]
    assert type(table.rows[0][1][1]) is dt.date


@pytest.mark.parametrize(("name", "start"), [("text_dates_dmy.xlsx", "25/12/2025 14:00"),
                                             ("text_dates_mdy.xlsx", "12/25/2025 2:00 PM")])
def test_text_dates_are_kept_as_text(name: str, start: str) -> None:
    table = read_table(CORPUS / name)
    assert table.rows[1][1][1] == start


def test_phone_numbers_as_numbers_and_leading_zeros() -> None:
    table = read_table(CORPUS / "phones.xlsx")
    assert table.rows == [
        (2, ["00123", "Checkup", D(2025, 3, 3, 9), "Ann Lee", 5551234567, 42, "02134"]),
        (3, ["00124", "Cleaning", D(2025, 3, 3, 10), "Bob Roe", 447700900123, 43, "07030"]),
    ]
    assert [type(v) for v in table.rows[1][1][4:6]] == [int, int]


def test_formulas_without_saved_result_are_cell_errors() -> None:
    table = read_table(CORPUS / "formulas_uncached.xlsx")
    note = " has no saved result (open the file in Excel, save it, and load it again)"
    assert table.rows == [
        (2, ["Checkup", D(2025, 3, 3, 9), 30, CellError("the formula =B2+C2/1440" + note), "Ann Lee"]),
        (3, ["Cleaning", D(2025, 3, 3, 10), 45, CellError("the formula =B3+C3/1440" + note),
             CellError('the formula =UPPER("bob roe")' + note)]),
    ]


LO_HEADERS = ["External ID", "Title", "Date", "Start", "End", "Duration", "Client Name", "Phone", "Check"]


def test_libreoffice_xlsx_cached_formulas_and_error_cells() -> None:
    table = read_table(CORPUS / "lo_schedule.xlsx")
    assert (table.header_row, table.headers) == (3, LO_HEADERS)
    assert table.rows == [
        (4, ["A-1001", "Checkup", dt.date(2025, 3, 3), dt.time(9, 0), dt.time(9, 30), 30, "Ann Lee", 5550100,
             CellError("#DIV/0!")]),
        (5, ["A-1002", "Cleaning", dt.date(2025, 3, 3), dt.time(10, 15), dt.time(11, 0), 45, "Bob Roe",
             "0044 20 7946 0000", CellError("#VALUE!")]),
        (6, ["A-1003", "Filling", dt.date(2025, 3, 4), D(2025, 3, 4, 14), D(2025, 3, 4, 15), 60, "Cé Ñúñez",
             None, None]),
    ]


@pytest.mark.parametrize(("name", "first_duration"), [("lo_schedule.ods", 30), ("lo_schedule.xls", 29.99999999999997)])
def test_libreoffice_ods_and_xls(name: str, first_duration: float) -> None:
    # python-calamine returns error cells of .xls and .ods as blank: the Check column is None there.
    table = read_table(CORPUS / name)
    assert (table.sheet, table.header_row, table.headers) == ("Schedule", 3, LO_HEADERS)
    assert table.rows == [
        (4, ["A-1001", "Checkup", dt.date(2025, 3, 3), dt.time(9, 0), dt.time(9, 30), first_duration, "Ann Lee",
             5550100, None]),
        (5, ["A-1002", "Cleaning", dt.date(2025, 3, 3), dt.time(10, 15), dt.time(11, 0), 45, "Bob Roe",
             "0044 20 7946 0000", None]),
        (6, ["A-1003", "Filling", dt.date(2025, 3, 4), D(2025, 3, 4, 14), D(2025, 3, 4, 15), 60, "Cé Ñúñez",
             None, None]),
    ]


def test_results_workbook_columns_are_read_back() -> None:
    table = read_table(CORPUS / "results_input.xlsx")
    assert table.headers == ["id", "external_id", "title", "start_time", "end_time", "calendar", "status",
                             "message"]
    assert table.rows[1] == (3, [None, "A-1002", "Cleaning", D(2025, 3, 3, 10), D(2025, 3, 3, 11), "Dr Smith",
                                 "failed", "calendar is required"])


def test_content_decides_format_not_the_name(tmp_path: Path) -> None:
    misnamed = tmp_path / "schedule.xls"
    misnamed.write_bytes((CORPUS / "canonical.xlsx").read_bytes())
    assert read_table(misnamed).rows == CANONICAL_ROWS


def test_known_headers_from_a_mapping_help_find_the_header(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Export"])
    ws.append(["Who", "What", "Seat"])
    ws.append(["Ann", "Checkup", "2"])
    wb.save(tmp_path / "odd.xlsx")
    with pytest.raises(WorkbookError):
        read_table(tmp_path / "odd.xlsx")
    table = read_table(tmp_path / "odd.xlsx", known_headers=["Who", "What"])
    assert (table.header_row, table.rows) == (2, [(3, ["Ann", "Checkup", "2"])])


def test_unknown_labels_above_dates_phones_or_e_mails_are_the_header(tmp_path: Path) -> None:
    # An export whose headers the app does not know (issue 20): its columns are then matched by their values.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Export"])
    ws.append(["Who", "When", "What"])
    ws.append(["Ann", D(2025, 3, 3, 9), "Checkup"])
    wb.save(tmp_path / "odd.xlsx")
    table = read_table(tmp_path / "odd.xlsx")
    assert (table.header_row, table.rows) == (2, [(3, ["Ann", D(2025, 3, 3, 9), "Checkup"])])


def test_single_known_header_falls_back_to_an_all_text_row(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Schedule for March"])
    ws.append(["Client Name", "Visit", "Doctor"])
    ws.append(["Ann", "Checkup", "Smith"])
    wb.save(tmp_path / "one.xlsx")
    table = read_table(tmp_path / "one.xlsx")
    assert (table.header_row, table.headers) == (2, ["Client Name", "Visit", "Doctor"])
