"""Mappings remembered by the shape of a file (its headers): the next export of the same kind opens the same way.

Each is an ordinary mapping file (gui/sheets/mapping.py: columns, date order, a name and the day it was saved) in
`<data folder>/mappings/<fingerprint>.json`, so staff can also export one and share it (Columns ▸ Save mapping…).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from gui.core import fields, words
from gui.core.i18n import tr
from gui.core.paths import mappings_dir
from gui.sheets.mapping import MappingError, MappingFile, load_mapping, write_mapping


def fingerprint(headers: Sequence[str]) -> str:
    """The shape of a header row: its headers folded (case, spaces, punctuation) and sorted, so a column moved
    or renamed in case still matches; the app's own results columns do not count."""
    import hashlib  # loads OpenSSL (3 ms): only once a mapping is remembered or looked up

    results = fields.results_columns(list(headers))
    folded = sorted(fields.normalise(h) for i, h in enumerate(headers) if h.strip() and i not in results)
    return hashlib.sha256("\x1f".join(folded).encode("utf-8")).hexdigest()[:24]


def path_for(headers: Sequence[str], folder: Path | None = None) -> Path:
    return (folder or mappings_dir()) / f"{fingerprint(headers)}.json"


def recall(headers: Sequence[str], folder: Path | None = None) -> MappingFile | None:
    """The mapping remembered for files with these headers, or None (none saved, or unreadable: then the file
    simply opens as if new)."""
    if not (folder or mappings_dir()).is_dir():
        return None
    path = path_for(headers, folder)
    if not path.is_file():
        return None
    try:
        return load_mapping(path)
    except MappingError:
        return None


def remember(headers: Sequence[str], mapping: MappingFile, folder: Path | None = None,
             today: dt.date | None = None) -> MappingFile:
    """Save `mapping` for files with these headers (dated today, named after the export when none is given);
    returns what was saved. Raises MappingError when it cannot be written."""
    saved = MappingFile(mapping.columns, name=mapping.name or default_name(headers),
                        date_order=mapping.date_order, saved=(today or dt.date.today()).isoformat())
    write_mapping(path_for(headers, folder), saved)
    return saved


def forget(headers: Sequence[str], folder: Path | None = None) -> bool:
    """Remove the mapping remembered for these headers; whether there was one."""
    try:
        path_for(headers, folder).unlink()
    except FileNotFoundError:
        return False
    return True


def default_name(headers: Sequence[str], file_name: str = "") -> str:
    """'Jane export' when the headers look like a known system's export, else 'Columns of <file>'."""
    from gui.sheets.exports import system_of

    system = system_of(headers)
    if system:
        return tr("memory", "{system} export", system=system)
    return tr("memory", "Columns of {file}", file=file_name) if file_name else tr("memory", "Saved columns")


def label(mapping: MappingFile) -> str:
    """'Jane export (saved 12 Dec)' — how the window and the command line name a remembered mapping."""
    name = mapping.name or tr("memory", "Saved columns")
    try:
        day = dt.date.fromisoformat(mapping.saved or "")
    except ValueError:
        return name
    return tr("memory", "{name} (saved {day})", name=name,
              day=words.day_month(day, with_year=day.year != dt.date.today().year))
