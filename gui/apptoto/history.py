"""The send history from the journal: runs as listed (the window, `apptoto-sheets history`), whether each send was
undone, finding a run by its id, and one run's requests and answers."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from gui.apptoto.journal import Journal, RunSummary
from gui.core import words
from gui.core.i18n import tr, tr_noop, trn
from gui.core.vocab import CREATED, DELETED, FAILED, FINISHED, SKIPPED, UNKNOWN, UPDATED, outcome_tally

STATES = (CREATED, UPDATED, DELETED, FAILED, UNKNOWN, SKIPPED)
LAST = "last"                            # `undo last`: the newest send
NOT_FINISHED = "did not finish"          # a run's status when the journal has no end for it
# How a run ended, in the user's words (English: as stored): tr("history", status).
_STATUS_WORDS = (tr_noop("history", "finished"), tr_noop("history", "cancelled"), tr_noop("history", "auth_failed"),
                 tr_noop("history", "error"), tr_noop("history", "did not finish"))


@dataclass(slots=True)
class RunEntry:
    """One run as the history lists it: when, which file, how it ended, how many rows of each state."""

    summary: RunSummary
    when: str                            # local time, minutes
    file: str                            # the file's name (summary.file has the whole path)
    status: str                          # finished | cancelled | auth_failed | error | did not finish
    counts: dict[str, int]

    @property
    def created(self) -> int:
        return self.counts.get("created", 0)

    @property
    def updated(self) -> int:
        return self.counts.get("updated", 0)

    @property
    def deleted(self) -> int:
        return self.counts.get("deleted", 0)

    @property
    def run(self) -> str:
        return self.summary.run_id

    @property
    def undone(self) -> bool:
        """Whether an undo of this send ended with nothing left to undo."""
        return self.summary.undone is not None and self.summary.undone.left == 0

    def undo_text(self) -> str:
        """'', `undone 2026-05-01 14:10`, or `partly undone (3 rows left)`."""
        done = self.summary.undone
        if done is None:
            return ""
        if done.left == 0:
            return tr("history", "undone {when}", when=local_time(done.at))
        return trn("history", "partly undone ({count} row left)", "partly undone ({count} rows left)", done.left,
                   count=str(done.left))

    @property
    def failed(self) -> int:
        """Rows not known to be saved: failed or unknown."""
        return self.counts.get("failed", 0) + self.counts.get("unknown", 0)

    def line(self) -> str:
        """`Fri 1 May 2026 14:03  schedule.xlsx  finished: 12 created, 3 updated, 1 failed`"""
        tally = outcome_tally(self.counts, nothing=tr("history", "nothing sent"))
        undone = self.undo_text()
        status = self.status_text()
        if self.summary.undoes:
            status = tr("history", "undo of run {run} {status}", run=self.summary.undoes[:8], status=status)
        return f"{self.when}  {self.file}  {status}: {tally}" + (f"; {undone}" if undone else "")

    def status_text(self) -> str:
        """How the run ended, in the user's words (`finished`, `did not finish`…)."""
        return tr("history", self.status)


@dataclass(slots=True)
class Exchange:
    """One request of a run and the answer it got (answer None and no error: no answer was recorded)."""

    seq: int
    sent_at: str
    keys: list
    sent: list[dict]
    method: str = "PUT"
    status: int | str | None = None
    answer: list[dict] | None = None
    error: str | None = None


@dataclass(slots=True)
class RunDetail:
    """A run opened: its requests with their answers, and the final state of each row."""

    exchanges: list[Exchange] = field(default_factory=list)
    outcomes: dict[Hashable, dict] = field(default_factory=dict)
    base_url: str = ""
    user: str = ""


def list_runs(journal: Journal | None = None, file: str | Path | None = None, sends_only: bool = False
              ) -> list[RunEntry]:
    """The journal's runs, newest first (only those of `file` when given; `sends_only`: without the undo runs)."""
    journal = journal or Journal()
    out = []
    for summary in journal.runs(file):
        if sends_only and summary.undoes:
            continue
        counts = dict(summary.counts) if summary.finished else _tally(journal.read(summary))
        out.append(RunEntry(summary, local_time(summary.started), Path(summary.file).name or summary.file,
                            (summary.status or FINISHED) if summary.finished else NOT_FINISHED,
                            {s: int(counts.get(s, 0)) for s in STATES}))
    return out


def read_run(journal: Journal, run: RunSummary | RunEntry) -> RunDetail:
    """What was sent and what came back, request by request."""
    summary = run.summary if isinstance(run, RunEntry) else run
    detail = RunDetail()
    by_seq: dict[Any, Exchange] = {}
    for record in journal.read(summary):
        kind = record.get("type")
        if kind == "run_start":
            detail.base_url, detail.user = record.get("base_url", ""), record.get("user", "")
        elif kind == "request":
            body = record.get("body") or {}
            exchange = Exchange(record.get("seq", len(by_seq) + 1), local_time(record.get("ts", ""), seconds=True),
                                list(record.get("keys") or []), list(body.get("events") or []),
                                str(record.get("method") or "PUT"))
            by_seq[exchange.seq] = exchange
            detail.exchanges.append(exchange)
        elif kind == "response" and record.get("seq") in by_seq:
            exchange = by_seq[record["seq"]]
            exchange.status, exchange.answer, exchange.error = \
                record.get("status"), record.get("events"), record.get("error")
        elif kind == "outcome":
            key = record.get("key")
            detail.outcomes[tuple(key) if isinstance(key, list) else key] = {
                k: record.get(k) for k in ("state", "id", "external_id", "message")}
    return detail


def find_run(journal: Journal, wanted: str, base_url: str | None = None, user: str | None = None) -> RunSummary:
    """The send named by `wanted`: LAST (the newest send, to this server and account when given) or its run id or
    the start of one (at least 4 characters, like the history shows). LookupError in plain words otherwise."""
    sends = [s for s in journal.runs() if not s.undoes]
    if wanted.strip().lower() == LAST:
        mine = [s for s in sends if (base_url is None or s.base_url.rstrip("/") == base_url.rstrip("/"))
                and (user is None or s.user.casefold() == user.casefold())]
        if not mine:
            if base_url and user:
                raise LookupError(tr("history", "No send to {user} on {server} is in the history on this computer.",
                                     user=user, server=base_url))
            raise LookupError(tr("history", "No send is in the history on this computer."))
        return mine[0]
    text = wanted.strip().lower()
    if len(text) < 4:
        raise LookupError(tr("history", "“{run}” is too short to name a send: give at least 4 characters of its run id "
                             "(`apptoto-sheets history` lists them), or “last”.", run=wanted))
    found = [s for s in sends if s.run_id.startswith(text)]
    if not found:
        raise LookupError(tr("history", "No send in the history has the run id “{run}” (`apptoto-sheets history` lists "
                             "them).", run=wanted))
    if len(found) > 1:
        raise LookupError(tr("history", "“{run}” starts the run ids of {count} sends: give more of it.", run=wanted,
                             count=len(found)))
    return found[0]


def local_time(stamp: str, seconds: bool = False) -> str:
    """A journal time stamp (UTC ISO) as this computer's local time in the user's words, e.g. Fri 1 May 2026 14:03
    (`seconds`: a clock time with its seconds, Fri 1 May 2026 14:03:45, to tell a run's requests apart)."""
    try:
        when = datetime.fromisoformat(stamp).astimezone()
    except (TypeError, ValueError):
        return stamp or "?"
    return f"{words.date(when.date())} {when:%H:%M:%S}" if seconds else words.when(when)


def _tally(records: list[dict]) -> dict[str, int]:
    """Counts of the outcomes recorded by a run that never wrote its end."""
    counts: dict[str, int] = {}
    for record in records:
        if record.get("type") == "outcome" and record.get("state"):
            counts[record["state"]] = counts.get(record["state"], 0) + 1
    return counts
