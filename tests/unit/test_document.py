"""The window's document state without Qt: edits, inserts and deletes keep compare results on their rows, answers
of jobs land on the rows they were for (edited rows say so, deleted rows are counted), and snapshots never see
later changes."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

from gui.apptoto.diff import RowDiff
from gui.apptoto.document import Document, Opened, Server, remapped
from gui.core.problems import WARNING
from gui.core.rowbuild import Options
from gui.core.schedule import Row, Schedule
from gui.core.vocab import NEW, UNCHANGED, UPDATE, Outcome

HEADERS = ["External ID", "Title", "Start", "End", "Calendar", "Notes"]
NAMES = ["external_id", "title", "start_time", "end_time", "calendar", None]
START = dt.datetime(2026, 12, 7, 9, 0)
SERVER = Server("http://127.0.0.1:1", "me@example.com")


def make(count: int = 6) -> Document:
    rows = [(n + 2, [f"E-{n}" if n % 2 else None, f"Visit {n}", START + dt.timedelta(hours=n),
                     START + dt.timedelta(hours=n, minutes=30), "Dr A", None]) for n in range(count)]
    return Document.of(Schedule(HEADERS, NAMES, rows, Options("America/New_York"), source="week.csv"))


def diff(position: int, number: int, kind: str = UNCHANGED, known: str | None = None) -> RowDiff:
    return RowDiff(position, number, kind, known=known)


def column_of(document: Document):
    return document.ensure_column


def numbers(document: Document) -> list[int]:
    return [row.number for row in document.schedule.rows]


def test_compare_results_follow_their_rows_through_inserts_and_deletes():
    doc = make()
    doc.compare = {i: diff(i, i + 2) for i in range(6)}
    doc.insert_rows([(1, Row(99, [], added=True))])
    assert {i: d.row for i, d in doc.compare.items()} == {0: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 7}
    doc.remove_rows([2, 4])                                     # sheet rows 3 and 5
    assert {i: d.row for i, d in doc.compare.items()} == {0: 2, 2: 4, 3: 6, 4: 7}
    assert numbers(doc)[2:5] == [4, 6, 7]
    doc.edit([(3, 1, "Longer visit")])                          # sheet row 6: asked about other cells
    assert sorted(doc.compare) == [0, 2, 4]


def test_a_compare_answer_skips_rows_edited_or_deleted_since_its_snapshot():
    doc = make()
    snap = doc.snapshot()
    doc.insert_rows([(0, Row(99, [], added=True))])            # everything moves down one
    doc.edit([(2, 1, "Renamed")])                               # sheet row 3 (snapshot position 1)
    doc.remove_rows([4])                                        # sheet row 5 (snapshot position 3)
    answer = [diff(p, p + 2, UNCHANGED if p != 5 else NEW, known=NEW if p == 5 else None) for p in range(6)]
    applied = doc.apply_compare(snap, answer, SERVER)
    assert (applied.edited, applied.removed) == (1, 1)
    assert {doc.schedule.rows[i].number: d.row for i, d in doc.compare.items()} == {2: 2, 4: 4, 6: 6, 7: 7}
    assert doc.schedule.rows[doc.where_now(snap)[5]].known == NEW and doc.server == SERVER
    assert doc.compare.get(0) is None                           # the row added meanwhile


def test_an_edited_row_gets_no_stale_known_kind():
    doc = make()
    snap = doc.snapshot()
    doc.edit([(1, 0, "E-other")])                              # its external id changed while Apptoto was asked
    doc.apply_compare(snap, [diff(1, 3, NEW, known=NEW)])
    assert doc.schedule.rows[1].known is None and 1 not in doc.compare


def test_a_cancelled_compare_keeps_only_rows_apptoto_answered():
    doc = make(3)
    snap = doc.snapshot()
    doc.apply_compare(snap, [diff(0, 2), diff(1, 3, "unknown"), diff(2, 4, UPDATE)], keep_unknown=False)
    assert sorted(doc.compare) == [0, 2]


def test_send_outcomes_land_on_their_rows_and_edited_rows_say_so():
    doc = make()
    snap = doc.snapshot()
    doc.insert_rows([(0, Row(99, [], added=True))])
    doc.edit([(2, 1, "Renamed")])                               # sheet row 3, user edit while it was sent
    doc.edit([(3, 0, "as-mine")])                               # sheet row 4 got an external id from the user
    doc.remove_rows([5])                                        # sheet row 6
    result = {n + 2: Outcome("created", "Created.", id=100 + n, external_id=f"as-{n}") for n in range(6)}
    applied = doc.apply_send(snap, result, column_of(doc), SERVER)
    rows = {row.number: row for row in doc.schedule.rows}
    assert (applied.removed, applied.edited) == (1, 2) and 99 not in result
    assert rows[99].outcome is None
    assert rows[2].outcome.state == "created" and not rows[2].outcome.edited_since
    assert rows[3].outcome.edited_since and rows[4].outcome.edited_since and not rows[5].outcome.edited_since
    ids = {(doc.schedule.rows[r].number, doc.schedule.headers[c]): v for r, c, v in applied.ids}
    assert ids[(2, "id")] == 100 and ids[(2, "External ID")] == "as-0"
    assert ids[(4, "id")] == 102 and (4, "External ID") not in ids      # the user's own id stays
    doc.edit(applied.ids, by_user=False)
    assert rows[4].values[0] == "as-mine" and rows[2].event["id"] == 100
    again = doc.apply_send(snap, result, column_of(doc))            # the whole result again at the end
    assert again.rows == [] and again.ids == []


def test_a_row_skipped_now_says_what_an_earlier_send_did():
    doc = make(2)
    doc.schedule.rows[0].outcome = Outcome("created", "Created.", id=7)
    snap = doc.snapshot()
    doc.apply_send(snap, {2: Outcome("skipped", "Not sent: the run was cancelled.")}, column_of(doc))
    assert doc.schedule.rows[0].outcome.message == ("Not sent: the run was cancelled. Earlier in this session: "
                                                   "Created #7.")


def test_answers_for_another_document_are_stale():
    doc = make()
    snap = doc.snapshot()
    other = make()
    doc.open(Opened(Path("other.csv"), other.loaded, other.review))
    assert doc.apply_send(snap, {2: Outcome("created")}, column_of(doc)).stale
    assert doc.apply_compare(snap, [diff(0, 2)]).stale and not doc.compare


def test_a_snapshot_never_sees_later_changes_and_built_events_are_never_changed_in_place():
    doc = make()
    doc.schedule.rows[1].outcome = Outcome("created", "Created.", id=5)
    snap = doc.snapshot(cells=True)
    frozen = copy.deepcopy([(b.event, b.problems, b.kind) for b in snap.built])
    body, outcome = snap.body(range(6)), snap.outcomes[1]
    doc.edit([(0, 1, "Changed"), (1, 5, "a note"), (2, 2, "not a time")])
    doc.edit([(3, 0, "E-9")], by_user=False)
    doc.insert_rows([(0, Row(50, ["E-50", "New", START, START, "Dr A", None], added=True))])
    doc.remove_rows([4])
    doc.schedule.set_known(2, NEW)
    doc.reread(Options("Europe/Paris"))
    assert [(b.event, b.problems, b.kind) for b in snap.built] == frozen
    assert snap.body(range(6)) == body and snap.values[0][1] == "Visit 0"
    assert snap.outcomes[1] is outcome and not outcome.edited_since          # replaced on the row, not changed
    assert doc.schedule.rows[2].outcome.edited_since


def test_remapping_keeps_added_rows_and_outcomes():
    doc = make(3)
    doc.insert_rows([(3, Row(9, [None, "Walk-in", START, START, "Dr A", "x"], added=True))])
    doc.schedule.rows[0].outcome = Outcome("created", "Created.", id=1)
    snap = doc.snapshot(cells=True)
    opened = remapped(doc.path, doc.loaded, snap, NAMES[:-1] + ["location"], Options("America/New_York"))
    rows = opened.schedule.rows
    assert [r.number for r in rows] == [2, 3, 4, 9] and rows[3].added and rows[0].outcome.id == 1
    assert rows[3].event["location"] == "x"


def test_another_server_drops_compare_results_from_the_old_one():
    doc = make(3)
    snap = doc.snapshot()
    doc.apply_compare(snap, [diff(0, 2)], SERVER)
    assert doc.server == SERVER and not doc.switch_server(SERVER)           # the same: nothing dropped
    assert doc.switch_server(Server("https://api.apptoto.com", "me@example.com")) and doc.compare == {}
    assert doc.server.base_url == "https://api.apptoto.com"


def test_calendars_apptoto_accepted_are_known_afterwards():
    doc = make(2)
    doc.known_calendars = ["Dr B"]
    doc.apply_send(doc.snapshot(), {2: Outcome("created", id=1), 3: Outcome("failed", "No.")}, column_of(doc))
    assert doc.known_calendars == ["Dr A", "Dr B"]


# ---- which server ids, results and compare results came from (issue 15) ----------------------------------
SANDBOX = Server("http://127.0.0.1:8765", "demo@example.com")
REAL = Server("https://api.apptoto.com", "demo@example.com")


def with_ids(count: int = 4) -> Document:
    """Rows 0 and 1 carry an Apptoto ID (0: one the sandbox holds, 1: the user's own); the rest have none."""
    doc = make(count)
    id_column = doc.ensure_column("id")
    doc.edit([(0, id_column, 880105), (1, id_column, 4242)], by_user=False)
    return doc


def test_switching_server_clears_ids_results_and_compare_results_from_the_other_and_keeps_the_users():
    doc = with_ids()
    assert doc.attribute_ids(SANDBOX, {880105, 1001}) == 1 and doc.id_from == {0: SANDBOX}
    doc.switch_server(SANDBOX)
    snap = doc.snapshot()
    doc.apply_compare(snap, [diff(3, 5)], SANDBOX)
    applied = doc.apply_send(snap, {4: Outcome("created", "Created.", id=1001, external_id="E-2", server=SANDBOX),
                                    3: Outcome("failed", "No such event.", id=4242, server=SANDBOX)},
                             column_of(doc), SANDBOX)
    doc.edit(applied.ids, by_user=False)                           # the window writes them through its model
    assert doc.schedule.rows[2].event["id"] == 1001 and not doc.switch_server(SANDBOX)     # the same: nothing
    switched = doc.switch_server(REAL)
    assert switched and doc.server == REAL and doc.compare == {} and doc.compare_from is None
    assert sorted(switched.clearing.ids) == [0, 2]                 # the sandbox's own; the one a send wrote
    assert switched.ids == [(0, doc.schedule.column_of("id"), None), (2, doc.schedule.column_of("id"), None)]
    assert switched.sent == [2] and switched.rows == [1, 2, 3]    # row 1 failed there: not "sent"
    assert all(row.outcome is None for row in doc.schedule.rows) and doc.id_from == {}
    assert doc.notice == switched.clearing.note() and "2 Apptoto ids cleared" in doc.notice
    doc.edit(switched.ids, by_user=False)
    assert [row.event.get("id") for row in doc.schedule.rows] == [None, 4242, None, None]   # the user's stays
    assert doc.schedule.rows[2].event["external_id"] == "E-2"    # External IDs name the appointment: kept
    assert not doc.switch_server(REAL) and doc.notice              # said until the next send resets it
    doc.switch_server(SANDBOX)
    assert doc.notice == ""                                        # that note was of the switch before


def test_where_an_id_came_from_moves_with_its_row_and_is_forgotten_when_the_id_is_typed():
    doc = with_ids(6)
    doc.attribute_ids(SANDBOX, {880105, 4242})
    assert doc.id_from == {0: SANDBOX, 1: SANDBOX}
    doc.insert_rows([(0, Row(99, [], added=True))])
    doc.remove_rows([5])
    assert doc.id_from == {1: SANDBOX, 2: SANDBOX}
    doc.edit([(2, doc.schedule.column_of("id"), 4243)])           # the user types another id: origin unknown
    assert doc.id_from == {1: SANDBOX}
    assert sorted(doc.switch_server(REAL).clearing.ids) == [1]


def test_a_send_says_which_rows_apptoto_confirmed_and_keeps_the_events_zone():
    doc = make(3)
    snap = doc.snapshot()
    doc.edit([(1, 1, "Edited while sent")])

    class Result(dict):
        zones = {2: "America/Chicago"}

    answer = Result({2: Outcome("created", "Created.", id=7), 3: Outcome("created", "Created.", id=8),
                     4: Outcome("failed", "No.")})
    applied = doc.apply_send(snap, answer, column_of(doc), SANDBOX)
    assert applied.done == [0]                                     # row 1 was edited meanwhile, row 2 failed
    assert doc.schedule.rows[0].zone == "America/Chicago" and 0 in applied.rows


def test_an_undo_shows_on_the_rows_of_its_send_only():
    doc = make()
    doc.server = SERVER
    rows = doc.schedule.rows
    rows[0].outcome = Outcome("created", "Created.", id=501)
    rows[1].outcome = Outcome("updated", "Updated.", id=502, edited_since=True)
    rows[2].outcome = Outcome("created", "Created.", id=503)
    undone = [(2, 501, Outcome("deleted", "Deleted #501", id=501, why="undone")),
              (3, 502, Outcome("updated", "Restored #502", id=502, why="undone")),
              (4, 999, Outcome("deleted", "Deleted #999", id=999, why="undone")),     # row 4 is another event now
              (42, 7, Outcome("deleted", "Deleted #7", id=7, why="undone"))]         # no such row
    file = str(doc.path)
    assert doc.apply_undo("/another/file.xlsx", SERVER, undone) == []
    assert doc.apply_undo(file, Server("http://elsewhere", "me@example.com"), undone) == []
    assert rows[0].outcome.state == "created"
    assert doc.apply_undo(file, SERVER, undone) == [0, 1]
    assert (rows[0].outcome.state, rows[0].outcome.why) == ("deleted", "undone")
    assert rows[1].outcome.message == "Restored #502" and rows[1].outcome.edited_since     # still not sent
    assert rows[2].outcome.id == 503 and rows[2].outcome.state == "created"


def test_an_event_a_row_just_created_is_in_its_times_zone_so_the_row_gives_no_zone_warning():
    doc = make(2)                                            # no Time zone column: times read in New York
    snap = doc.snapshot()
    applied = doc.apply_send(snap, {2: Outcome("created", "Created.", id=7), 3: Outcome("updated", "Updated.", id=8)},
                             column_of(doc), SANDBOX)
    doc.schedule.set_values(applied.ids, by_user=False)      # the ids the window writes into the grid
    created, updated = doc.schedule.rows
    assert created.kind == UPDATE and created.event["id"] == 7 and created.zone == "America/New_York"
    assert doc.schedule.problems(0) == []                    # not "09:00 was read in …; the event may be in another"
    assert created.event["start_time"] == "2026-12-07T09:00:00-05:00"
    assert updated.zone is None                              # an event that was there before: its zone is not known
    assert [p.severity for p in doc.schedule.problems(1)] == [WARNING]
