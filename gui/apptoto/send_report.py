"""What the window says when a send ends, Qt-free: the counts, the rows that failed, were not sent or whose fate is
unknown (named, with why), the rows Apptoto kept different, and what to do next."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from gui.core.i18n import tr, trn
from gui.core.vocab import FAILED, FINISHED, HELD_BACK, SKIPPED, UNKNOWN, Outcome, outcome_tally

if TYPE_CHECKING:
    from gui.apptoto.confirm import Facts

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


@dataclass(slots=True)
class LeftOut:
    """Sheet row numbers of the rows ticked for a send that it was not given: with errors, or in conflict after the
    last Compare (left out by the confirmation, or unticked by the Compare)."""

    errors: list[int] = field(default_factory=list)
    conflicts: list[int] = field(default_factory=list)


def left_out(numbers: Sequence[int], chosen: Iterable[int], facts: Facts) -> LeftOut:
    """The rows of `chosen` (row indices; `numbers`: their sheet row numbers by index) that the confirmation's
    `facts` do not send: with errors, or conflicts left out; and the conflicts the Compare unticked."""
    sent = set(facts.rows)
    behind = [i for i in chosen if i not in sent]
    return LeftOut([numbers[i] for i in behind if i not in facts.untick],
                   sorted({numbers[i] for i in behind if i in facts.untick} | {numbers[i] for i in facts.unticked}))


def send_report(rows: Iterable[tuple[int, Outcome]], status: str = FINISHED, message: str = "",
                left: LeftOut | None = None) -> SendReport:
    """The report of one send: `rows` are (sheet row number, outcome) of the rows it was given; `status` and
    `message` say how the run ended (engine.SubmitResult); `left`: the rows that stayed behind before it began."""
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
    unknown = [n for n, o in rows if o.state == UNKNOWN]
    held = [n for n, o in rows if o.state == SKIPPED and o.why == HELD_BACK]
    skipped = [n for n, o in rows if o.state == SKIPPED and o.why != HELD_BACK]
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
                         rows=_numbers(differ)))
    errors, conflicts = (sorted(left.errors), sorted(left.conflicts)) if left is not None else ([], [])
    if errors:
        lines.append(trn("send_report", "{count} ticked row has errors and was not sent ({rows}): its Status says what "
                         "to fix.", "{count} ticked rows have errors and were not sent ({rows}): their Status says "
                         "what to fix.", len(errors), rows=_numbers(errors)))
    if conflicts:
        lines.append(trn("send_report", "{count} row in conflict after the last Compare was left out ({rows}): select "
                         "it to read what differs in the Compare panel, and tick it to send it anyway.",
                         "{count} rows in conflict after the last Compare were left out ({rows}): select one to "
                         "read what differs in the Compare panel, and tick it to send it anyway.", len(conflicts),
                         rows=_numbers(conflicts)))
    trouble = bool(failed or unknown or skipped or held or errors or conflicts) or status != FINISHED
    if failed or skipped or held or unknown:
        lines.append(tr("send_report", "Next: fix what the Status column says, then Apptoto ▸ Retry failed rows sends "
                        "those rows again (the others are not sent twice)."))
    elif errors or conflicts:
        lines.append(tr("send_report", "Next: look at the rows left out, then tick them and send again (the rows "
                        "sent are unticked and are not sent twice)."))
    elif rows:
        lines.append(tr("send_report", "Nothing more to do: the rows sent are unticked and their Status shows "
                        "Apptoto's number."))
    return SendReport(headline, lines, trouble)


def _numbers(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:NAMED])
    more = len(numbers) - NAMED
    text = trn("send_report", "row {rows}", "rows {rows}", len(numbers), rows=shown)
    return text if more <= 0 else tr("send_report", "{rows} and {count} more", rows=text, count=more)


def _named(rows: list[tuple[int, Outcome]]) -> str:
    named = "; ".join(tr("send_report", "row {row}: {why}", row=n, why=o.message.strip().rstrip(".")
                         or tr("errors", "no reason given")) for n, o in rows[:NAMED])
    more = len(rows) - NAMED
    return named if more <= 0 else tr("send_report", "{rows}; and {count} more", rows=named, count=more)
