"""Updates that replace their event's participants or custom data whole (Apptoto's rule), named row by row."""

from __future__ import annotations

from gui.core.i18n import tr, tr_noop, trn
from gui.core.problems import WARNING, Problem
from gui.core.schedule import Row
from gui.core.vocab import MAYBE_UPDATE, UPDATE

PARTICIPANTS = tr_noop("replacing", "this update replaces all participants of the event (people not listed in the row "
                                    "are removed)")
CUSTOM_DATA = tr_noop("replacing", "this update replaces all custom data of the event (keys not in the row are "
                                   "removed)")
MAYBE = "maybe"          # replaces them if Apptoto already has the event (a row with only an external_id)


def replaces(row: Row) -> list[Problem] | str:
    """For a row without errors (it is sent): the warnings of an update that replaces its event's participants or
    custom data whole (a row with one participant drops the others); MAYBE for a row with only an external_id
    that would; [] otherwise."""
    event = row.event
    people, custom = "participants" in event, "custom_data" in event
    if not (people or custom):
        return []
    kind = row.kind
    if kind == MAYBE_UPDATE:
        return MAYBE
    if kind != UPDATE:
        return []
    return [Problem(row.number, "", WARNING, tr("replacing", message))
            for present, message in ((people, PARTICIPANTS), (custom, CUSTOM_DATA)) if present]


def maybe_line(count: int) -> str:
    """One line for the rows with only an external_id that would replace participants or custom data."""
    return trn("replacing", "{count} row has only an External ID and participants or custom data: if Apptoto already "
               "has that event, sending replaces all their participants and custom data.", "{count} rows have only an "
               "External ID and participants or custom data: if Apptoto already has those events, sending replaces "
               "all their participants and custom data.", count, count=str(count))
