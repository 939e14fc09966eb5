"""A client-side rate limit (token bucket) and back-off delays, with injected clock and sleep for tests."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from gui.core.i18n import tr


class RateLimiter:
    """At most `per_minute` requests a minute; `burst` of them may go back to back (1 = even spacing)."""

    def __init__(self, per_minute: float, burst: int = 1, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if per_minute <= 0:
            raise ValueError("per_minute must be positive")
        self.interval = 60.0 / per_minute
        self.burst = max(1, burst)
        self.clock, self.sleep = clock, sleep
        self._tokens = float(self.burst)
        self._last = clock()

    def acquire(self) -> float:
        """Wait until a request may go; the seconds waited."""
        now = self.clock()
        self._tokens = min(self.burst, self._tokens + (now - self._last) / self.interval)
        self._last = now
        waited = 0.0
        if self._tokens < 1.0:
            waited = (1.0 - self._tokens) * self.interval
            self.sleep(waited)
            self._tokens = 1.0
            self._last = self.clock()
        self._tokens -= 1.0
        return waited


def backoff_delay(attempt: int, base: float = 1.0, cap: float = 60.0,
                  rng: random.Random | None = None) -> float:
    """Exponential back-off with 'equal jitter': between half and all of min(cap, base * 2**(attempt-1))."""
    ceiling = min(cap, base * 2 ** max(0, attempt - 1))
    return ceiling / 2 + (rng or random).random() * ceiling / 2


def trying_again(reason: object, wait: float) -> str:
    """The progress line while a failed request waits to be tried again: `… ; trying again in 4 s`."""
    if wait >= 1.5:
        return tr("ratelimit", "{reason}; trying again in {seconds} s", reason=reason, seconds=f"{wait:.0f}")
    return tr("ratelimit", "{reason}; trying again", reason=reason)


PATIENCE = 2        # failures in a row that cost one request slot each before the back-off starts doubling


class Pacer:
    """Every request waits its turn at the rate limit; after a failure, a back-off that costs about one request slot
    (doubling only from the PATIENCE-th failure in a row: an outage, not chance), or the server's Retry-After.
    Waits stop early on cancel."""

    def __init__(self, limiter: RateLimiter, backoff_base: float | None = None, backoff_cap: float = 60.0,
                 max_retry_after: float = 300.0, rng: random.Random | None = None,
                 cancel: Callable[[], bool] | None = None) -> None:
        self.limiter = limiter
        self.base = backoff_base if backoff_base is not None else limiter.interval
        self.cap, self.max_retry_after = backoff_cap, max_retry_after
        self.rng = rng or random.Random()
        self.cancel = cancel or (lambda: False)
        self.requests = 0

    @property
    def clock(self) -> Callable[[], float]:
        return self.limiter.clock

    @property
    def slot(self) -> float:
        """Seconds one request takes at the rate limit."""
        return self.limiter.interval

    def turn(self) -> None:
        """Wait until the next request may go, and count it."""
        self.limiter.acquire()
        self.requests += 1

    def backoff(self, streak: int, retry_after: float | None = None) -> float:
        """Seconds to wait after the `streak`-th failure in a row (the server's Retry-After when it gave one)."""
        if retry_after is not None:
            return min(max(0.0, retry_after), self.max_retry_after)
        return backoff_delay(max(1, streak - PATIENCE + 1), self.base, self.cap, self.rng)

    def pause(self, seconds: float) -> None:
        """Sleep `seconds`, a second at a time, so a cancel is noticed during long waits."""
        clock, end = self.limiter.clock, self.limiter.clock() + seconds
        while not self.cancel():
            left = end - clock()
            if left <= 0:
                return
            self.limiter.sleep(min(1.0, left))
