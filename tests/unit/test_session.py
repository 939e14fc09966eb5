"""The edit session file (Qt-free): recording, saving atomically, loading, and planning a restore."""

import datetime as dt
import json

from gui.core.rowbuild import Options
from gui.core.schedule import Row, Schedule
from gui.core.server import Server
from gui.core.vocab import Outcome
from gui.sheets.session import Session, decode, encode, session_path, sessions_dir

HEADERS = ["External ID", "Provider", "Title", "Start", "End"]
NAMES = ["external_id", "calendar", "title", "start_time", "end_time"]
START = dt.datetime(2026, 12, 1, 9, 0)


def make(count=4):
    rows = [(n + 2, [f"E{n}", "Dr A", f"T{n}", START, START + dt.timedelta(minutes=30)]) for n in range(count)]
    return Schedule(HEADERS, NAMES, rows, Options(default_time_zone="America/Chicago"), sheet="Sheet1")


def test_the_folder_follows_the_environment_and_the_file_is_keyed_by_the_absolute_path(tmp_path, monkeypatch):
    monkeypatch.setenv("APPTOTO_SHEETS_DATA_DIR", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert sessions_dir() == tmp_path / "sessions"
    assert session_path("book.xlsx") == session_path(tmp_path / "book.xlsx")
    assert session_path("book.xlsx") != session_path("other.xlsx")


def test_values_survive_json():
    for value in (None, "x", 3, 2.5, True, START, START.date(), dt.time(9, 30)):
        assert decode(json.loads(json.dumps(encode(value)))) == value


def test_write_load_round_trip_and_remove(tmp_path):
    book = tmp_path / "book.xlsx"
    book.write_bytes(b"data")
    session = Session.start(book, make())
    session.record_cell(3, 2, "New title")
    session.record_cell(4, 3, START)
    session.record_outcome(2, Outcome("created", "ok", ["time"], 77, "ext-1"))
    session.record_outcome(5, Outcome("skipped", "Not sent: it may already be…", why="held_back", maybe_id=1234))
    path = session.write(tmp_path)
    assert path.parent == tmp_path and not list(tmp_path.glob(".session-*"))
    back = Session.load(book, tmp_path)
    assert back.cells == {3: {2: "New title"}, 4: {3: START}}
    assert back.outcomes == {2: Outcome("created", "ok", ["time"], 77, "ext-1"),
                             5: Outcome("skipped", "Not sent: it may already be…", why="held_back", maybe_id=1234)}
    assert back.modified and back.sheet == "Sheet1"
    assert not back.changed_on_disk()
    book.write_bytes(b"other data")
    assert back.changed_on_disk()
    back.remove(tmp_path)
    assert Session.load(book, tmp_path) is None


def test_an_unreadable_file_is_no_session(tmp_path):
    book = tmp_path / "book.xlsx"
    session_path(book, tmp_path).write_text("{not json", encoding="utf-8")
    assert Session.load(book, tmp_path) is None


def test_plan_puts_cells_rows_columns_and_outcomes_back(tmp_path):
    edited = make()
    session = Session.start(tmp_path / "book.xlsx", edited)
    edited.remove_rows([1])                                   # row 3 deleted
    edited.insert_rows([(2, Row(6, [], added=True))])         # a new row between rows 4 and 5
    session.record_order([r.number for r in edited.rows])
    session.record_added(6, [None, "Dr B", "Added"])
    edited.ensure_column("id")
    session.follow_columns(edited)
    session.record_cell(2, 5, 123)                            # an id written into the added column
    session.record_cell(4, 2, "Edited")
    session.record_cell(3, 2, "gone with its row")
    session.record_outcome(2, Outcome("created"))
    plan = Session.from_json(json.loads(json.dumps(session.to_json()))).plan(make())
    assert plan.add_columns == ["id"]
    assert plan.remove == [1]
    assert [(i, r.number, r.added) for i, r in plan.insert] == [(2, 6, True)]
    assert sorted(plan.cells) == [(0, 5, 123), (1, 2, "Edited"), (2, 1, "Dr B"), (2, 2, "Added")]
    assert plan.outcomes == {0: Outcome("created")} and plan.lost == 1


def test_plan_without_structural_changes_keeps_rows():
    session = Session.start("book.xlsx", make())
    session.record_cell(5, 0, "E9")
    plan = session.plan(make())
    assert plan.remove == [] and plan.insert == [] and plan.cells == [(3, 0, "E9")]


def test_the_json_kept_while_recording_is_what_the_session_holds_and_a_copy():
    schedule = Schedule(["Title", "Start"], ["title", "start_time"], [(2, ["A", None]), (3, ["B", None])])
    session = Session.start("week.xlsx", schedule)
    session.record_cell(2, 0, "Renamed")
    session.record_cell(3, 1, dt.datetime(2026, 12, 7, 9, 30))
    session.record_added(4, ["Walk-in", dt.date(2026, 12, 8)])
    session.record_outcome(2, Outcome("created", "Created.", ["kept"], 7, "as-1"))
    data = session.to_json()
    again = Session.from_json(data).to_json()
    assert {k: v for k, v in again.items() if k != "updated"} == {k: v for k, v in data.items() if k != "updated"}
    assert data["cells"]["3"]["1"] == {"$datetime": "2026-12-07T09:30:00"} and data["outcomes"]["2"][3] == 7
    session.record_cell(2, 0, "Later")                       # a worker may be writing `data` meanwhile
    session.record_outcome(3, Outcome("failed", "No."))
    assert data["cells"]["2"]["0"] == "Renamed" and "3" not in data["outcomes"]


def test_outcomes_kept_by_an_earlier_or_a_later_version_are_read(tmp_path):
    book = tmp_path / "book.xlsx"
    book.write_bytes(b"data")
    session = Session.start(book, make())
    data = session.to_json()
    data["outcomes"] = {"2": ["created", "ok", [], 77, "ext-1", False],                      # before why / maybe_id
                        "3": ["skipped", "held", [], None, None, False, ["http://127.0.0.1:9", "a@b.c"], "held_back",
                              9, "a later field"]}
    session.write(tmp_path, data=data)
    back = Session.load(book, tmp_path)
    assert back.outcomes == {2: Outcome("created", "ok", [], 77, "ext-1"),
                             3: Outcome("skipped", "held", server=Server("http://127.0.0.1:9", "a@b.c"),
                                        why="held_back", maybe_id=9)}
