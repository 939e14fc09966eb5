"""Match sheet headers to canonical columns, never guessing, and load / save mapping files."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping as AnyMapping
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gui.core import fields
from gui.core.table import WorkbookError

_RESULT_KEYS = {fields.normalise(c): c for c in fields.RESULT_COLUMNS}


class MappingError(WorkbookError):
    """A mapping file or mapping that cannot be used. str(error) is one plain line."""


@dataclass(slots=True)
class ColumnMap:
    """Per column of a table: the canonical field it feeds (None: not used) and a note saying why."""

    headers: list[str]
    fields: list[str | None]
    notes: list[str]                                       # '' when the column maps cleanly
    unused: list[str] = field(default_factory=list)       # mapping headers not found in the sheet

    def index(self, name: str) -> int | None:
        """The column index that feeds canonical field `name`, or None."""
        try:
            return self.fields.index(name)
        except ValueError:
            return None

    def problems(self) -> list[str]:
        """All notes, one line each, plus headers of the mapping that the sheet lacks."""
        lines = [n for n in self.notes if n]
        lines += [f'The mapping names a column "{h}" that is not in the sheet.' for h in self.unused]
        return lines


@dataclass(slots=True)
class MappingFile:
    """The content of a mapping file."""

    columns: dict[str, str | None]
    sheet: str | None = None
    header_row: int | None = None


def _fold(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _check_name(name: object, header: str, source: str) -> str | None:
    if name is None or name == "":
        return None
    if not isinstance(name, str) or fields.field(name.strip()) is None:
        raise MappingError(f'{source}: "{header}" is mapped to "{name}", which is not a known column name '
                           "(for example title, start_time, participant_phone, custom_data.room).")
    return name.strip()


def map_columns(headers: Sequence[str], mapping: AnyMapping[str, str | None] | None = None,
                source: str = "The mapping") -> ColumnMap:
    """Decide the canonical field of each column. `mapping` (header -> canonical name, or None to
    ignore) wins; other headers are matched by name and synonyms. An unknown or ambiguous header, and
    headers that would feed the same field, are left unmapped with a note, unless exactly one of them
    is the field's own canonical name."""
    count = len(headers)
    chosen: list[str | None] = [None] * count
    notes = [""] * count
    explicit = [False] * count
    unused: list[str] = []
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
                notes[i] = f'"{headers[i]}" is ignored, as the mapping says.'
    for i, header in enumerate(headers):
        if explicit[i]:
            continue
        if not header.strip():
            notes[i] = f"Column {i + 1} has no header; it is ignored."
            continue
        if fields.normalise(header) in _RESULT_KEYS:
            notes[i] = f'"{header}" is a results column; it is kept but not sent.'
            continue
        found = fields.candidates(header)
        if not found:
            notes[i] = f'"{header}" is not a known column; it is ignored.'
        elif len(found) > 1:
            options = " or ".join(found)
            notes[i] = f'"{header}" could mean {options}; it is ignored until the mapping says which.'
        else:
            chosen[i] = found[0]
    _resolve_clashes(headers, chosen, notes, explicit, source)
    return ColumnMap(list(headers), chosen, notes, unused)


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
            listed = " and ".join(f'"{headers[i]}"' for i in pinned)
            raise MappingError(f"{source} maps both {listed} to {name}; map only one of them.")
        exact = [i for i in columns if fields.normalise(headers[i]) == fields.normalise(name)]
        winner = pinned[0] if pinned else (exact[0] if len(exact) == 1 else None)
        listed = " and ".join(f'"{headers[i]}"' for i in columns)
        for i in columns:
            if i == winner:
                continue
            chosen[i] = None
            if winner is None:
                notes[i] = (f"{listed} all mean {name}; none of them is used until the mapping "
                            "says which.")
            else:
                notes[i] = f'"{headers[i]}" also means {name}, but "{headers[winner]}" is used for it.'


def load_mapping(path: str | os.PathLike[str]) -> MappingFile:
    """Read a mapping file: {"columns": {"<header>": "<canonical name>"}, "sheet": ..., "header_row": ...}."""
    path = Path(path)
    source = f'Mapping file "{path.name}"'
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise MappingError(f"{source} was not found ({path}).") from None
    except OSError as exc:
        raise MappingError(f"{source} cannot be read: {exc.strerror or exc}.") from None
    except UnicodeDecodeError:
        raise MappingError(f"{source} is not a text file.") from None
    except json.JSONDecodeError as exc:
        raise MappingError(f"{source} is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                           f"{exc.msg}).") from None
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise MappingError(f'{source} must hold an object with "columns": {{"<header>": "<column name>"}}.')
    unknown = sorted(set(data) - {"columns", "sheet", "header_row"})
    if unknown:
        raise MappingError(f"{source} has unknown entries: {', '.join(unknown)} "
                           '(allowed: "columns", "sheet", "header_row").')
    columns = {str(k): _check_name(v, str(k), source) for k, v in data["columns"].items()}
    sheet = data.get("sheet")
    if sheet is not None and not isinstance(sheet, str):
        raise MappingError(f'{source}: "sheet" must be a sheet name in quotes.')
    header_row = data.get("header_row")
    if header_row is not None and (isinstance(header_row, bool) or not isinstance(header_row, int)
                                   or header_row < 1):
        raise MappingError(f'{source}: "header_row" must be a row number (1 or more).')
    return MappingFile(columns, sheet, header_row)


def save_mapping(path: str | os.PathLike[str], column_map: ColumnMap, sheet: str | None = None,
                 header_row: int | None = None) -> None:
    """Write the mapping in use (every headed column: its field, or null when ignored)."""
    columns: dict[str, str | None] = {}
    for header, name in zip(column_map.headers, column_map.fields, strict=True):
        if not header.strip() or header in columns:
            continue
        if name is None and fields.normalise(header) in _RESULT_KEYS:
            continue
        columns[header] = name
    data: dict[str, object] = {"columns": columns}
    if sheet is not None:
        data["sheet"] = sheet
    if header_row is not None:
        data["header_row"] = header_row
    try:
        Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise MappingError(f'Mapping file "{Path(path).name}" cannot be written: '
                           f"{exc.strerror or exc}.") from None
