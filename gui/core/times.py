"""Placing start and end times in time zones: the fast path for plain date-time cells, and the careful path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from gui.core import convert as cv
from gui.core import words
from gui.core.i18n import tr
from gui.core.plan import Collector, Options, Plan, get_cell
from gui.core.problems import ERROR, WARNING
from gui.core.table import CellError
from gui.core.zones import zone

_SUFFIX: dict[dt.timezone, str] = {}


def fast_times(column_cells: Callable[[int], list], count: int, plan: Plan, options: Options,
                zone_memo: dict, placed_in: dict[str, dict], known_zones: list[str | None] | None = None
                ) -> list[tuple | None]:
    """Per row: (time_zone text or None, start text or None, end text or None) when the row's times are
    plain (blank or naive date-time cells on days without a DST change, a known zone, end not before
    start); None for a row that needs the careful path (_times).

    `known_zones`: per row, the zone Apptoto gave the event (None: not known); a row without a time_zone cell
    places its times there instead of in the default zone (and sends no time_zone)."""
    col = plan.col
    blank = [None] * count

    def cells(name: str) -> list:
        column = col.get(name)
        return blank if column is None else column_cells(column)

    zones, dates, starts, ends = cells("time_zone"), cells("date"), cells("start_time"), cells("end_time")
    durations, end_dates = cells("duration_minutes"), cells("end_date")
    whole_days = "all_day" in col           # a row with a Date but no times may be a whole day: careful path
    if known_zones is not None:
        zones = [(_KNOWN, known) if raw is None and known else raw for raw, known in zip(zones, known_zones,
                                                                                         strict=True)]
    default_name = options.default_time_zone
    default_tz = zone(default_name)
    if None not in zone_memo:
        zone_memo[None] = _zone_entry(None, default_name, default_tz, placed_in)
    datetime, date = dt.datetime, dt.date
    result: list[tuple | None] = []
    append = result.append
    for raw_zone, raw_date, start, end, minutes, end_day in zip(zones, dates, starts, ends, durations, end_dates,
                                                                strict=True):
        entry = zone_memo.get(raw_zone, _UNKNOWN)
        if entry is _UNKNOWN:
            entry = zone_memo[raw_zone] = _zone_entry(raw_zone, default_name, default_tz, placed_in)
        if entry is None or end_day is not None or not (raw_date is None or raw_date.__class__ is date
                                                        or raw_date.__class__ is datetime) or (
                whole_days and raw_date is not None and (start is None or end is None)):
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
_KNOWN = object()            # marks a zone Apptoto gave for the event (not a time_zone cell)


def _zone_entry(raw: object, default_name: str, default_tz: dt.tzinfo | None, placed_in: dict[str, dict]
                ) -> tuple | None:
    """(text for the event or None, placed times, zone, zone name) for a time_zone cell; None for a cell
    _times must judge (an unknown zone, or a blank one when the default zone is unknown)."""
    if raw is None or (raw.__class__ is str and not raw.strip()):
        text, name, tz = None, default_name, default_tz
    elif raw.__class__ is tuple and raw[0] is _KNOWN:       # the event's zone, as Apptoto gave it
        text, name = None, raw[1]
        tz = zone(name)
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


_FIXED: dict[dt.timedelta, dt.timezone] = {}
_MIDNIGHT = dt.time(0)
_HOURS = [dt.timedelta(hours=h) for h in range(25)]
_DAYS: dict[str, dict[int, dt.timezone | None]] = {}   # zone -> day ordinal -> offset all day (None: DST day)


def _day_offset(tz: dt.tzinfo, tz_name: str, moment: dt.datetime) -> dt.timezone | None:
    """The fixed offset of a whole day in a zone, or None when that day has a DST change (the hot path)."""
    days = _DAYS.get(tz_name)
    if days is None:
        days = _DAYS[tz_name] = {}
    ordinal = moment.toordinal()
    if ordinal in days:
        return days[ordinal]
    day = dt.datetime.combine(moment.date(), _MIDNIGHT)
    offset = tz.utcoffset
    first = offset(day)
    fixed = None
    for hour in _HOURS:                     # every hour of the day and the next midnight, in both folds
        at = day + hour
        if offset(at) != first or offset(at.replace(fold=1)) != first:
            break
    else:
        fixed = _FIXED.get(first)
        if fixed is None:
            fixed = _FIXED[first] = dt.timezone(first)
    if len(days) > 50_000:
        days.clear()
    days[ordinal] = fixed
    return fixed


def _place(moment: dt.datetime, tz_name: str, what: str, name: str, out: Collector) -> dt.datetime | None:
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
            out.add(name, ERROR, tr("times", "{label} {when} does not exist in {zone}: the clocks go forward that "
                                    "night", label=tr("fields", what), when=words.when(moment), zone=tz_name))
            return None
        out.add(name, WARNING, tr("times", "{label} {when} happens twice in {zone} (the clocks go back that night); "
                                  "the first one is used", label=tr("fields", what), when=words.when(moment),
                                  zone=tz_name))
    fixed = _FIXED.get(first)
    if fixed is None:
        fixed = _FIXED[first] = dt.timezone(first)
    return moment.replace(tzinfo=fixed)


def careful_times(values: list, plan: Plan, options: Options, event: dict, out: Collector,
                  known_zone: str | None = None) -> dt.datetime | None:
    """Place the row's times (any form of cell) into `event`, reporting problems to `out`. Returns the first
    time written without a zone in a row without a time_zone cell (None when there was none): an update may
    then be read in another zone than its event's. `known_zone`: the event's zone as Apptoto gave it, used for
    such times instead of the default zone."""
    col = plan.col
    tz_name = options.default_time_zone
    raw_zone = get_cell(values, col.get("time_zone"))
    defaulted = raw_zone is None and not (known_zone and zone(known_zone) is not None)
    if raw_zone is None and not defaulted:
        tz_name = known_zone
    if raw_zone is not None:
        text = cv.to_text(raw_zone)
        if zone(text) is None:
            out.add("time_zone", ERROR, tr("times", "“{zone}” is not a time zone I know (e.g. America/New_York, "
                                           "Eastern Time (US & Canada))", zone=text))
            out.failed.update(("start_time", "end_time"))
            tz_name = ""
        else:
            event["time_zone"] = text
            tz_name = text
    order = options.date_order
    day = _day(values, plan, "date", "Date", order, out, ("start_time", "end_time"))
    end_day = _day(values, plan, "end_date", "End date", order, out, ("end_time",)) or day
    naive: list[dt.datetime] = []
    start = _moment(values, "start_time", "Start", day, None, plan, order, tz_name, out, naive)
    end = _moment(values, "end_time", "End", end_day, start, plan, order, tz_name, out, naive)
    if day is not None and tz_name and _whole_day(values, plan):      # an all-day row with dates and no times
        if start is None and get_cell(values, col.get("start_time")) is None:
            start = _place(dt.datetime.combine(day, dt.time(0)), tz_name, "Start", "start_time", out)
        if end is None and get_cell(values, col.get("end_time")) is None and end_day is not None:
            end = _place(dt.datetime.combine(end_day + dt.timedelta(days=1), dt.time(0)), tz_name, "End",
                         "end_time", out)
    if end is None and start is not None and get_cell(values, col.get("end_time")) is None:
        raw_minutes = get_cell(values, col.get("duration_minutes"))
        if raw_minutes is not None:
            try:
                minutes = cv.to_minutes(raw_minutes)
                end = (start + dt.timedelta(minutes=minutes)).astimezone(zone(tz_name) or start.tzinfo)
            except cv.CellProblem as exc:
                out.add("duration_minutes", ERROR, tr("cells", "Duration {problem}", problem=exc))
                out.failed.add("end_time")
    if start is not None:
        event["start_time"] = cv.wire_time(start)
    if end is not None:
        if start is not None and end < start:
            out.add("end_time" if "end_time" in col else "duration_minutes", ERROR,
                    tr("times", "ends before it starts ({end} is before {start})", end=f"{end:%H:%M}",
                       start=f"{start:%H:%M}")
                    if end.date() == start.date() else tr("times", "ends ({end}) before it starts ({start})",
                                                          end=words.when(end), start=words.when(start)))
        else:
            event["end_time"] = cv.wire_time(end)
    return naive[0] if raw_zone is None and naive else None


def _day(values: list, plan: Plan, name: str, label: str, order: str, out: Collector,
         depending: tuple[str, ...]) -> dt.date | None:
    """The Date (or End date) cell as a date; None when blank or reported (then the times depending on it are
    not also reported)."""
    raw = get_cell(values, plan.col.get(name))
    if raw is None:
        return None
    try:
        return cv.to_date(raw, order)
    except cv.CellProblem as exc:
        out.add(name, ERROR, tr("cells", "{label} {problem}", label=tr("fields", label), problem=exc))
        out.failed.update(depending)
        return None


def _whole_day(values: list, plan: Plan) -> bool:
    """Whether the row's All day cell says yes (a cell that is not yes/no is reported by its own column)."""
    raw = get_cell(values, plan.col.get("all_day"))
    try:
        return raw is not None and cv.to_bool(raw)
    except cv.CellProblem:
        return False


def _moment(values: list, name: str, label: str, day: dt.date | None, start: dt.datetime | None,
            plan: Plan, order: str, tz_name: str, out: Collector, naive: list[dt.datetime]) -> dt.datetime | None:
    """A start or end cell as an aware date-time (None when blank or reported); times written without a zone
    are added to `naive` as read."""
    raw = get_cell(values, plan.col.get(name))
    if raw is None:
        return None
    if raw.__class__ is dt.datetime:
        naive.append(raw)
        return _place(raw, tz_name, label, name, out) if tz_name else None
    if raw.__class__ is CellError:
        out.add(name, ERROR, tr("cells", "the cell holds {value} ({why})", value=raw, why=tr("cells", raw.why)))
        return None
    try:
        moment = cv.to_moment(raw, order, as_time=True)
    except cv.CellProblem as exc:
        out.add(name, ERROR, tr("cells", "{label} {problem}", label=tr("fields", label), problem=exc))
        return None
    if isinstance(moment, dt.time):
        base = day if day is not None else start.date() if start is not None else None
        if base is None:
            if name in out.failed:
                return None  # the Date cell is already reported
            out.add(name, ERROR, tr("times", "{label} has only a time ({time}); fill the Date column or write a full "
                                    "date", label=tr("fields", label), time=f"{moment:%H:%M}"))
            return None
        moment = dt.datetime.combine(base, moment)
    elif not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(0))   # a date alone: midnight
    if moment.tzinfo is not None:
        return moment
    naive.append(moment)
    if not tz_name:
        return None  # the zone is already reported as unknown
    return _place(moment, tz_name, label, name, out)


