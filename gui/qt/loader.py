"""Opening a schedule off the GUI thread: pick the sheet, read it, offer the column mapping, rebuild on remap."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from gui.core import fields
from gui.core.rowbuild import Options
from gui.core.schedule import Schedule
from gui.core.table import WorkbookError
from gui.qt import settings
from gui.qt.mapping_dialog import Choice
from gui.qt.review import Review
from gui.qt.tasks import run_task
from gui.sheets import needed
from gui.sheets.load import Loaded, load_schedule, remap
from gui.sheets.reader import list_sheets, read_table

ChooseSheet = Callable[[str, list[str]], str | None]
ChooseMapping = Callable[[Loaded], Choice | None]


@dataclass(slots=True)
class Document:
    """An open schedule: where it came from, what the reader saw, and the review state shown in the grid."""

    path: Path
    loaded: Loaded
    review: Review

    @property
    def schedule(self) -> Schedule:
        return self.review.schedule


def sheets_with_data(path: str) -> list[str]:
    """The visible sheets that hold a readable table (only checked when there are several)."""
    names = list_sheets(path)
    if len(names) < 2:
        return names
    usable = []
    for name in names:
        try:
            read_table(path, sheet=name)
        except WorkbookError:
            continue
        usable.append(name)
    return usable


def needs_mapping(loaded: Loaded, default_calendar: str = "") -> bool:
    """True when the Columns dialog should open by itself: a field new appointments need (title, start, end,
    calendar) or every way to reach the participant has no column while some column is unused or suggested,
    or a header is ambiguous. Never for columns remembered for files of this shape: the user chose them."""
    columns = loaded.columns
    if loaded.remembered:
        return False
    if columns.suggested:
        return True
    if needed.missing(columns.fields, default_calendar) and needed.unused(columns.headers, columns.fields):
        return True
    return any(name is None and header.strip() and len(fields.candidates(header)) > 1
               for header, name in zip(columns.headers, columns.fields, strict=True))


def snapshot(schedule: Schedule) -> list[tuple[int, list]]:
    """The rows' current cells (edits included), copied on the GUI thread for a worker to rebuild from."""
    return [(row.number, list(row.values)) for row in schedule.rows]


def remapped(document: Document, choice: Choice, options: Options, rows: list[tuple[int, list]],
             remember: bool) -> Document:
    """A new Document with the columns and date order chosen (the old one is left untouched: it is on screen);
    with `remember`, the choice is kept for the next file with these headers."""
    loaded = remap(document.loaded, choice.names, options, rows, choice.date_order, choice.name or None, remember)
    return Document(document.path, loaded, Review(loaded.schedule))


class Loader(QObject):
    """Runs every step of opening through run_task; the window reacts to its signals."""

    started = Signal(str)             # a plain message: what is being done
    finished = Signal()               # the work ended (loaded, failed or cancelled)
    loaded = Signal(object)           # a Document
    failed = Signal(str, str)         # file path, one plain line

    def __init__(self, choose_sheet: ChooseSheet, choose_mapping: ChooseMapping,
                 options: Callable[[], Options], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choose_sheet, self._choose_mapping, self._options = choose_sheet, choose_mapping, options
        self.busy = False

    def open(self, path: str, sheet: str | None = None, mapping_path: str | None = None) -> bool:
        """Start opening `path`; False when another file is still being opened."""
        if self.busy:
            return False
        self.busy = True
        name = Path(path).name
        self.started.emit(f"Opening {name}…")
        if sheet is not None or mapping_path is not None:
            self._read(path, sheet, mapping_path)
            return True
        run_task(lambda: sheets_with_data(path), lambda sheets: self._on_sheets(path, sheets),
                 lambda error: self._fail(path, error), owner=self)
        return True

    def remap(self, document: Document, choice: Choice) -> bool:
        """Rebuild every row with the columns and date order chosen in the Columns dialog."""
        if self.busy:
            return False
        self.busy = True
        self._apply(document, choice)
        return True

    def _apply(self, document: Document, choice: Choice) -> None:
        self.started.emit("Applying the column mapping…")
        options, rows = self._options(), snapshot(document.schedule)
        remember = settings.get(settings.REMEMBER_MAPPINGS)
        run_task(lambda: remapped(document, choice, options, rows, remember), self._done,
                 lambda error: self._fail(str(document.path), error), owner=self)

    def _on_sheets(self, path: str, sheets: list[str]) -> None:
        sheet = None
        if len(sheets) > 1:
            sheet = self._choose_sheet(path, sheets)
            if sheet is None:
                self._stop()
                return
        self._read(path, sheet, None)

    def _read(self, path: str, sheet: str | None, mapping_path: str | None) -> None:
        options = self._options()
        remember = settings.get(settings.REMEMBER_MAPPINGS)

        def work() -> Document:       # suggestions from the values are offered in the dialog, not applied
            loaded = load_schedule(path, options, sheet=sheet, mapping_path=mapping_path, apply_guesses=False,
                                   remembered=remember)
            return Document(Path(path), loaded, Review(loaded.schedule))

        run_task(work, self._on_read, lambda error: self._fail(path, error), owner=self)

    def _on_read(self, document: Document) -> None:
        if needs_mapping(document.loaded, self._options().default_calendar):
            choice = self._choose_mapping(document.loaded)
            if choice is not None:
                self._apply(document, choice)
                return
        self._done(document)

    def _done(self, document: Document) -> None:
        self._stop()
        self.loaded.emit(document)

    def _fail(self, path: str, error: BaseException) -> None:
        self._stop()
        if isinstance(error, WorkbookError | OSError):
            self.failed.emit(path, str(error))
        else:
            self.failed.emit(path, f"{Path(path).name} could not be opened: {type(error).__name__}: {error}")

    def _stop(self) -> None:
        self.busy = False
        self.finished.emit()
