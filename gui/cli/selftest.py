"""`apptoto-sheets --self-test`: prove an installation (frozen or from source) has everything it needs, end to end.

Offline and offscreen: it loads the bundled sample, validates it, builds the JSON body, sends the good rows
to the sandbox on loopback with the real engine and client, writes and re-reads a results workbook, opens the
main window offscreen, and checks that TLS certificates are bundled. One printed line per step; 0 if all ok.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from gui import __version__
from gui.core import words

SAMPLE_ZONE = "America/New_York"
SAMPLE_ROWS = 40
SAMPLE_PROBLEM_ROWS = [10, 17, 24, 33, 35]        # the sample's deliberate mistakes, one problem line each
SAMPLE_FIRST_START = "2026-12-07T08:00:00-05:00"   # row 2 at 08:00 New York: proves zoneinfo + tzdata
MIN_CA_CERTS = 50
WINDOW_TIMEOUT_MS = 30_000


def bundled_names() -> list[str]:
    """The file names gui.resources declares (SAMPLE, TEMPLATE, ICON ...): what a bundle must carry."""
    from gui import resources

    return [value for key, value in vars(resources).items()
            if key.isupper() and isinstance(value, str) and "." in value and "/" not in value]


class StepFailed(Exception):
    """A check did not hold; the message says what was found."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


class _SelfTest:
    """The steps share what earlier steps produced (the loaded sample, the sandbox, the send results)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.loaded: Any = None
        self.sandbox: Any = None
        self.sent: dict[int, Any] = {}           # row index -> engine Outcome
        self.existing: set[str] = set()          # external_ids the demo account holds before sending
        self.failures = 0
        self.tmp = tempfile.TemporaryDirectory(prefix="apptoto-selftest-")

    def step(self, name: str, fn: Callable[[], str], needs: object = True) -> None:
        if not needs:
            detail, ok = "not run (an earlier step failed)", False
        else:
            try:
                detail, ok = fn(), True
            except StepFailed as exc:
                detail, ok = str(exc), False
            except Exception as exc:     # a missing module or file in a bundle shows up here
                detail, ok = f"{type(exc).__name__}: {exc}", False
        self.failures += not ok
        print(f"{'ok' if ok else 'FAIL':4} {name}: {detail}", file=self.out, flush=True)

    def close(self) -> None:
        if self.sandbox is not None:
            self.sandbox.stop()
        self.tmp.cleanup()

    # ---- the steps -----------------------------------------------------------------------------
    def resources(self) -> str:
        import openpyxl

        from gui import resources

        names = bundled_names()
        missing = [name for name in names if not resources.resource_path(name).is_file()]
        check(not missing, f"missing in {resources.resources_dir()}: {', '.join(missing)}")
        TEMPLATE = resources.TEMPLATE
        book = openpyxl.load_workbook(resources.resource_path(TEMPLATE), read_only=True)
        try:
            headers = [c for c in next(book.worksheets[0].iter_rows(max_row=1, values_only=True)) if c]
        finally:
            book.close()
        check(len(headers) > 5, f"the template has only {len(headers)} column headers")
        return f"{len(names)} files ({', '.join(names)}); the template has {len(headers)} columns"

    def load(self) -> str:
        from gui.core.rowbuild import Options
        from gui.resources import SAMPLE, resource_path
        from gui.sheets.load import load_schedule

        self.loaded = load_schedule(resource_path(SAMPLE), Options(default_time_zone=SAMPLE_ZONE))
        rows = len(self.loaded.schedule.rows)
        check(rows == SAMPLE_ROWS, f"{rows} rows, expected {SAMPLE_ROWS}")
        return f"{rows} rows"

    def validate(self) -> str:
        schedule = self.loaded.schedule
        problems = schedule.all_problems()
        found = sorted(p.row for p in problems)
        check(found == SAMPLE_PROBLEM_ROWS and all(p.is_error for p in problems),
               f"problems on rows {found}, expected one error on each of rows {SAMPLE_PROBLEM_ROWS}: "
               + " | ".join(p.line(schedule.source, schedule.sheet) for p in problems))
        start = schedule.rows[0].event.get("start_time")
        check(start == SAMPLE_FIRST_START, f"row 2 starts {start!r}, expected {SAMPLE_FIRST_START} (time zones)")
        return f"{len(problems)} problem lines (rows {', '.join(map(str, found))}), as expected"

    def build_json(self) -> str:
        schedule = self.loaded.schedule
        body = schedule.body(range(len(schedule.rows)))
        text = json.dumps(body, ensure_ascii=False)
        expected = SAMPLE_ROWS - len(SAMPLE_PROBLEM_ROWS)
        count = len(json.loads(text)["events"])
        check(count == expected, f"{count} events in the body, expected {expected}")
        return f"{count} events, {len(text.encode())} bytes"

    def start_sandbox(self) -> str:
        from gui.apptoto.sandbox import SandboxServer
        from gui.apptoto.sandbox_seed import seed_demo

        self.sandbox = SandboxServer(host="127.0.0.1").start()
        seeded = seed_demo(self.sandbox)
        self.existing = {e["external_id"] for e in self.sandbox.events if e.get("external_id")}
        return f"{self.sandbox.url}, demo account with {seeded} events"

    def send(self) -> str:
        from gui.apptoto.engine import SendItem
        from gui.core.vocab import CREATED, FINISHED, NEW, UPDATE, UPDATED

        schedule = self.loaded.schedule
        items = [SendItem(i, dict(schedule.rows[i].event), schedule.rows[i].kind) for i in schedule.sendable()]
        result = _submit(self.sandbox, items)
        check(result.status == FINISHED, f"the run ended {result.status}: {result.message}")
        bad = []
        for item in items:
            outcome = result[item.key]
            known = item.kind == UPDATE or item.event.get("external_id") in self.existing
            want = UPDATED if known else CREATED
            if outcome.state != want or not outcome.id or not outcome.external_id:
                bad.append(f"row {schedule.rows[item.key].number}: {outcome.state} id={outcome.id} "
                           f"external_id={outcome.external_id} ({outcome.message})")
            if item.kind == UPDATE and outcome.id != item.event["id"]:
                bad.append(f"row {schedule.rows[item.key].number}: updated id {outcome.id}, sent {item.event['id']}")
        check(not bad, "; ".join(bad[:5]))
        self.sent = dict(result)
        counts = result.counts()
        generated = sum(1 for i in items if i.kind == NEW)
        return (f"{len(items)} rows sent: {counts[CREATED]} created, {counts[UPDATED]} updated, "
                f"ids filled ({generated} generated external ids)")

    def check_sandbox(self) -> str:
        events = [e for e in self.sandbox.events if not e.get("is_deleted")]
        ids = [e["id"] for e in events]
        by_external: dict[str, int] = {}
        for event in events:
            if event.get("external_id"):
                by_external[event["external_id"]] = by_external.get(event["external_id"], 0) + 1
        wrong = [f"row {self.loaded.schedule.rows[i].number}: {by_external.get(o.external_id, 0)}x"
                 for i, o in self.sent.items() if by_external.get(o.external_id) != 1 or o.id not in ids]
        check(not wrong, "not exactly once in the sandbox: " + ", ".join(wrong[:8]))
        created = sum(1 for o in self.sent.values() if o.state == "created")
        expected = len(self.existing) + created
        check(len(events) == expected,
               f"{len(events)} events in the sandbox, expected {len(self.existing)} seeded + {created} created")
        return f"{len(events)} events ({len(self.existing)} seeded + {created} created), each sent row exactly once"

    def resend(self) -> str:
        """Send again with the ids written back, as the window does: everything updates, nothing duplicates."""
        from gui.apptoto.engine import SendItem
        from gui.core.vocab import UPDATE, UPDATED

        schedule = self.loaded.schedule
        items = [SendItem(i, dict(schedule.rows[i].event, id=o.id, external_id=o.external_id), UPDATE)
                 for i, o in self.sent.items()]
        result = _submit(self.sandbox, items)
        states = sorted({o.state for o in result.values()})
        check(states == [UPDATED], f"second send: {result.counts()} ({result.message})")
        before = len(self.existing) + sum(1 for o in self.sent.values() if o.state == "created")
        total = len([e for e in self.sandbox.events if not e.get("is_deleted")])
        check(total == before, f"{total} events after sending again, expected {before}")
        return f"{len(items)} updated, still {total} events"

    def results_workbook(self) -> str:
        from gui.core.rowbuild import Options
        from gui.sheets.load import load_schedule
        from gui.sheets.results import write_results

        schedule = self.loaded.schedule
        results = {schedule.rows[i].number: {"id": o.id, "external_id": o.external_id, "status": o.state,
                                             "message": o.message} for i, o in self.sent.items()}
        path = write_results(Path(self.tmp.name) / "results.xlsx", self.loaded.table, results,
                             column_map=self.loaded.columns)
        again = load_schedule(path, Options(default_time_zone=SAMPLE_ZONE)).schedule
        with_id = sum(1 for row in again.rows if "id" in row.event)
        check(with_id == len(self.sent), f"{with_id} rows of the results workbook carry an id, expected {len(self.sent)}")
        return f"{path.name}: {len(again.rows)} rows, {with_id} with their Apptoto id"

    def window(self) -> str:
        """The main window, offscreen, with the sample loaded through its own loader (Qt only there)."""
        import importlib.util

        if importlib.util.find_spec("gui.qt.main_window") is None:
            raise StepFailed("this build has no main window (gui.qt.main_window)")
        from gui.qt.selftest_window import WindowCheckFailed, check_window

        try:
            return check_window(self.sandbox, self.tmp.name, SAMPLE_ROWS, WINDOW_TIMEOUT_MS)
        except WindowCheckFailed as exc:
            raise StepFailed(str(exc)) from None

    def tls(self) -> str:
        import ssl

        import certifi
        import requests.certs

        bundle = Path(requests.certs.where())
        check(bundle.is_file(), f"CA bundle missing: {bundle}")
        check(Path(certifi.where()) == bundle, f"requests uses {bundle}, certifi has {certifi.where()}")
        context = ssl.create_default_context(cafile=str(bundle))
        cas = context.cert_store_stats()["x509_ca"]
        check(cas >= MIN_CA_CERTS, f"only {cas} CA certificates loaded from {bundle}")
        check(context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname, "TLS verification is off")
        return f"{cas} CA certificates from {bundle.name}, {ssl.OPENSSL_VERSION}"

    def keyring(self) -> str:
        import keyring

        backend = keyring.get_keyring()
        return f"backend {type(backend).__module__}.{type(backend).__name__}"


def _submit(sandbox: Any, items: list) -> Any:
    from gui.apptoto.client import ApptotoClient
    from gui.apptoto.engine import SendOptions, submit
    from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER

    options = SendOptions(rate_per_minute=60_000, burst=100, max_retries=0, seed=0)
    with ApptotoClient(sandbox.url, DEMO_USER, DEMO_KEY, timeout=(5.0, 30.0)) as client:
        return submit(items, client, options)


def run(args: object = None, out: TextIO | None = None) -> int:
    """Run every step, print one line each to `out` (stdout), return 0 if all passed, else 1.

    `args` (the parsed command line) is accepted and not needed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = out or sys.stdout
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    print(f"apptoto-sheets {__version__} self-test ({frozen}, Python {sys.version.split()[0]}, {sys.platform})",
          file=out, flush=True)
    test = _SelfTest(out)
    try:
        test.step("resources", test.resources)
        test.step("load sample", test.load)
        loaded = test.loaded is not None
        test.step("validate", test.validate, loaded)
        test.step("build JSON", test.build_json, loaded)
        test.step("start sandbox", test.start_sandbox, loaded)
        test.step("send", test.send, test.sandbox is not None)
        test.step("check sandbox", test.check_sandbox, bool(test.sent))
        test.step("send again", test.resend, bool(test.sent))
        test.step("results workbook", test.results_workbook, bool(test.sent))
        test.step("window", test.window)
        test.step("TLS", test.tls)
        test.step("keyring", test.keyring)
    finally:
        test.close()
    verdict = "all checks passed" if not test.failures else f"{words.count(test.failures, 'check')} FAILED"
    print(f"self-test: {verdict}", file=out, flush=True)
    return 1 if test.failures else 0


if __name__ == "__main__":
    raise SystemExit(run())
