"""Benchmarks of talking to Apptoto (issue 16): sending with faults (5), Compare of 20,000 rows (8), sending through
502s at an unknown size, dropped connections and 429s (9). The client runs at the real default rate limit with the
real back-off timings on a simulated clock: every wait costs what it would, without waiting."""

from __future__ import annotations

import time

import inputs
from measure import Plan, Result

ZONE = "America/New_York"
RATE = 90.0                   # the default rate limit (requests a minute), as the engine is shipped
COMPARE_ROWS = 20_000
PAGE = 200


class SimClock:
    """Real elapsed time plus every sleep asked for, without sleeping: back-off, Retry-After and the rate limit
    cost what they would in real time, and the run still takes only its processing time."""

    def __init__(self) -> None:
        self.start, self.slept = time.perf_counter(), 0.0

    def __call__(self) -> float:
        return time.perf_counter() - self.start + self.slept

    def sleep(self, seconds: float) -> None:
        self.slept += max(0.0, seconds)


def _events(rows: int, count: int) -> list[dict]:
    """The wire events of the first `count` rows of the cached `rows`-row schedule."""
    from gui.core.rowbuild import Options
    from gui.sheets.load import load_schedule

    schedule = load_schedule(inputs.schedule_xlsx(rows), Options(default_time_zone=ZONE)).schedule
    return schedule.body(range(count))["events"]


def _new_items(events: list[dict]):
    from gui.apptoto.engine import NEW, SendItem

    for event in events:
        event.pop("external_id", None)        # new rows: the engine derives each one's external_id
    return [SendItem(index, event, NEW) for index, event in enumerate(events)]


def _send(items, faults, options):
    """Send to a fresh sandbox on the simulated clock: (result, simulated seconds, stored events, faults, requests)."""
    from gui.apptoto.client import ApptotoClient
    from gui.apptoto.engine import submit
    from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER, SandboxServer

    with SandboxServer(faults=faults) as sandbox:
        for name in inputs.CALENDARS:             # the account has its calendars: a send creates none
            sandbox.store.add_calendar(name)
        client = ApptotoClient(sandbox.url, DEMO_USER, DEMO_KEY)
        clock = SimClock()
        result = submit(items, client, options, sleep=clock.sleep, clock=clock)
        seconds = clock()
        sandbox.wait_idle()
        return result, seconds, sandbox.events, dict(sandbox.faults_seen), len(sandbox.requests)


def _duplicates(stored: list[dict], count: int) -> int:
    keys = [e.get("external_id") for e in stored]
    return len(stored) - len(set(keys)) + max(0, len(stored) - count)


# ---- 5: send 3,000 events, batches of 15, 5 % faults ------------------------------------------------
BATCH5 = 15
FAULTS5 = dict(rate_drop=0.02, rate_5xx=0.02, rate_429=0.01)


def bench_send(plan: Plan) -> list[Result]:
    from gui.apptoto.engine import SendOptions
    from gui.apptoto.sandbox import FaultConfig

    count = plan.send_events
    items = _new_items(_events(plan.rows, count))
    faults = FaultConfig(**FAULTS5, retry_after=1.0, seed=9)      # Apptoto-like Retry-After; no server limit
    options = SendOptions(batch_size=BATCH5, max_batch=BATCH5, rate_per_minute=RATE, seed=9)
    result, seconds, stored, seen, requests = _send(items, faults, options)
    duplicates = _duplicates(stored, count)
    created = result.counts()["created"]
    rate = count / seconds
    ceiling = RATE * BATCH5 / 60
    met = rate >= 0.9 * ceiling and duplicates == 0 and created == count and len(stored) == count
    note = (f"{count:,} events in batches of {BATCH5} (held there), R = {RATE:.0f}/min (ceiling {ceiling:.1f} "
            f"events/s), faults {', '.join(f'{k}={v}' for k, v in FAULTS5.items())} -> {seen}, {requests} requests; "
            f"real back-off (one request slot, doubling while failures follow each other) and Retry-After 1 s on a "
            f"simulated clock ({seconds:.0f} s simulated); created {created}, stored {len(stored)}, "
            f"duplicates {duplicates}")
    return [Result(f"5 send_{count}_events", rate, "ev/s", ceiling, rate / ceiling, "ratio >= 0.9, 0 dup", met, note,
                   {"duplicates": duplicates, "stored": len(stored), "created": created, "faults": seen,
                    "requests": requests, "simulated_s": round(seconds, 1)})]


# ---- 8: Compare 20,000 rows of which half exist -------------------------------------------------------
def bench_compare(plan: Plan) -> list[Result]:
    from gui.apptoto.client import ApptotoClient
    from gui.apptoto.diff import RowEvent, compare_rows, counts
    from gui.apptoto.ratelimit import RateLimiter
    from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER, SandboxServer

    events = _events(COMPARE_ROWS, COMPARE_ROWS)
    rows = [RowEvent(n, n + 2, event) for n, event in enumerate(events)]
    with SandboxServer() as sandbox:
        sandbox.store.seed([dict(e) for n, e in enumerate(events) if n % 2 == 0])
        existing = len(sandbox.events)
        client = ApptotoClient(sandbox.url, DEMO_USER, DEMO_KEY)
        clock = SimClock()
        real = time.perf_counter()
        diffs = compare_rows(rows, client, RateLimiter(RATE, clock=clock, sleep=clock.sleep))
        seconds, real = clock(), time.perf_counter() - real
        requests = len(sandbox.requests)
        gets = sum(1 for _, path in sandbox.requests if path.startswith("/v1/event?"))
    pages = existing // PAGE + 1                 # the span's events in pages of 200, and the page that ends it
    allowed = pages + COMPARE_ROWS // 100        # + 1 % of the rows looked up one by one
    paced = requests * 60 / RATE
    tally = counts(diffs)
    met = requests <= allowed and seconds <= 1.2 * paced and tally["unchanged"] == existing
    note = (f"{COMPARE_ROWS:,} rows (external_id only, valid as new), {existing:,} of them in the sandbox; "
            f"{requests} requests ({gets} one-row GETs) for a span of {pages} pages (allowed {allowed}: pages + 1 % of "
            f"the rows); {seconds:.1f} s on the simulated clock at R = {RATE:.0f}/min vs requests / R = {paced:.1f} s "
            f"(target <= 1.2x); real time {real:.1f} s; {tally}")
    return [Result("8 compare_20k_rows", seconds, "s", paced, seconds / paced, "ratio <= 1.2, req <= pages+1%",
                   met, note, {"requests": requests, "pages": pages, "one_row_gets": gets, "real_s": round(real, 2)})]


# ---- 9: send 3,000 events through 502s at an unknown size, drops and 429s -----------------------------
THRESHOLD = 25
FAULTS9 = dict(rate_502=0.15, rate_drop=0.10, rate_429=0.05)


def bench_send_faults(plan: Plan) -> list[Result]:
    from gui.apptoto.engine import SendOptions
    from gui.apptoto.sandbox import FaultConfig

    count = plan.send_events
    items = _new_items(_events(plan.rows, count))
    faults = FaultConfig(**FAULTS9, max_batch=THRESHOLD, retry_after=1.0, seed=16)
    options = SendOptions(rate_per_minute=RATE, seed=16, max_retries=10)   # starts at 15, nothing remembered
    result, seconds, stored, seen, requests = _send(items, faults, options)
    duplicates = _duplicates(stored, count)
    created = result.counts()["created"]
    per_minute = count / seconds * 60
    literal = RATE * THRESHOLD                         # every request a whole batch of the largest size
    share = sum(FAULTS9.values())                      # of requests failing by chance, as configured
    chance = sum(seen.get(k, 0) for k in ("502_random", "drop", "429")) / requests     # as drawn in this run
    ceiling = literal * (1 - chance)                   # a failed request uses its slot of the rate limit too
    met = per_minute >= 0.8 * ceiling and duplicates == 0 and created == count and len(stored) == count
    sizes = result.batch_sizes
    tail = sizes[len(sizes) // 2:]
    note = (f"{count:,} events, R = {RATE:.0f}/min, Apptoto takes {THRESHOLD} a request (unknown to the client, which "
            f"starts at 15 with nothing remembered), {', '.join(f'{k}={v}' for k, v in FAULTS9.items())} of all "
            f"requests -> {seen}; {requests} requests, {len(sizes)} PUTs, {per_minute / RATE:.1f} events a request; "
            f"largest batch answered whole {result.largest_batch}, median size of the second half "
            f"{sorted(tail)[len(tail) // 2]}; {seconds:.0f} s simulated; baseline R x {THRESHOLD} x (1 - {chance:.2f}, "
            f"the share of requests that failed by chance in this run); vs R x {THRESHOLD} = {literal:.0f}/min alone "
            f"the ratio is {per_minute / literal:.2f} (at most {1 - share:.2f} when {share:.0%} of requests fail); "
            f"vs R x {THRESHOLD} x (1 - {share:.2f}) it is {per_minute / literal / (1 - share):.2f}; "
            f"created {created}, stored {len(stored)}, duplicates {duplicates}")
    return [Result(f"9 send_{count}_502_drop_429", per_minute, "ev/min", ceiling, per_minute / ceiling,
                   "ratio >= 0.8, 0 dup", met, note,
                   {"duplicates": duplicates, "requests": requests, "puts": len(sizes), "faults": seen,
                    "largest_batch": result.largest_batch, "literal_ratio": round(per_minute / literal, 3),
                    "configured_share_ratio": round(per_minute / literal / (1 - share), 3),
                    "chance_share": round(chance, 3),
                    "simulated_s": round(seconds, 1), "sizes": sizes})]
