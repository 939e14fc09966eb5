"""The batch size: additive growth while answers are fast and whole, halving on 502 / time-out, a quick return to
the size that worked, probing a size that failed once, and staying below one that failed twice lately."""

from __future__ import annotations

from gui.apptoto.batching import BatchSizer
from tests.helpers.fakes import FakeClock


def drive(sizer, threshold, steps, clock=None):
    """Send `steps` batches to a server that refuses more than `threshold` events; the sizes sent."""
    sizes = []
    for _ in range(steps):
        size = sizer.next()
        sizes.append(size)
        if size > threshold:
            sizer.too_big(size)
        else:
            sizer.answered_whole(size, 0.5)
        if clock is not None:
            clock.sleep(1.0)
    return sizes


def test_grows_by_two_up_to_the_cap():
    sizer = BatchSizer(start=15, cap=20)
    assert drive(sizer, 100, 5) == [15, 17, 19, 20, 20]


def test_finds_the_largest_size_the_server_takes_and_stays_there():
    clock = FakeClock()
    sizer = BatchSizer(start=15, cap=50, clock=clock)
    sizes = drive(sizer, 25, 40, clock)
    assert sizes[:8] == [15, 17, 19, 21, 23, 25, 27, 25]      # 27 refused: back to the 25 that worked
    assert sizes[-20:] == [25] * 20                            # settled: 26 failed three times
    assert sum(1 for s in sizes if s > 25) == 4 and sizer.largest_ok == 25


def test_a_chance_502_at_a_size_that_works_costs_one_small_batch():
    sizer = BatchSizer(start=25, cap=25, largest_ok=25)
    sizer.too_big(25)
    assert sizer.next() == 12
    sizer.answered_whole(12, 0.5)
    assert sizer.next() == 24                                   # back within one answer
    sizer.answered_whole(24, 0.5)
    sizer.answered_whole(24, 0.5)
    assert sizer.next() == 25                                   # 25 tried again after three answers


def test_a_size_that_keeps_failing_is_avoided_for_a_few_minutes_then_tried_again():
    clock = FakeClock()
    sizer = BatchSizer(start=20, cap=50, clock=clock, largest_ok=20)
    for _ in range(3):
        sizer.too_big(22)
    for _ in range(5):
        sizer.answered_whole(sizer.next(), 0.1)
    assert sizer.next() == 21
    clock.sleep(301)
    sizer.answered_whole(sizer.next(), 0.1)
    assert sizer.next() == 23                                    # forgotten after five minutes


def test_chance_failures_in_a_row_do_not_shrink_the_batch_below_half_of_what_works():
    sizer = BatchSizer(start=24, cap=24, largest_ok=24)
    sizer.too_big(24)
    sizer.too_big(sizer.next())
    assert sizer.next() == 12 and sizer.largest_ok == 24


def test_slow_answers_do_not_grow_the_batch():
    sizer = BatchSizer(start=10, cap=50)
    sizer.answered_whole(10, 45.0)
    assert sizer.next() == 10 and sizer.largest_ok == 0


def test_it_starts_at_the_size_remembered_for_the_account_within_the_cap():
    assert BatchSizer(start=15, cap=50, largest_ok=31).next() == 31
    assert BatchSizer(start=15, cap=20, largest_ok=31).next() == 20
    assert BatchSizer(start=80, cap=50).next() == 50


def test_when_sizes_that_worked_keep_failing_the_size_that_still_works_is_remembered():
    sizer = BatchSizer(start=24, cap=50, largest_ok=24)
    for _ in range(3):                             # Apptoto now takes 15: 24 fails, its half works, again
        assert sizer.next() == 24
        sizer.too_big(24)
        assert sizer.next() == 12
        sizer.answered_whole(12, 0.5)
    assert sizer.largest_ok == 12 and sizer.next() == 14         # grows again from what works
    sizes = drive(sizer, 15, 30)
    assert max(sizes[-10:]) == 15 and sizes.count(16) + sizes.count(17) <= 4
