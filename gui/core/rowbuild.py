"""Turn sheet rows into the events they send and the problems they have (DESIGN.md "Turning cells into an event").

The work is split: `plan` (options, column plan, built row, problem collector), `columns` (whole columns
converted at once), `times` (placing times in zones); this module puts a row together from them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from gui.core import fields as F
from gui.core.columns import Bad, bad_rows, column_cells, convert_column
from gui.core.i18n import tr
from gui.core.plan import Built, Collector, Options, Plan, get_cell
from gui.core.problems import ERROR, WARNING
from gui.core.table import Columns
from gui.core.times import careful_times, fast_times
from gui.core.vocab import CANCEL, MAYBE_UPDATE, NEW, UPDATE
from gui.core.zones import zone as find_zone

__all__ = ["Built", "Options", "Plan", "build", "build_many", "gc_paused"]


def build(values: list, number: int, plan: Plan, options: Options, known: str | None = None,
          zone: str | None = None) -> Built:
    """The event a row sends (only the keys its cells set) and its problems.

    `known`: what Apptoto said of a row with only an external_id — NEW (unknown to it: the fields a
    new appointment needs become errors) or UPDATE (it exists); None when Apptoto was not asked.
    A row whose appointment status is one of `options.cancelled` is a CANCEL: it needs only the id or external_id
    of the event to delete (without either, that is its error).
    `zone`: the time zone of the event the row updates, as Apptoto gave it (None: not known). Times written
    without a zone in a row without a time_zone cell are placed in it; an update without it warns instead.
    """
    return build_many([values], [number], plan, options, [known], zones=[zone])[0]


def build_many(rows: list[list], numbers: list[int], plan: Plan, options: Options,
               known: list[str | None] | None = None, columns: Columns | None = None,
               zones: list[str | None] | None = None) -> list[Built]:
    """build() for many rows: each column is converted in one pass (the hot path of loading).

    `columns`: the same cells column by column, normalised as the reader leaves them (Table.columns), which
    spares taking the rows apart again; None to read the rows. `zones`: per row, as build()'s `zone`."""
    if zones is not None and not any(zones):
        zones = None
    with gc_paused():
        return _build_many(rows, numbers, plan, options, known, columns, zones)


@contextmanager
def gc_paused(freeze: bool = False) -> Iterator[None]:
    """No cyclic garbage collection inside: building many rows makes millions of objects and no cycles, and
    the collector would walk the whole growing heap again and again (a third of the time of a big load).

    `freeze`: then move every object alive to the collector's permanent generation (gc.freeze). Otherwise
    the first collection after the pause walks all the new objects at once (half a second after loading
    100,000 rows, on whatever thread allocates next), and every full collection walks them again. Frozen
    objects are still freed by reference counting; only reference cycles that are garbage at that moment
    would stay (until gc.unfreeze()). Use it where a document has just been built."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if collecting:
            gc.enable()


BLOCK = 2048     # rows built at a time: their cells stay in the CPU cache through every pass (much faster)


class _Memos:
    """What the blocks of one build share: converted values per column, and the times placed per zone."""

    __slots__ = ("values", "bad", "zones", "placed")

    def __init__(self) -> None:
        self.values: dict[int, dict] = {}            # column -> {cell value: converted value or Bad}
        self.bad: dict[int, list[bool]] = {}         # column -> [whether a cell was Bad]
        self.zones: dict = {}                        # time_zone cell -> _zone_entry()
        self.placed: dict[str, dict] = {}            # zone name -> {naive date-time: (wire text, offset)}


def _build_many(rows: list[list], numbers: list[int], plan: Plan, options: Options,
                known: list[str | None] | None, columns: Columns | None,
                zones: list[str | None] | None) -> list[Built]:
    if len(rows) <= BLOCK:
        return _build_block(rows, numbers, plan, options, known, columns, _Memos(), zones)
    memos = _Memos()
    built: list[Built] = []
    for low in range(0, len(rows), BLOCK):
        high = low + BLOCK
        block = None if columns is None else Columns([c[low:high] for c in columns.cells], columns.text)
        built += _build_block(rows[low:high], numbers[low:high], plan, options,
                              None if known is None else known[low:high], block, memos,
                              None if zones is None else zones[low:high])
    return built


def _build_block(rows: list[list], numbers: list[int], plan: Plan, options: Options,
                 known: list[str | None] | None, columns: Columns | None, memos: _Memos,
                 zones: list[str | None] | None = None) -> list[Built]:
    normalised = columns is not None
    text_only = columns.text if columns is not None else frozenset()

    def cells(column: int) -> list:
        return columns.cells[column] if columns is not None else column_cells(rows, column)

    def convert(column: int, f: F.Field) -> tuple[list, bool]:
        if f.kind == F.TEXT and column in text_only:
            return cells(column), False         # stripped text or None already: nothing to convert
        return convert_column(cells(column), f, normalised, memos.values.setdefault(column, {}),
                              memos.bad.setdefault(column, [False]), options.phone_region)

    converted_simple = [convert(column, f) for column, f in plan.simple]
    simple = [(f, column, converted) for (column, f), (converted, _) in zip(plan.simple, converted_simple,
                                                                              strict=True)]
    simple_keys = [f.key for _, f in plan.simple]
    simple_columns = [converted for converted, _ in converted_simple]
    person_cols = {index: list(cols) for index, cols in plan.participants.items()}
    converted_people = {index: [convert(column, f) for column, f in cols] for index, cols in person_cols.items()}
    name_parts: list[tuple[F.Field, int, list]] = []      # first / last name columns (reported, never sent)
    bad_parts: list[tuple[list, bool]] = []
    for index, parts in plan.names.items():          # first + last name columns make the name sent
        converted_parts = [convert(column, f) for column, f in parts]
        bad_parts += converted_parts
        name_parts += [(f, column, converted) for (column, f), (converted, _) in zip(parts, converted_parts,
                                                                                     strict=True)]
        person_cols[index].append((parts[0][0], F.participant_field(index, "name")))
        converted_people[index].append((joined_names([converted for converted, _ in converted_parts]), False))
    people = {index: ([(f, column, converted) for (column, f), (converted, _)
                       in zip(cols, converted_people[index], strict=True)],
                      next((c for c, f in cols if f.key == "name"), cols[0][0]))
              for index, cols in sorted(person_cols.items())}
    # Each participant's dict per row (None when all its cells are blank), made column-wise.
    people_dicts = [row_dicts([f.key for _, f in person_cols[index]],
                              [converted for converted, _ in converted_people[index]], len(rows))
                    for index in people]
    per_row_people = zip(*people_dicts, strict=True) if people_dicts else [()] * len(rows)
    converted_custom = [convert(column, f) for column, f in plan.custom]
    custom_keys = [f.key for _, f in plan.custom]
    custom_columns = [converted for converted, _ in converted_custom]
    customs = row_dicts(custom_keys, custom_columns, len(rows))
    bad_custom = bad_rows(converted_custom)
    bad = bad_rows(converted_simple)
    bad_people = bad_rows([c for columns in converted_people.values() for c in columns])
    if bad_parts:
        bad_people |= bad_rows(bad_parts)
    times = fast_times(cells, len(rows), plan, options, memos.zones, memos.placed, zones)
    zone_column = plan.col.get("time_zone")
    id_column = plan.col.get("id")
    cancelling = _cancellations(cells, plan, options)
    default_calendar = options.default_calendar
    built: list[Built] = []
    append = built.append
    events = row_dicts(simple_keys, simple_columns, len(rows))
    for r, values, event, placed, persons, custom in zip(range(len(rows)), rows, events, times, per_row_people,
                                                         customs, strict=True):
        out: Collector | None = None
        if r in bad:
            out = Collector(plan, numbers[r])
            event = {}
            _fill(event, simple, r, out)
        elif event is None:
            event = {}
        zoneless: object = None          # a time written without a zone (in a row without a time_zone cell)
        if placed is None:
            out = out or Collector(plan, numbers[r])
            zoneless = careful_times(values, plan, options, event, out, None if zones is None else zones[r])
        else:
            zone_text, start, end = placed
            if zone_text is not None:
                event["time_zone"] = zone_text
            if start is not None:
                event["start_time"] = start
            if end is not None:
                event["end_time"] = end
            if zone_text is None and (start is not None or end is not None):
                zoneless = _ZONELESS
        if people:
            participants: list[dict] | None = []
            if r in bad_people:
                participants = None
            else:
                for person in persons:
                    if person is None:
                        continue
                    if "contact_id" in person or not ("email" in person or "phone" in person
                                                      or "contact_external_id" in person):
                        participants = None       # a warning to give: the careful path
                        break
                    participants.append(person)
            if participants is None:
                out = out or Collector(plan, numbers[r])
                _fill({}, name_parts, r, out)                 # a bad first or last name, on its own cell
                participants = _participants(r, people, out)
            if participants:
                event["participants"] = participants
        if custom is not None:
            if r in bad_custom:
                out = out or Collector(plan, numbers[r])
                for (column, f), converted in zip(plan.custom, custom_columns, strict=True):
                    if converted[r].__class__ is Bad:
                        out.add(f.name, ERROR, converted[r].message, column)
                        del custom[f.key]
            if custom:
                event["custom_data"] = custom
        has_id = "id" in event or (id_column is not None and get_cell(values, id_column) is not None)
        if r in cancelling:           # deleted by its key: nothing else about it is needed
            if not has_id and "external_id" not in event:
                out = out or Collector(plan, numbers[r])
                out.add("appointment_status", ERROR, tr("rowbuild", "“{status}” cancels the appointment, but the row "
                        "names none to cancel in Apptoto: fill its Apptoto ID or External ID", status=cancelling[r]))
            append(Built(event, out.problems if out is not None else [], CANCEL))
            continue
        kind = UPDATE if has_id else MAYBE_UPDATE if "external_id" in event else NEW
        if kind == MAYBE_UPDATE and known is not None and known[r] is not None:
            kind = known[r]
        if kind == UPDATE and zoneless is not None and get_cell(values, zone_column) is None \
                and not (zones and zones[r] and find_zone(zones[r]) is not None):      # the event's zone is not known
            out = out or Collector(plan, numbers[r])
            _zone_warning(values, plan, options, zoneless, out)
        defaulted: tuple[str, ...] = ()
        if kind != UPDATE and "calendar" not in event and "calendar_id" not in event:
            # an update keeps the event's calendar (events never move): only rows that may be new need one
            if default_calendar:
                event["calendar"] = default_calendar
                defaulted = _DEFAULTED_CALENDAR
            else:
                out = out or Collector(plan, numbers[r])
                out.add("calendar", ERROR,
                        tr("rowbuild", "needs a calendar: fill Calendar (or Calendar ID), or set a default calendar"))
        if kind != UPDATE and not ("title" in event and "start_time" in event and "end_time" in event):
            out = out or Collector(plan, numbers[r])
            _required(event, plan, out, kind)
        append(Built(event, out.problems if out is not None else [], kind, defaulted, zoneless is not None))
    return built


def _cancellations(cells, plan: Plan, options: Options) -> dict[int, str]:
    """{row in the block: its status} for the rows whose appointment status cancels them."""
    column = plan.col.get("appointment_status")
    if column is None or not options.cancelled:
        return {}
    seen: dict[str, bool] = {}
    found = {}
    for r, value in enumerate(cells(column)):
        if value is None:
            continue
        text = str(value).strip()
        cancels = seen.get(text)
        if cancels is None:
            cancels = seen[text] = options.cancels(text)
        if cancels:
            found[r] = text
    return found


_DEFAULTED_CALENDAR = ("calendar",)
_ZONELESS = object()          # the fast path placed a zone-less time (in the event's zone, else the default)


def _zone_warning(values: list, plan: Plan, options: Options, moment: object, out: Collector) -> None:
    """An update whose times have no zone was read in the default zone: the event may be in another."""
    name = "start_time" if get_cell(values, plan.col.get("start_time")) is not None else "end_time"
    if moment is _ZONELESS:
        moment = get_cell(values, plan.col.get(name))
    if hasattr(moment, "hour"):
        out.add(name, WARNING, tr("rowbuild", "{time} was read in {zone}; the event may be in another zone (fill Time "
                                  "zone to be sure)", time=f"{moment:%H:%M}", zone=options.default_time_zone))
    else:
        out.add(name, WARNING, tr("rowbuild", "The time was read in {zone}; the event may be in another zone (fill "
                                  "Time zone to be sure)", zone=options.default_time_zone))


def _required(event: dict, plan: Plan, out: Collector, kind: str) -> None:
    severity = ERROR if kind == NEW else WARNING
    for name, label in (("title", "Title"), ("start_time", "Start"), ("end_time", "End")):
        if name in event:
            continue
        if name in out.failed:
            continue  # already reported as unreadable
        label = tr("fields", label)
        if name == "end_time" and "duration_minutes" in plan.col:
            label = tr("rowbuild", "End (or Duration)")
        unmapped = name not in plan.col and not (name == "end_time" and "duration_minutes" in plan.col)
        if kind == NEW:
            message = (tr("rowbuild", "{label} is empty: a new appointment needs it (no column is used as {label}: "
                          "choose one in Columns… or a mapping file)", label=label) if unmapped else
                       tr("rowbuild", "{label} is empty: a new appointment needs it", label=label))
        else:
            message = (tr("rowbuild", "{label} is empty: needed if Apptoto does not know this External ID yet (then "
                          "it is a new appointment) (no column is used as {label}: choose one in Columns… or a "
                          "mapping file)", label=label) if unmapped else
                       tr("rowbuild", "{label} is empty: needed if Apptoto does not know this External ID yet (then "
                          "it is a new appointment)", label=label))
        out.add(name, severity, message)


def row_dicts(keys: list[str], columns: list[list], count: int) -> list[dict | None]:
    """Per row of `count`, {key: value} of these columns' values that are not None, in column order (None for a
    row without any). A row with every value takes dict(zip()), twice as fast as filtering each value."""
    if not keys:
        return [None] * count
    blank = (None,) * len(keys)
    return [None if values == blank else dict(zip(keys, values, strict=True)) if None not in values
            else {key: value for key, value in zip(keys, values, strict=True) if value is not None}
            for values in zip(*columns, strict=True)]


def joined_names(parts: list[list]) -> list:
    """Converted first-name and last-name columns joined into one name column ("Ann" + "Lee" -> "Ann Lee"). A
    row with a bad part (a formula error) gets no name: the part is reported on its own cell."""
    joined: list[str | None] = []
    for values in zip(*parts, strict=True):
        if any(v.__class__ is Bad for v in values):
            joined.append(None)
            continue
        words = [v for v in values if v is not None]
        joined.append(" ".join(words) if words else None)
    return joined


def _fill(target: dict, columns: list[tuple[F.Field, int, list]], r: int, out: Collector) -> None:
    """Row r's converted values of these columns into `target` (by wire key); the bad ones reported."""
    for f, column, converted in columns:
        value = converted[r]
        if value is None:
            continue
        if value.__class__ is Bad:
            out.add(f.name, ERROR, value.message, column)
        else:
            target[f.key] = value


def _participants(r: int, people: dict[int, tuple[list[tuple[F.Field, int, list]], int]],
                  out: Collector) -> list[dict]:
    result = []
    for index, (cols, first) in people.items():
        person: dict = {}
        _fill(person, cols, r, out)
        if not person:
            continue
        who = tr("rowbuild", "Participant") if index == 0 else tr("rowbuild", "Participant {number}", number=index + 1)
        if "contact_id" in person and ("name" in person or "email" in person or "phone" in person):
            out.add("", WARNING, tr("rowbuild", "{participant} has a contact ID and also name/e-mail/phone: Apptoto "
                                    "says to give only the contact ID", participant=who), first)
        elif not ("email" in person or "phone" in person or "contact_id" in person
                  or "contact_external_id" in person):
            out.add("", WARNING, tr("rowbuild", "{participant} has no e-mail, phone or contact: Apptoto cannot send "
                                    "them reminders", participant=who), first)
        result.append(person)
    return result


