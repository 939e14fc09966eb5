"""How many events go in the next request: grow while Apptoto answers fast and whole, halve on 502 or time-out,
return quickly to the size known to work, and stay below a size that failed twice within a few minutes."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

STEP = 2                     # events added after each fast, whole answer
PROBE_AFTER = 3              # answers in a row before a size that failed once is tried again
FORGET_AFTER = 300.0         # seconds a size that failed twice stays out of bounds
SLOW_ANSWER = 30.0           # an answer slower than this does not grow the batch


@dataclass(slots=True)
class BatchSizer:
    """The batch size of one send. `largest_ok`: the largest size answered whole (remembered per account)."""

    start: int
    cap: int
    clock: Callable[[], float] = time.monotonic
    largest_ok: int = 0
    step: int = STEP
    probe_after: int = PROBE_AFTER
    forget_after: float = FORGET_AFTER
    slow_answer: float = SLOW_ANSWER
    size: int = field(init=False)
    answered: int = field(default=0, init=False)     # answers in a row since the last failure
    failed: dict[int, tuple[int, float]] = field(default_factory=dict, init=False)   # size -> (times, last when)

    def __post_init__(self) -> None:
        self.cap = max(1, self.cap)
        self.largest_ok = min(self.largest_ok, self.cap)
        self.size = max(1, min(self.largest_ok or self.start, self.cap))

    def limit(self) -> int:
        """The largest size allowed now: the cap, below sizes that failed twice lately, and below a size that
        failed once until `probe_after` answers in a row have come since (then that size itself is tried)."""
        now, limit = self.clock(), self.cap
        for size, (times, when) in list(self.failed.items()):
            if now - when > self.forget_after:
                del self.failed[size]
            elif times >= 2 or self.answered < self.probe_after:
                limit = min(limit, size - 1)
            else:
                limit = min(limit, size)
        return max(1, limit)

    def next(self) -> int:
        """The size of the next batch."""
        self.size = max(1, min(self.size, self.limit()))
        return self.size

    def answered_whole(self, sent: int, seconds: float) -> None:
        """A batch of `sent` events was answered in full after `seconds`."""
        self.answered += 1
        for size in [s for s in self.failed if s <= sent]:
            del self.failed[size]
        if seconds > self.slow_answer:
            return
        self.largest_ok = max(self.largest_ok, sent)
        if self.size < self.largest_ok:
            self.size = min(self.largest_ok, self.size * 2)      # back to what worked, within a batch or two
        else:
            self.size += self.step
        self.size = min(self.size, self.limit())

    def too_big(self, sent: int) -> None:
        """A batch of `sent` events answered 502 or timed out: halve, and remember the size."""
        times, _ = self.failed.get(sent, (0, 0.0))
        self.failed[sent] = (times + 1, self.clock())
        self.answered = 0
        if sent <= self.largest_ok and times + 1 >= 2:
            self.largest_ok = sent - 1                # it worked before, not any more: Apptoto is busier now
        self.size = max(1, sent // 2)
