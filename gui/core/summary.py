"""What a send will do, in plain words: new events, updates, cancellations, whole replacements, calendars to be
created."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

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
    participants_new: int = 0                     # people on new events (may get Apptoto's auto messages)
    calendars: list[str] = field(default_factory=list)       # calendar names the rows use
    unknown_calendars: list[str] = field(default_factory=list)  # of those, never seen before: would be created

    @property
    def events(self) -> int:
        return self.new + self.updates + self.maybe_updates

    def lines(self) -> list[str]:
        """The summary in plain words, one sentence a line."""
        out = []
        if self.events or not self.cancellations:
            out.append(f"{_n(self.events, 'event', 'events')} will be sent: {self.new} new, "
                       f"{_n(self.updates, 'update', 'updates')}"
                       + (f", {self.maybe_updates} new or update (by External ID)" if self.maybe_updates else "")
                       + ".")
        if self.cancellations:
            out.append(f"{_n(self.cancellations, 'appointment', 'appointments')} will be cancelled in Apptoto: "
                       f"{'its' if self.cancellations == 1 else 'their'} reminders stop.")
        if self.skipped:
            out.append(f"{_n(self.skipped, 'selected row has', 'selected rows have')} errors and will not be sent.")
        if self.replace_participants:
            out.append(f"{_n(self.replace_participants, 'update replaces', 'updates replace')} all participants "
                       f"of the event (people not listed in the row are removed).")
        if self.replace_custom_data:
            out.append(f"{_n(self.replace_custom_data, 'update replaces', 'updates replace')} all custom data "
                       f"of the event.")
        if self.participants_new:
            out.append(f"{_n(self.participants_new, 'participant', 'participants')} on new events may receive "
                       f"Apptoto's auto messages.")
        if self.unknown_calendars:
            names = ", ".join(f"“{c}”" for c in self.unknown_calendars)
            out.append(f"Calendar{'s' if len(self.unknown_calendars) != 1 else ''} not seen before, which Apptoto "
                       f"would create: {names}. Check the spelling.")
        return out


def _n(count: int, one: str, many: str) -> str:
    """'1 update replaces' / '3 updates replace'."""
    return f"{count} {one if count == 1 else many}"


def summarise(schedule: Schedule | Snapshot, indices: Iterable[int], known_calendars: Iterable[str] | None = None
              ) -> SendSummary:
    """Summarise sending rows `indices`; `known_calendars` are names seen before (None: don't judge)."""
    summary = SendSummary()
    names: set[str] = set()
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
            elif row.kind == MAYBE_UPDATE:
                summary.maybe_updates += 1
            summary.replace_participants += "participants" in event
            summary.replace_custom_data += "custom_data" in event
        if "calendar" in event:
            names.add(event["calendar"])
    summary.calendars = sorted(names)
    if known_calendars is not None:
        known = {c.casefold() for c in known_calendars}
        summary.unknown_calendars = [c for c in summary.calendars if c.casefold() not in known]
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
