"""A client-side rate limit (token bucket) and back-off delays, with injected clock and sleep for tests."""

from __future__ import annotations

import random
import time
from collections.abc import Callable


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
