"""The send journal: one JSON-lines file per run in the user data folder, secrets never written."""

from __future__ import annotations

import base64
import json
import os
import uuid
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from gui.core.paths import journal_dir

SECRET_KEYS = {"authorization", "api_key", "apikey", "password", "token", "secret", "access_token"}
REDACTED = "[redacted]"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _scrub(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: (REDACTED if str(k).lower() in SECRET_KEYS else _scrub(v)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(v) for v in value]
    return value


@dataclass(slots=True)
class RunSummary:
    """One run as listed: which file, when, how it ended (ended None = did not finish)."""

    run_id: str
    path: Path
    file: str
    started: str
    ended: str | None = None
    status: str | None = None
    message: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    total: int = 0

    @property
    def finished(self) -> bool:
        return self.ended is not None


@dataclass(slots=True)
class ReconciledItem:
    """What the journal knows about one item of a run."""

    key: Hashable
    kind: str
    event: dict                       # as planned (with its generated external_id)
    sent: bool = False                # a request carrying it was written
    answered: bool = False            # a 2xx answer carrying it came back
    id: int | None = None
    external_id: str | None = None
    state: str | None = None          # the outcome recorded, if any
    message: str = ""


class RunLog:
    """Writes one run's records. Implements the engine's RunJournal protocol."""

    def __init__(self, path: Path, run_id: str, file: str, secrets: Iterable[str]) -> None:
        self.path, self.run_id, self.file = path, run_id, file
        self._secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)
        self._fh = path.open("a", encoding="utf-8")

    def write(self, type_: str, **data: Any) -> None:
        record = {"type": type_, "run": self.run_id, "file": self.file, "ts": _now(), **_scrub(data)}
        line = json.dumps(record, ensure_ascii=False, default=str)
        for secret in self._secrets:
            line = line.replace(secret, REDACTED)
        self._fh.write(line + "\n")
        self._fh.flush()

    def plan(self, items: list[dict]) -> None:
        self.write("plan", items=items)

    def request(self, seq: int, keys: list, events: list[dict]) -> None:
        self.write("request", seq=seq, keys=keys, body={"events": events})

    def response(self, seq: int, status: int | str, events: list[dict] | None = None,
                 error: str | None = None) -> None:
        self.write("response", seq=seq, status=status, events=events, error=error)

    def outcome(self, key: Hashable, outcome: dict) -> None:
        self.write("outcome", key=key, **outcome)

    def finish(self, status: str, message: str, counts: dict[str, int]) -> None:
        self.write("run_end", status=status, message=message, counts=counts)
        os.fsync(self._fh.fileno())
        self.close()

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()


class Journal:
    """The journal folder: start runs, list them, find an unfinished one, reconcile it."""

    def __init__(self, directory: Path | str | None = None) -> None:
        self.directory = Path(directory) if directory else journal_dir()

    def start_run(self, file: str | Path, base_url: str = "", user: str = "", api_key: str = "",
                  total: int = 0, secrets: Iterable[str] = ()) -> RunLog:
        """Open a new run for `file`. `api_key` is only used to make sure it is never written."""
        self.directory.mkdir(parents=True, exist_ok=True)
        run_id = uuid.uuid4().hex
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        hidden = [*secrets, api_key]
        if api_key:
            hidden.append(base64.b64encode(f"{user}:{api_key}".encode()).decode())
        log = RunLog(self.directory / f"{stamp}-{run_id[:8]}.jsonl", run_id, _file_key(file), hidden)
        log.write("run_start", base_url=base_url, user=user, total=total)
        return log

    def runs(self, file: str | Path | None = None) -> list[RunSummary]:
        """Runs, newest first; only those of `file` when given."""
        wanted = _file_key(file) if file is not None else None
        found = []
        for path in self.directory.glob("*.jsonl"):
            records = self._records(path)
            start = next((r for r in records if r.get("type") == "run_start"), None)
            if start is None or (wanted is not None and start.get("file") != wanted):
                continue
            summary = RunSummary(start["run"], path, start.get("file", ""), start.get("ts", ""),
                                 total=int(start.get("total") or 0))
            end = next((r for r in records if r.get("type") == "run_end"), None)
            if end:
                summary.ended, summary.status = end.get("ts"), end.get("status")
                summary.message, summary.counts = end.get("message", ""), end.get("counts") or {}
            found.append(summary)
        found.sort(key=lambda s: (s.started, s.path.name), reverse=True)
        return found

    def last_unfinished(self, file: str | Path) -> RunSummary | None:
        """The file's most recent run, if it started but never recorded its end (a crash)."""
        runs = self.runs(file)
        return runs[0] if runs and not runs[0].finished else None

    def read(self, run: RunSummary | str) -> list[dict]:
        """All records of a run."""
        if isinstance(run, RunSummary):
            return self._records(run.path)
        for path in self.directory.glob("*.jsonl"):
            records = self._records(path)
            if records and records[0].get("run") == run:
                return records
        raise KeyError(f"no run {run}")

    def reconcile(self, run: RunSummary | str) -> dict[Hashable, ReconciledItem]:
        """Per item: planned event, whether it was sent, what came back, the outcome recorded."""
        records = self.read(run)
        items: dict[Hashable, ReconciledItem] = {}
        for r in records:
            if r["type"] == "plan":
                for p in r.get("items", []):
                    key = _hashable(p["key"])
                    items[key] = ReconciledItem(key, p.get("kind", ""), p.get("event", {}),
                                                external_id=p.get("event", {}).get("external_id"))
        requests = {r["seq"]: [_hashable(k) for k in r.get("keys", [])] for r in records if r["type"] == "request"}
        for keys in requests.values():
            for key in keys:
                if key in items:
                    items[key].sent = True
        for r in records:
            if r["type"] == "response" and isinstance(r.get("events"), list):
                keys = requests.get(r["seq"], [])
                if len(keys) == len(r["events"]):
                    for key, event in zip(keys, r["events"], strict=True):
                        if key in items and isinstance(event, dict):
                            items[key].answered = True
                            items[key].id = event.get("id", items[key].id)
                            items[key].external_id = event.get("external_id") or items[key].external_id
            elif r["type"] == "outcome":
                item = items.get(_hashable(r.get("key")))
                if item is not None:
                    item.state, item.message = r.get("state"), r.get("message", "")
                    item.id = r.get("id") if r.get("id") is not None else item.id
                    item.external_id = r.get("external_id") or item.external_id
        return items

    @staticmethod
    def _records(path: Path) -> list[dict]:
        out = []
        try:
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    try:
                        out.append(json.loads(line))
                    except ValueError:        # a line cut short by a crash
                        continue
        except OSError:
            return []
        return out


def _file_key(file: str | Path) -> str:
    """How a file is recognised across runs: its absolute path."""
    return str(Path(file).expanduser().resolve())


def _hashable(key: Any) -> Hashable:
    return tuple(key) if isinstance(key, list) else key
