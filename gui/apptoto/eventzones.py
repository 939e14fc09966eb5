"""An update's times written without a zone are its event's times: read them in the event's own time zone once
Apptoto has said which (the pre-send check of a send, or Compare), and say which zone was used.

Only a zone *name* Apptoto gives for the event counts. An answered offset is not a zone: Apptoto may answer times in
the account's zone rather than the event's (the sandbox answers in America/Los_Angeles offsets), and one offset
cannot say what the offset is on another date (daylight saving time). Without a name the default zone stays, with
the warning, and the note says what Apptoto's answer shows."""

from __future__ import annotations

import copy
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

from gui.apptoto.compare import as_instant
from gui.apptoto.diff import RowDiff, RowEvent, classify
from gui.apptoto.rows import wants_zone
from gui.core import words
from gui.core.i18n import tr
from gui.core.problems import ERROR
from gui.core.rowbuild import build
from gui.core.schedule import Schedule
from gui.core.zones import zone


def event_zone(event: Mapping[str, Any] | None) -> str | None:
    """The event's time zone as Apptoto gave it (an IANA or Rails name this app knows), else None."""
    name = event.get("time_zone") if isinstance(event, Mapping) else None
    if isinstance(name, str) and name.strip() and zone(name.strip()) is not None:
        return name.strip()
    return None


def used_note(name: str) -> str:
    """`Times without a zone read in America/Chicago, the event's time zone in Apptoto.`"""
    return tr("eventzones", "Times without a zone read in {zone}, the event's time zone in Apptoto.", zone=name)


def unknown_note(event: Mapping[str, Any], sent_start: Any, default_zone: str) -> str:
    """Apptoto gave no zone for the event: the default zone was used; what Apptoto's answer shows beside it."""
    note = tr("eventzones", "Times without a zone read in {zone}: Apptoto gave no time zone for this event.",
              zone=default_zone)
    theirs, ours = as_instant(event.get("start_time")), as_instant(sent_start)
    if theirs is not None and ours is not None and theirs.utcoffset() != ours.utcoffset():
        note += " " + tr("eventzones", "Apptoto shows its times at {theirs}, not {ours}: if the event is in another "
                         "zone, fill Time zone.", theirs=words.utc_offset(theirs), ours=words.utc_offset(ours))
    return note


@dataclass(frozen=True, slots=True)
class Rezoned:
    """What the event's zone made of one row: its event with the times placed there (None: unchanged), the zone
    used (None: the default) and the note for its outcome."""

    event: dict | None
    zone: str | None
    note: str


class Rezone:
    """The engine's `rezone` step for a send: a copy of the rows whose update times have no zone (taken on the
    thread owning the schedule), rebuilt on the send's worker with the zone of each event the pre-send check
    found. `rows`: item key -> row index."""

    def __init__(self, schedule: Schedule, rows: Mapping[Hashable, int]) -> None:
        self.plan, self.options = schedule.plan, schedule.options
        self.rows = {key: (list(schedule.rows[i].values), schedule.rows[i].number, schedule.rows[i].known)
                     for key, i in rows.items() if wants_zone(schedule.rows[i])}

    def __call__(self, found: Mapping[Hashable, dict], sent: Mapping[Hashable, dict]) -> dict[Hashable, Rezoned]:
        """For each key whose event Apptoto has (`found`, as it answered; `sent`: the row's event as built)."""
        from gui.core.models import request_body

        out: dict[Hashable, Rezoned] = {}
        for key, current in found.items():
            if key not in self.rows:
                continue
            name = event_zone(current)
            if name is None:
                start = sent.get(key, {}).get("start_time")
                out[key] = Rezoned(None, None, unknown_note(current, start, self.options.default_time_zone))
                continue
            values, number, known = self.rows[key]
            built = build(values, number, self.plan, self.options, known, name)
            bad = next((p.message for p in built.problems if p.severity == ERROR), None)
            if bad is not None:
                out[key] = Rezoned(None, None, tr("eventzones", "Times without a zone could not be read in the event's "
                                                  "time zone {zone} ({problem}), so they were read in {default}.",
                                                  zone=name, problem=bad, default=self.options.default_time_zone))
                continue
            out[key] = Rezoned(request_body([built.event])["events"][0], name, used_note(name))
        return out


def apply_zones(schedule: Schedule, diffs: list[RowDiff]) -> list[int]:
    """After a Compare, on the thread owning the schedule: each update whose times have no zone and whose event
    Apptoto has (found by its key) is read in the event's zone when Apptoto gave one (Schedule.set_zone) and its diff
    made again from the event as Apptoto has it (in place in `diffs`); without a zone the diff notes what was used.
    Returns the rows rebuilt. The window calls it with the latest Compare's results; `diff` prints the notes."""
    changed = []
    for position, diff in enumerate(diffs):
        row = schedule.rows[diff.index]
        if diff.current is None or not diff.found_by_key or not wants_zone(row):
            continue
        name = event_zone(diff.current)
        if name is None:
            diff.zone_note = unknown_note(diff.current, row.event.get("start_time"),
                                          schedule.options.default_time_zone)
            continue
        schedule.set_zone(diff.index, name)
        again = classify(RowEvent(diff.index, diff.row, copy.deepcopy(row.event)), diff.current)
        again.known, again.zone_note, again.found_by_key = diff.known, used_note(name), True
        diffs[position] = again
        changed.append(diff.index)
    return changed
