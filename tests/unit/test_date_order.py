"""Each file's text dates decide their own order (issue 15): day-first files are read day-first without options, a
file whose every date reads both ways is read month-first with one warning, and --date-order wins."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from gui.core.rowbuild import Options
from gui.sheets import dateorder
from gui.sheets.dateorder import DateOrder, detect
from gui.sheets.load import load_schedule, remap

DAY_FIRST = ("Title,Date,Start,End,Calendar\n"
             "Cleaning,03/12/2026,9:00,9:30,Dr A\n"          # reads both ways ...
             "Check-up,25/12/2026,10:00,10:30,Dr A\n")      # ... but 25 can only be a day
MONTH_FIRST = ("Title,Date,Start,End,Calendar\n"
               "Cleaning,03/12/2026,9:00,9:30,Dr A\n"
               "Check-up,12/25/2026,10:00,10:30,Dr A\n")
BOTH_WAYS = ("Title,Date,Start,End,Calendar\n"
             "Cleaning,03/12/2026,9:00,9:30,Dr A\n"
             "Check-up,04/12/2026,10:00,10:30,Dr A\n"
             "Filling,05/12/2026,11:00,11:30,Dr A\n")
WARNING = ('both.csv, sheet "both.csv": warning: Every date in column "Date" reads two ways ("03/12/2026" is 12 March '
           "2026 month first, or 3 December 2026 day first): they are read month first. If that is wrong, choose "
           "the order in Columns… (or --date-order DMY).")


def cells(*columns):
    return lambda column: columns[column]


def test_the_first_number_above_twelve_decides():
    names = ["date", "title"]
    assert detect(["D", "T"], names, cells(["03/12/2026", "25/12/2026"], ["x", "y"])) == DateOrder("DMY", "file")
    assert detect(["D", "T"], names, cells(["03/12/2026", "12/25/2026"], ["x", "y"])) == DateOrder("MDY", "file")
    assert detect(["S"], ["start_time"], cells(["13.01.2026 09:00"])) == DateOrder("DMY", "file")
    assert detect(["D"], ["date"], cells(["2026-12-03", None, 46000])) == DateOrder("MDY", "default")
    assert detect(["D", "T"], names, cells(["03/03/2026"], ["25/12/2026"])).source == "default"   # not a date column


def test_a_file_whose_dates_read_both_ways_is_read_month_first_with_a_warning():
    found = detect(["Appt Date"], ["date"], cells(["03/12/2026", "04/12/2026"]))
    assert (found.order, found.source) == ("MDY", dateorder.ASSUMED)
    assert found.warning.startswith('Every date in column "Appt Date" reads two ways ("03/12/2026" is 12 March 2026 '
                                    "month first, or 3 December 2026 day first)")


def preview(path: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gui", "preview", str(path), "--time-zone", "America/New_York",
                           *extra], capture_output=True, text=True, timeout=60)


def starts(result: subprocess.CompletedProcess) -> list[str]:
    return [e["start_time"] for e in json.loads(result.stdout)["events"]]


def test_a_day_first_csv_is_read_day_first_without_options(tmp_path: Path):
    path = tmp_path / "dmy.csv"
    path.write_text(DAY_FIRST, encoding="utf-8")
    result = preview(path)
    assert starts(result) == ["2026-12-03T09:00:00-05:00", "2026-12-25T10:00:00-05:00"]
    assert result.stderr == "" and result.returncode == 0
    mdy = tmp_path / "mdy.csv"
    mdy.write_text(MONTH_FIRST, encoding="utf-8")
    assert starts(preview(mdy)) == ["2026-03-12T09:00:00-04:00", "2026-12-25T10:00:00-05:00"]


def test_an_ambiguous_csv_is_read_month_first_with_one_warning(tmp_path: Path):
    path = tmp_path / "both.csv"
    path.write_text(BOTH_WAYS, encoding="utf-8")
    result = preview(path)
    assert starts(result) == ["2026-03-12T09:00:00-04:00", "2026-04-12T10:00:00-04:00", "2026-05-12T11:00:00-04:00"]
    assert result.stderr.splitlines() == [WARNING]
    assert result.returncode == 0


def test_the_date_order_option_wins_and_silences_the_warning(tmp_path: Path):
    path = tmp_path / "both.csv"
    path.write_text(BOTH_WAYS, encoding="utf-8")
    result = preview(path, "--date-order", "DMY")
    assert starts(result)[0] == "2026-12-03T09:00:00-05:00" and result.stderr == ""
    day_first = tmp_path / "dmy.csv"
    day_first.write_text(DAY_FIRST, encoding="utf-8")
    forced = preview(day_first, "--date-order", "MDY")
    assert starts(forced) == ["2026-03-12T09:00:00-04:00"]          # 25/12 cannot be read month first
    assert 'row 3, column B "Date": error: Date “25/12/2026” is not a date' in forced.stderr


def test_one_file_does_not_decide_for_the_next(tmp_path: Path):
    day_first, month_first = tmp_path / "a.csv", tmp_path / "b.csv"
    day_first.write_text(DAY_FIRST, encoding="utf-8")
    month_first.write_text(MONTH_FIRST, encoding="utf-8")
    options = Options(default_time_zone="America/New_York", date_order="")
    assert load_schedule(day_first, options).schedule.options.date_order == "DMY"
    assert load_schedule(month_first, options).schedule.options.date_order == "MDY"
    assert load_schedule(day_first, options).schedule.options.date_order == "DMY"


def test_an_order_chosen_for_a_file_is_kept_with_its_mapping(tmp_path: Path):
    path = tmp_path / "both.csv"
    path.write_text(BOTH_WAYS, encoding="utf-8")
    options = Options(default_time_zone="America/New_York", date_order="")
    loaded = load_schedule(path, options, folder=tmp_path / "maps")
    assert loaded.dates.source == dateorder.ASSUMED and loaded.warnings
    rows = [(row.number, list(row.values)) for row in loaded.schedule.rows]
    chosen = remap(loaded, loaded.schedule.names, options, rows, date_order="DMY", folder=tmp_path / "maps")
    assert chosen.dates == DateOrder("DMY", dateorder.SAVED) and chosen.warnings == []
    assert chosen.schedule.rows[0].event["start_time"] == "2026-12-03T09:00:00-05:00"
    again = load_schedule(path, options, folder=tmp_path / "maps")        # the next export of this shape
    assert again.dates == DateOrder("DMY", dateorder.SAVED) and again.warnings == []
    assert again.schedule.rows[0].event["start_time"] == "2026-12-03T09:00:00-05:00"
    assert again.mapping.date_order == "DMY"


@pytest.mark.parametrize(("source", "words"), [("file", "day first (from the file's dates)"),
                                               ("saved", "day first (as chosen for these files)")])
def test_the_order_in_use_in_words(source, words):
    assert DateOrder("DMY", source).words() == words
