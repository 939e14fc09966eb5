"""The one vocabulary: what a row is, what Compare says of it, what happened when it was sent (with its Outcome)."""

from __future__ import annotations

from dataclasses import dataclass, field

# What a row is, from its cells (and what Apptoto said of its external_id). CANCEL: its appointment status says
# cancelled (settings.CANCELLED_VALUES): the event it names is deleted in Apptoto instead of upserted.
NEW, UPDATE, MAYBE_UPDATE, CANCEL = "new", "update", "maybe_update", "cancel"
ROW_KINDS = (NEW, UPDATE, MAYBE_UPDATE, CANCEL)

# What Compare with Apptoto says sending a row would do (NEW, UPDATE and CANCEL as above).
UNCHANGED, CONFLICT = "unchanged", "conflict"
COMPARE_KINDS = (NEW, UPDATE, CANCEL, UNCHANGED, CONFLICT, "unknown")   # "unknown": Apptoto could not be asked

# What happened to a row when it was sent.
CREATED, UPDATED, DELETED, FAILED, UNKNOWN, SKIPPED = "created", "updated", "deleted", "failed", "unknown", "skipped"
STATES = (CREATED, UPDATED, DELETED, FAILED, UNKNOWN, SKIPPED)
SENT = (CREATED, UPDATED, DELETED)                 # Apptoto confirmed it

# Why an outcome reads apart from its state (Outcome.why): the guard found the row's event in Apptoto (updated,
# not created); the row was held back because it may already be in Apptoto (Outcome.maybe_id: that event); an undo
# of the row's send did this (deleted what it created, restored what it updated, re-created what it deleted).
ALREADY_THERE, HELD_BACK, UNDONE = "already_there", "held_back", "undone"

# How a send run ended.
FINISHED, CANCELLED, AUTH_FAILED, CRASHED = "finished", "cancelled", "auth_failed", "error"


@dataclass(slots=True)
class Outcome:
    """The one final state of a sent row: Apptoto's id, what it kept differently, and whether the row was
    edited since (then Apptoto does not have the edit yet)."""

    state: str                                     # one of STATES
    message: str = ""
    differences: list[str] = field(default_factory=list)
    id: int | None = None                          # Apptoto's id of the event, when known
    external_id: str | None = None
    edited_since: bool = False
    why: str = ""                                  # '' or ALREADY_THERE, HELD_BACK, UNDONE
    maybe_id: int | None = None                    # HELD_BACK: the Apptoto event the row may already be
