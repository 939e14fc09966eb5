"""What a send will do, in plain words: new events, updates, cancellations, whole replacements, calendars that
may be new."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from gui.core.calendar_names import Allowed, fold, may_create
from gui.core.i18n import tr, trn
from gui.core.replacing import maybe_line
from gui.core.schedule import Schedule
from gui.core.snapshot import Snapshot
from gui.core.vocab import CANCEL, MAYBE_UPDATE, NEW, UPDATE


@dataclass(slots=True)
class SendSummary:
    new: int = 0
    updates: int = 0
    maybe_updates: int = 0                        # external_id only: update if Apptoto knows it, else new
    cancellations: int = 0                        # events deleted in Apptoto (rows whose status cancels them)
    skipped: int = 0                              # selected rows with errors: not sent
    replace_participants: int = 0                 # updates that replace all participants
    replace_custom_data: int = 0                  # updates that replace all custom data
    maybe_replace: int = 0                        # rows that update if found and would replace either
    participants_new: int = 0                     # people on new events (may get Apptoto's auto messages)
    calendars: list[str] = field(default_factory=list)       # calendar names the rows use
    unknown_calendars: list[str] = field(default_factory=list)  # of those, never seen in the account
    calendar_rows: dict[str, int] = field(default_factory=dict)  # rows per calendar name
    creatable: list[str] = field(default_factory=list)       # of the unknown ones, those the send may create

    @property
    def events(self) -> int:
        return self.new + self.updates + self.maybe_updates

    def lines(self) -> list[str]:
        """The summary in plain words, one sentence a line."""
        out = []
        if self.events or not self.cancellations:
            new = trn("summary", "{count} new", "{count} new", self.new)
            updates = trn("summary", "{count} update", "{count} updates", self.updates)
            if self.maybe_updates:
                out.append(trn("summary", "{count} event will be sent: {new}, {updates}, {maybe} if found in Apptoto, "
                               "else new.", "{count} events will be sent: {new}, {updates}, {maybe} if found in "
                               "Apptoto, else new.", self.events, new=new, updates=updates,
                               maybe=trn("summary", "{count} update", "{count} updates", self.maybe_updates)))
            else:
                out.append(trn("summary", "{count} event will be sent: {new}, {updates}.",
                               "{count} events will be sent: {new}, {updates}.", self.events, new=new,
                               updates=updates))
        if self.cancellations:
            out.append(trn("summary", "{count} appointment will be cancelled in Apptoto: its reminders stop.",
                           "{count} appointments will be cancelled in Apptoto: their reminders stop.",
                           self.cancellations))
        if self.skipped:
            out.append(trn("summary", "{count} selected row has errors and will not be sent.",
                           "{count} selected rows have errors and will not be sent.", self.skipped))
        if self.replace_participants:
            out.append(trn("summary", "{count} update replaces all participants of the event (people not listed in "
                           "the row are removed).", "{count} updates replace all participants of the event (people "
                           "not listed in the row are removed).", self.replace_participants))
        if self.replace_custom_data:
            out.append(trn("summary", "{count} update replaces all custom data of the event.",
                           "{count} updates replace all custom data of the event.", self.replace_custom_data))
        if self.maybe_replace:
            out.append(maybe_line(self.maybe_replace))
        if self.participants_new:
            out.append(trn("summary", "{count} participant on new events may receive Apptoto's auto messages.",
                           "{count} participants on new events may receive Apptoto's auto messages.",
                           self.participants_new))
        out += self.calendar_lines()
        return out

    def calendar_lines(self) -> list[str]:
        """The calendars not seen before in the account: created only where allowed, else their rows fail."""
        out = []
        kept = [c for c in self.unknown_calendars if c not in self.creatable]
        if kept:
            rows = sum(self.calendar_rows.get(c, 0) for c in kept)
            fail = (trn("summary", "If Apptoto does not have it, that row will fail and nothing is created: check the "
                        "spelling, or allow creating it.", "If Apptoto does not have it, those rows will fail and "
                        "nothing is created: check the spelling, or allow creating it.", rows) if len(kept) == 1 else
                    trn("summary", "If Apptoto does not have them, that row will fail and nothing is created: check "
                        "the spelling, or allow creating them.", "If Apptoto does not have them, those rows will fail "
                        "and nothing is created: check the spelling, or allow creating them.", rows))
            out.append(trn("summary", "Calendar not seen before in this account: {names}. {fail}",
                           "Calendars not seen before in this account: {names}. {fail}", len(kept),
                           names=_named(kept, self), fail=fail))
        if self.creatable:
            out.append(trn("summary", "Calendar not seen before in this account, which Apptoto will create if it does "
                           "not have it: {names}.", "Calendars not seen before in this account, which Apptoto will "
                           "create if it does not have them: {names}.", len(self.creatable),
                           names=_named(self.creatable, self)))
        return out


def _named(names: list[str], summary: SendSummary) -> str:
    """`“Dr Smiht” (3 rows)`, one per name."""
    return ", ".join(trn("summary", "“{name}” ({count} row)", "“{name}” ({count} rows)",
                         summary.calendar_rows.get(name, 0), name=name) for name in names)


def summarise(schedule: Schedule | Snapshot, indices: Iterable[int], known_calendars: Iterable[str] | None = None,
              create_calendars: Allowed = False) -> SendSummary:
    """Summarise sending rows `indices`; `known_calendars`: names the account is known to have (None: don't judge);
    `create_calendars`: the calendars the send may create (True: any)."""
    summary = SendSummary()
    names: Counter[str] = Counter()
    for index in indices:
        if schedule.has_errors(index):
            summary.skipped += 1
            continue
        row = schedule.rows[index]
        event = row.event
        if row.kind == CANCEL:
            summary.cancellations += 1
            continue
        if row.kind == NEW:
            summary.new += 1
            summary.participants_new += len(event.get("participants", ()))
        else:
            if row.kind == UPDATE:
                summary.updates += 1
                summary.replace_participants += "participants" in event
                summary.replace_custom_data += "custom_data" in event
            elif row.kind == MAYBE_UPDATE:
                summary.maybe_updates += 1
                summary.maybe_replace += "participants" in event or "custom_data" in event
        if "calendar" in event and "calendar_id" not in event:
            names[event["calendar"]] += 1
    summary.calendars = sorted(names)
    summary.calendar_rows = dict(names)
    if known_calendars is not None:
        known = {fold(c) for c in known_calendars}
        summary.unknown_calendars = [c for c in summary.calendars if fold(c) not in known]
        summary.creatable = [c for c in summary.unknown_calendars if may_create(c, create_calendars)]
    return summary


def cancellation_lines(schedule: Schedule, indices: Iterable[int]) -> list[str]:
    """One line per cancellation among these rows (without errors), naming the file, sheet, row and the event:
    `s.xlsx, sheet "Day", row 7: Cancelled: event #1234 will be deleted in Apptoto (its reminders stop)`."""
    column = schedule.column_of("appointment_status")
    lines = []
    for index in schedule.cancellations(indices):
        row = schedule.rows[index]
        status = str(row.values[column]).strip() if column is not None else "cancelled"
        lines.append(tr("summary", "{file}, sheet \"{sheet}\", row {row}: {status}: {event} will be deleted in Apptoto "
                        "(its reminders stop)", file=schedule.source, sheet=schedule.sheet, row=row.number,
                        status=status, event=event_name(row.event)))
    return lines


def event_name(event: dict) -> str:
    """`event #1234`, or `the event with External ID A-77`."""
    if event.get("id") not in (None, ""):
        return tr("summary", "event #{id}", id=event["id"])
    return tr("summary", "the event with External ID {external_id}", external_id=event.get("external_id"))
