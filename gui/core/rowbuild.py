"""Turn one sheet row into the event it sends and the problems it has (DESIGN.md "Turning cells into an event")."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter

from gui.core import convert as cv
from gui.core import fields as F
from gui.core.problems import ERROR, WARNING, Problem
from gui.core.zones import zone
from gui.sheets.table import CellError, Columns

NEW, UPDATE, MAYBE_UPDATE = "new", "update", "maybe_update"
_UTC = dt.UTC


@dataclass(frozen=True, slots=True)
class Options:
    """How cells are read: the zone for times without one, the order of text dates, the default calendar."""

    default_time_zone: str = "UTC"
    date_order: str = "MDY"
    default_calendar: str = ""


_SIMPLE = {F.TEXT: cv.to_text, F.INT: cv.to_int, F.BOOL: cv.to_bool, F.SHOW_AS: cv.to_show_as,
           F.EMAIL: cv.to_email, F.PHONE: cv.to_phone, F.MINUTES: cv.to_minutes, F.CUSTOM: None}


@dataclass(slots=True)
class Plan:
    """Which column feeds which field, worked out once per sheet."""

    headers: list[str]
    letters: list[str]
    simple: list[tuple[int, F.Field]] = field(default_factory=list)        # plain event fields
    participants: dict[int, list[tuple[int, F.Field]]] = field(default_factory=dict)
    custom: list[tuple[int, F.Field]] = field(default_factory=list)
    col: dict[str, int] = field(default_factory=dict)                     # canonical name -> column

    @classmethod
    def from_fields(cls, headers: list[str], letters: list[str], names: list[str | None]) -> Plan:
        plan = cls(list(headers), list(letters))
        for index, name in enumerate(names):
            f = F.field(name) if name else None
            if f is None:
                continue
            plan.col[f.name] = index
            if f.scope == F.PARTICIPANT:
                plan.participants.setdefault(f.participant, []).append((index, f))
            elif f.scope == F.CUSTOM:
                plan.custom.append((index, f))
            elif f.name not in ("start_time", "end_time", "date", "duration_minutes", "time_zone"):
                plan.simple.append((index, f))
        return plan

    def header(self, name: str) -> str:
        return self.headers[self.col[name]] if name in self.col else ""

    def letter(self, name: str) -> str:
        return self.letters[self.col[name]] if name in self.col else ""


@dataclass(slots=True)
class Built:
    event: dict
    problems: list[Problem]
    kind: str
    defaulted: tuple[str, ...] = ()


class _Collector:
    __slots__ = ("plan", "number", "problems", "failed")

    def __init__(self, plan: Plan, number: int) -> None:
        self.plan, self.number, self.problems = plan, number, []
        self.failed: set[str] = set()      # fields already reported as unreadable: not also "empty"

    def add(self, name: str, severity: str, message: str, column: int | None = None) -> None:
        if severity == ERROR:
            self.failed.add(name)
        if column is None:
            header, letter = self.plan.header(name), self.plan.letter(name)
        else:
            header, letter = self.plan.headers[column], self.plan.letters[column]
        self.problems.append(Problem(self.number, header, severity, message, letter))


def _get(values: list, index: int | None) -> object:
    if index is None or index >= len(values):
        return None
    value = values[index]
    if value is None or (value.__class__ is str and not value.strip()):
        return None
    return value


class _Bad:
    """A cell that could not be converted (kept in the converted column in place of a value)."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


def _cells(rows: list[list], column: int) -> list:
    """One column of many rows (None where a row is too short)."""
    try:
        return list(map(itemgetter(column), rows))
    except IndexError:
        return [values[column] if column < len(values) else None for values in rows]


def _convert_column(cells: list, f: F.Field, normalised: bool = False, memo: dict | None = None,
                    seen_bad: list[bool] | None = None) -> tuple[list, bool]:
    """Convert one column of many rows at once: None for blank, the value, or _Bad. Memoised per value.

    Also says whether a cell may be _Bad (so rows without one can take the fast path). `normalised`: the cells
    are as the reader leaves them (text stripped, blank text None), so text needs no stripping here. `memo`
    and `seen_bad` (one flag) carry over from the previous block of rows of the same column."""
    convert = _SIMPLE[f.kind] or _custom_value
    memo = {} if memo is None else memo
    seen_bad = [False] if seen_bad is None else seen_bad

    def first(value: object) -> object:          # a non-blank value not seen before
        if value.__class__ is CellError:
            found: object = _Bad(f"the cell holds {value} (a formula error or a formula without a value)")
        else:
            try:
                found = convert(value)
            except cv.CellProblem as exc:
                found = _Bad(f"{f.label} {exc}")
        if found.__class__ is _Bad:
            seen_bad[0] = True
        memo[value] = found
        return found

    if f.kind == F.TEXT and normalised:
        result = [v if v is None or v.__class__ is str else memo[v] if v in memo else first(v) for v in cells]
    elif f.kind == F.TEXT:
        result = [(v.strip() or None) if v.__class__ is str else None if v is None
                  else memo[v] if v in memo else first(v) for v in cells]
    elif normalised and (f.kind == F.CUSTOM or f.kind == F.INT):     # numbers are kept as they are: no memo
        result = [None if v is None else v if v.__class__ is int or (v.__class__ is float and f.kind == F.CUSTOM)
                  else memo[v] if v in memo else first(v) for v in cells]
    elif normalised:
        result = [None if v is None else memo[v] if v in memo else first(v) for v in cells]
    else:
        result = [None if v is None
                  else ((memo[t] if t in memo else first(t)) if (t := v.strip()) else None) if v.__class__ is str
                  else memo[v] if v in memo else first(v) for v in cells]
    return result, seen_bad[0]


def _bad_rows(columns: list[tuple[list, bool]]) -> set[int]:
    """Rows holding a _Bad value in any of these converted columns."""
    rows: set[int] = set()
    for converted, bad in columns:
        if bad:
            rows.update(r for r, value in enumerate(converted) if value.__class__ is _Bad)
    return rows


def build(values: list, number: int, plan: Plan, options: Options, known: str | None = None) -> Built:
    """The event a row sends (only the keys its cells set) and its problems.

    `known`: what Apptoto said of a row with only an external_id — NEW (unknown to it: the fields a
    new appointment needs become errors) or UPDATE (it exists); None when Apptoto was not asked.
    """
    return build_many([values], [number], plan, options, [known])[0]


def build_many(rows: list[list], numbers: list[int], plan: Plan, options: Options,
               known: list[str | None] | None = None, columns: Columns | None = None) -> list[Built]:
    """build() for many rows: each column is converted in one pass (the hot path of loading).

    `columns`: the same cells column by column, normalised as the reader leaves them (Table.columns), which
    spares taking the rows apart again; None to read the rows."""
    with gc_paused():
        return _build_many(rows, numbers, plan, options, known, columns)


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
        self.values: dict[int, dict] = {}            # column -> {cell value: converted value or _Bad}
        self.bad: dict[int, list[bool]] = {}         # column -> [whether a cell was _Bad]
        self.zones: dict = {}                        # time_zone cell -> _zone_entry()
        self.placed: dict[str, dict] = {}            # zone name -> {naive date-time: (wire text, offset)}


def _build_many(rows: list[list], numbers: list[int], plan: Plan, options: Options,
                known: list[str | None] | None, columns: Columns | None) -> list[Built]:
    if len(rows) <= BLOCK:
        return _build_block(rows, numbers, plan, options, known, columns, _Memos())
    memos = _Memos()
    built: list[Built] = []
    for low in range(0, len(rows), BLOCK):
        high = low + BLOCK
        block = None if columns is None else Columns([c[low:high] for c in columns.cells], columns.text)
        built += _build_block(rows[low:high], numbers[low:high], plan, options,
                              None if known is None else known[low:high], block, memos)
    return built


def _build_block(rows: list[list], numbers: list[int], plan: Plan, options: Options,
                 known: list[str | None] | None, columns: Columns | None, memos: _Memos) -> list[Built]:
    normalised = columns is not None
    text_only = columns.text if columns is not None else frozenset()

    def cells(column: int) -> list:
        return columns.cells[column] if columns is not None else _cells(rows, column)

    def convert(column: int, f: F.Field) -> tuple[list, bool]:
        if f.kind == F.TEXT and column in text_only:
            return cells(column), False         # stripped text or None already: nothing to convert
        return _convert_column(cells(column), f, normalised, memos.values.setdefault(column, {}),
                               memos.bad.setdefault(column, [False]))

    converted_simple = [convert(column, f) for column, f in plan.simple]
    simple = [(f, column, converted) for (column, f), (converted, _) in zip(plan.simple, converted_simple,
                                                                              strict=True)]
    simple_keys = [f.key for _, f in plan.simple]
    simple_columns = [converted for converted, _ in converted_simple]
    converted_people = {index: [convert(column, f) for column, f in cols]
                        for index, cols in plan.participants.items()}
    people = {index: ([(f, column, converted) for (column, f), (converted, _)
                       in zip(cols, converted_people[index], strict=True)],
                      next((c for c, f in cols if f.key == "name"), cols[0][0]))
              for index, cols in sorted(plan.participants.items())}
    # Each participant's dict per row (None when all its cells are blank), made column-wise.
    people_dicts = [[({key: value for key, value in zip(keys, values, strict=True) if value is not None} or None)
                     for values in zip(*person_columns, strict=True)]
                    for keys, person_columns in (([f.key for _, f in plan.participants[index]],
                                                  [converted for converted, _ in converted_people[index]])
                                                 for index in people)]
    per_row_people = zip(*people_dicts, strict=True) if people_dicts else [()] * len(rows)
    converted_custom = [convert(column, f) for column, f in plan.custom]
    custom_keys = [f.key for _, f in plan.custom]
    custom_columns = [converted for converted, _ in converted_custom]
    bad = _bad_rows(converted_simple)
    bad_people = _bad_rows([c for columns in converted_people.values() for c in columns])
    times = _fast_times(cells, len(rows), plan, options, memos)
    id_column = plan.col.get("id")
    default_calendar = options.default_calendar
    built: list[Built] = []
    append = built.append
    per_row = zip(*simple_columns, strict=True) if simple_columns else [()] * len(rows)
    for r, values, cells, placed, persons in zip(range(len(rows)), rows, per_row, times, per_row_people,
                                                 strict=True):
        out: _Collector | None = None
        if r in bad:
            out = _Collector(plan, numbers[r])
            event: dict = {}
            for f, column, converted in simple:
                value = converted[r]
                if value is None:
                    continue
                if value.__class__ is _Bad:
                    out.add(f.name, ERROR, value.message, column)
                else:
                    event[f.key] = value
        else:
            event = {key: value for key, value in zip(simple_keys, cells, strict=True) if value is not None}
        if placed is None:
            out = out or _Collector(plan, numbers[r])
            _times(values, plan, options, event, out)
        else:
            zone_text, start, end = placed
            if zone_text is not None:
                event["time_zone"] = zone_text
            if start is not None:
                event["start_time"] = start
            if end is not None:
                event["end_time"] = end
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
                out = out or _Collector(plan, numbers[r])
                participants = _participants(r, people, out)
            if participants:
                event["participants"] = participants
        if custom_columns:
            custom = {key: value for key, converted in zip(custom_keys, custom_columns, strict=True)
                      if (value := converted[r]) is not None}
            if custom:
                event["custom_data"] = custom
        has_id = "id" in event or (id_column is not None and _get(values, id_column) is not None)
        kind = UPDATE if has_id else MAYBE_UPDATE if "external_id" in event else NEW
        if kind == MAYBE_UPDATE and known is not None and known[r] is not None:
            kind = known[r]
        defaulted: tuple[str, ...] = ()
        if "calendar" not in event and "calendar_id" not in event:
            if default_calendar:
                event["calendar"] = default_calendar
                defaulted = _DEFAULTED_CALENDAR
            else:
                out = out or _Collector(plan, numbers[r])
                out.add("calendar", ERROR,
                        "needs a calendar: fill Calendar (or Calendar ID), or set a default calendar")
        if kind != UPDATE and not ("title" in event and "start_time" in event and "end_time" in event):
            out = out or _Collector(plan, numbers[r])
            _required(event, plan, out, kind)
        append(Built(event, out.problems if out is not None else [], kind, defaulted))
    return built


_DEFAULTED_CALENDAR = ("calendar",)


_SUFFIX: dict[dt.timezone, str] = {}


def _fast_times(column_cells: Callable[[int], list], count: int, plan: Plan, options: Options,
                memos: _Memos) -> list[tuple | None]:
    """Per row: (time_zone text or None, start text or None, end text or None) when the row's times are
    plain (blank or naive date-time cells on days without a DST change, a known zone, end not before
    start); None for a row that needs the careful path (_times)."""
    col = plan.col
    blank = [None] * count

    def cells(name: str) -> list:
        column = col.get(name)
        return blank if column is None else column_cells(column)

    zones, dates, starts, ends = cells("time_zone"), cells("date"), cells("start_time"), cells("end_time")
    durations = cells("duration_minutes")
    default_name = options.default_time_zone
    default_tz = zone(default_name)
    placed_in = memos.placed
    zone_memo = memos.zones
    if None not in zone_memo:
        zone_memo[None] = _zone_entry(None, default_name, default_tz, placed_in)
    datetime, date = dt.datetime, dt.date
    result: list[tuple | None] = []
    append = result.append
    for raw_zone, raw_date, start, end, minutes in zip(zones, dates, starts, ends, durations, strict=True):
        entry = zone_memo.get(raw_zone, _UNKNOWN)
        if entry is _UNKNOWN:
            entry = zone_memo[raw_zone] = _zone_entry(raw_zone, default_name, default_tz, placed_in)
        if entry is None or not (raw_date is None or raw_date.__class__ is date or raw_date.__class__ is datetime):
            append(None)
            continue
        zone_text, placed, tz, tz_name = entry
        start_wire = end_wire = None
        if start is not None:
            start_wire = placed.get(start) or _wire(start, tz, tz_name, placed)
            if start_wire is None:
                append(None)
                continue
        if end is not None:
            end_wire = placed.get(end) or _wire(end, tz, tz_name, placed)
            if end_wire is None or (start_wire is not None and (end_wire[1] is not start_wire[1] or end < start)):
                append(None)
                continue
        elif start_wire is not None and minutes is not None:
            append(None)       # start + duration: the careful path
            continue
        append((zone_text, start_wire[0] if start_wire is not None else None,
                end_wire[0] if end_wire is not None else None))
    return result


def _wire(moment: object, tz: dt.tzinfo, tz_name: str, placed: dict) -> tuple[str, dt.timezone] | None:
    """(wire text, fixed offset) of a naive date-time on a day without a DST change in zone `tz`, remembered
    in `placed`; None for anything else (the careful path judges it)."""
    if moment.__class__ is not dt.datetime or moment.tzinfo is not None:
        return None
    fixed = _day_offset(tz, tz_name, moment)
    if fixed is None:
        return None
    wire = placed[moment] = (moment.isoformat(timespec="seconds") + (_SUFFIX.get(fixed) or _suffix(fixed)), fixed)
    return wire


_UNKNOWN = object()


def _zone_entry(raw: object, default_name: str, default_tz: dt.tzinfo | None, placed_in: dict[str, dict]
                ) -> tuple | None:
    """(text for the event or None, placed times, zone, zone name) for a time_zone cell; None for a cell
    _times must judge (an unknown zone, or a blank one when the default zone is unknown)."""
    if raw is None or (raw.__class__ is str and not raw.strip()):
        text, name, tz = None, default_name, default_tz
    else:
        text = name = cv.to_text(raw)
        tz = zone(text)
    if tz is None:
        return None
    return text, placed_in.setdefault(name, {}), tz, name


def _suffix(fixed: dt.timezone) -> str:
    """The '+HH:MM' isoformat gives an aware time with this fixed offset."""
    text = _SUFFIX[fixed] = dt.datetime(2000, 1, 1, tzinfo=fixed).isoformat(timespec="seconds")[19:]
    return text


def _required(event: dict, plan: Plan, out: _Collector, kind: str) -> None:
    severity = ERROR if kind == NEW else WARNING
    tail = ("a new appointment needs it" if kind == NEW
            else "needed if Apptoto does not know this External ID yet (then it is a new appointment)")
    for name, label in (("title", "Title"), ("start_time", "Start"), ("end_time", "End")):
        if name in event:
            continue
        if name in out.failed:
            continue  # already reported as unreadable
        if name == "end_time" and "duration_minutes" in plan.col:
            label = "End (or Duration)"
        out.add(name, severity, f"{label} is empty: {tail}")


_FIXED: dict[dt.timedelta, dt.timezone] = {}
_DAYS: dict[str, dict[int, dt.timezone | None]] = {}   # zone -> day ordinal -> offset all day (None: DST day)


def _day_offset(tz: dt.tzinfo, tz_name: str, moment: dt.datetime) -> dt.timezone | None:
    """The fixed offset of a whole day in a zone, or None when that day has a DST change (the hot path)."""
    days = _DAYS.get(tz_name)
    if days is None:
        days = _DAYS[tz_name] = {}
    ordinal = moment.toordinal()
    if ordinal in days:
        return days[ordinal]
    day = dt.datetime.combine(moment.date(), dt.time(0))
    first = tz.utcoffset(day)
    steady = all(tz.utcoffset(day + dt.timedelta(hours=h)) == first and
                 tz.utcoffset((day + dt.timedelta(hours=h)).replace(fold=1)) == first for h in range(0, 25, 1))
    fixed = None
    if steady:
        fixed = _FIXED.get(first)
        if fixed is None:
            fixed = _FIXED[first] = dt.timezone(first)
    if len(days) > 50_000:
        days.clear()
    days[ordinal] = fixed
    return fixed


def _place(moment: dt.datetime, tz_name: str, what: str, name: str, out: _Collector) -> dt.datetime | None:
    """A wall-clock time in zone `tz_name` as an aware datetime; DST gap is an error, a fold a warning."""
    tz = zone(tz_name)
    if tz is None:
        return None
    fixed = _day_offset(tz, tz_name, moment)
    if fixed is not None:
        return moment.replace(tzinfo=fixed)
    first, second = tz.utcoffset(moment), tz.utcoffset(moment.replace(fold=1))
    if first != second:
        if first < second:
            out.add(name, ERROR, f"{what} {moment:%Y-%m-%d %H:%M} does not exist in {tz_name}: "
                                 f"the clocks go forward that night")
            return None
        out.add(name, WARNING, f"{what} {moment:%Y-%m-%d %H:%M} happens twice in {tz_name} (the clocks go back "
                               f"that night); the first one is used")
    fixed = _FIXED.get(first)
    if fixed is None:
        fixed = _FIXED[first] = dt.timezone(first)
    return moment.replace(tzinfo=fixed)


def _times(values: list, plan: Plan, options: Options, event: dict, out: _Collector) -> None:
    col = plan.col
    tz_name = options.default_time_zone
    raw_zone = _get(values, col.get("time_zone"))
    if raw_zone is not None:
        text = cv.to_text(raw_zone)
        if zone(text) is None:
            out.add("time_zone", ERROR, f"“{text}” is not a time zone I know (e.g. America/New_York, "
                                        f"Eastern Time (US & Canada))")
            out.failed.update(("start_time", "end_time"))
            tz_name = ""
        else:
            event["time_zone"] = text
            tz_name = text
    order = options.date_order
    day: dt.date | None = None
    raw_date = _get(values, col.get("date"))
    if raw_date is not None:
        try:
            day = cv.to_date(raw_date, order)
        except cv.CellProblem as exc:
            out.add("date", ERROR, f"Date {exc}")
            out.failed.update(("start_time", "end_time"))
    start = _moment(values, "start_time", "Start", day, None, plan, order, tz_name, out)
    end = _moment(values, "end_time", "End", day, start, plan, order, tz_name, out)
    if end is None and start is not None and _get(values, col.get("end_time")) is None:
        raw_minutes = _get(values, col.get("duration_minutes"))
        if raw_minutes is not None:
            try:
                minutes = cv.to_minutes(raw_minutes)
                end = (start + dt.timedelta(minutes=minutes)).astimezone(zone(tz_name) or start.tzinfo)
            except cv.CellProblem as exc:
                out.add("duration_minutes", ERROR, f"Duration {exc}")
                out.failed.add("end_time")
    if start is not None:
        event["start_time"] = cv.wire_time(start)
    if end is not None:
        if start is not None and end < start:
            out.add("end_time" if "end_time" in col else "duration_minutes", ERROR,
                    f"ends before it starts ({end:%H:%M} is before {start:%H:%M})"
                    if end.date() == start.date() else f"ends ({end:%Y-%m-%d %H:%M}) before it starts "
                    f"({start:%Y-%m-%d %H:%M})")
        else:
            event["end_time"] = cv.wire_time(end)


def _moment(values: list, name: str, label: str, day: dt.date | None, start: dt.datetime | None,
            plan: Plan, order: str, tz_name: str, out: _Collector) -> dt.datetime | None:
    raw = _get(values, plan.col.get(name))
    if raw is None:
        return None
    if raw.__class__ is dt.datetime:
        return _place(raw, tz_name, label, name, out) if tz_name else None
    if raw.__class__ is CellError:
        out.add(name, ERROR, f"the cell holds {raw} (a formula error or a formula without a value)")
        return None
    try:
        moment = cv.to_moment(raw, order, as_time=True)
    except cv.CellProblem as exc:
        out.add(name, ERROR, f"{label} {exc}")
        return None
    if isinstance(moment, dt.time):
        base = day if day is not None else start.date() if start is not None else None
        if base is None:
            if name in out.failed:
                return None  # the Date cell is already reported
            out.add(name, ERROR, f"{label} has only a time ({moment:%H:%M}); fill the Date column or write a full date")
            return None
        moment = dt.datetime.combine(base, moment)
    elif not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(0))   # a date alone: midnight
    if moment.tzinfo is not None:
        return moment
    if not tz_name:
        return None  # the zone is already reported as unknown
    return _place(moment, tz_name, label, name, out)


def _participants(r: int, people: dict[int, tuple[list[tuple[F.Field, int, list]], int]],
                  out: _Collector) -> list[dict]:
    result = []
    for index, (cols, first) in people.items():
        person: dict = {}
        for f, column, converted in cols:
            value = converted[r]
            if value is None:
                continue
            if value.__class__ is _Bad:
                out.add(f.name, ERROR, value.message, column)
            else:
                person[f.key] = value
        if not person:
            continue
        who = "Participant" if index == 0 else f"Participant {index + 1}"
        if "contact_id" in person and ("name" in person or "email" in person or "phone" in person):
            out.add("", WARNING, f"{who} has a contact ID and also name/e-mail/phone: Apptoto says to give only "
                                 f"the contact ID", first)
        elif not ("email" in person or "phone" in person or "contact_id" in person
                  or "contact_external_id" in person):
            out.add("", WARNING, f"{who} has no e-mail, phone or contact: Apptoto cannot send them reminders",
                    first)
        result.append(person)
    return result


def _custom_value(value: object) -> object:
    """A custom_data value: dates and times as ISO text, numbers and yes/no as they are."""
    if value.__class__ is str:
        return value.strip()
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bool | int | float):
        return value
    return cv.to_text(value)
