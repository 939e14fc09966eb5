"""Plain words: singular and plural right, numbers one way (1,234), dates and times never as raw ISO text, the
window able to put its locale's formats in; the counts the command line and the summary say."""

from __future__ import annotations

import datetime as dt

from gui.core import words
from gui.core.schedule import Schedule
from gui.core.summary import summarise
from gui.core.vocab import KIND_LABELS, MAYBE_UPDATE, compare_tally, outcome_tally

PARIS = dt.timezone(dt.timedelta(hours=1))


def test_counts_and_numbers():
    assert words.count(1, "update") == "1 update" and words.count(2, "update") == "2 updates"
    assert words.count(1234, "row") == "1,234 rows" and words.count(0, "row") == "0 rows"
    assert words.count(1, "entry", "entries") == "1 entry" and words.count(3, "entry", "entries") == "3 entries"
    assert words.number(90.0) == "90" and words.number(1234567) == "1,234,567" and words.number(1.5) == "1.5"
    assert words.listing(["A"]) == "“A”" and words.listing(["A", "B", "C"]) == "“A”, “B” and “C”"


def test_dates_and_times_read_one_plain_way_and_the_window_can_replace_it():
    moment = dt.datetime(2026, 12, 7, 9, 5, tzinfo=PARIS)
    assert words.when(moment) == "Mon 7 Dec 2026 09:05"
    assert words.when("2026-12-07T09:05:00+01:00", offset=True) == "Mon 7 Dec 2026 09:05 (UTC+01:00)"
    assert words.when("not a time") == "not a time" and words.when(None) == "?"
    assert words.utc_offset(dt.datetime(2026, 1, 1, tzinfo=dt.timezone(-dt.timedelta(hours=5, minutes=30)))) \
        == "UTC-05:30"
    try:
        words.set_formats(lambda day: day.strftime("%d/%m/%Y"), lambda t: t.strftime("%I:%M %p"))
        assert words.when(moment) == "07/12/2026 09:05 AM"
    finally:
        words.set_formats()
    assert words.when(moment) == "Mon 7 Dec 2026 09:05"


def test_tallies_say_each_kind_in_words():
    assert outcome_tally({"created": 1, "updated": 2, "skipped": 3, "unknown": 1}) == (
        "1 created, 2 updated, 1 unknown (check Apptoto before resending), 3 not sent")
    assert outcome_tally({}) == "nothing"
    assert compare_tally({"new": 34, "update": 1, "unchanged": 2, "conflict": 2, "unknown": 1}) == (
        "34 new, 1 will change, 2 unchanged, 2 conflicts, 1 not compared")
    assert KIND_LABELS[MAYBE_UPDATE] == "Update if found"


def test_the_summary_counts_updates_and_rows_that_update_if_found_apart():
    headers = ["id", "external_id", "calendar", "title", "start_time", "end_time", "participant_name",
               "participant_phone"]
    start, end = "2026-12-07T09:00:00-05:00", "2026-12-07T09:30:00-05:00"
    rows = [(2, [7, None, None, None, None, None, "Ann", "5551234567"]),          # an update replacing people
            *((n, [None, f"E-{n}", "A", "T", start, end, "Bo", f"555123{n:04d}"]) for n in range(3, 6))]
    summary = summarise(Schedule(headers, headers, rows), range(4))
    assert summary.lines()[:3] == [
        "4 events will be sent: 0 new, 1 update, 3 updates if found in Apptoto, else new.",
        "1 update replaces all participants of the event (people not listed in the row are removed).",
        "3 rows have only an External ID and participants or custom data: if Apptoto already has those events, "
        "sending replaces all their participants and custom data."]
