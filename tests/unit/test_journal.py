"""The journal: records per request and response, no secrets, private files, an index, pruning, unfinished runs."""

from __future__ import annotations

import json
import stat
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gui.apptoto import journal as journal_module
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


@pytest.mark.skipif(sys.platform == "win32", reason="permissions")
def test_the_journal_is_private_to_the_user(tmp_path, sandbox):
    journal = Journal(tmp_path / "journal")
    run, _ = send(journal, sandbox, [SendItem(1, wire_event(1))])
    assert stat.S_IMODE(journal.directory.stat().st_mode) == 0o700
    for path in (run.path, journal.directory / "index.jsonl"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_listing_runs_reads_the_index_not_the_runs(tmp_path, sandbox, monkeypatch):
    journal = Journal(tmp_path)
    for n in range(3):
        send(journal, sandbox, [SendItem(1, wire_event(n))], file=tmp_path / f"{n}.xlsx")
    read = []
    original = journal_module._lines
    monkeypatch.setattr(journal_module, "_lines", lambda path: (read.append(path.name), original(path))[1])
    runs = journal.runs()
    assert read == ["index.jsonl"]
    assert [Path(r.file).name for r in runs] == ["2.xlsx", "1.xlsx", "0.xlsx"]
    assert all(r.finished and r.counts["created"] == 1 and r.base_url == sandbox.url for r in runs)


def test_runs_older_than_the_kept_days_are_removed(tmp_path, sandbox):
    journal = Journal(tmp_path)
    old, _ = send(journal, sandbox, [SendItem(1, wire_event(1))], file=tmp_path / "old.xlsx")
    new, _ = send(journal, sandbox, [SendItem(1, wire_event(2))], file=tmp_path / "new.xlsx")
    index = tmp_path / "index.jsonl"
    lines = [json.loads(line) for line in index.read_text().splitlines()]
    for line in lines:
        if line["run"] == old.run_id:
            line["ts"] = (datetime.now(UTC) - timedelta(days=91)).isoformat()
    index.write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert journal.prune(90) == 1 and journal.prune(90) == 0
    assert not old.path.exists() and new.path.exists()
    assert [r.run_id for r in journal.runs()] == [new.run_id]


def test_a_journal_written_before_the_index_is_indexed_once(tmp_path, sandbox):
    journal = Journal(tmp_path)
    run, _ = send(journal, sandbox, [SendItem(1, wire_event(1))])
    (tmp_path / "index.jsonl").unlink()
    [summary] = Journal(tmp_path).runs()
    assert summary.run_id == run.run_id and summary.finished and summary.counts["created"] == 1
    assert (tmp_path / "index.jsonl").exists()
