"""The end-of-send report (gui/apptoto/send_report.py): counts, the rows that need a look named, and what next —
including the ticked rows the send was never given (errors, conflicts after the last Compare)."""

from types import SimpleNamespace

from gui.apptoto.send_report import LeftOut, left_out, send_report
from gui.core.vocab import CREATED, FAILED, UPDATED, Outcome


def test_a_clean_send_says_nothing_is_left():
    report = send_report([(2, Outcome(CREATED, id=1)), (3, Outcome(UPDATED, id=2))])
    assert report.headline == "Send finished: 1 created, 1 updated."
    assert not report.trouble
    assert report.lines == ["Nothing more to do: the rows sent are unticked and their Status shows Apptoto's number."]


def test_rows_left_out_before_the_send_are_named_and_make_it_amber():
    report = send_report([(2, Outcome(CREATED, id=1))], left=LeftOut(errors=[9, 4], conflicts=[7]))
    assert report.trouble
    assert report.lines == [
        "2 ticked rows have errors and were not sent (rows 4, 9): their Status says what to fix.",
        "1 row in conflict after the last Compare was left out (row 7): select it to read what differs in the "
        "Compare panel, and tick it to send it anyway.",
        "Next: look at the rows left out, then tick them and send again (the rows sent are unticked and are not "
        "sent twice)."]


def test_failed_rows_keep_the_retry_advice_when_rows_were_also_left_out():
    report = send_report([(2, Outcome(FAILED, "Calendar “X” does not exist"))], left=LeftOut(errors=[5]))
    assert report.lines[0] == "1 row failed — row 2: Calendar “X” does not exist."
    assert report.lines[1].startswith("1 ticked row has errors and was not sent (row 5)")
    assert report.lines[-1].startswith("Next: fix what the Status column says, then Apptoto ▸ Retry failed rows")


def test_left_out_tells_errors_from_conflicts_and_adds_the_conflicts_the_compare_unticked():
    numbers = [2, 3, 4, 5, 6, 7, 8]
    facts = SimpleNamespace(rows=[0, 3], untick={2: "row 4: moved"}, unticked={5: "row 7: moved"})
    left = left_out(numbers, [0, 1, 2, 3, 4], facts)
    assert left.errors == [3, 6]                 # rows 1 and 4 by index: ticked, not sent, not conflicts
    assert left.conflicts == [4, 7]
    nothing = left_out(numbers, [0, 3], SimpleNamespace(rows=[0, 3], untick={}, unticked={}))
    assert nothing == LeftOut()
