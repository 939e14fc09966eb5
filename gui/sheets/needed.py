"""What a column mapping still lacks: the fields new appointments need, and a way to reach the participant."""

from __future__ import annotations

from collections.abc import Sequence

from gui.core import fields
from gui.core.i18n import tr, tr_noop

CONTACT = tr_noop("needed", "a phone or e-mail for the participant")
_REACH = ("email", "phone", "contact_id", "contact_external_id")


def missing(names: Sequence[str | None], default_calendar: str = "") -> list[str]:
    """In words, what no column gives: Title, Start, End (or Duration), Calendar (unless a default calendar fills
    it), and a phone or e-mail for the participant (without one, Apptoto cannot send reminders)."""
    have = set(names)
    lacking = []
    if "title" not in have:
        lacking.append(tr("fields", "Title"))
    if "start_time" not in have:
        lacking.append(tr("fields", "Start"))
    if "end_time" not in have and "duration_minutes" not in have:
        lacking.append(tr("rowbuild", "End (or Duration)"))
    if "calendar" not in have and "calendar_id" not in have and not default_calendar:
        lacking.append(tr("fields", "Calendar"))
    if not any((f := fields.field(name)) is not None and f.scope == fields.PARTICIPANT and f.key in _REACH
               for name in have if name):
        lacking.append(tr("needed", CONTACT))
    return lacking


def unused(headers: Sequence[str], names: Sequence[str | None]) -> list[int]:
    """Columns with a header that feed no field (the app's own results columns do not count)."""
    results = fields.results_columns(list(headers))
    return [i for i, (header, name) in enumerate(zip(headers, names, strict=True))
            if name is None and header.strip() and i not in results]
