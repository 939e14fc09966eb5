"""Issue 16's checks against the sandbox: a 2,000-row Compare and send cost pages, not rows; a send through 502s,
dropped connections and 429s gets its batch size back (requests and sizes asserted, never seconds)."""

from __future__ import annotations

import statistics
from collections import Counter

from gui.apptoto.diff import RowEvent, compare_rows, counts
from gui.apptoto.engine import SendItem, SendOptions, submit
from gui.apptoto.ratelimit import RateLimiter
from gui.apptoto.sandbox import FaultConfig, SandboxServer
from tests.helpers.apptoto import client_for, wire_event, with_calendars
from tests.helpers.fakes import FakeClock

ROWS = 2000


def sheet(count=ROWS):
    """Rows alternating: one Apptoto has (by external_id), one it does not, and every 10th without a key."""
    events = []
    for n in range(count):
        event = wire_event(n)
        if n % 10:
            event["external_id"] = f"PM-{n}"
        events.append(event)
    return events


def seed_half(sandbox, events):
    sandbox.store.seed([e for n, e in enumerate(events) if n % 2 == 0 and "external_id" in e])


def gets(sandbox, since=0):
    return Counter(path.split("?")[0] for method, path in sandbox.requests[since:] if method == "GET")


def test_a_2000_row_compare_asks_for_pages_not_rows(sandbox, clock):
    events = sheet()
    seed_half(sandbox, events)
    stored = len(sandbox.events)
    rows = [RowEvent(n, n + 2, e) for n, e in enumerate(events)]
    diffs = compare_rows(rows, client_for(sandbox), RateLimiter(90, clock=clock, sleep=clock.sleep))
    asked = gets(sandbox)
    assert asked == {"/v1/events": stored // 200 + 1} and diffs.requests == stored // 200 + 1
    tally = counts(diffs)
    assert tally["unchanged"] == stored and tally["new"] == ROWS - stored
    assert all("not found in Apptoto between Sun 2 Mar 2025 and" in d.reasons[0] for d in diffs if d.kind == "new")


def test_a_2000_row_send_checks_with_pages_and_then_reuses_nothing_it_need_not(sandbox, clock):
    events = sheet()
    seed_half(sandbox, events)
    stored = len(sandbox.events)
    items = [SendItem(n + 2, dict(e), "maybe_update" if "external_id" in e else "new") for n, e in enumerate(events)]
    result = submit(items, client_for(sandbox), SendOptions(seed=1), sleep=clock.sleep, clock=clock)
    assert gets(sandbox) == {"/v1/events": stored // 200 + 1}
    assert result.counts()["updated"] == stored and result.counts()["created"] == ROWS - stored
    assert len(sandbox.events) == ROWS
    assert result.batch_sizes[-10:] == [50] * 9 + [result.batch_sizes[-1]]       # grown to the cap


def test_a_send_through_the_fault_mix_gets_its_batch_size_back():
    faults = FaultConfig(max_batch=25, rate_502=0.15, rate_drop=0.10, rate_429=0.05, retry_after=1.0, seed=1)
    with with_calendars(SandboxServer(faults=faults)) as sb:
        clock = FakeClock()
        items = [SendItem(n, wire_event(n), "new") for n in range(600)]
        result = submit(items, client_for(sb), SendOptions(seed=3, max_retries=10), sleep=clock.sleep, clock=clock)
        assert sb.wait_idle()
        events = sb.events
        seen = sb.faults_seen
    assert result.counts()["created"] == 600 and len(events) == 600
    assert len({e["external_id"] for e in events}) == 600                    # no duplicate
    assert seen["502_random"] >= 5 and seen["drop"] >= 2 and seen["429"] >= 1, seen
    sizes = result.batch_sizes
    assert len(sizes) <= 50, sizes                     # 24 batches of 25 at best; faults cost about one each
    assert result.largest_batch == 25 and seen["502"] <= 4                   # found 25, probed above it rarely
    assert statistics.median(sizes[len(sizes) // 2:]) >= 23, sizes          # back near 25 after each fault


def test_a_2000_row_resend_by_id_keeps_every_before_state_for_pages_not_rows(sandbox, clock, tmp_path):
    """Issue 17: the before-state of every event a send updates comes from the check's listing; a results workbook
    sent again (every row with its Apptoto id) costs the span's pages, no GET per row."""
    from gui.apptoto.journal import Journal

    first = submit([SendItem(n + 2, wire_event(n), "new") for n in range(ROWS)], client_for(sandbox),
                   SendOptions(seed=1), sleep=clock.sleep, clock=clock)
    items = [SendItem(n + 2, {"id": first[n + 2].id, "title": f"Again {n}", "start_time": wire_event(n)["start_time"],
                              "end_time": wire_event(n)["end_time"]}, "update") for n in range(ROWS)]
    since = len(sandbox.requests)
    journal = Journal(tmp_path / "journal")
    run = journal.start_run("results.xlsx")
    result = submit(items, client_for(sandbox), SendOptions(seed=1), journal=run, sleep=clock.sleep, clock=clock)
    assert result.counts()["updated"] == ROWS
    assert gets(sandbox, since) == {"/v1/events": ROWS // 200 + 1}
    befores = [b for r in journal.read(run.run_id) if r["type"] == "before" for b in r["items"]]
    assert len(befores) == ROWS and all(b["known"] and b["event"]["title"] == f"Check-up {b['key'] - 2}"
                                        for b in befores)
