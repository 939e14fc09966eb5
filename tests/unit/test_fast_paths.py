"""The loading fast paths give exactly what the per-value rules give (DESIGN.md "Turning cells into an event").

Loading 100,000 rows takes shortcuts (benchmark 1): plain e-mails and phones are kept without the memo and
the full checks, a row's dicts are made with dict(zip()), a day's UTC offset is found with one loop. Each is
compared here with the slow rule it stands for, on values chosen to sit on the edges of the shortcut.
"""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from gui.core import convert as cv
from gui.core import fields as F
from gui.core.columns import Bad, convert_column
from gui.core.rowbuild import Options, Plan, build_many, row_dicts
from gui.core.times import _day_offset

EMAILS = ["ann@example.com", "a.b+c@mail.example.co.uk", "ANN_LEE@EXAMPLE.COM", "x@y.z", "o'neil@example.ie",
          ".ann@example.com", "ann.@example.com", "ann..lee@example.com", "ann@-example.com", "ann@example-.com",
          "ann@example.com-", "ann@example..com", "ann@example", "ann@@example.com", "ann@exa_mple.com",
          "ann lee@example.com", "anné@example.com", "ann@exämple.com", "ann@example.c", "a@b.c-", "@example.com",
          "ann@", "ann@.example.com", "ann@example.com.", "-ann@example.com", "ann-@example.com",
          "ann@1.2.3.4", "ann@[1.2.3.4]", "ann@ex.-ample.com", "#!$%&'*+/=?^_`{|}~-@example.org"]
PHONES = ["(917) 615-8166", "917-615-8166", "917.615.8166", "917 615 8166", "9176158166", "917/615/8166",
          "(917)6158166", "1 917 615 8166", "+1 917 615 8166", "+44 20 7946 0958", "020 7946 0958",
          "615-8166", "12", "917-615-816", "917-615-81666", "(917) 615-8166 x12", "917-615-8166#3",
          "917 615 8166 ext. 4", "917-615-8166 X9", "9l7-6l5-8l66", "(917) 615–8166", "٩١٧٦١٥٨١٦٦",
          "917..615..8166", "--9176158166--", "123456789012345", "1234567890123456",
          9176158166, 6158166, 999_999, 1_000_000, 10**15 - 1, 10**15, 0, -9176158166, 9176158166.0, True]


def per_value(cells: list, f: F.Field, region: str = "") -> list:
    """The slow rule: each cell converted on its own (None for blank, the value, or the problem's text)."""
    convert = cv.to_email if f.kind == F.EMAIL else (lambda value: cv.to_phone(value, region=region))
    result = []
    for value in cells:
        try:
            result.append(None if value is None else convert(value))
        except cv.CellProblem as exc:
            result.append(f"{F.shown_label(f)} {exc}")
    return result


def column_rule(cells: list, f: F.Field, region: str = "") -> list:
    converted, _ = convert_column(cells, f, normalised=True, phone_region=region)
    return [value.message if value.__class__ is Bad else value for value in converted]


def test_a_column_of_emails_is_converted_as_each_email_on_its_own():
    f = F.participant_field(0, "email")
    cells = EMAILS + [None] + EMAILS          # the second time round comes from the memo
    assert column_rule(cells, f) == per_value(cells, f)
    assert column_rule(cells, f)[:5] == EMAILS[:5]           # the common addresses are kept exactly as written


@pytest.mark.parametrize("region", ["", "US", "CA", "GB"])
def test_a_column_of_phones_is_converted_as_each_phone_on_its_own(region):
    f = F.participant_field(0, "phone")
    cells = PHONES + [None] + PHONES             # cells as the reader leaves them: text stripped
    assert column_rule(cells, f, region) == per_value(cells, f, region)


def test_the_plain_patterns_accept_only_what_the_full_rules_keep_as_written():
    for text in EMAILS:
        if cv.PLAIN_EMAIL(text):
            assert cv.to_email(text) == text
    assert not cv.PLAIN_EMAIL("ann@example.com\n")          # a stripped cell never ends with a newline
    for odd in (".ann@example.com", "ann.@example.com", "ann..lee@example.com", "ann@-example.com",
                "ann@example-.com", "ann@ex.-ample.com", "ann@example.com-", "ann@example", "anné@example.com"):
        assert not cv.PLAIN_EMAIL(odd), odd                  # left to email_validator
    for text in (p for p in PHONES if isinstance(p, str)):
        if cv.PLAIN_PHONE(text):
            assert cv.to_phone(text) == cv.to_phone(text, region="US") == text
    assert cv.PLAIN_PHONE("(917) 615-8166") and cv.PLAIN_PHONE("917.615.8166")
    for odd in ("1 917 615 8166", "+1 917 615 8166", "615-8166", "917-615-816", "(917) 615-8166 x12",
                "(917) 615–8166", "020 7946 0958 1"):
        assert not cv.PLAIN_PHONE(odd), odd                  # left to the full rule (it may still be a phone)


def naive_dicts(keys: list[str], columns: list[list]) -> list[dict | None]:
    rows = []
    for values in zip(*columns, strict=True):
        made = {}
        for key, value in zip(keys, values, strict=True):
            if value is not None:
                made[key] = value
        rows.append(made or None)
    return rows


def test_row_dicts_keep_column_order_drop_blanks_and_let_the_last_filled_duplicate_win():
    keys = ["title", "location", "content"]
    columns = [["A", None, "C", None], ["L", "M", None, None], ["n", "o", "p", None]]
    made = row_dicts(keys, columns, 4)
    assert made == naive_dicts(keys, columns)
    assert [list(d) for d in made[:3]] == [["title", "location", "content"], ["location", "content"],
                                           ["title", "content"]]
    assert made[3] is None
    assert made[0] is not made[1]                       # every row has its own dict (events are changed later)
    twice = ["title", "title"]
    assert row_dicts(twice, [["first", "first"], ["second", None]], 2) == [{"title": "second"}, {"title": "first"}]
    assert row_dicts([], [], 3) == [None, None, None]


def test_a_block_of_rows_builds_as_each_row_on_its_own():
    headers = ["external_id", "calendar", "title", "start_time", "end_time", "location", "content",
               "participant_name", "participant_email", "participant_phone", "participant2_name",
               "participant2_email", "custom_data.ref", "custom_data.first"]
    plan = Plan.from_fields(headers, [chr(65 + i) for i in range(len(headers))], headers)
    options = Options(default_time_zone="America/New_York", phone_region="US")
    start = dt.datetime(2025, 3, 3, 9)
    rows = []
    for i in range(60):
        rows.append([f"E-{i}", "Dr A", "Visit", start + dt.timedelta(days=i % 9, minutes=15 * i),
                     start + dt.timedelta(days=i % 9, minutes=15 * i + 30), None if i % 3 else "Room 2",
                     None if i % 2 else "Bring card", f"Client {i}", EMAILS[i % len(EMAILS)],
                     PHONES[i % len(PHONES)], None if i % 5 else "Parent", None if i % 4 else "p@example.com",
                     i if i % 7 else None, None if i % 2 else dt.date(2025, 1, 1)])
    numbers = list(range(2, 62))
    together = build_many([list(r) for r in rows], numbers, plan, options)
    alone = [build_many([list(r)], [n], plan, options)[0] for r, n in zip(rows, numbers, strict=True)]
    assert [(b.event, b.problems, b.kind) for b in together] == [(b.event, b.problems, b.kind) for b in alone]
    assert [list(b.event) for b in together] == [list(b.event) for b in alone]      # the same key order


@pytest.mark.parametrize(("zone", "day"), [
    ("America/New_York", dt.datetime(2025, 3, 9, 12)),       # clocks forward at 02:00
    ("America/New_York", dt.datetime(2025, 11, 2, 12)),      # clocks back at 02:00
    ("Europe/London", dt.datetime(2025, 3, 30, 12)),
    ("Australia/Lord_Howe", dt.datetime(2025, 4, 6, 12)),    # half an hour back
    ("Australia/Lord_Howe", dt.datetime(2025, 10, 5, 12)),   # half an hour forward
    ("America/Santiago", dt.datetime(2025, 4, 5, 12)),       # back at 24:00: the day's last hour comes twice
    ("America/Santiago", dt.datetime(2025, 9, 7, 12)),       # forward at 24:00: the day's midnight never comes
])
def test_a_day_with_a_clock_change_has_no_fixed_offset(zone, day):
    assert _day_offset(ZoneInfo(zone), zone, day) is None


@pytest.mark.parametrize(("zone", "day", "hours"), [
    ("America/New_York", dt.datetime(2025, 3, 8, 9), -5),
    ("America/New_York", dt.datetime(2025, 3, 10, 9), -4),
    ("Europe/London", dt.datetime(2025, 7, 1, 9), 1),
    ("Australia/Lord_Howe", dt.datetime(2025, 1, 15, 9), 11),
    ("Asia/Kolkata", dt.datetime(2025, 3, 9, 9), 5.5),
    ("UTC", dt.datetime(2025, 3, 9, 9), 0),
])
def test_a_day_without_a_clock_change_has_its_fixed_offset(zone, day, hours):
    fixed = _day_offset(ZoneInfo(zone), zone, day)
    assert fixed is not None and fixed.utcoffset(None) == dt.timedelta(hours=hours)
