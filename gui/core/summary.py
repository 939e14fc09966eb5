"""What a send will do, in plain words: new events, updates, cancellations, whole replacements, calendars that
may be new."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from gui.core import words
from gui.core.calendar_names import Allowed, fold, may_create
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
            out.append(f"{words.count(self.events, 'event')} will be sent: {words.number(self.new)} new, "
                       f"{words.count(self.updates, 'update')}"
                       + (f", {words.count(self.maybe_updates, 'update')} if found in Apptoto, else new"
                          if self.maybe_updates else "") + ".")
        if self.cancellations:
            out.append(f"{words.count(self.cancellations, 'appointment')} will be cancelled in Apptoto: "
                       f"{'its' if self.cancellations == 1 else 'their'} reminders stop.")
        if self.skipped:
            out.append(f"{words.count(self.skipped, 'selected row has', 'selected rows have')} errors and will not "
                       "be sent.")
        if self.replace_participants:
            out.append(f"{words.count(self.replace_participants, 'update replaces', 'updates replace')} all "
                       "participants of the event (people not listed in the row are removed).")
        if self.replace_custom_data:
            out.append(f"{words.count(self.replace_custom_data, 'update replaces', 'updates replace')} all custom "
                       "data of the event.")
        if self.maybe_replace:
            out.append(maybe_line(self.maybe_replace))
        if self.participants_new:
            out.append(f"{words.count(self.participants_new, 'participant')} on new events may receive "
                       "Apptoto's auto messages.")
        out += self.calendar_lines()
        return out

    def calendar_lines(self) -> list[str]:
        """The calendars not seen before in the account: created only where allowed, else their rows fail."""
        out = []
        kept = [c for c in self.unknown_calendars if c not in self.creatable]
        if kept:
            rows = sum(self.calendar_rows.get(c, 0) for c in kept)
            one = len(kept) == 1
            out.append(f"Calendar{'' if one else 's'} not seen before in this account: {_named(kept, self)}. "
                       f"If Apptoto does not have {'it' if one else 'them'}, {'that row' if rows == 1 else 'those rows'}"
                       f" will fail and nothing is created: check the spelling, or allow creating "
                       f"{'it' if one else 'them'}.")
        if self.creatable:
            one = len(self.creatable) == 1
            out.append(f"Calendar{'' if one else 's'} not seen before in this account, which Apptoto will create if "
                       f"it does not have {'it' if one else 'them'}: {_named(self.creatable, self)}.")
        return out


def _named(names: list[str], summary: SendSummary) -> str:
    """`“Dr Smiht” (3 rows)`, one per name."""
    return ", ".join(f"“{name}” ({words.count(summary.calendar_rows.get(name, 0), 'row')})" for name in names)


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
        lines.append(f"{schedule.source}, sheet \"{schedule.sheet}\", row {row.number}: {status}: "
                     f"{event_name(row.event)} will be deleted in Apptoto (its reminders stop)")
    return lines


def event_name(event: dict) -> str:
    """`event #1234`, or `the event with External ID A-77`."""
    if event.get("id") not in (None, ""):
        return f"event #{event['id']}"
    return f"the event with External ID {event.get('external_id')}"
