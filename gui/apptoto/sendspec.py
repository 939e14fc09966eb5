"""What a send is given: the items (one event per row, keyed) and the options (batches, rate limit, retries)."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from gui.core import settings
from gui.core.vocab import NEW


@dataclass(frozen=True, slots=True)
class SendItem:
    """One event to send. `event` is the wire JSON exactly as sent (the check may add external_id or id)."""

    key: Hashable
    event: dict[str, Any]
    kind: str = NEW                   # "new" | "update" | "maybe_update" (external_id only: may exist)
    zoneless: bool = False            # an update (or maybe one) with times written without a zone: the event's
    #                                   own zone, once the pre-send check finds the event, places them (`rezone`)


@dataclass(slots=True)
class SendOptions:
    batch_size: int = settings.BATCH_SIZE.default       # the first batch's size when none is remembered
    max_batch: int = settings.MAX_BATCH.default         # batches grow up to this while answers are fast and whole
    rate_per_minute: float = settings.RATE_LIMIT.default
    burst: int = 1                    # requests allowed back to back (1 = even spacing)
    max_retries: int = 6              # transient failures per item before giving up
    backoff_base: float | None = None  # seconds; None = one request slot at the rate limit
    backoff_cap: float = 60.0
    max_retry_after: float = 300.0    # the longest Retry-After honoured
    generate_external_ids: bool = True
    create_calendars: frozenset[str] | bool = frozenset()    # calendars a send may create (True: any); the others
    #                                 are sent with "prevent_calendar_creation": true and refused if Apptoto lacks them
    timeout: tuple[float, float] | None = None    # per PUT; None = the client's
    seed: int | None = None           # jitter RNG seed (tests)

    @classmethod
    def from_settings(cls, get: settings.Get, **more: Any) -> SendOptions:
        """The options the user set (window settings or command-line flags), plus `more`."""
        return cls(batch_size=get(settings.BATCH_SIZE), max_batch=get(settings.MAX_BATCH),
                   rate_per_minute=get(settings.RATE_LIMIT), generate_external_ids=get(settings.EXTERNAL_IDS),
                   **more)
