"""The engine's cancellations: one DELETE per cancelled appointment at the rate limit, nothing sent when the
pre-send check shows there is nothing to delete, tried again after a transient failure (a DELETE is safe to
repeat), and one outcome each ("Deleted #1234…")."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable
from typing import Any

from gui.apptoto.before import Before, delete_target
from gui.apptoto.errors import ApptotoError, AuthError, BadRequest, reason_from_body
from gui.apptoto.presend import has_key
from gui.apptoto.ratelimit import Pacer, trying_again
from gui.apptoto.sendspec import SendItem, SendOptions
from gui.core.i18n import tr
from gui.core.vocab import DELETED, FAILED, UNKNOWN, Outcome


class Cancellations:
    """Part of the engine's run (`engine._Run` inherits it): the cancellations queued in `deletes`."""

    deletes: deque[SendItem]
    before: dict[Hashable, Before]
    tainted: set[Hashable]
    tries: dict[Hashable, int]
    streak: int
    opt: SendOptions
    pacer: Pacer
    client: Any
    _request: Callable[..., Any]
    _final: Callable[[SendItem, Outcome], None]
    _progress: Callable[[str], None]

    def _plan_delete(self, item: SendItem) -> None:
        """A cancellation is deleted unless the check showed there is nothing to delete."""
        before = self.before.get(item.key)
        if not has_key(item.event):
            self._final(item, outcome_of(item, FAILED, tr("cancels", "Not cancelled: the row names no event (no "
                                                          "Apptoto ID or External ID).")))
        elif before is not None and before.known and before.event is None:
            self._final(item, outcome_of(item, DELETED, tr("cancels", "Nothing to cancel: {why}.", why=before.why or tr(
                "cancels", "Apptoto has no such event"))))
        elif before is not None and before.deleted and before.event is not None:
            self._final(item, Outcome(DELETED, tr("cancels", "Nothing to cancel: event #{id} is deleted in Apptoto "
                                                  "already.", id=before.event.get("id")), id=before.event.get("id"),
                                      external_id=before.event.get("external_id")))
        else:
            self.deletes.append(item)

    def _one_delete(self, item: SendItem) -> None:
        """DELETE the event of one cancellation; safe to repeat, so a transient failure is tried again."""
        target = delete_target(item.event, self.before.get(item.key))
        try:
            got = self._request([item.key], [target], "DELETE", lambda: self.client.delete_event(**target))
        except BadRequest as exc:
            self.streak = 0
            if exc.status == 404:            # after a try that may have gone through, it did
                text = (tr("cancels", "Deleted: its reminders stop ({event}).", event=_named(target))
                        if item.key in self.tainted else
                        tr("cancels", "Nothing to cancel: Apptoto has no such event ({event}).", event=_named(target)))
                self._final(item, outcome_of(item, DELETED, text))
            else:
                self._final(item, outcome_of(item, FAILED, tr("cancels", "Not cancelled: Apptoto refused to delete it: "
                                                          "{reason} ({status}).", reason=reason_from_body(exc.body),
                                                          status=exc.status)))
            return
        except AuthError:
            self.deletes.appendleft(item)
            raise
        except ApptotoError as exc:
            self._retry_delete(item, exc)
            return
        self.streak = 0
        got = got if isinstance(got, dict) else {}
        number = got.get("id", target.get("id"))
        text = (tr("cancels", "Deleted #{id} in Apptoto: the appointment is cancelled and its reminders stop.",
                   id=number) if number is not None else
                tr("cancels", "Deleted in Apptoto ({event}): its reminders stop.", event=_named(target)))
        if not got.get("is_deleted", True):
            text += " " + tr("cancels", "Note: Apptoto's answer does not show it deleted.")
        self._final(item, Outcome(DELETED, text,
                                  id=number, external_id=got.get("external_id") or item.event.get("external_id")))

    def _retry_delete(self, item: SendItem, exc: ApptotoError) -> None:
        self.streak += 1
        if exc.maybe_applied:
            self.tainted.add(item.key)
        self.tries[item.key] += 1
        if self.tries[item.key] > self.opt.max_retries:
            state = UNKNOWN if item.key in self.tainted else FAILED
            self._final(item, outcome_of(item, state,
                                         tr("cancels", "Not known to be cancelled: {reason} (gave up after "
                                                         "{count} tries); cancelling it again is safe.", reason=exc,
                                                         count=self.tries[item.key])))
            return
        self.deletes.appendleft(item)
        wait = self.pacer.backoff(self.streak, getattr(exc, "retry_after", None))
        self._progress(trying_again(exc, wait))
        self.pacer.pause(wait)


def outcome_of(item: SendItem, state: str, message: str) -> Outcome:
    """An outcome of `item` carrying the ids it was sent with."""
    return Outcome(state, message, id=item.event.get("id"), external_id=item.event.get("external_id"))


def _named(target: dict[str, Any]) -> str:
    """`event #1234` or `External ID A-7`."""
    if "id" in target:
        return tr("cancels", "event #{id}", id=target["id"])
    return tr("cancels", "External ID {external_id}", external_id=target.get("external_id"))
