"""Hostile files (issue 13): each gives one plain line naming file, sheet, row and column, the right exit code,
and stays in bounded time and memory. The real `python -m gui validate` runs in a child process with its
address space capped at 2 GB and a time limit, so a native abort or a runaway allocation fails the test
instead of the machine. The inputs are in tests/corpus (made by make_hostile.py) or made here when too big."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.corpus import make_hostile
from tests.helpers.capped import validate

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
CTRL_END = ("In Excel, press Ctrl+End to find that cell, delete the rows and columns you do not use, save, and "
            "try again.")
TOO_FAR = "more than the 5,000,000 cells this app reads."

REFUSED = {     # file -> the one line on stderr (exit code 2: nothing could be read)
    "hostile_far_cell.xlsx":
        '"hostile_far_cell.xlsx", sheet "Schedule" was refused: its cells reach as far as XFD1048576 (1,048,576 '
        f"rows by 16,384 columns), {TOO_FAR} {CTRL_END}",
    "hostile_far_cell_lying_dimension.xlsx":
        '"hostile_far_cell_lying_dimension.xlsx", sheet "Schedule" was refused: its cells reach as far as '
        f"XFD1048576 (1,048,576 rows by 16,384 columns), {TOO_FAR} {CTRL_END}",
    "hostile_far_cell_row_20000.xlsx":
        '"hostile_far_cell_row_20000.xlsx", sheet "Schedule" was refused: its cells reach as far as XFD20000 '
        f"(20,000 rows by 16,384 columns), {TOO_FAR} {CTRL_END}",
    "hostile_far_row.xlsx":
        '"hostile_far_row.xlsx", sheet "Schedule" was refused: its cells reach as far as I1048576 (1,048,576 rows '
        f"by 9 columns), {TOO_FAR} {CTRL_END}",
    "hostile_out_of_order.xlsx":
        '"hostile_out_of_order.xlsx", sheet "Schedule" was refused: its cells reach as far as I900000 (900,000 '
        f"rows by 9 columns), {TOO_FAR} {CTRL_END}",
    "hostile_no_references.xlsx":
        '"hostile_no_references.xlsx", sheet "Schedule" was refused: its cells reach as far as XFD400 (400 rows '
        f"by 16,384 columns), {TOO_FAR} {CTRL_END}",
    "hostile_understated_size.xlsx":
        '"hostile_understated_size.xlsx" is damaged: its part xl/worksheets/sheet1.xml holds 2,384 bytes, not the '
        "1,192 the file's table of contents says.",
    "hostile_lying_zip_bomb.xlsx":
        '"hostile_lying_zip_bomb.xlsx" was refused: its part xl/worksheets/sheet1.xml unpacks to more than 200 '
        "times its packed size (a zip bomb?).",
    "hostile_missing_sheet.xlsx":
        '"hostile_missing_sheet.xlsx", sheet "Schedule" is damaged: its cells should be in the part '
        "xl/worksheets/sheet1.xml, which is missing from the file.",
    "hostile_traversal.xlsx":
        '"hostile_traversal.xlsx", sheet "Schedule" is damaged: it points to xl/../../../../etc/passwd, outside '
        "the workbook.",
    "hostile_dimensions.xls":
        '"hostile_dimensions.xls", sheet "Schedule" is damaged: it claims 281,470,681,677,825 cells, more than '
        "the 5,000,000 this app reads. Open it in Excel and save it again.",
    "hostile_far_cell.xls":
        '"hostile_far_cell.xls", sheet "Schedule" was refused: its cells reach as far as row 65,536, column 65,536 '
        f"(65,534 rows by 65,536 columns), {TOO_FAR} (An .xls holds all its sheets at once: they count together.) "
        "Delete the rows and columns you do not use, save, and try again.",
    "hostile_loop.xls":
        '"hostile_loop.xls" is damaged: a chain of its sectors loops. Open it in Excel and save it again, or save '
        "it as .xlsx.",
    "hostile_minus_infinity_date.xlsx":
        '"hostile_minus_infinity_date.xlsx", sheet "Schedule", row 2, column D: the cell holds a number no '
        "spreadsheet can hold (infinity or NaN), and this app cannot read the sheet around it. Clear that cell in "
        "Excel, save, and try again.",
    "hostile_far_cell.xlsb":
        '"hostile_far_cell.xlsb" was refused: its cells reach as far as XFD1048576 (1,048,576 rows by 16,384 '
        f"columns), {TOO_FAR} {CTRL_END}",
    "hostile_repeats.ods":
        '"hostile_repeats.ods", sheet "Schedule" was refused: its sheets reach 17,179,885,603 cells together (a '
        "repeated row or column counts each time), more than the 5,000,000 this app reads. Delete the rows and "
        "columns you do not use, save, and try again.",
}

NUMBER_CELL = {  # file -> the one line on stderr (exit code 1: one cell is wrong, the rest is read)
    "hostile_infinity.xlsx": 'E "end_time": error: the cell holds #NUM! (the file stores an infinite number in it)',
    "hostile_1e400.xlsx": 'E "end_time": error: the cell holds #NUM! (the file stores an infinite number in it)',
    "hostile_nan.xlsx": 'E "end_time": error: the cell holds #NUM! (the file stores NaN (not a number) in it)',
    "hostile_nan_date.xlsx":       # a date-formatted NaN: calamine alone gave 1899-12-30
        'D "start_time": error: the cell holds #NUM! (the file stores NaN (not a number) in it)',
}


def _assert_one_line(run, line: str, code: int) -> None:
    assert not run.crashed, run.stderr[-2000:]
    assert (run.code, run.lines) == (code, [line])
    assert run.peak_mb < 1024, f"{run.peak_mb:.0f} MB"


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_file_that_cannot_be_read_is_refused_in_one_line(name: str) -> None:
    _assert_one_line(validate(CORPUS / name), f"apptoto-sheets: {REFUSED[name]}", 2)


@pytest.mark.parametrize("name", sorted(NUMBER_CELL))
def test_a_number_no_spreadsheet_holds_is_a_cell_problem(name: str) -> None:
    run = validate(CORPUS / name)
    assert not run.crashed, run.stderr[-2000:]
    rows = [line for line in run.lines if ", row " in line]      # the file's own notes and warnings aside
    assert (run.code, rows) == (1, [f'{name}, sheet "Schedule", row 2, column {NUMBER_CELL[name]}'])
    assert run.peak_mb < 1024, f"{run.peak_mb:.0f} MB"


def test_numbers_out_of_range_in_a_csv_are_cell_problems() -> None:
    run = validate(CORPUS / "hostile_numbers.csv")
    where = 'hostile_numbers.csv, sheet "hostile_numbers.csv", row'
    calendar = 'column E "Calendar": error: needs a calendar: fill Calendar (or Calendar ID), or set a default calendar'
    assert not run.crashed and run.code == 1
    assert run.lines == [
        f'{where} 2, column D "Duration": error: Duration “1e400” is not a number of minutes',
        f'{where} 3, column D "Duration": error: Duration “99999999999999999999” minutes is more than a year '
        "(at most 527,040)",
        f'{where} 4, column D "Duration": error: Duration “1e12” minutes is more than a year (at most 527,040)',
        f'{where} 5, column D "Duration": error: Duration “nan” is not a number of minutes',
        f'{where} 6, column F "Calendar ID": error: Calendar ID “nan” is not a whole number',
        f"{where} 6, {calendar}",
        f'{where} 7, column F "Calendar ID": error: Calendar ID “99999999999999999999” is too large (Apptoto\'s '
        "numbers go up to 9,223,372,036,854,775,807)",
        f"{where} 7, {calendar}",
        f'{where} 8, column F "Calendar ID": error: Calendar ID “INF” is not a whole number',
        f"{where} 8, {calendar}",
    ]


def test_mixed_encodings_are_read_line_by_line_and_the_rows_named() -> None:
    run = validate(CORPUS / "hostile_mixed_encoding.csv")
    assert (run.code, run.lines) == (0, [
        'hostile_mixed_encoding.csv, sheet "hostile_mixed_encoding.csv": note: Row 3 is not in UTF-8 like the rest '
        "of the file and was read as Windows-1252 (Western European): check their accented letters."])
    from gui.sheets.reader import read_table

    table = read_table(CORPUS / "hostile_mixed_encoding.csv")
    assert [values[0] for _, values in table.rows] == ["Café", "Crème", "Thé"]
    assert [values[6] for _, values in table.rows] == ["Zoë Adé", "Renée Noël", "Léa Dufour"]


@pytest.mark.parametrize("megabytes", [10, 20, 50])
def test_a_one_row_csv_of_many_megabytes_is_refused_in_bounded_memory(tmp_path: Path, megabytes: int) -> None:
    path = make_hostile.big_one_row_csv(tmp_path / f"one_row_{megabytes}mb.csv", megabytes)
    run = validate(path)
    _assert_one_line(run, f'apptoto-sheets: "{path.name}" was refused: the row on line 1 has more than 16,384 '
                          "fields (separated by commas), more columns than a sheet can hold.", 2)
    assert run.peak_mb < 400, f"{run.peak_mb:.0f} MB"


def test_a_giant_csv_field_and_a_giant_late_row_are_refused(tmp_path: Path) -> None:
    run = validate(make_hostile.big_field_csv(tmp_path / "field.csv"))
    _assert_one_line(run, 'apptoto-sheets: "field.csv" was refused: line 2 has a field of more than 131,072 '
                          "characters (a spreadsheet cell holds at most 32,767).", 2)
    run = validate(make_hostile.wide_late_csv(tmp_path / "late.csv"))
    _assert_one_line(run, 'apptoto-sheets: "late.csv" was refused: 100,002 rows by 16,000 columns (row 100,002 is '
                          "the widest) make more than the 5,000,000 cells this app reads.", 2)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes and /dev/null are POSIX")
def test_a_pipe_or_a_device_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    run = validate(make_hostile.named_pipe(tmp_path / "schedule.csv"), timeout=20)
    _assert_one_line(run, 'apptoto-sheets: "schedule.csv" is a named pipe, not a file with a schedule in it: save '
                          "the schedule as a file and open that.", 2)
    run = validate("/dev/zero", timeout=20)
    _assert_one_line(run, 'apptoto-sheets: "zero" is a device, not a file with a schedule in it: save the schedule '
                          "as a file and open that.", 2)


@pytest.mark.parametrize(("stray", "after", "far"), [
    ('<c r="XFD20000"><v>1</v></c>', 20_000, "XFD30001"),        # a stray value far right, mid-sheet
    ('<row r="1048576"><c r="F1048576"><v>1</v></c></row>', 0, "F1048576"),   # far down, at the end
])
def test_far_cells_past_the_first_megabytes_of_a_big_sheet_are_caught(tmp_path: Path, stray: str, after: int,
                                                                        far: str) -> None:
    """Past its first 4 MB of XML a sheet is checked for what a spreadsheet program writes (every reference's
    column, every row's number): a stray cell far right or far down is still refused before calamine reads."""
    if after:
        stray = f'<row r="{after}">{stray}</row>'
    path = make_hostile.big_sheet_xlsx(tmp_path / "big.xlsx", 30_000, stray, after)     # 7 MB of XML
    run = validate(path)
    assert not run.crashed and run.code == 2
    assert run.lines[0].startswith(f'apptoto-sheets: "big.xlsx", sheet "Schedule" was refused: its cells reach as '
                                   f"far as {far} (")


def test_a_big_sheet_without_stray_cells_loads(tmp_path: Path) -> None:
    run = validate(make_hostile.big_sheet_xlsx(tmp_path / "big.xlsx", 30_000))
    assert not run.crashed and run.code == 0 and run.lines == []


def test_problem_lines_stop_at_200_with_a_count_of_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("Title,Start,End,Calendar\n" + "".join(f"Visit {n},not a date,,Dr Smith\n" for n in range(300)),
                    encoding="utf-8")
    run = validate(path)
    assert run.code == 1 and len(run.lines) == 201
    assert run.lines[0] == ('many.csv, sheet "many.csv", row 2, column B "Start": error: Start “not a date” is not a '
                            "date or time I can read (e.g. 12/31/2026 2:30 PM)")
    assert run.lines[-1] == "… and 400 more problems"


def test_an_ordinary_xlsb_is_read() -> None:
    run = validate(CORPUS / "calamine_date.xlsb")
    assert not run.crashed and run.code == 2
    assert run.lines[0].startswith('apptoto-sheets: "calamine_date.xlsb", sheet "Sheet1" has no recognisable header '
                                   "row")          # read to the end: it has dates and numbers, no header
