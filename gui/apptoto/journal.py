"""The send journal: one JSON-lines file per run (with the before-state of the events it changes) and a small index
(a line when a run starts, when it ends, and when an undo of it ends), in a private folder of the user data folder;
secrets never written; runs older than the kept days removed."""

from __future__ import annotations

import base64
import json
import os
import uuid
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from gui.apptoto.compare import match_answer
from gui.apptoto.privatefiles import locked, open_private, private_dir
from gui.core.i18n import tr
from gui.core.paths import journal_dir

SECRET_KEYS = {"authorization", "api_key", "apikey", "password", "token", "secret", "access_token"}
REDACTED = "[redacted]"
INDEX = "index.jsonl"
INDEX_LOCK = ".index.lock"


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
    base_url: str = ""
    user: str = ""
    undoes: str = ""                  # an undo: the run it undoes
    undone: Undone | None = None      # a send: how its latest undo ended

    @property
    def finished(self) -> bool:
        return self.ended is not None


@dataclass(frozen=True, slots=True)
class Undone:
    """The end of an undo of a run: when, by which undo run ('' when there was nothing left to do), and how many
    of its rows are still not undone (0: the send is undone)."""

    at: str
    by: str
    left: int


@dataclass(slots=True)
class ReconciledItem:
    """What the journal knows about one item of a run."""

    key: Hashable
    kind: str
    event: dict                       # as planned (with its external_id)
    sent: bool = False                # a request carrying it was written
    answered: bool = False            # a 2xx answer carrying it came back
    id: int | None = None
    external_id: str | None = None
    state: str | None = None          # the outcome recorded, if any
    message: str = ""
    answer: dict | None = None        # the event as Apptoto answered it (matched by position, else by key)
    before: dict | None = None        # the before-state record (gui.apptoto.before.Before.record), if kept


class RunLog:
    """Writes one run's records. Implements the engine's RunJournal protocol; writing raises OSError."""

    def __init__(self, journal: Journal, path: Path, run_id: str, file: str, secrets: Iterable[str]) -> None:
        self.journal, self.path, self.run_id, self.file = journal, path, run_id, file
        self._secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)
        self._fh = open_private(path, "a")

    def write(self, type_: str, **data: Any) -> None:
        record = {"type": type_, "run": self.run_id, "file": self.file, "ts": _now(), **_scrub(data)}
        line = json.dumps(record, ensure_ascii=False, default=str)
        for secret in self._secrets:
            line = line.replace(secret, REDACTED)
        self._fh.write(line + "\n")
        self._fh.flush()

    def plan(self, items: list[dict]) -> None:
        self.write("plan", items=items)

    def before(self, items: list[dict]) -> None:
        """What Apptoto had of events the run changes or deletes, before the first change."""
        self.write("before", items=items)

    def request(self, seq: int, keys: list, events: list[dict], method: str = "PUT", flags: dict | None = None) -> None:
        """A request as sent: its body is the events plus `flags` beside them (prevent_calendar_creation)."""
        self.write("request", seq=seq, keys=keys, method=method, body={"events": events, **(flags or {})})

    def response(self, seq: int, status: int | str, events: list[dict] | None = None,
                 error: str | None = None) -> None:
        self.write("response", seq=seq, status=status, events=events, error=error)

    def outcome(self, key: Hashable, outcome: dict) -> None:
        self.write("outcome", key=key, **outcome)

    def finish(self, status: str, message: str, counts: dict[str, int]) -> None:
        try:
            self.write("run_end", status=status, message=message, counts=counts)
            os.fsync(self._fh.fileno())
        finally:
            self.close()
        self.journal._index({"type": "end", "run": self.run_id, "ts": _now(), "status": status,
                             "message": message, "counts": counts})

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()


class Journal:
    """The journal folder: start runs, list them (from the index), prune old ones, read and reconcile one run."""

    def __init__(self, directory: Path | str | None = None) -> None:
        self.directory = Path(directory) if directory else journal_dir()

    def check_writable(self) -> None:
        """Raise OSError (with the folder in its text) unless runs can be written here."""
        try:
            private_dir(self.directory)
            probe = self.directory / f".probe-{os.getpid()}"
            with open_private(probe, "w") as fh:
                fh.write("ok")
            probe.unlink()
        except OSError as exc:
            raise OSError(tr("journal", "cannot write to {folder}: {reason}", folder=self.directory,
                             reason=exc.strerror or exc)) from None

    def start_run(self, file: str | Path, base_url: str = "", user: str = "", api_key: str = "",
                  total: int = 0, secrets: Iterable[str] = (), undoes: str = "") -> RunLog:
        """Open a new run for `file` (raises OSError). `api_key` is only used to make sure it is never written;
        `undoes`: the run this one undoes."""
        private_dir(self.directory)
        run_id = uuid.uuid4().hex
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        hidden = [*secrets, api_key]
        if api_key:
            hidden.append(base64.b64encode(f"{user}:{api_key}".encode()).decode())
        key = _file_key(file)
        log = RunLog(self, self.directory / f"{stamp}-{run_id[:8]}.jsonl", run_id, key, hidden)
        log.write("run_start", base_url=base_url, user=user, total=total, **({"undoes": undoes} if undoes else {}))
        self._index({"type": "start", "run": run_id, "name": log.path.name, "file": key, "ts": _now(),
                     "base_url": base_url, "user": user, "total": total, **({"undoes": undoes} if undoes else {})})
        return log

    def record_undone(self, run: str, by: str, left: int) -> None:
        """Note in the index that an undo of `run` ended (by undo run `by`, '' if it had nothing to do) with `left`
        rows still not undone (raises OSError)."""
        self._index({"type": "undone", "run": run, "by": by, "left": left, "ts": _now()})

    # -- the index -----------------------------------------------------------------------------------
    def _index(self, record: dict) -> None:
        line = json.dumps(record, ensure_ascii=False, default=str) + "\n"
        with locked(self.directory / INDEX_LOCK), open_private(self.directory / INDEX, "a") as fh:
            fh.write(line)

    def _read_index(self) -> dict[str, RunSummary]:
        path = self.directory / INDEX
        if not path.exists() and any(self.directory.glob("*.jsonl")):
            self._rebuild_index()                       # a journal written before the index existed: once
        runs: dict[str, RunSummary] = {}
        for record in _lines(path):
            run = record.get("run")
            if record.get("type") == "start" and run:
                runs[run] = RunSummary(run, self.directory / str(record.get("name", "")), record.get("file", ""),
                                       record.get("ts", ""), total=int(record.get("total") or 0),
                                       base_url=record.get("base_url", ""), user=record.get("user", ""),
                                       undoes=record.get("undoes", ""))
            elif record.get("type") == "end" and run in runs:
                summary = runs[run]
                summary.ended, summary.status = record.get("ts"), record.get("status")
                summary.message, summary.counts = record.get("message", ""), record.get("counts") or {}
            elif record.get("type") == "undone" and run in runs:
                runs[run].undone = Undone(str(record.get("ts", "")), str(record.get("by") or ""),
                                          int(record.get("left") or 0))
        return {run: s for run, s in runs.items() if s.path.exists()}

    def _rebuild_index(self) -> None:
        with locked(self.directory / INDEX_LOCK):
            if (self.directory / INDEX).exists():
                return
            lines = []
            for path in sorted(self.directory.glob("*.jsonl")):
                if path.name == INDEX:
                    continue
                records = _lines(path)
                start = next((r for r in records if r.get("type") == "run_start"), None)
                if start is None:
                    continue
                lines.append({"type": "start", "run": start["run"], "name": path.name, "file": start.get("file", ""),
                              "ts": start.get("ts", ""), "base_url": start.get("base_url", ""),
                              "user": start.get("user", ""), "total": start.get("total", 0),
                              **({"undoes": start["undoes"]} if start.get("undoes") else {})})
                end = next((r for r in records if r.get("type") == "run_end"), None)
                if end is not None:
                    lines.append({"type": "end", "run": start["run"], "ts": end.get("ts"),
                                  "status": end.get("status"), "message": end.get("message", ""),
                                  "counts": end.get("counts") or {}})
            _write_lines(self.directory / INDEX, lines)

    # -- listing ------------------------------------------------------------------------------------
    def runs(self, file: str | Path | None = None) -> list[RunSummary]:
        """Runs, newest first; only those of `file` when given. Reads the index only."""
        if not self.directory.exists():
            return []
        wanted = _file_key(file) if file is not None else None
        found = [s for s in self._read_index().values() if wanted is None or s.file == wanted]
        found.sort(key=lambda s: (s.started, s.path.name), reverse=True)
        return found

    def last_unfinished(self, file: str | Path, base_url: str | None = None,
                        user: str | None = None) -> RunSummary | None:
        """The file's most recent run (to this account, when given), if it started but never recorded its end."""
        runs = [r for r in self.runs(file) if (base_url is None or r.base_url == base_url)
                and (user is None or r.user.casefold() == user.casefold())]
        return runs[0] if runs and not runs[0].finished else None

    def prune(self, days: int, now: datetime | None = None) -> int:
        """Remove runs that started more than `days` days ago; how many. Raises OSError."""
        if not (self.directory / INDEX).exists() and not any(self.directory.glob("*.jsonl")):
            return 0
        cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
        with locked(self.directory / INDEX_LOCK):
            records = _lines(self.directory / INDEX)
            old = {r["run"]: r.get("name", "") for r in records
                   if r.get("type") == "start" and _before(r.get("ts", ""), cutoff)}
            if not old:
                return 0
            for name in old.values():
                if name:
                    (self.directory / name).unlink(missing_ok=True)
            _write_lines(self.directory / INDEX, [r for r in records if r.get("run") not in old])
        return len(old)

    # -- one run ------------------------------------------------------------------------------------
    def read(self, run: RunSummary | str) -> list[dict]:
        """All records of a run."""
        if isinstance(run, RunSummary):
            return _lines(run.path)
        summary = self._read_index().get(run)
        if summary is None:
            raise KeyError(f"no run {run}")
        return _lines(summary.path)

    def reconcile(self, run: RunSummary | str) -> dict[Hashable, ReconciledItem]:
        """Per item: planned event, its before-state, whether it was sent, what came back, the outcome recorded."""
        records = self.read(run)
        items: dict[Hashable, ReconciledItem] = {}
        for r in records:
            if r["type"] == "plan":
                for p in r.get("items", []):
                    key = _hashable(p["key"])
                    items[key] = ReconciledItem(key, p.get("kind", ""), p.get("event", {}),
                                                external_id=p.get("event", {}).get("external_id"))
            elif r["type"] == "before":
                for b in r.get("items", []):
                    if _hashable(b.get("key")) in items:
                        items[_hashable(b.get("key"))].before = b
        requests = {r["seq"]: r for r in records if r["type"] == "request"}
        for request in requests.values():
            for key in request.get("keys", []):
                if _hashable(key) in items:
                    items[_hashable(key)].sent = True
        for r in records:
            if r["type"] == "response" and isinstance(r.get("events"), list) and r.get("seq") in requests:
                request = requests[r["seq"]]
                keys = [_hashable(k) for k in request.get("keys", [])]
                sent = list((request.get("body") or {}).get("events") or [])
                if len(sent) != len(keys):
                    continue
                for key, event in zip(keys, match_answer(sent, r["events"]), strict=True):
                    if key in items and isinstance(event, dict):
                        items[key].answered = True
                        items[key].answer = event
                        items[key].id = event.get("id", items[key].id)
                        items[key].external_id = event.get("external_id") or items[key].external_id
            elif r["type"] == "outcome":
                item = items.get(_hashable(r.get("key")))
                if item is not None:
                    item.state, item.message = r.get("state"), r.get("message", "")
                    item.id = r.get("id") if r.get("id") is not None else item.id
                    item.external_id = r.get("external_id") or item.external_id
        return items


def _lines(path: Path) -> list[dict]:
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


def _write_lines(path: Path, records: list[dict]) -> None:
    temp = path.with_suffix(f".{os.getpid()}.tmp")
    with open_private(temp, "w") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records)
    os.replace(temp, path)


def _before(stamp: str, cutoff: datetime) -> bool:
    try:
        when = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return False
    return (when if when.tzinfo else when.replace(tzinfo=UTC)) < cutoff


def _file_key(file: str | Path) -> str:
    """How a file is recognised across runs: its absolute path."""
    return str(Path(file).expanduser().resolve())


def _hashable(key: Any) -> Hashable:
    return tuple(key) if isinstance(key, list) else key
