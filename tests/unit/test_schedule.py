"""The schedule document: duplicate keys, edits that revalidate only what they touch, the request body."""

import datetime as dt

from gui.core.rowbuild import Options
from gui.core.schedule import Schedule, parse_rows_option
from gui.core.summary import summarise
from gui.core.vocab import MAYBE_UPDATE, NEW, UPDATE

HEADERS = ["External ID", "Apptoto ID", "Provider", "Title", "Start", "End", "Client", "Mobile"]
NAMES = ["external_id", "id", "calendar", "title", "start_time", "end_time", "participant_name", "participant_phone"]
START = dt.datetime(2026, 12, 1, 9, 0)
END = dt.datetime(2026, 12, 1, 9, 30)


def make(rows):
    return Schedule(HEADERS, NAMES, [(n + 2, r) for n, r in enumerate(rows)],
                    Options(default_time_zone="America/Chicago"), source="s.xlsx", sheet="Sheet1")


def test_duplicate_external_ids_are_errors_on_both_rows_and_clear_when_edited():
    s = make([["A1", None, "Dr A", "T", START, END, "Ann", "5551234567"],
              ["A1", None, "Dr A", "T", START, END, "Bob", "5551234568"],
              ["B2", None, "Dr A", "T", START, END, "Cy", "5551234569"]])
    assert [p.message for p in s.problems(0)] == ["External ID A1 is also used on row 3"]
    assert [p.message for p in s.problems(1)] == ["External ID A1 is also used on row 2"]
    assert s.problems(0)[0].letter == "A" and s.problems(0)[0].column == "External ID"
    changed = s.set_value(1, 0, "C3")
    assert changed == [0, 1]
    assert s.problems(0) == [] and s.problems(1) == []
    changed = s.set_value(2, 0, "A1")
    assert changed == [0, 2]
    assert [p.message for p in s.problems(2)] == ["External ID A1 is also used on row 2"]


def test_duplicate_ids_are_errors():
    s = make([[None, 5, "Dr A", None, None, None, None, None], [None, 5.0, "Dr B", None, None, None, None, None]])
    assert [p.message for p in s.problems(1)] == ["Apptoto ID 5 is also used on row 2"]


def test_kinds_and_counts():
    s = make([[None, None, "Dr A", "T", START, END, "Ann", "5551234567"],
              ["X", None, "Dr A", "T", START, END, "Ann", "5551234567"],
              [None, 9, "Dr A", None, None, None, None, None],
              [None, None, "Dr A", None, START, END, "Ann", "5551234567"]])
    assert [r.kind for r in s.rows] == [NEW, MAYBE_UPDATE, UPDATE, NEW]
    assert s.counts() == {"rows": 4, "new": 2, "update": 1, "maybe_update": 1, "cancel": 0, "errors": 1,
                          "warnings": 0}


def test_editing_a_cell_rebuilds_the_row_and_blank_text_clears():
    s = make([[None, None, "Dr A", None, START, END, "Ann", "5551234567"]])
    assert s.has_errors(0)
    s.set_value(0, 3, "Check-up")
    assert not s.has_errors(0)
    assert s.rows[0].event["title"] == "Check-up"
    s.set_value(0, 3, "   ")
    assert s.rows[0].values[3] is None and s.has_errors(0)


def test_body_leaves_out_rows_with_errors_and_keeps_model_key_order():
    s = make([[None, None, "Dr A", "T", START, END, "Ann", 5551234567.0],
              [None, None, "Dr A", None, START, END, "Bob", None]])
    body = s.body([0, 1])
    assert body == {"events": [{"calendar": "Dr A", "title": "T", "start_time": "2026-12-01T09:00:00-06:00",
                                "end_time": "2026-12-01T09:30:00-06:00",
                                "participants": [{"name": "Ann", "phone": "5551234567"}]}]}


def test_add_auto_marks_only_new_events():
    s = make([[None, None, "Dr A", "T", START, END, "Ann", "5551234567"],
              [None, 3, "Dr A", None, None, None, None, None]])
    events = s.body([0, 1], add_auto=True)["events"]
    assert events[0]["content"] == "#auto"
    assert "content" not in events[1]


def test_ensure_column_adds_a_column_once():
    s = make([[None, None, "Dr A", "T", START, END, "Ann", "5551234567"]])
    assert s.ensure_column("id") == 1
    column = s.ensure_column("custom_data.note")
    assert column == 8 and s.ensure_column("custom_data.note") == 8
    s.set_value(0, column, "hello")
    assert s.rows[0].event["custom_data"] == {"note": "hello"}


def test_summary_in_plain_words():
    s = make([[None, None, "Dr A", "T", START, END, "Ann", "5551234567"],
              [None, 9, "Dr Typo", None, None, None, "Cy", "5551234569"],
              [None, None, "Dr A", None, None, None, None, None]])
    summary = summarise(s, [0, 1, 2], known_calendars=["dr a"])
    assert summary.lines() == [
        "2 events will be sent: 1 new, 1 update.",
        "1 selected row has errors and will not be sent.",
        "1 update replaces all participants of the event (people not listed in the row are removed).",
        "1 participant on new events may receive Apptoto's auto messages.",
        "Calendar not seen before in this account: “Dr Typo” (1 row). If Apptoto does not have it, that row will "
        "fail and nothing is created: check the spelling, or allow creating it."]
    allowed = summarise(s, [0, 1, 2], known_calendars=["dr a"], create_calendars=frozenset({"dr typo"}))
    assert allowed.lines()[-1] == ("Calendar not seen before in this account, which Apptoto will create if it does "
                                   "not have it: “Dr Typo” (1 row).")
    assert summarise(s, [0, 1, 2]).lines()[-1].startswith("1 participant")     # no calendars known: not judged


def test_rows_option():
    assert parse_rows_option("2-4,9") == {2, 3, 4, 9}
    for bad in ("a", "5-2", "0"):
        try:
            parse_rows_option(bad)
        except ValueError as exc:
            assert "--rows" in str(exc)
        else:
            raise AssertionError(bad)


def test_an_external_id_unknown_to_apptoto_makes_required_fields_errors():
    s = make([["X1", None, "Dr A", None, None, None, None, None]])
    assert s.rows[0].kind == MAYBE_UPDATE and not s.has_errors(0)
    s.set_known(0, NEW)
    assert s.rows[0].kind == NEW
    assert [(p.column, p.severity) for p in s.problems(0)] == [("Title", "error"), ("Start", "error"),
                                                               ("End", "error")]
    s.set_known(0, UPDATE)
    assert s.rows[0].kind == UPDATE and s.problems(0) == []
    s.set_value(0, 6, "Ann")      # an edit keeps what Apptoto said
    assert s.rows[0].kind == UPDATE


def test_a_user_edit_after_a_send_marks_the_outcome_edited_since():
    from gui.core.vocab import Outcome

    s = make([["X1", None, "Dr A", "T", START, END, "Ann", "5551234567"]])
    s.rows[0].outcome = Outcome("created", id=5, external_id="X1")
    s.set_values([(0, 1, 5)], by_user=False)           # the id written back by the send
    assert not s.rows[0].outcome.edited_since
    s.set_value(0, 3, "T")                              # the same value: nothing changed
    assert not s.rows[0].outcome.edited_since
    s.set_value(0, 3, "Check-up")
    assert s.rows[0].outcome.edited_since
