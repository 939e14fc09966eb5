"""The before-state of a send: what Apptoto had of each event the send updates or deletes, taken from the pre-send
check (its listing, and a GET for an event the listing did not hold), kept in the journal so the send can be undone."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from gui.apptoto.resolve import FOUND, MATCHED, NO_SUCH_ID, NOT_FOUND, Resolution
from gui.core.i18n import tr
from gui.core.vocab import NEW

CHUNK = 200          # before-states per journal record (a big send writes several)


@dataclass(frozen=True, slots=True)
class Before:
    """What Apptoto had of one row's event before the send. `known` False: Apptoto could not be asked (`why`);
    `event` None while known: Apptoto had no such event."""

    key: Hashable
    kind: str
    known: bool
    event: dict | None = None
    why: str = ""

    @property
    def deleted(self) -> bool:
        """Whether there was nothing to change: no such event, or one deleted already."""
        return self.known and (self.event is None or bool(self.event.get("is_deleted")))

    def record(self) -> dict:
        """As written in the journal."""
        return {"key": self.key, "kind": self.kind, "known": self.known, "event": self.event, "why": self.why}

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Before:
        key = record.get("key")
        event = record.get("event")
        return cls(tuple(key) if isinstance(key, list) else key, str(record.get("kind") or ""),
                   bool(record.get("known")), event if isinstance(event, dict) else None, str(record.get("why") or ""))


def before_states(keys: Iterable[Hashable], kinds: Mapping[Hashable, str],
                  resolved: Mapping[Hashable, Resolution]) -> list[Before]:
    """The before-state of every row that changes or deletes an event Apptoto may have (all but new rows), from
    what the pre-send check resolved."""
    out = []
    for key in keys:
        kind = kinds.get(key, NEW)
        if kind == NEW:
            continue
        found = resolved.get(key)
        if found is None:
            out.append(Before(key, kind, False,
                              why=tr("before", "Apptoto was not asked about this event before the send")))
        elif found.state in (FOUND, MATCHED) and found.current is not None:
            out.append(Before(key, kind, True, found.current))
        elif found.state in (NOT_FOUND, NO_SUCH_ID):
            out.append(Before(key, kind, True, None, found.reason))
        else:
            out.append(Before(key, kind, False, why=found.reason or tr("before", "Apptoto could not be asked")))
    return out


def chunks(befores: list[Before]) -> Iterable[list[dict]]:
    """Journal records of at most CHUNK before-states each."""
    for start in range(0, len(befores), CHUNK):
        yield [b.record() for b in befores[start:start + CHUNK]]


def delete_target(key_event: Mapping[str, Any], before: Before | None) -> dict[str, Any]:
    """How a cancellation names its event in DELETE /v1/events: the id Apptoto gave (found by the check), else the
    row's id, else its external_id."""
    if before is not None and before.event is not None and before.event.get("id") not in (None, ""):
        return {"id": before.event["id"]}
    if key_event.get("id") not in (None, ""):
        return {"id": key_event["id"]}
    return {"external_id": key_event.get("external_id")}

