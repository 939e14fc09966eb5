"""How many events go in the next request: grow while Apptoto answers fast and whole, halve on 502 or time-out,
return at once to the size known to work, and stay below a size that keeps failing for a few minutes.

A 502 can mean "too many events" or just a busy gateway. A size that answered whole before and fails now is taken
for chance (halve, then straight back), unless big batches keep failing while their halves get through (Apptoto
takes less now: the size that still works is remembered instead). A size never answered whole that fails is tried again after a few answers, and left alone
for FORGET_AFTER seconds once it failed BAN_AFTER times: chance alone rarely fails one size that often."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

STEP = 2                     # events added after each fast, whole answer
PROBE_AFTER = 3              # answers in a row before a size that failed is tried again
BAN_AFTER = 3                # failures of a size never answered whole that keep it out of bounds
FORGET_AFTER = 300.0         # seconds a banned size stays out of bounds
SLOW_ANSWER = 30.0           # an answer slower than this does not grow the batch
RECENT = 10                  # batches looked back on for failures of sizes that used to work
SLOWER_AFTER = 3             # that many such failures among them, and most big batches failing: Apptoto takes less


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
    recent: deque[tuple[int, bool]] = field(default_factory=lambda: deque(maxlen=RECENT), init=False)

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
            elif times >= BAN_AFTER or self.answered < self.probe_after:
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
        self.recent.append((sent, True))
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
        """A batch of `sent` events answered 502 or timed out: halve; remember the size unless it is known to work."""
        self.answered = 0
        self.recent.append((sent, False))
        half = max(1, sent // 2)
        if sent > self.largest_ok:                            # a size never answered whole: remember it
            times, _ = self.failed.get(sent, (0, 0.0))
            self.failed[sent] = (times + 1, self.clock())
            self.size = max(half, self.largest_ok)            # halve, or go back to the size that worked
            return
        big = [ok for s, ok in self.recent if self.largest_ok // 2 < s <= self.largest_ok]
        misses = big.count(False)
        if misses >= SLOWER_AFTER and misses >= 0.75 * len(big):     # not chance: big batches fail, small work
            floor = min(s for s, ok in self.recent if not ok and s > self.largest_ok // 2)
            self.largest_ok = max((s for s, ok in self.recent if ok and s < floor), default=max(1, floor // 2))
            self.recent.clear()
            self.size = min(half, self.largest_ok)
        else:                                                 # chance: halve, but not below half of what works
            self.size = max(half, self.largest_ok // 2)
