"""Opening a schedule off the GUI thread: pick the sheet, read it, offer the column mapping, rebuild on remap."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from gui.apptoto.document import Document, Opened, remapped
from gui.core import fields
from gui.core.i18n import tr
from gui.core.review import Review
from gui.core.rowbuild import Options
from gui.core.snapshot import Snapshot
from gui.core.table import WorkbookError
from gui.qt import settings
from gui.qt.busy import OPENING, Busy
from gui.qt.mapping_dialog import Choice
from gui.qt.tasks import run_task
from gui.sheets import needed
from gui.sheets.load import Loaded, load_schedule
from gui.sheets.reader import list_sheets, read_table

ChooseSheet = Callable[[str, list[str]], str | None]
ChooseMapping = Callable[[Loaded], Choice | None]


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


class Loader(QObject):
    """Runs every step of opening through run_task, as the busy state's "opening" job; the window shows what it
    `loaded` (an Opened)."""

    loaded = Signal(object)           # an Opened
    failed = Signal(str, str)         # file path, one plain line
    finished = Signal()               # opening ended: loaded, failed or given up (no sheet or no mapping chosen)

    def __init__(self, busy: Busy, choose_sheet: ChooseSheet, choose_mapping: ChooseMapping,
                 options: Callable[[], Options], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = busy
        self._choose_sheet, self._choose_mapping, self._options = choose_sheet, choose_mapping, options
        self.sheets: tuple[str, list[str]] = ("", [])        # (workbook path, its sheets with data) last looked at

    def sheets_of(self, path: str, sheet: str | None) -> list[str]:
        """The sheets with data last found in the workbook at `path` (just `sheet` when it was opened by name)."""
        known, sheets = self.sheets
        return sheets if known == path else [sheet] if sheet else []

    def open(self, path: str, sheet: str | None = None, mapping_path: str | None = None) -> bool:
        """Start opening `path`; False when another job (opening, sending, comparing) runs."""
        if not self.busy.begin(OPENING, tr("loader", "Opening {file}…", file=Path(path).name)):
            return False
        if sheet is not None or mapping_path is not None:
            self._read(path, sheet, mapping_path)
            return True
        run_task(lambda: sheets_with_data(path), lambda sheets: self._on_sheets(path, sheets),
                 lambda error: self._fail(path, error), owner=self)
        return True

    def remap(self, document: Document, choice: Choice) -> bool:
        """Rebuild every row of the open document with the columns and date order chosen in the Columns dialog
        (from a snapshot of its cells)."""
        if not self.busy.begin(OPENING, tr("loader", "Applying the column mapping…")):
            return False
        self._remap(document.path, document.loaded, document.snapshot(cells=True), choice)
        return True

    def _remap(self, path: Path, loaded: Loaded, snapshot: Snapshot, choice: Choice) -> None:
        options, remember = self._options(), settings.get(settings.REMEMBER_MAPPINGS)
        run_task(lambda: remapped(path, loaded, snapshot, choice.names, options, choice.date_order,
                                  choice.name or None, remember),
                 self._done, lambda error: self._fail(str(path), error), owner=self)

    def _on_sheets(self, path: str, sheets: list[str]) -> None:
        self.sheets = (path, sheets)
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

        def work() -> Opened:          # suggestions from the values are offered in the dialog, not applied
            loaded = load_schedule(path, options, sheet=sheet, mapping_path=mapping_path, apply_guesses=False,
                                   remembered=remember)
            return Opened(Path(path), loaded, Review(loaded.schedule))

        run_task(work, self._on_read, lambda error: self._fail(path, error), owner=self)

    def _on_read(self, opened: Opened) -> None:
        if needs_mapping(opened.loaded, self._options().default_calendar):
            choice = self._choose_mapping(opened.loaded)
            if choice is not None:
                snapshot = Snapshot.take(opened.schedule, opened.review, cells=True)
                self._remap(opened.path, opened.loaded, snapshot, choice)
                return
        self._done(opened)

    def _done(self, opened: Opened) -> None:
        self._stop()
        self.loaded.emit(opened)

    def _fail(self, path: str, error: BaseException) -> None:
        self._stop()
        if isinstance(error, WorkbookError | OSError):
            self.failed.emit(path, str(error))
        else:
            self.failed.emit(path, tr("loader", "{file} could not be opened: {error}: {problem}", file=Path(path).name,
                                      error=type(error).__name__, problem=error))

    def _stop(self) -> None:
        self.busy.end(OPENING)
        self.finished.emit()
