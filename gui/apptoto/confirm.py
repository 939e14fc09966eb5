"""What the send confirmation must say, Qt-free: where it goes and how serious that is, what each row will do (with
the latest Compare's conflicts left out and its unchanged rows counted), the time-zone assumption, calendars that
may be new, and how long it will take. The window shows it; `lines()` is the text in plain words."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from gui.apptoto.diff import RowDiff
from gui.apptoto.estimate import duration, estimate_seconds
from gui.apptoto.listing import estimate_pages
from gui.apptoto.sendspec import SendOptions
from gui.core import words
from gui.core.i18n import tr, trn
from gui.core.schedule import Schedule
from gui.core.server import Server
from gui.core.summary import SendSummary, summarise
from gui.core.vocab import CANCEL, CONFLICT, KIND_LABELS, MAYBE_UPDATE, NEW, UNCHANGED, UPDATE

SANDBOX, APPTOTO, OTHER = "sandbox", "apptoto", "other"      # how serious: practice, the real Apptoto, another server


@dataclass(slots=True)
class Facts:
    """The confirmation's facts. `rows`: the rows that will be sent (ticked, without errors, conflicts left out
    unless included); `untick`: rows to leave unticked by default (the Compare's conflicts), with why."""

    server: Server
    level: str
    rows: list[int]
    summary: SendSummary
    kinds: dict[str, int] = field(default_factory=dict)          # rows to send per kind (NEW, UPDATE, … CANCEL)
    untick: dict[int, str] = field(default_factory=dict)         # row index -> `row 5: calendar move: …`
    unticked: dict[int, str] = field(default_factory=dict)       # conflicts not ticked in the grid (Compare unticks)
    unchanged: list[int] = field(default_factory=list)
    not_compared: int = 0                                        # rows to send that the latest Compare did not see
    zone_line: str = ""
    seconds: float = 0.0

    @property
    def serious(self) -> bool:
        """Anything but the sandbox reaches real people's appointments (and may trigger Apptoto's messages)."""
        return self.level != SANDBOX

    def heading(self) -> str:
        n = len(self.rows)
        if self.level == SANDBOX:
            return trn("confirm", "Send {count} row to the sandbox? Nothing here reaches real Apptoto.",
                       "Send {count} rows to the sandbox? Nothing here reaches real Apptoto.", n)
        who = self.server.user or self.server.host
        if self.level == APPTOTO:
            return trn("confirm", "Send {count} row to the REAL Apptoto account {account} ({host})? This changes real "
                       "appointments.", "Send {count} rows to the REAL Apptoto account {account} ({host})? This "
                       "changes real appointments.", n, account=who, host=self.server.host)
        return trn("confirm", "Send {count} row to the server at {account}? This changes real appointments.",
                   "Send {count} rows to the server at {account}? This changes real appointments.", n, account=who)

    def lines(self) -> list[str]:
        """Everything the confirmation says, one sentence a line, in order."""
        rest = self.summary.lines()
        if self.summary.events or not self.summary.cancellations:
            rest = rest[1:]                              # its count of events: kinds_line says it by kind
        out = [self.heading(), self.kinds_line(), *rest]
        if self.untick:
            out.append(trn("confirm", "{count} row in conflict after the last Compare is left out (unticked): {rows}. "
                           "Tick a row to send it anyway.", "{count} rows in conflict after the last Compare are left "
                           "out (unticked): {rows}. Tick a row to send it anyway.", len(self.untick),
                           rows="; ".join(self.untick.values())))
        if self.unticked:
            out.append(trn("confirm", "{count} row in conflict after the last Compare is left out (unticked in the "
                           "grid): {rows}. Tick it in the Send column to send it anyway.", "{count} rows in conflict "
                           "after the last Compare are left out (unticked in the grid): {rows}. Tick one in the Send "
                           "column to send it anyway.", len(self.unticked), rows="; ".join(self.unticked.values())))
        if self.unchanged:
            out.append(trn("confirm", "{count} row is unchanged in Apptoto since the last Compare: sending changes "
                           "nothing there.", "{count} rows are unchanged in Apptoto since the last Compare: sending "
                           "changes nothing there.", len(self.unchanged)))
        if self.not_compared and (self.untick or self.unchanged):
            out.append(trn("confirm", "{count} row was not compared (edited since, or new): the send checks "
                                      "Apptoto for "
                           "them first.", "{count} rows were not compared (edited since, or new): the send checks "
                           "Apptoto for them first.", self.not_compared))
        if self.zone_line:
            out.append(self.zone_line)
        out.append(tr("confirm", "It will take {time} at the rate Apptoto allows.", time=duration(self.seconds)))
        return out

    def kinds_line(self) -> str:
        """`40 events will be sent: 34 new, 5 updates, 1 update if found (else new).` (other kinds by their label)"""
        parts = []
        order = [NEW, UPDATE, MAYBE_UPDATE, *sorted(set(self.kinds) - {NEW, UPDATE, MAYBE_UPDATE})]
        for kind in order:
            n = self.kinds.get(kind, 0)
            if not n:
                continue
            if kind == NEW:
                parts.append(trn("summary", "{count} new", "{count} new", n))
            elif kind == UPDATE:
                parts.append(trn("summary", "{count} update", "{count} updates", n))
            elif kind == MAYBE_UPDATE:
                parts.append(trn("confirm", "{count} update if found in Apptoto, else new",
                                 "{count} updates if found in Apptoto, else new", n))
            elif kind == CANCEL:
                parts.append(trn("vocab", "{count} cancellation", "{count} cancellations", n))
            else:                                        # kinds to come say their own label
                parts.append(f"{words.number(n)} {tr('vocab', KIND_LABELS.get(kind, kind)).lower()}")
        return trn("confirm", "{count} event will be sent: {kinds}.", "{count} events will be sent: {kinds}.",
                   sum(self.kinds.values()), kinds=", ".join(parts) or tr("vocab", "nothing"))


def confirmation(schedule: Schedule, indices: Iterable[int], server: Server, options: SendOptions,
                 compare: Mapping[int, RowDiff] | None = None, compare_server: Server | None = None,
                 known_calendars: Iterable[str] | None = None, remembered_batch: int = 0,
                 listing_fresh: bool = False, include_conflicts: bool = False) -> Facts:
    """The facts for sending rows `indices` of `schedule` (on the thread owning it) to `server`.

    `compare`: the latest Compare's results by row index, from `compare_server` (results of another server or
    account are not used); its conflicts are left out unless `include_conflicts`. `known_calendars`: names the
    account is known to have (None: not known, not judged). `remembered_batch`: the batch size remembered for the
    account; `listing_fresh`: a Compare's listing the send may reuse (no listing to wait for)."""
    chosen = list(indices)
    indices = [i for i in chosen if not schedule.has_errors(i)]
    diffs = dict(compare or {}) if compare_server is None or compare_server.same_account(server) else {}
    untick = {i: _conflict(schedule, diffs[i]) for i in indices
              if i in diffs and diffs[i].kind == CONFLICT and not include_conflicts}
    rows = [i for i in indices if i not in untick]
    taken = set(chosen)
    unticked = {i: _conflict(schedule, diff) for i, diff in sorted(diffs.items()) if diff.kind == CONFLICT
                and i not in taken and i < len(schedule.rows) and not schedule.has_errors(i)}
    summary = summarise(schedule, rows, known_calendars, options.create_calendars)
    summary.skipped = len(chosen) - len(indices)                 # chosen rows with errors: said, never sent
    kinds: dict[str, int] = {}
    for i in rows:
        kinds[schedule.rows[i].kind] = kinds.get(schedule.rows[i].kind, 0) + 1
    checked = sum(n for kind, n in kinds.items() if kind in (NEW, MAYBE_UPDATE))
    pages = estimate_pages(checked) if checked and not listing_fresh else 0
    level = SANDBOX if server.is_local else APPTOTO if server.is_apptoto else OTHER
    return Facts(server, level, rows, summary, kinds, untick, unticked,
                 [i for i in rows if i in diffs and diffs[i].kind == UNCHANGED],
                 sum(1 for i in rows if i not in diffs), zone_line(schedule, rows),
                 estimate_seconds(len(rows), pages, options, remembered_batch or None))


def zone_line(schedule: Schedule, rows: Iterable[int]) -> str:
    """The time-zone assumption for rows whose times have no zone: `Times without a zone are read as
    America/New_York` (and, for updates whose event's zone Apptoto gave, that zone); '' when no row has such."""
    default, events = 0, {}
    for i in rows:
        row = schedule.rows[i]
        if row.built is None or not row.built.zoneless:
            continue
        if row.zone:
            events[row.zone] = events.get(row.zone, 0) + 1
        else:
            default += 1
    parts = []
    if default:
        parts.append(trn("confirm", "Times without a zone are read as {zone} ({count} row).",
                         "Times without a zone are read as {zone} ({count} rows).", default,
                         zone=schedule.options.default_time_zone))
    for name, n in sorted(events.items()):
        parts.append(trn("confirm", "Times without a zone on {count} update are read in its event's time zone in "
                         "Apptoto, {zone}.", "Times without a zone on {count} updates are read in their event's time "
                         "zone in Apptoto, {zone}.", n, zone=name))
    return " ".join(parts)


def _conflict(schedule: Schedule, diff: RowDiff) -> str:
    return tr("confirm", "row {row}: {reasons}", row=schedule.rows[diff.index].number,
              reasons="; ".join(diff.reasons) or tr("confirm", "a conflict"))
