"""`apptoto-sheets submit` and calendars: a misspelt one is never created, its row fails alone and names it (exit 1);
--create-calendars creates it; the calendars line before sending and in a dry run. Full and terse answers."""

from __future__ import annotations

import pytest

from gui.cli import main

HEADER = "calendar,title,start_time,end_time,participant_name,participant_phone\n"


def row(n: int, calendar: str = "Dr Adams") -> str:
    return f"{calendar},Check-up {n},2025-03-0{n + 1} 09:00,2025-03-0{n + 1} 09:30,Pat {n},555000{n:04d}\n"


@pytest.fixture(params=["full", "terse"])
def account(request, sandbox):
    if request.param == "terse":
        sandbox.store.calendar_names = sandbox.store.echo_external_id = sandbox.store.echo_time_zone = False
    return sandbox


def schedule(path, typo_rows=(1,), count=4, typo="Dr Smiht"):
    path.write_text(HEADER + "".join(row(n, typo if n in typo_rows else "Dr Adams") for n in range(count)),
                    encoding="utf-8")
    return str(path)


def submit(sb, file, *extra):
    return main(["submit", file, "--base-url", sb.url, "--time-zone", "America/New_York", *extra])


def test_a_misspelt_calendar_creates_nothing_sends_the_rest_exits_1_and_names_it(env, account, capsys):
    before = dict(account.calendars)
    assert submit(account, schedule(env / "s.csv")) == 1
    err = capsys.readouterr().err
    assert account.calendars == before and len(account.events) == 3
    assert ("s.csv, row 3: failed: Calendar “Dr Smiht” does not exist in this Apptoto account; it was not "
            "created. Check the spelling, or allow creating it.") in err
    assert "1 row not sent: calendar “Dr Smiht” does not exist in this Apptoto account (nothing was created)." in err
    assert 'To let Apptoto create it, send again with --create-calendars="Dr Smiht".' in err
    puts = [m for m, _ in account.requests if m == "PUT"]
    assert len(puts) == 3                                   # the batch, then the calendar's row and the others


def test_create_calendars_with_its_name_creates_it(env, account, capsys):
    assert submit(account, schedule(env / "s.csv"), "--create-calendars=Dr Smiht") == 0
    assert "Dr Smiht" in account.calendars.values() and len(account.events) == 4
    err = capsys.readouterr().err
    assert ("Calendar not seen before in this account, which Apptoto will create if it does not have it: "
            "“Dr Smiht” (1 row).") in err


def test_create_calendars_alone_allows_any_and_another_name_allows_none_of_these(env, account, capsys):
    file = schedule(env / "s.csv", typo_rows=(1,))
    assert submit(account, file, "--create-calendars=Room 9") == 1
    assert "Dr Smiht" not in account.calendars.values()
    assert "--create-calendars: no row to send names calendar “Room 9”." in capsys.readouterr().err
    assert submit(account, file, "--create-calendars") == 0
    assert "Dr Smiht" in account.calendars.values() and len(account.events) == 4


def test_the_calendars_line_comes_before_sending_and_in_a_dry_run(env, account, capsys):
    file = schedule(env / "s.csv", typo_rows=())
    assert submit(account, file) == 0                       # teaches this computer the account's calendars
    capsys.readouterr()
    typo = schedule(env / "t.csv", typo_rows=(2, 3))
    assert submit(account, typo, "--dry-run", "--user", "demo@example.com") == 0
    err = capsys.readouterr().err
    assert ("Calendar not seen before in this account: “Dr Smiht” (2 rows). If Apptoto does not have it, those "
            "rows will fail and nothing is created: check the spelling, or allow creating it.") in err
    assert 'To let Apptoto create it: --create-calendars="Dr Smiht".' in err
    assert "Dr Adams" not in err.split("Dry run")[0]        # known from the first send
    assert [m for m, _ in account.requests if m == "PUT"] == ["PUT"]     # the dry run sent nothing
