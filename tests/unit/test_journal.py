"""The journal: records per request and response, no secrets, unfinished runs found and reconciled."""

from __future__ import annotations

import json

import pytest

from gui.apptoto.engine import SendItem, SendOptions, submit
from gui.apptoto.journal import Journal
from gui.apptoto.sandbox import DEMO_KEY, DEMO_USER
from gui.core.paths import DATA_DIR_ENV, data_dir
from tests.helpers.apptoto import ScriptedClient, client_for, wire_event
from tests.helpers.fakes import FakeClock


def send(journal, sandbox, items, file="/tmp/schedule.xlsx", client=None):
    clock = FakeClock()
    run = journal.start_run(file, base_url=sandbox.url, user=DEMO_USER, api_key=DEMO_KEY, total=len(items))
    result = submit(items, client or client_for(sandbox), SendOptions(), journal=run,
                    sleep=clock.sleep, clock=clock)
    return run, result


def test_data_dir_can_be_overridden(monkeypatch, tmp_path):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    assert data_dir() == tmp_path
    assert Journal().directory == tmp_path / "journal"


def test_one_record_per_request_and_response_and_no_secret(tmp_path, sandbox):
    journal = Journal(tmp_path)
    items = [SendItem(n, wire_event(n)) for n in range(20)]
    run, result = send(journal, sandbox, items)
    text = run.path.read_text()
    records = [json.loads(line) for line in text.splitlines()]
    types = [r["type"] for r in records]
    assert types[0] == "run_start" and types[1] == "plan" and types[-1] == "run_end"
    assert types.count("request") == 2 and types.count("response") == 2 and types.count("outcome") == 20
    assert all(r["run"] == run.run_id and r["file"] == "/tmp/schedule.xlsx" and r["ts"] for r in records)
    request = next(r for r in records if r["type"] == "request")
    assert request["keys"] == list(range(15)) and len(request["body"]["events"]) == 15
    assert DEMO_KEY not in text and "Authorization" not in text
    assert records[-1]["counts"]["created"] == 20


def test_secret_values_are_redacted_wherever_they_appear(tmp_path):
    run = Journal(tmp_path).start_run("f.xlsx", user="u@example.com", api_key="s3cr3t-key")
    run.write("note", text="oops s3cr3t-key leaked", headers={"Authorization": "Basic abc"})
    run.close()
    text = run.path.read_text()
    assert "s3cr3t-key" not in text and "Basic abc" not in text and "[redacted]" in text


def test_finished_runs_are_listed_and_not_unfinished(tmp_path, sandbox):
    journal = Journal(tmp_path)
    send(journal, sandbox, [SendItem(1, wire_event(1))], file=tmp_path / "a.xlsx")
    [summary] = journal.runs(tmp_path / "a.xlsx")
    assert summary.finished and summary.status == "finished" and summary.counts["created"] == 1
    assert journal.last_unfinished(tmp_path / "a.xlsx") is None
    assert journal.runs(tmp_path / "other.xlsx") == []


def test_a_crashed_run_is_found_and_reconciled(tmp_path, sandbox):
    journal = Journal(tmp_path)
    file = tmp_path / "b.xlsx"
    items = [SendItem(n, wire_event(n)) for n in range(5)]
    run = journal.start_run(file, total=5)

    class Crash(BaseException):
        pass

    class CrashAfterFirst(ScriptedClient):
        def put_events(self, events, **kw):
            if self.sizes:
                self.sizes.append(len(events))
                raise Crash
            return super().put_events(events, **kw)

    clock = FakeClock()
    with pytest.raises(Crash):
        submit(items, CrashAfterFirst(client_for(sandbox), []), SendOptions(batch_size=2, max_batch=2), journal=run,
               sleep=clock.sleep, clock=clock)
    run.close()
    unfinished = journal.last_unfinished(file)
    assert unfinished is not None and unfinished.run_id == run.run_id
    rec = journal.reconcile(unfinished)
    assert [(k, rec[k].sent, rec[k].answered, rec[k].state) for k in range(5)] == [
        (0, True, True, "created"), (1, True, True, "created"), (2, True, False, None), (3, True, False, None),
        (4, False, False, None)]
    stored = {e["external_id"]: e["id"] for e in sandbox.events}
    assert rec[0].id == stored[rec[0].external_id]
    assert rec[4].external_id == items[4].event["external_id"]      # the generated id survives the crash
    assert rec[2].id is None
