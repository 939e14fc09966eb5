"""Adding and removing rows in the schedule keeps the duplicate-key index and the problems right."""

import datetime as dt

from gui.core.rowbuild import Options
from gui.core.schedule import Row, Schedule

HEADERS = ["External ID", "Provider", "Title", "Start", "End"]
NAMES = ["external_id", "calendar", "title", "start_time", "end_time"]
START, END = dt.datetime(2026, 12, 1, 9, 0), dt.datetime(2026, 12, 1, 9, 30)


def make(keys):
    return Schedule(HEADERS, NAMES, [(n + 2, [k, "Dr A", "T", START, END]) for n, k in enumerate(keys)],
                    Options(default_time_zone="America/Chicago"))


def messages(s, index):
    return [p.message for p in s.problems(index)]


def test_next_numbers_follow_the_last_sheet_row():
    assert make(["A", "B"]).next_numbers(2) == [4, 5]


def test_inserted_rows_are_built_and_join_the_key_index():
    s = make(["A", "B", "C"])
    affected = s.insert_rows([(1, Row(5, ["C", "Dr A", "T", START, END], added=True))])
    assert [r.number for r in s.rows] == [2, 5, 3, 4]
    assert affected == [1, 3]
    assert messages(s, 1) == ["External ID C is also used on row 4"]
    assert messages(s, 3) == ["External ID C is also used on row 5"]
    assert s.set_values([(3, 0, "D")]) == [1, 3]            # the index knows row 4 moved to index 3
    assert messages(s, 1) == [] and messages(s, 3) == []


def test_a_blank_inserted_row_is_fitted_to_the_columns_and_needs_its_fields():
    s = make(["A"])
    s.insert_rows([(1, Row(3, [], added=True))])
    assert s.rows[1].values == [None] * 5 and s.rows[1].added
    assert any("Title" in m for m in messages(s, 1))


def test_removing_rows_clears_duplicates_and_put_back_restores_them():
    s = make(["A", "B", "A", "C", "B"])
    assert messages(s, 4) == ["External ID B is also used on row 3"]
    removed, partners = s.remove_rows([1, 2])
    assert [i for i, _ in removed] == [1, 2] and partners == [0, 2]
    assert [r.number for r in s.rows] == [2, 5, 6]
    assert messages(s, 0) == [] and messages(s, 2) == []
    affected = s.insert_rows(removed)
    assert [r.number for r in s.rows] == [2, 3, 4, 5, 6]
    assert affected == [0, 1, 2, 4]
    assert messages(s, 0) == ["External ID A is also used on row 4"]
    assert messages(s, 4) == ["External ID B is also used on row 3"]


def test_removing_scattered_rows_keeps_the_index_of_those_left():
    s = make(["A", "B", "C", "D", "E", "C"])
    s.remove_rows([0, 3])
    assert [r.values[0] for r in s.rows] == ["B", "C", "E", "C"]
    assert messages(s, 1) == ["External ID C is also used on row 7"]
    assert s.set_values([(3, 0, "Z")]) == [1, 3]
    assert messages(s, 1) == []
