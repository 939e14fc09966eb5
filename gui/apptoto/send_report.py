"""What the window says when a send ends, Qt-free: the counts, the rows that failed, were not sent or whose fate is
unknown (named, with why), the rows Apptoto kept different, and what to do next."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from gui.core.i18n import tr, trn
from gui.core.vocab import FAILED, FINISHED, HELD_BACK, SKIPPED, UNKNOWN, Outcome, outcome_tally

NAMED = 5                  # rows named per line; the others are counted


@dataclass(slots=True)
class SendReport:
    """`headline` and `lines` in plain words; `trouble`: some row was not sent as asked (failed, unknown, not sent)
    or the send did not finish."""

    headline: str
    lines: list[str] = field(default_factory=list)
    trouble: bool = False

    def text(self) -> str:
        return "\n".join([self.headline, *self.lines])


def send_report(rows: Iterable[tuple[int, Outcome]], status: str = FINISHED, message: str = "") -> SendReport:
    """The report of one send: `rows` are (sheet row number, outcome) of the rows it was given; `status` and
    `message` say how the run ended (engine.SubmitResult)."""
    rows = sorted(rows, key=lambda pair: pair[0])
    counts: dict[str, int] = {}
    for _, outcome in rows:
        counts[outcome.state] = counts.get(outcome.state, 0) + 1
    tally = outcome_tally(counts)
    if status == FINISHED:
        headline = tr("send_report", "Send finished: {counts}.", counts=tally)
    else:
        headline = tr("send_report", "{outcome} This send: {counts}.", outcome=message, counts=tally)
    failed = [(n, o) for n, o in rows if o.state == FAILED]
    unknown = [(n, o) for n, o in rows if o.state == UNKNOWN]
    held = [(n, o) for n, o in rows if o.state == SKIPPED and o.why == HELD_BACK]
    skipped = [(n, o) for n, o in rows if o.state == SKIPPED and o.why != HELD_BACK]
    differ = [n for n, o in rows if o.differences]
    lines = []
    if failed:
        lines.append(trn("send_report", "{count} row failed — {rows}.", "{count} rows failed — {rows}.", len(failed),
                         rows=_named(failed)))
    if unknown:
        lines.append(trn("send_report", "{count} row got no clear answer ({rows}): check in Apptoto whether it is "
                         "there before sending it again.", "{count} rows got no clear answer ({rows}): check in Apptoto "
                         "whether they are there before sending them again.", len(unknown), rows=_numbers(unknown)))
    if skipped:
        lines.append(trn("send_report", "{count} row was not sent ({rows}).", "{count} rows were not sent ({rows}).",
                         len(skipped), rows=_numbers(skipped)))
    if held:
        lines.append(trn("send_report", "{count} new row was held back ({rows}): Apptoto may already have it; its "
                         "Status says as which event.", "{count} new rows were held back ({rows}): Apptoto may "
                         "already have them; their Status says as which event.", len(held), rows=_numbers(held)))
    if differ:
        lines.append(trn("send_report", "{count} row was sent but Apptoto kept it different ({rows}): select it to "
                         "read what differs in the Compare panel.", "{count} rows were sent but Apptoto kept them "
                         "different ({rows}): select one to read what differs in the Compare panel.", len(differ),
                         rows=_numbers([(n, None) for n in differ])))
    trouble = bool(failed or unknown or skipped or held) or status != FINISHED
    if failed or skipped or held or unknown:
        lines.append(tr("send_report", "Next: fix what the Status column says, then Apptoto ▸ Retry failed rows sends "
                        "those rows again (the others are not sent twice)."))
    elif rows:
        lines.append(tr("send_report", "Nothing more to do: the rows sent are unticked and their Status shows "
                        "Apptoto's number."))
    return SendReport(headline, lines, trouble)


def _numbers(rows: list[tuple[int, object]]) -> str:
    shown = ", ".join(str(n) for n, _ in rows[:NAMED])
    more = len(rows) - NAMED
    text = trn("send_report", "row {rows}", "rows {rows}", len(rows), rows=shown)
    return text if more <= 0 else tr("send_report", "{rows} and {count} more", rows=text, count=more)


def _named(rows: list[tuple[int, Outcome]]) -> str:
    named = "; ".join(tr("send_report", "row {row}: {why}", row=n, why=o.message.strip().rstrip(".")
                         or tr("errors", "no reason given")) for n, o in rows[:NAMED])
    more = len(rows) - NAMED
    return named if more <= 0 else tr("send_report", "{rows}; and {count} more", rows=named, count=more)
