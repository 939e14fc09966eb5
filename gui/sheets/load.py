"""Open a schedule file as a core Schedule: read the table, map its columns, decide its date order, build every row."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from gui.core import fields
from gui.core.columns import column_cells
from gui.core.i18n import tr
from gui.core.rowbuild import Options, gc_paused
from gui.core.schedule import Schedule
from gui.core.table import Table
from gui.sheets import dateorder, memory
from gui.sheets.dateorder import DateOrder
from gui.sheets.mapping import ColumnMap, MappingError, MappingFile, load_mapping, map_columns, mapping_of
from gui.sheets.reader import read_table


@dataclass(slots=True)
class Loaded:
    """A loaded schedule with what the reader and the column matcher noticed."""

    schedule: Schedule
    table: Table
    columns: ColumnMap
    notes: list[str] = field(default_factory=list)     # unmapped / ambiguous headers, in plain words
    warnings: list[str] = field(default_factory=list)  # things about the whole file that may make rows wrong
    dates: DateOrder = field(default_factory=DateOrder)
    mapping: MappingFile | None = None    # the mapping in use: a mapping file, or one remembered for this shape
    remembered: bool = False              # `mapping` was remembered for files of this shape

    def mapping_label(self) -> str:
        """'Mapping: Jane export (saved 12 Dec)', or '' when the columns were matched by name alone."""
        if self.mapping is None:
            return ""
        return tr("load", "Mapping: {mapping}", mapping=memory.label(self.mapping))


def load_schedule(path: str | os.PathLike[str], options: Options, sheet: str | None = None,
                  mapping_path: str | os.PathLike[str] | None = None, header_row: int | None = None,
                  *, apply_guesses: bool = False, remembered: bool = True, folder: Path | None = None) -> Loaded:
    """Read `path` and build a Schedule; raises WorkbookError (one plain line) when it cannot.

    Columns are matched by the mapping file, else by a mapping remembered for files with these headers
    (`remembered`; `folder`: where they are kept, default the data folder), else by name; a column no name
    matches is suggested a field by its values, applied when `apply_guesses` (the command line) and otherwise
    only offered (the window asks). Text dates are read in `options.date_order` when set, else in the order saved
    with the mapping, else in the order the file's own dates show."""
    mapping = load_mapping(mapping_path) if mapping_path else None
    if mapping is not None:
        mapping.name = mapping.name or Path(mapping_path).name
        sheet = sheet or mapping.sheet
        header_row = header_row or mapping.header_row
    known = list(mapping.columns) if mapping else ()
    with gc_paused(freeze=True):       # one pause from reading to the built rows (see gc_paused)
        table = read_table(path, sheet=sheet, header_row=header_row, known_headers=known)
        recalled = False
        if mapping is None and remembered:
            mapping = memory.recall(table.headers, folder)
            recalled = mapping is not None
        columns = _map(table.headers, mapping, recalled)
        if recalled and columns is None:        # a remembered mapping that no longer fits: match by name
            mapping, recalled = None, False
            columns = map_columns(table.headers)
        cells = _cells_of(table)
        _offer_guesses(columns, cells, apply_guesses)
        dates = decide_order(options, mapping, columns, cells)
        schedule = Schedule(table.headers, columns.fields, table.rows, replace(options, date_order=dates.order),
                            letters=table.letters, source=Path(path).name, sheet=table.sheet, columns=table.columns)
        table.columns = None        # only the first build can use them: edits change the rows, not these
    loaded = Loaded(schedule, table, columns, table.notes + columns.problems(),
                    [dates.warning] if dates.warning else [],
                    dates, mapping, recalled)
    if recalled:
        loaded.notes.insert(0, tr("load", "{mapping}, remembered for files with these columns.",
                                  mapping=loaded.mapping_label()))
    return loaded


def _map(headers: list[str], mapping: MappingFile | None, recalled: bool) -> ColumnMap | None:
    """The columns matched by `mapping` (or by name); None for a remembered mapping that cannot be used."""
    try:
        return map_columns(headers, mapping.columns if mapping else None)
    except MappingError:
        if recalled:
            return None
        raise


def remap(loaded: Loaded, names: list[str | None], options: Options, rows: list[tuple[int, list]],
          date_order: str | None = None, name: str | None = None, remember: bool = True,
          folder: Path | None = None) -> Loaded:
    """The same file with its columns mapped to `names` (chosen by the user), built from `rows` (its cells as
    edited). `date_order`: chosen for this file (None: as before it was chosen, or as the file's dates show).
    With `remember`, the choice is kept for the next file of this shape (a failure to save is a note)."""
    old = loaded.schedule
    columns = ColumnMap(list(old.headers), list(names), [""] * len(names))
    chosen = date_order or (loaded.dates.order if loaded.dates.source == dateorder.SAVED else None)
    mapping = MappingFile({}, name=name or (loaded.mapping.name if loaded.mapping else None), date_order=chosen)
    values = [cells for _, cells in rows]
    dates = decide_order(options, mapping, columns, lambda column: column_cells(values, column))
    schedule = Schedule(old.headers, names, rows, replace(options, date_order=dates.order), letters=old.letters,
                        source=old.source, sheet=old.sheet)
    result = Loaded(schedule, loaded.table, columns, [], [dates.warning] if dates.warning else [], dates)
    if remember:
        kept = mapping_of(columns, name=mapping.name or memory.default_name(old.headers, old.source),
                          date_order=chosen)
        try:
            result.mapping, result.remembered = memory.remember(old.headers, kept, folder), True
        except MappingError as exc:
            result.notes.append(tr("load", "The columns could not be remembered for the next file: {reason}",
                                   reason=exc))
    return result


def decide_order(options: Options, mapping: MappingFile | None, columns: ColumnMap, cells) -> DateOrder:
    """The date order to read text dates in: given, saved with the mapping, or shown by the file's dates."""
    if options.date_order:
        return DateOrder(options.date_order, dateorder.GIVEN)
    if mapping is not None and mapping.date_order:
        return DateOrder(mapping.date_order, dateorder.SAVED)
    return dateorder.detect(columns.headers, columns.fields, cells)


def _cells_of(table: Table):
    """column index -> that column's cells (the reader's columns when it kept them, else taken from the rows)."""
    if table.columns is not None:
        return table.columns.cells.__getitem__
    rows = [values for _, values in table.rows]
    return lambda column: column_cells(rows, column)


def _offer_guesses(columns: ColumnMap, cells, apply: bool) -> None:
    """Suggest fields for the columns no name matches, from their values: applied (with a note) or offered."""
    if not columns.unknown:
        return
    from gui.sheets.guess import guess  # only for files with headers no name matches

    for found in guess(columns.headers, columns.fields, columns.unknown, _Sampled(cells)):
        i = found.column
        if found.field is None:
            columns.notes[i] = tr("load", "{note}; none of them is used until the mapping says which.", note=found.note)
            continue
        label = fields.shown_label(fields.field(found.field))
        if apply:
            columns.fields[i] = found.field
            columns.notes[i] = tr("load", "{note}: used as {label}.", note=found.note, label=label)
        else:
            columns.suggested[i] = found.field
            columns.notes[i] = tr("load", "{note}: it looks like {label} (choose its field in Columns…).",
                                  note=found.note,
                                  label=label)


class _Sampled:
    """Columns by index, cut to what guessing looks at (it never needs more than a few hundred values)."""

    def __init__(self, cells) -> None:
        self._cells = cells

    def __getitem__(self, column: int) -> list:
        return self._cells(column)[:1000]
