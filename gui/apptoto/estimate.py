"""How long talking to Apptoto takes: one model (a request per slot of the rate limit) for the confirmation, the
engine's progress and the command line."""

from __future__ import annotations

from gui.apptoto.sendspec import SendOptions
from gui.core.i18n import tr


def requests_for(rows: int, pages: int, batch: int, deletes: int = 0) -> int:
    """Requests a send of `rows` rows and `deletes` cancellations takes: the listing's pages, one PUT per batch,
    one DELETE per cancellation."""
    return max(0, pages) + -(-max(0, rows) // max(1, batch)) + max(0, deletes)


def estimate_seconds(rows: int, pages: int, options: SendOptions, remembered_batch: int | None = None,
                     deletes: int = 0) -> float:
    """Seconds to list `pages` pages, send `rows` rows and delete `deletes` cancelled events at the rate limit,
    in batches of the size remembered for the account (else the configured start size), as the engine paces
    them. Faults add to it."""
    batch = min(remembered_batch or options.batch_size, options.max_batch)
    return requests_for(rows, pages, batch, deletes) * 60.0 / max(1e-9, options.rate_per_minute)


def duration(seconds: float) -> str:
    """`about 40 s`, `about 3 min`, `about 1 h 20 min`."""
    if seconds < 60:
        return tr("estimate", "about {seconds} s", seconds=max(1, round(seconds)))
    minutes = round(seconds / 60)
    if minutes < 60:
        return tr("estimate", "about {minutes} min", minutes=minutes)
    if minutes % 60:
        return tr("estimate", "about {hours} h {minutes} min", hours=minutes // 60, minutes=minutes % 60)
    return tr("estimate", "about {hours} h", hours=minutes // 60)
