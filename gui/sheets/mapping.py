"""Match sheet headers to canonical columns by name (never guessing between two), and load / save mapping files."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping as AnyMapping
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gui.core import fields
from gui.core.i18n import tr
from gui.core.settings import DATE_ORDERS
from gui.core.table import WorkbookError

_FILE_KEYS = ("columns", "sheet", "header_row", "name", "date_order", "saved")


class MappingError(WorkbookError):
    """A mapping file or mapping that cannot be used. str(error) is one plain line."""


@dataclass(slots=True)
class ColumnMap:
    """Per column of a table: the canonical field it feeds (None: not used) and a note saying why."""

    headers: list[str]
    fields: list[str | None]
    notes: list[str]                                       # '' when the column maps cleanly
    unused: list[str] = field(default_factory=list)       # mapping headers not found in the sheet
    suggested: dict[int, str] = field(default_factory=dict)   # column -> field its values suggest (not applied)
    unknown: list[int] = field(default_factory=list)      # columns whose header no name matches (or blank)

    def index(self, name: str) -> int | None:
        """The column index that feeds canonical field `name`, or None."""
        try:
            return self.fields.index(name)
        except ValueError:
            return None

    def problems(self) -> list[str]:
        """All notes, one line each, plus headers of the mapping that the sheet lacks."""
        lines = [n for n in self.notes if n]
        lines += [tr("mapping", 'The mapping names a column "{column}" that is not in the sheet.', column=h)
                  for h in self.unused]
        return lines


@dataclass(slots=True)
class MappingFile:
    """The content of a mapping file (also what is remembered for files of one shape, see memory.py)."""

    columns: dict[str, str | None]
    sheet: str | None = None
    header_row: int | None = None
    name: str | None = None            # what staff call it, e.g. "Jane export"
    date_order: str | None = None      # how the file's text dates read (MDY, DMY, YMD), when chosen
    saved: str | None = None           # the day it was saved, ISO (2026-12-12)


def _fold(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _check_name(name: object, header: str, source: str) -> str | None:
    if name is None or name == "":
        return None
    if not isinstance(name, str) or fields.field(name.strip()) is None:
        raise MappingError(tr("mapping", '{source}: "{column}" is mapped to "{name}", which is not a known column name '
                              "(for example title, start_time, participant_phone, custom_data.room).", source=source,
                              column=header, name=name))
    return name.strip()


def map_columns(headers: Sequence[str], mapping: AnyMapping[str, str | None] | None = None,
                source: str | None = None) -> ColumnMap:
    """Decide the canonical field of each column. `mapping` (header -> canonical name, or None to
    ignore) wins; other headers are matched by name and synonyms. An unknown or ambiguous header, and
    headers that would feed the same field, are left unmapped with a note, unless exactly one of them
    is the field's own canonical name. `source`: the mapping's name in messages (default "The mapping")."""
    source = source or tr("mapping", "The mapping")
    count = len(headers)
    chosen: list[str | None] = [None] * count
    notes = [""] * count
    explicit = [False] * count
    unused: list[str] = []
    unknown: list[int] = []
    folded = [_fold(h) for h in headers]
    for key, name in (mapping or {}).items():
        canonical = _check_name(name, key, source)
        hits = [i for i, h in enumerate(headers) if h == key] or \
               [i for i, h in enumerate(folded) if h == _fold(key)]
        if not hits:
            unused.append(key)
        for i in hits:
            chosen[i], explicit[i] = canonical, True
            if canonical is None:
                notes[i] = tr("mapping", '"{column}" is ignored, as the mapping says.', column=headers[i])
    results = fields.results_columns(list(headers))
    for i, header in enumerate(headers):
        if explicit[i]:
            continue
        if not header.strip():
            notes[i] = tr("mapping", "Column {number} has no header; it is ignored.", number=i + 1)
            unknown.append(i)
            continue
        if i in results:
            notes[i] = tr("mapping", '"{column}" is a results column; it is kept but not sent.', column=header)
            continue
        found = fields.candidates(header)
        if not found:
            notes[i] = tr("mapping", '"{column}" is not a known column; it is ignored.', column=header)
            unknown.append(i)
        elif len(found) > 1:
            options = tr("mapping", " or ").join(found)
            notes[i] = tr("mapping", '"{column}" could mean {names}; it is ignored until the mapping says which.',
                          column=header, names=options)
        else:
            chosen[i] = found[0]
    _resolve_clashes(headers, chosen, notes, explicit, source)
    _whole_names_win(headers, chosen, notes, explicit)
    return ColumnMap(list(headers), chosen, notes, unused, unknown=unknown)


def _resolve_clashes(headers: Sequence[str], chosen: list[str | None], notes: list[str],
                     explicit: list[bool], source: str) -> None:
    by_field: dict[str, list[int]] = {}
    for i, name in enumerate(chosen):
        if name is not None:
            by_field.setdefault(name, []).append(i)
    for name, columns in by_field.items():
        if len(columns) < 2:
            continue
        pinned = [i for i in columns if explicit[i]]
        if len(pinned) > 1:
            listed = tr("mapping", " and ").join(f'"{headers[i]}"' for i in pinned)
            raise MappingError(tr("mapping", "{source} maps both {columns} to {name}; map only one of them.",
                                  source=source, columns=listed, name=name))
        exact = [i for i in columns if fields.normalise(headers[i]) == fields.normalise(name)]
        winner = pinned[0] if pinned else (exact[0] if len(exact) == 1 else None)
        phones = name == "participant_phone" and winner is None
        if phones:
            winner = _best_phone(headers, columns)
        listed = tr("mapping", " and ").join(f'"{headers[i]}"' for i in columns)
        for i in columns:
            if i == winner:
                continue
            chosen[i] = None
            if winner is None:
                notes[i] = tr("mapping", "{columns} all mean {name}; none of them is used until the mapping "
                                         "says which.",
                              columns=listed, name=name)
            elif phones and fields.phone_rank(headers[winner]) == fields.MOBILE_PHONE:
                notes[i] = tr("mapping", '"{column}" is not sent: reminders go to the mobile number in "{used}".',
                              column=headers[i], used=headers[winner])
            elif phones:
                notes[i] = tr("mapping", '"{column}" is not sent: the participant\'s phone comes from "{used}".',
                              column=headers[i], used=headers[winner])
            else:
                notes[i] = tr("mapping", '"{column}" also means {name}, but "{used}" is used for it.',
                              column=headers[i],
                              name=name, used=headers[winner])


def _best_phone(headers: Sequence[str], columns: list[int]) -> int | None:
    """Of several phone columns, the one reminders should go to (a mobile before a plain phone before a home or
    work phone); None when two are equally good."""
    ranks = [fields.phone_rank(headers[i]) for i in columns]
    best = min(ranks)
    return columns[ranks.index(best)] if ranks.count(best) == 1 else None


def _whole_names_win(headers: Sequence[str], chosen: list[str | None], notes: list[str],
                     explicit: list[bool]) -> None:
    """First and last name columns are not used for a participant that has a whole-name column."""
    for i, name in enumerate(chosen):
        f = fields.field(name) if name else None
        if f is None or f.scope != fields.PARTICIPANT or f.key not in fields.NAME_PARTS or explicit[i]:
            continue
        whole = fields.participant_field(f.participant, "name").name
        if whole in chosen:
            chosen[i] = None
            notes[i] = tr("mapping", '"{column}" is not used: the name comes from "{used}".', column=headers[i],
                          used=headers[chosen.index(whole)])


def load_mapping(path: str | os.PathLike[str]) -> MappingFile:
    """Read a mapping file: {"columns": {"<header>": "<canonical name>"}, "sheet": ..., "header_row": ...}."""
    path = Path(path)
    source = tr("mapping", 'Mapping file "{file}"', file=path.name)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise MappingError(tr("mapping", "{source} was not found ({path}).", source=source, path=path)) from None
    except OSError as exc:
        raise MappingError(tr("mapping", "{source} cannot be read: {reason}.", source=source,
                              reason=exc.strerror or exc)) from None
    except UnicodeDecodeError:
        raise MappingError(tr("mapping", "{source} is not a text file.", source=source)) from None
    except json.JSONDecodeError as exc:
        raise MappingError(tr("mapping", "{source} is not valid JSON (line {line}, column {column}: {reason}).",
                              source=source, line=exc.lineno, column=exc.colno, reason=exc.msg)) from None
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise MappingError(tr("mapping", '{source} must hold an object with "columns": {example}.', source=source,
                              example='{"<header>": "<column name>"}'))
    unknown = sorted(set(data) - set(_FILE_KEYS))
    if unknown:
        allowed = ", ".join(f'"{k}"' for k in _FILE_KEYS)
        raise MappingError(tr("mapping", "{source} has unknown entries: {entries} (allowed: {allowed}).", source=source,
                              entries=", ".join(unknown), allowed=allowed))
    columns = {str(k): _check_name(v, str(k), source) for k, v in data["columns"].items()}
    sheet = data.get("sheet")
    if sheet is not None and not isinstance(sheet, str):
        raise MappingError(tr("mapping", '{source}: "sheet" must be a sheet name in quotes.', source=source))
    header_row = data.get("header_row")
    if header_row is not None and (isinstance(header_row, bool) or not isinstance(header_row, int)
                                   or header_row < 1):
        raise MappingError(tr("mapping", '{source}: "header_row" must be a row number (1 or more).', source=source))
    order = data.get("date_order")
    if order is not None and order not in DATE_ORDERS:
        raise MappingError(tr("mapping", '{source}: "date_order" must be one of {orders}.', source=source,
                              orders=", ".join(DATE_ORDERS)))
    name, saved = data.get("name"), data.get("saved")
    if name is not None and not isinstance(name, str) or saved is not None and not isinstance(saved, str):
        raise MappingError(tr("mapping", '{source}: "name" and "saved" must be text in quotes.', source=source))
    return MappingFile(columns, sheet, header_row, name, order, saved)


def save_mapping(path: str | os.PathLike[str], column_map: ColumnMap, sheet: str | None = None,
                 header_row: int | None = None, name: str | None = None, date_order: str | None = None,
                 saved: str | None = None) -> None:
    """Write the mapping in use (every headed column: its field, or null when ignored)."""
    write_mapping(path, mapping_of(column_map, sheet, header_row, name, date_order, saved))


def mapping_of(column_map: ColumnMap, sheet: str | None = None, header_row: int | None = None,
               name: str | None = None, date_order: str | None = None, saved: str | None = None) -> MappingFile:
    """The mapping file that gives `column_map` (results columns left out: they are recognised anyway)."""
    columns: dict[str, str | None] = {}
    results = fields.results_columns(column_map.headers)
    for i, (header, field_name) in enumerate(zip(column_map.headers, column_map.fields, strict=True)):
        if not header.strip() or header in columns:
            continue
        if field_name is None and i in results:
            continue
        columns[header] = field_name
    return MappingFile(columns, sheet, header_row, name, date_order, saved)


def write_mapping(path: str | os.PathLike[str], mapping: MappingFile) -> None:
    """Write a mapping file (only the entries it has)."""
    data: dict[str, object] = {}
    if mapping.name:
        data["name"] = mapping.name
    if mapping.saved:
        data["saved"] = mapping.saved
    data["columns"] = mapping.columns
    for key in ("sheet", "header_row", "date_order"):
        value = getattr(mapping, key)
        if value is not None:
            data[key] = value
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise MappingError(tr("mapping", '{source} cannot be written: {reason}.',
                              source=tr("mapping", 'Mapping file "{file}"', file=Path(path).name),
                              reason=exc.strerror or exc)) from None
