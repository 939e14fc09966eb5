"""Before a send: external_ids derived for new rows, the rows checked against one listing of their dates, and what
each row becomes: sent as it is, sent as an update of the event Apptoto already has, or held back with a reason."""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from gui.apptoto.compare import describe, shown_time
from gui.apptoto.identity import NOTHING_RETIRED, Retired, derive_all, is_derived
from gui.apptoto.listing import Listing
from gui.apptoto.ratelimit import Pacer
from gui.apptoto.resolve import (
    FOUND,
    MATCHED,
    NOT_ASKED,
    NOT_FOUND,
    UNCERTAIN,
    Ask,
    Resolved,
    Status,
    resolve,
)
from gui.apptoto.sendspec import SendItem
from gui.core.i18n import tr
from gui.core.vocab import CANCEL, FAILED, HELD_BACK, MAYBE_UPDATE, NEW, SKIPPED, UPDATE, Outcome


def has_key(event: Mapping[str, Any]) -> bool:
    """True if the event names what it updates (an id or external_id), so resending it is safe."""
    return event.get("id") not in (None, "") or event.get("external_id") not in (None, "")


def assign_external_ids(items: Iterable[SendItem], retired: Retired = NOTHING_RETIRED) -> dict[Hashable, str]:
    """Give every item with neither id nor external_id the external_id derived from its appointment (in place);
    {key: id}. Items that repeat another item's appointment are left without one (the send reports them).

    Call it before sending and store the ids with the rows: every computer derives the same ones anyway."""
    items = list(items)
    taken = {str(i.event["external_id"]): (i.key, i.event) for i in items
             if i.event.get("external_id") not in (None, "")}
    derived = derive_all(((i.key, i.event) for i in items if _may_create(i)), taken, retired.external_ids)
    for item in items:
        if item.key in derived.ids:
            item.event["external_id"] = derived.ids[item.key]
    return dict(derived.ids)


def forget_retired(event: dict, retired: Retired) -> str:
    """Take off an event (in place) the id and derived external_id of an event an undo deleted after a send created
    it: the row is that appointment to be made again (a new derived external_id is given it), not an update of a
    deleted event. Returns why it cannot be made again ('' when it can): its own External ID names the deleted one."""
    if not retired:
        return ""
    external_id = event.get("external_id")
    if external_id in retired.external_ids:
        if not is_derived(event, retired.external_ids):
            return tr("presend", "Not sent: undoing an earlier send deleted this appointment in Apptoto, and its "
                      "External ID “{external_id}” still names that deleted event. Give the row a new External ID "
                      "(or clear it) to create the appointment again.", external_id=external_id)
        del event["external_id"]
        if event.get("id") not in (None, ""):
            del event["id"]
    if isinstance(event.get("id"), int) and event["id"] in retired.ids:
        del event["id"]
    return ""


def _may_create(item: SendItem) -> bool:
    """A row without id or external_id that is not a cancellation (one never gets a derived id: it deletes only
    the event it names)."""
    return item.kind != CANCEL and not has_key(item.event)


@dataclass(frozen=True, slots=True)
class Uncertain:
    """A new row that may already be in Apptoto as `candidate`: the window asks, the command line warns."""

    key: Hashable
    event: dict
    candidate: dict
    why: str

    def line(self) -> str:
        """`may already be in Apptoto as event #1234 “Check-up” on Mon 2 Mar 2026 09:00: the same …` (its time as the
        row's own offset shows it: Apptoto may answer in another)."""
        return tr("presend", "may already be in Apptoto as {event}", event=self.candidate_text())

    def candidate_text(self) -> str:
        """`event #1234 “Check-up” on Mon 2 Mar 2026 09:00: the same …`"""
        c = self.candidate
        when = shown_time(c.get("start_time"), self.event.get("start_time"))
        return tr("presend", "event #{id} “{title}” on {when}: {why}", id=c.get("id"), title=c.get("title") or "",
                  when=when, why=self.why)

    def appointment(self) -> str:
        """The row's own appointment in a few words: `“Filling” on Mon 7 Dec 2026 10:00 with Aisha Khan`."""
        e = self.event
        people = [describe(p) for p in e.get("participants") or () if isinstance(p, dict)]
        if people:
            return tr("presend", "“{title}” on {when} with {people}", title=e.get("title") or "",
                      when=shown_time(e.get("start_time")), people=", ".join(people))
        return tr("presend", "“{title}” on {when}", title=e.get("title") or "", when=shown_time(e.get("start_time")))


@dataclass(slots=True)
class Check:
    """The pre-send check: derived external_ids, rows repeating another row, what Apptoto has of each row."""

    derived: dict[Hashable, str] = field(default_factory=dict)
    duplicates: dict[Hashable, Hashable] = field(default_factory=dict)
    resolved: Resolved = field(default_factory=Resolved)
    events: dict[Hashable, dict] = field(default_factory=dict)     # each row's event as checked
    refused: dict[Hashable, str] = field(default_factory=dict)     # rows that cannot be sent, with why

    @property
    def listing(self) -> Listing | None:
        return self.resolved.listing

    @property
    def uncertain(self) -> list[Uncertain]:
        """The rows to ask about (window) or warn about (command line), with the event each may be."""
        return [Uncertain(key, self.events.get(key, {}), r.current or {}, r.reason)
                for key, r in self.resolved.items() if r.state == UNCERTAIN]

    def held_back(self, outcomes: Mapping[Hashable, Outcome]) -> list[Uncertain]:
        """The uncertain rows the send did not create (`outcomes`: the send's): what the window asks about."""
        return [u for u in self.uncertain if (got := outcomes.get(u.key)) is not None and got.why == HELD_BACK]


def check(items: list[SendItem], client: Any, pacer: Pacer, listing: Listing | None = None,
          names: Mapping[int, str] | None = None, generate_ids: bool = True,
          progress: Callable[[Status], None] | None = None, find_zones: bool = False,
          retired: Retired = NOTHING_RETIRED) -> Check:
    """Derive external_ids (when `generate_ids`) and resolve every row against one listing of the rows' dates: a row
    without an id by its external_id and the guard; a row with an id, and a cancellation, by its key alone (asked
    for one by one when the listing does not hold it), so the send knows each event's before-state, and the zone
    of the events whose updates have zone-less times (`SendItem.zoneless`; `find_zones` is kept for callers: every
    row is resolved). A row naming an event an undo deleted after a send created it (`retired`) is made again
    (`forget_retired`). Raises AuthError; other failures become rows' NOT_ASKED."""
    result = Check(events={item.key: item.event for item in items})
    for item in items:
        why = forget_retired(item.event, retired) if item.kind != CANCEL else ""
        if why:
            result.refused[item.key] = why
    items = [i for i in items if i.key not in result.refused]
    if generate_ids:
        result.derived = assign_external_ids(items, retired)
        taken = {str(i.event["external_id"]): (i.key, i.event) for i in items if i.event.get("external_id")}
        result.duplicates = derive_all(((i.key, i.event) for i in items if _may_create(i)), taken,
                                       retired.external_ids).duplicates
    asks = [Ask(i.key, i.event, i.key in result.derived or is_derived(i.event, retired.external_ids),
                by_key_only=i.kind == CANCEL) for i in items if i.key not in result.duplicates]
    if asks:
        result.resolved = resolve(asks, client, pacer, listing, names, look_up_ids=True, progress=progress)
    return result


@dataclass(slots=True)
class Plan:
    """What the check makes of each item: its kind now, outcomes decided before sending, and the note for the
    outcome of each row the guard found in Apptoto under another key (sent as an update of that event)."""

    kinds: dict[Hashable, str] = field(default_factory=dict)
    outcomes: dict[Hashable, Outcome] = field(default_factory=dict)
    notes: dict[Hashable, str] = field(default_factory=dict)


def decide(items: list[SendItem], checked: Check, create_anyway: bool | Collection[Hashable] = False) -> Plan:
    """Apply the check to the items (events changed in place): a row Apptoto has under another key is sent as an
    update of that event; an uncertain row is held back unless `create_anyway` (True, or its key is in it); a row
    that could not be checked and might create an event is held back; a repeated row is reported, not sent."""
    plan = Plan()
    by_key = {item.key: item for item in items}
    for item in items:
        key, event = item.key, item.event
        plan.kinds[key] = item.kind
        if item.kind == CANCEL:
            continue                          # deleted by its key: what Apptoto has of it is its before-state
        if key in checked.refused:
            plan.outcomes[key] = Outcome(FAILED, checked.refused[key], external_id=event.get("external_id"))
            continue
        if key in checked.duplicates:
            first = checked.duplicates[key]
            plan.outcomes[key] = Outcome(FAILED, tr("presend", "Not sent: the same appointment as row {row} (same "
                                                    "calendar, start, participant, title, end and location); it is "
                                                    "sent once, from row {row}.", row=first),
                                         external_id=by_key[first].event.get("external_id") if first in by_key else None)
            continue
        found = checked.resolved.get(key)
        if found is None:
            continue
        if found.state == FOUND:
            plan.kinds[key] = UPDATE
        elif found.state == NOT_FOUND:
            plan.kinds[key] = NEW
        elif found.state == MATCHED and found.current is not None:
            event["id"] = found.current["id"]
            if not found.keep_external_id:
                event.pop("external_id", None)
            plan.kinds[key] = UPDATE
            plan.notes[key] = tr("presend", "Already in Apptoto as event #{id}, so it was updated, not created.",
                                 id=found.current["id"])
        elif found.state == UNCERTAIN and (create_anyway is True or (
                not isinstance(create_anyway, bool) and key in create_anyway)):
            plan.kinds[key] = NEW
        elif found.state == UNCERTAIN:
            c = found.current or {}
            plan.outcomes[key] = Outcome(SKIPPED, tr("presend", "Not sent: it {reason}. Check Apptoto; to create it "
                                                     "anyway, send it again and choose to create it (command line: "
                                                     "--create-anyway).", reason=Uncertain(key, event, c,
                                                                                           found.reason).line()),
                                         external_id=event.get("external_id"), why=HELD_BACK, maybe_id=c.get("id"))
        elif found.state == NOT_ASKED and item.kind in (NEW, MAYBE_UPDATE):
            plan.outcomes[key] = Outcome(SKIPPED, tr("presend", "Not sent: Apptoto could not be checked for this "
                                                     "appointment first ({reason}); sending it unchecked could make a "
                                                     "duplicate. Send it again later.", reason=found.reason),
                                         external_id=event.get("external_id"))
    return plan
