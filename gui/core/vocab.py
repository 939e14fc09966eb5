"""The one vocabulary: what a row is, what Compare says of it, what happened when it was sent (with its Outcome)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from gui.core.i18n import tr, tr_noop, trn, trn_noop
from gui.core.server import Server

# What a row is, from its cells (and what Apptoto said of its external_id). CANCEL: its appointment status says
# cancelled (settings.CANCELLED_VALUES): the event it names is deleted in Apptoto instead of upserted.
NEW, UPDATE, MAYBE_UPDATE, CANCEL = "new", "update", "maybe_update", "cancel"
ROW_KINDS = (NEW, UPDATE, MAYBE_UPDATE, CANCEL)
# ... in plain words: the grid's status, and (plural) in counts. In English: tr("vocab", ...) where shown.
KIND_LABELS = {NEW: tr_noop("vocab", "New"), UPDATE: tr_noop("vocab", "Update"),
               MAYBE_UPDATE: tr_noop("vocab", "Update if found"), CANCEL: tr_noop("vocab", "Cancel in Apptoto")}
KIND_HELP = {
    NEW: tr_noop("vocab", "A new appointment: sending creates it in Apptoto."),
    UPDATE: tr_noop("vocab", "Changes the appointment Apptoto has with this id."),
    MAYBE_UPDATE: tr_noop("vocab", "Has only an External ID: sending updates the appointment Apptoto has with it, "
                                   "or creates it when Apptoto has none."),
    CANCEL: tr_noop("vocab", "Its status says it was cancelled: sending deletes the appointment in Apptoto, so its "
                             "reminders stop."),
}

# What Compare with Apptoto says sending a row would do (NEW, UPDATE and CANCEL as above).
UNCHANGED, CONFLICT = "unchanged", "conflict"
COMPARE_KINDS = (NEW, UPDATE, CANCEL, UNCHANGED, CONFLICT, "unknown")   # "unknown": Apptoto could not be asked
COMPARE_COUNTS = {NEW: trn_noop("vocab", "{count} new", "{count} new"),
                  UPDATE: trn_noop("vocab", "{count} will change", "{count} will change"),    # as the grid says
                  CANCEL: trn_noop("vocab", "{count} cancellation", "{count} cancellations"),
                  UNCHANGED: trn_noop("vocab", "{count} unchanged", "{count} unchanged"),
                  CONFLICT: trn_noop("vocab", "{count} conflict", "{count} conflicts"),
                  "unknown": trn_noop("vocab", "{count} not compared", "{count} not compared")}


def compare_tally(counts: Mapping[str, int]) -> str:
    """`34 new, 1 will change, 2 conflicts`: the Compare kinds there are, in order; `nothing` when none."""
    return (", ".join(trn("vocab", *COMPARE_COUNTS[k], counts[k]) for k in COMPARE_KINDS if counts.get(k))
            or tr("vocab", "nothing"))

# What happened to a row when it was sent.
CREATED, UPDATED, DELETED, FAILED, UNKNOWN, SKIPPED = "created", "updated", "deleted", "failed", "unknown", "skipped"
STATES = (CREATED, UPDATED, DELETED, FAILED, UNKNOWN, SKIPPED)
SENT = (CREATED, UPDATED, DELETED)                 # Apptoto confirmed it
STATE_COUNTS = {CREATED: trn_noop("vocab", "{count} created", "{count} created"),
                UPDATED: trn_noop("vocab", "{count} updated", "{count} updated"),
                DELETED: trn_noop("vocab", "{count} deleted", "{count} deleted"),
                FAILED: trn_noop("vocab", "{count} failed", "{count} failed"),
                UNKNOWN: trn_noop("vocab", "{count} unknown (check Apptoto before resending)",
                                  "{count} unknown (check Apptoto before resending)"),
                SKIPPED: trn_noop("vocab", "{count} not sent", "{count} not sent")}


def outcome_tally(counts: Mapping[str, int], nothing: str = "") -> str:
    """`3 created, 1 updated, 2 not sent`: the send outcomes there are, in order; `nothing` when none (by default
    the word)."""
    return (", ".join(trn("vocab", *STATE_COUNTS[s], counts[s]) for s in STATES if counts.get(s))
            or nothing or tr("vocab", "nothing"))


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
