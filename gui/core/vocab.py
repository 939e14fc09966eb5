"""The one vocabulary: what a row is, what Compare says of it, what happened when it was sent (with its Outcome)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from gui.core import words
from gui.core.server import Server

# What a row is, from its cells (and what Apptoto said of its external_id). CANCEL: its appointment status says
# cancelled (settings.CANCELLED_VALUES): the event it names is deleted in Apptoto instead of upserted.
NEW, UPDATE, MAYBE_UPDATE, CANCEL = "new", "update", "maybe_update", "cancel"
ROW_KINDS = (NEW, UPDATE, MAYBE_UPDATE, CANCEL)
# ... in plain words: the grid's status, and (plural) in counts.
KIND_LABELS = {NEW: "New", UPDATE: "Update", MAYBE_UPDATE: "Update if found", CANCEL: "Cancel in Apptoto"}
KIND_HELP = {
    NEW: "A new appointment: sending creates it in Apptoto.",
    UPDATE: "Changes the appointment Apptoto has with this id.",
    MAYBE_UPDATE: "Has only an External ID: sending updates the appointment Apptoto has with it, or creates it "
                  "when Apptoto has none.",
    CANCEL: "Its status says it was cancelled: sending deletes the appointment in Apptoto, so its reminders stop.",
}

# What Compare with Apptoto says sending a row would do (NEW, UPDATE and CANCEL as above).
UNCHANGED, CONFLICT = "unchanged", "conflict"
COMPARE_KINDS = (NEW, UPDATE, CANCEL, UNCHANGED, CONFLICT, "unknown")   # "unknown": Apptoto could not be asked
COMPARE_WORDS = {NEW: ("new", "new"), UPDATE: ("update", "updates"), CANCEL: ("cancellation", "cancellations"),
                 UNCHANGED: ("unchanged", "unchanged"), CONFLICT: ("conflict", "conflicts"),
                 "unknown": ("not compared", "not compared")}


def compare_tally(counts: Mapping[str, int]) -> str:
    """`34 new, 1 update, 2 conflicts`: the Compare kinds there are, in order; `nothing` when none."""
    return ", ".join(words.count(counts[k], *COMPARE_WORDS[k]) for k in COMPARE_KINDS if counts.get(k)) or "nothing"

# What happened to a row when it was sent.
CREATED, UPDATED, DELETED, FAILED, UNKNOWN, SKIPPED = "created", "updated", "deleted", "failed", "unknown", "skipped"
STATES = (CREATED, UPDATED, DELETED, FAILED, UNKNOWN, SKIPPED)
SENT = (CREATED, UPDATED, DELETED)                 # Apptoto confirmed it
STATE_WORDS = {CREATED: "created", UPDATED: "updated", DELETED: "deleted", FAILED: "failed",
               UNKNOWN: "unknown (check Apptoto before resending)", SKIPPED: "not sent"}


def outcome_tally(counts: Mapping[str, int]) -> str:
    """`3 created, 1 updated, 2 not sent`: the send outcomes there are, in order; `nothing` when none."""
    return ", ".join(f"{words.number(counts[s])} {STATE_WORDS[s]}" for s in STATES if counts.get(s)) or "nothing"


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
    server: Server | None = None                   # the Apptoto server and account it was sent to
    why: str = ""                                  # '' or ALREADY_THERE, HELD_BACK, UNDONE
    maybe_id: int | None = None                    # HELD_BACK: the Apptoto event the row may already be
