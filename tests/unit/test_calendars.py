"""Calendars are never created by a typo: the body flag on every PUT, rows refused for a calendar that does not exist
fail alone and name it, calendars allowed are created, a server that ignores the flag is noticed, and the account's
calendars are learned from every answer. Each against the sandbox answering fully and tersely."""

from __future__ import annotations

import json

import pytest

from gui.apptoto import calendars as cal
from gui.apptoto.accounts import AccountFiles
from gui.apptoto.engine import SendItem, SendOptions, submit
from gui.apptoto.errors import BadRequest
from gui.apptoto.journal import Journal
from gui.apptoto.send import send
from tests.helpers.apptoto import client_for, wire_event

STYLES = ["full", "terse"]


@pytest.fixture(params=STYLES)
def account(request, sandbox):
    """The tests' sandbox account, answering as it normally does or like a terser Apptoto."""
    if request.param == "terse":
        sandbox.store.calendar_names = sandbox.store.echo_external_id = sandbox.store.echo_time_zone = False
    return sandbox


class Recording:
    """A client that records what each PUT was sent with."""

    def __init__(self, inner):
        self.inner, self.flags = inner, []

    def put_events(self, events, **kwargs):
        self.flags.append((len(events), kwargs.get("prevent_calendar_creation")))
        return self.inner.put_events(events, **kwargs)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def items_with_typo(count=10, typo_at=(4,), name="Dr Smiht"):
    return [SendItem(n + 2, wire_event(n, calendar=name if n in typo_at else "Dr Adams")) for n in range(count)]


def run(items, client, clock, **options):
    return submit(items, client, SendOptions(seed=1, **options), sleep=clock.sleep, clock=clock)


def test_a_misspelt_calendar_fails_its_row_alone_names_it_and_creates_nothing(account, clock):
    client = Recording(client_for(account))
    before = dict(account.calendars)
    result = run(items_with_typo(), client, clock)
    assert account.calendars == before                                   # no calendar created
    assert result[6].state == "failed"
    assert result[6].message == ("Calendar “Dr Smiht” does not exist in this Apptoto account; it was not created. "
                                 "Check the spelling, or allow creating it.")
    assert [result[k].state for k in result if k != 6] == ["created"] * 9
    assert len(account.events) == 9 and result.refused_calendars == {"Dr Smiht": 1}
    assert "1 row not sent: calendar “Dr Smiht” does not exist in this Apptoto account" in result.message
    assert all(prevent is True for _, prevent in client.flags)           # every PUT carried the flag
    assert [size for size, _ in client.flags] == [10, 1, 9]              # the calendar's row apart at once


def test_rows_of_one_misspelt_calendar_fail_together_after_one_refusal(account, clock):
    client = Recording(client_for(account))
    result = run(items_with_typo(8, typo_at=(1, 3, 5)), client, clock)
    assert sorted(k for k in result if result[k].state == "failed") == [3, 5, 7]
    assert result.refused_calendars == {"Dr Smiht": 3} and len(account.events) == 5
    assert [size for size, _ in client.flags] == [8, 3, 5]


def test_a_refusal_that_does_not_name_the_calendar_is_found_by_halving_and_hinted(account, clock):
    inner = client_for(account)

    class Terse(Recording):                      # Apptoto's error body may say nothing useful
        def put_events(self, events, **kwargs):
            try:
                return super().put_events(events, **kwargs)
            except BadRequest as exc:
                raise BadRequest(exc.status, '{"error": "Unprocessable"}') from None

    client = Terse(inner)
    result = run(items_with_typo(8, typo_at=(6,)), client, clock)
    assert result[8].state == "failed" and result.refused_calendars == {}
    assert result[8].message == ("Apptoto rejected this row: Unprocessable (422). Its calendar “Dr Smiht” is not "
                                 "known in this account: if Apptoto does not have it, that may be why (it was not "
                                 "created).")
    assert sum(1 for state in (o.state for o in result.values()) if state == "created") == 7
    assert len(client.flags) > 3                                         # bisected: 8, 4, 4, 2, 2, 1, 1


@pytest.mark.parametrize("allowed", [frozenset({"dr smiht"}), True])
def test_calendars_allowed_are_created_in_requests_without_the_flag(account, clock, allowed):
    client = Recording(client_for(account))
    result = run(items_with_typo(6, typo_at=(1, 4)), client, clock, create_calendars=allowed)
    assert result.counts()["created"] == 6 and "Dr Smiht" in account.calendars.values()
    if allowed is True:                                                  # every row may create: no flag at all
        assert client.flags == [(6, False)]
    else:                                                                # the others keep the flag, apart
        assert client.flags == [(4, True), (2, False)]
    assert result.unasked_calendars == {} and "Dr Smiht" in result.calendars.values()


def test_only_the_calendars_named_may_be_created(account, clock):
    items = items_with_typo(6, typo_at=(1,)) + [SendItem(9, wire_event(7, calendar="Room 9"))]
    result = run(items, client_for(account), clock, create_calendars=frozenset({"Room 9"}))
    assert result[9].state == "created" and result[3].state == "failed"
    assert "Room 9" in account.calendars.values() and "Dr Smiht" not in account.calendars.values()


def known(account):
    """What an earlier send to the account would have taught: its calendars, names and ids."""
    return {"calendars": dict(account.calendars), "calendar_ids": set(account.calendars)}


def test_a_server_that_ignores_the_flag_is_noticed_in_the_row_and_the_run(account, clock):
    account.store.honour_prevent_calendar_creation = False
    result = submit(items_with_typo(4, typo_at=(1, 2)), client_for(account), SendOptions(seed=1),
                    sleep=clock.sleep, clock=clock, **known(account))
    made = next(cid for cid, name in account.calendars.items() if name == "Dr Smiht")
    assert result.counts()["created"] == 4                               # saved: Apptoto took them
    for key in (3, 4):
        assert f"Apptoto put it in calendar #{made}, which this app has never seen in this account" \
            in result[key].message and "“Dr Smiht”" in result[key].message
    assert "seems to have created" not in result[2].message
    assert result.unasked_calendars == {made: "Dr Smiht"}
    assert "Apptoto seems to have created 1 calendar although asked not to: “Dr Smiht”." in result.message


def test_calendars_known_before_are_not_taken_for_ones_created_unasked(account, clock):
    account.store.honour_prevent_calendar_creation = False
    client = client_for(account)
    first = run([SendItem(1, wire_event(1))], client, clock)            # learns Dr Adams' id
    again = submit([SendItem(1, wire_event(2)), SendItem(2, wire_event(3, calendar="Dr Smiht"))], client,
                   SendOptions(seed=1), sleep=clock.sleep, clock=clock, calendars=first.calendars,
                   calendar_ids=first.calendar_ids)
    assert again.counts()["created"] == 2 and "seems" not in again[1].message
    assert list(again.unasked_calendars.values()) == ["Dr Smiht"]


def test_the_first_send_to_an_account_names_the_calendars_it_met_once_instead_of_alarming_each_row(account, clock):
    account.store.honour_prevent_calendar_creation = False          # nothing known: every calendar is new to the app
    result = run(items_with_typo(4, typo_at=(1,)), client_for(account), clock)
    assert result.counts()["created"] == 4 and not result.unasked_calendars
    assert all("seems" not in outcome.message for outcome in result.values())
    assert ("First send to this account from this computer: “Dr Adams” and “Dr Smiht” are now remembered as "
            "calendars of the account. Apptoto was asked not to create calendars; if one of these names is "
            "misspelt, check it in Apptoto.") in result.message


def test_names_and_ids_are_learned_from_answers_and_remembered_for_the_account(account, clock, tmp_path):
    client = client_for(account)
    adams = next(cid for cid, name in account.calendars.items() if name == "Dr Adams")
    result = send([SendItem(2, wire_event(1)), SendItem(3, wire_event(2, calendar="Room 9"))], client,
                  SendOptions(seed=1, create_calendars=frozenset({"Room 9"})), "s.csv",
                  journal=Journal(tmp_path / "journal"), sleep=clock.sleep, clock=clock)
    room = next(cid for cid, name in account.calendars.items() if name == "Room 9")
    memory = AccountFiles(client.base_url, client.user).load()
    assert result.counts()["created"] == 2
    # terse answers carry no names: each is learned from the name the row was sent with when it was created
    assert memory.calendars[adams] == "Dr Adams" and memory.calendars[room] == "Room 9"
    assert {adams, room} <= memory.calendar_ids
    assert memory.known().knows_name(" dr adams ")


def test_a_listing_teaches_every_calendar_id_and_the_names_it_carries(account, clock, tmp_path):
    client = client_for(account)
    account.store.seed([wire_event(5, calendar="Hygiene", external_id="h-1")])
    hygiene = next(cid for cid, name in account.calendars.items() if name == "Hygiene")
    result = send([SendItem(2, wire_event(4))], client, SendOptions(seed=1), "s.csv",
                  journal=Journal(tmp_path / "journal"), sleep=clock.sleep, clock=clock)
    memory = AccountFiles(client.base_url, client.user).load()
    assert result.counts()["created"] == 1 and hygiene in memory.calendar_ids
    assert (memory.calendars.get(hygiene) == "Hygiene") == (account.store.calendar_names is True)


def test_the_journal_records_the_flag_with_each_request_and_the_server_of_each_outcome(account, clock, tmp_path):
    journal = Journal(tmp_path / "journal")
    items = items_with_typo(3, typo_at=(1,))
    send(items, client_for(account), SendOptions(seed=1, create_calendars=frozenset({"Dr Smiht"})), "s.csv",
         journal=journal, sleep=clock.sleep, clock=clock)
    [run_] = journal.runs()
    bodies = [r["body"] for r in journal.read(run_) if r["type"] == "request"]
    assert [(len(b["events"]), b.get("prevent_calendar_creation")) for b in bodies] == [(2, True), (1, None)]
    servers = [r["server"] for r in journal.read(run_) if r["type"] == "outcome"]
    assert servers == [{"base_url": account.url, "user": "demo@example.com"}] * 3     # where each id came from


def test_allowed_calendars_from_the_command_line():
    assert cal.parse_allowed(None) is False and cal.parse_allowed([True]) is True
    assert cal.parse_allowed(["Dr Smiht, Room 9", "Lab"]) == frozenset({"Dr Smiht", "Room 9", "Lab"})
    assert cal.may_create(" DR  smiht", frozenset({"Dr Smiht"})) and not cal.may_create("Lab", frozenset({"x"}))
    assert not cal.may_create(None, True) and not cal.may_create("X", False)
    assert json.dumps(sorted(cal.parse_allowed(["a,,b"]))) == '["a", "b"]'


def test_a_calendar_move_is_told_in_both_answer_styles_once_names_are_known(account, clock):
    [event] = account.store.seed([wire_event(1)])
    result = submit([SendItem(2, {"id": event["id"], "calendar": "Dr Baker", "title": "Moved?"}, "update")],
                    client_for(account), SendOptions(seed=1), sleep=clock.sleep, clock=clock, **known(account))
    assert result[2].state == "updated"
    assert "not moved to Dr Baker: the event stays in Dr Adams" in result[2].message


def test_an_older_calendar_met_for_the_first_time_is_not_taken_for_one_created_unasked(account, clock):
    newest = max(account.calendars)                     # the app knows only the account's newest calendar
    result = submit([SendItem(2, wire_event(1))], client_for(account), SendOptions(seed=1), sleep=clock.sleep,
                    clock=clock, calendars={newest: account.calendars[newest]}, calendar_ids={newest})
    assert result[2].state == "created" and "seems" not in result[2].message and not result.unasked_calendars
    adams = next(cid for cid, name in account.calendars.items() if name == "Dr Adams")
    assert result.calendars[adams] == "Dr Adams"        # learned now
