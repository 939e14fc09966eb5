"""The main window: composes the document state, the busy state, the grid (model, proxy, view), the docks and the
controllers, and wires their signals; it owns no rule of its own."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from gui import __version__
from gui.apptoto.document import Document, Opened
from gui.core.i18n import tr
from gui.core.paths import log_dir
from gui.core.problems import Problem
from gui.qt import dialogs, settings
from gui.qt.account import Account
from gui.qt.actions import Actions
from gui.qt.autosave import SessionKeeper
from gui.qt.banner import ServerBanner
from gui.qt.busy import COMPARING, SENDING, UNDOING, Busy
from gui.qt.compare_controller import CompareController
from gui.qt.compare_dock import CompareDock
from gui.qt.crash import CrashReporter
from gui.qt.editing import EditingController
from gui.qt.focus import PanelCycle, show_focus
from gui.qt.grid import ScheduleView
from gui.qt.grid_menus import GridMenus
from gui.qt.help_guide import HelpController
from gui.qt.history_controller import HistoryController
from gui.qt.job_panel import JobPanel
from gui.qt.loader import Loader
from gui.qt.mapping_badge import MappingBadge
from gui.qt.mapping_dialog import Choice, ask_mapping
from gui.qt.preview_dock import PreviewDock
from gui.qt.problems_dock import ProblemsDock
from gui.qt.schedule_model import ScheduleModel
from gui.qt.schedule_proxy import ScheduleProxy
from gui.qt.send_controller import SendController
from gui.qt.send_notice import SendNotice
from gui.qt.settings_controller import SettingsController
from gui.qt.sheet_switcher import SheetSwitcher
from gui.qt.status import CountsBar, MessageRoom
from gui.qt.update_check import UpdateChecker
from gui.sheets.sniff import SPREADSHEET_SUFFIXES, TEXT_SUFFIXES

APP_NAME = "Apptoto Sheets"
OPENABLE = {*SPREADSHEET_SUFFIXES, *TEXT_SUFFIXES}


class MainWindow(QMainWindow):
    """Review window. The document state (`document`) and the busy state (`busy`) are handed to every controller;
    the controllers talk by signals, which this window connects."""

    def __init__(self, sandbox=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sandbox = sandbox                    # a running SandboxServer in sandbox mode, else None
        self.document = Document()
        self._close_when_idle = False
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.actions = Actions(self)
        self.busy = Busy(self.actions, JobPanel(), self)
        self.model = ScheduleModel(self.document, self)
        self.proxy = ScheduleProxy(self.model, self)
        self.view = ScheduleView()
        self.view.setModel(self.proxy)
        self.problems = ProblemsDock(self)
        self.preview = PreviewDock(self)
        self.preview.set_model(self.model)
        self.compare_dock = CompareDock(self)
        self.counts = CountsBar()
        self.mapping_badge = MappingBadge()
        self.sheet_switcher = SheetSwitcher()
        self.loader = Loader(self.busy, self._choose_sheet, self._choose_mapping, settings.options, self)
        self._build_layout()
        self.account = Account(sandbox)           # e-mail, server, API key (keyring): for compare and send
        self.settings_flow = SettingsController(self.document, self.busy, self.model, self.account, self)
        self.compare = CompareController(self.document, self.busy, self.model, self.account, self.view,
                                         self.compare_dock, self)
        self.editing = EditingController(self.busy, self.model, self.view, self)
        self.keeper = SessionKeeper(self.document, self.model, self)
        self.sending = SendController(self.document, self.busy, self.model, self.account, self.settings_flow,
                                      self.view, self)
        self.history = HistoryController(self.document, self.busy, self.model, self.account, self)
        self.help = HelpController(self, lambda: self.document.path if self.document.is_open else None)
        self.grid_menus = GridMenus(self.actions, self.model, self.proxy, self.view, self)
        self.crash = CrashReporter(self.keeper.save_now, self)    # app.run makes it listen
        self.updates = UpdateChecker(self)        # Help ▸ Check for updates…, and the optional check at start
        self._connect()
        show_focus(self)                          # a ring round the list, table or text box with the keyboard
        self.panels = PanelCycle(self, lambda: [self.view, self.problems.view, self.compare_dock.browser,
                                                self.preview.text, self.preview.summary])     # Ctrl+Tab
        self.busy.allow(Actions.NEED_DOCUMENT, False)
        self._rebuild_recent_menu()
        self.settings_flow.follow_server()                  # the banner, and the account's calendars
        self.account.load_key(lambda: None, owner=self)      # the keyring is read once, off the GUI thread
        room = self.screen().availableGeometry()              # a 1024 × 700 screen shows the whole window
        self.resize(min(1200, room.width()), min(760, room.height()))
        if room.width() < 1280 or room.height() < 800:        # a small screen: the grid gets the room first
            self.resizeDocks([self.problems], [280], Qt.Orientation.Horizontal)
            self.resizeDocks([self.preview], [200], Qt.Orientation.Vertical)

    # ---- construction ---------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.empty = QLabel(tr("main_window",
                               "Open a schedule with File ▸ Open (Ctrl+O), or drop a workbook or CSV file here."))
        self.empty.setObjectName("empty_hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = ServerBanner(self.sandbox.url if self.sandbox is not None else None)
        layout.addWidget(self.banner)
        self.send_notice = SendNotice()                     # what the last send did, until closed or the next job
        layout.addWidget(self.send_notice)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.preview)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.problems)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.compare_dock)
        self.resizeDocks([self.problems], [330], Qt.Orientation.Horizontal)
        self.resizeDocks([self.preview], [260], Qt.Orientation.Vertical)
        self.actions.build_menus(self, [self.problems, self.preview, self.compare_dock])
        self.actions.sheet_menu.addMenu(self.sheet_switcher.sheets_menu)
        self.statusBar().addPermanentWidget(self.sheet_switcher)
        self.statusBar().addPermanentWidget(self.mapping_badge)
        self.statusBar().addPermanentWidget(self.busy.panel)
        self.statusBar().addPermanentWidget(self.counts)
        self.message_room = MessageRoom(self.statusBar(), self.busy.panel, self.counts,      # long messages whole
                                        [self.sheet_switcher, self.mapping_badge])

    def _connect(self) -> None:
        a, model = self.actions, self.model
        a.open.triggered.connect(self._on_open_triggered)
        a.reload.triggered.connect(self._on_reload_triggered)
        a.columns.triggered.connect(self._on_columns_triggered)
        self.mapping_badge.clicked.connect(a.columns.trigger)
        self.sheet_switcher.sheet_chosen.connect(self._on_sheet_switcher_sheet_chosen)
        a.quit.triggered.connect(self.close)
        a.check_all.triggered.connect(model.check_all)
        a.check_none.triggered.connect(model.check_none)
        a.check_problems.triggered.connect(model.check_problem_rows)
        a.toggle_check.triggered.connect(self._on_toggle_check_triggered)
        a.only_problems.toggled.connect(self.proxy.set_only_problems)
        a.next_problem.triggered.connect(self._on_next_problem_triggered)
        a.copy_json.triggered.connect(self.preview.copy_button.click)
        a.save_json.triggered.connect(self.preview.save_button.click)
        a.save_workbook.triggered.connect(self.keeper.save_workbook)
        a.save_results.triggered.connect(self.keeper.save_results)
        a.about.triggered.connect(self._on_about_triggered)
        a.getting_started.triggered.connect(self.help.show_guide)
        a.save_template.triggered.connect(self._on_save_template_triggered)
        a.open_log_folder.triggered.connect(self._on_open_log_folder_triggered)
        a.clear_recent.triggered.connect(self._on_clear_recent_triggered)
        model.rows_changed.connect(self._update_counts)
        model.checked_changed.connect(self._update_counts)
        model.problems_changed.connect(self.problems.model.apply)
        model.reset_done.connect(self._on_model_reset_done)
        model.rows_restructured.connect(self._on_model_reset_done)      # the problems' row indices moved
        self.problems.problem_chosen.connect(self._on_problems_problem_chosen)
        self.view.selectionModel().currentChanged.connect(self._follow_problem)
        for signal in (self.problems.model.rowsInserted, self.problems.model.rowsRemoved,
                       self.problems.model.modelReset):
            signal.connect(self._follow_problem)                # a fixed problem's neighbour is not highlighted
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_empty_note)
        self.busy.read_only_changed.connect(model.set_read_only)
        self.busy.read_only_changed.connect(self.preview.set_paused)
        self.busy.started.connect(self.counts.hide)           # room in the status bar for the job and its news
        self.busy.ended.connect(self.counts.show)
        self.busy.ended.connect(self._on_busy_ended)
        self.loader.loaded.connect(self._on_loader_loaded)
        self.loader.failed.connect(self._on_loader_failed)
        self.sending.counts_changed.connect(self.busy.panel.show_counts)
        self.sending.reported.connect(self.send_notice.show_report)
        self.send_notice.retry_requested.connect(self.sending.retry_failed)
        self.busy.started.connect(self.send_notice.clear)
        self.settings_flow.server_changed.connect(self.banner.show_server)
        self.keeper.modified_changed.connect(self.setWindowModified)
        self.history.finished.connect(self.sending.outcomes_changed)     # rows an undo took back: the counts follow
        for source in (self.sending, self.compare, self.editing, self.keeper, self.settings_flow, self.history):
            source.message.connect(self._on_controller_message)

    # ---- opening --------------------------------------------------------------------------------
    def open_path(self, path: str, sheet: str | None = None, mapping_path: str | None = None) -> bool:
        """Open a schedule (off the GUI thread); the grid shows it when `loader.loaded` fires."""
        if not self.busy.allowed("open"):
            self.statusBar().showMessage(tr("main_window", "{file} can be opened once the {job} has ended.",
                                            file=Path(path).name, job=self.busy.name()), 8000)
            return False
        if self.document.is_open and not self.keeper.may_leave(tr("main_window", "opening {file}",
                                                                  file=Path(path).name)):
            return False
        return self.loader.open(os.path.abspath(path), sheet=sheet, mapping_path=mapping_path)

    def _choose_sheet(self, path: str, sheets: list[str]) -> str | None:
        return dialogs.choose_sheet(self, Path(path).name, sheets)

    def _choose_mapping(self, loaded) -> Choice | None:
        return ask_mapping(self, loaded, str(Path(loaded.table.path).parent), settings.get(settings.DEFAULT_CALENDAR),
                           settings.get(settings.REMEMBER_MAPPINGS))

    def _on_open_triggered(self) -> None:
        path = dialogs.ask_open_schedule(self, settings.get(settings.LAST_FOLDER))
        if path:
            self.open_path(path)

    def _on_reload_triggered(self) -> None:
        if self.document.is_open and self.keeper.may_leave(tr("main_window", "reading the file again")):
            self.loader.open(str(self.document.path), sheet=self.document.schedule.sheet)

    def _on_sheet_switcher_sheet_chosen(self, sheet: str) -> None:
        if self.document.is_open and self.keeper.may_leave(self.tr("opening the sheet {sheet}").format(sheet=sheet)):
            self.loader.open(str(self.document.path), sheet=sheet)

    def _on_columns_triggered(self) -> None:
        if not self.document.is_open:
            return
        choice = self._choose_mapping(self.document.loaded)
        if choice is not None:
            self.loader.remap(self.document, choice)

    def _on_loader_loaded(self, opened: Opened) -> None:
        self.show_document(opened)
        settings.add_recent(str(opened.path))
        self._rebuild_recent_menu()

    def _on_loader_failed(self, path: str, message: str) -> None:
        dialogs.show_error(self, tr("main_window", "Cannot open {file}", file=Path(path).name), message)

    def show_document(self, opened: Opened) -> None:
        """The one way a file reaches the screen: the document takes it, the grid, the problems panel, the preview,
        the title and the session file follow."""
        self.document.open(opened)
        if self.sandbox is not None and self.account.is_sandbox():     # the sandbox's own events (the sample's)
            self.document.attribute_ids(self.account.server(),
                                        self.sandbox.holds(row.event.get("id") for row in opened.schedule.rows))
        self.model.reset()
        self.preview.folder = str(opened.path.parent)
        self.stack.setCurrentWidget(self.view)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.fit_columns()
        self.busy.allow(Actions.NEED_DOCUMENT, True)
        self.setWindowTitle(f"{opened.path.name}[*] — {APP_NAME}")
        self.setWindowFilePath(str(opened.path))
        self.mapping_badge.show_loaded(opened.loaded)
        sheet = opened.schedule.sheet
        sheets = self.loader.sheets_of(str(opened.path), sheet)
        self.sheet_switcher.show_sheets(sheet, sheets)
        if sheet and len(sheets) > 1:                   # which of the workbook's schedules this is
            self.setWindowTitle(f"{opened.path.name} ▸ {sheet}[*] — {APP_NAME}")
        for note in (opened.loaded.warnings + opened.loaded.notes)[:1]:
            self.statusBar().showMessage(note, 8000)
        self.keeper.follow()
        self.settings_flow.follow_server()        # ids and results the file says came from another server
        self.editing.focus_grid()

    def _on_model_reset_done(self) -> None:
        self.problems.model.set_review(self.model.review)
        self._update_counts()

    def _on_controller_message(self, text: str, timeout: int) -> None:
        if text:
            self.statusBar().showMessage(text, timeout)
        else:
            self.statusBar().clearMessage()

    # ---- recent files ---------------------------------------------------------------------------
    def _rebuild_recent_menu(self) -> None:
        menu = self.actions.recent_menu
        menu.clear()
        files = settings.recent_files()
        for number, path in enumerate(files, start=1):
            action = menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if files:
            menu.addSeparator()
            menu.addAction(self.actions.clear_recent)
        menu.setEnabled(bool(files))

    def _on_clear_recent_triggered(self) -> None:
        settings.clear_recent()
        self._rebuild_recent_menu()

    # ---- the grid -------------------------------------------------------------------------------
    def _update_counts(self, *args) -> None:
        review = self.model.review
        self.counts.show_counts(review.counts if review else None, self.model.checked_count())

    def _update_empty_note(self, *args) -> None:
        """An empty grid says why: every row is filtered out by "Only rows with problems"."""
        empty = self.document.is_open and self.proxy.only_problems and self.proxy.rowCount() == 0
        self.view.show_note(self.tr("No row has a problem now.\nTurn off Rows ▸ Only rows with problems "
                                    "(Ctrl+Shift+F) to see every row.") if empty else "")

    def selected_schedule_rows(self) -> list[int]:
        """Schedule row indices of the cells selected in the grid."""
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedIndexes()}
        current = self.view.currentIndex()
        if not rows and current.isValid():
            rows.add(self.proxy.mapToSource(current).row())
        return sorted(self.model.schedule_index(r) for r in rows)

    def _on_toggle_check_triggered(self) -> None:
        rows = self.selected_schedule_rows()
        if rows:
            self.model.set_checked(rows, not all(self.model.is_checked(r) for r in rows))

    def _on_problems_problem_chosen(self, row: int, problem: Problem) -> None:
        source = self.model.index(self.model.model_row(row), self.model.column_of(problem))
        index = self.proxy.mapFromSource(source)
        if not index.isValid() and self.proxy.only_problems:
            self.actions.only_problems.setChecked(False)
            index = self.proxy.mapFromSource(source)
        self.view.go_to(index)

    def _follow_problem(self, *_args) -> None:
        """The problems list highlights the problem at the grid's current cell, or none."""
        current = self.current_source_index()
        row = self.model.schedule_index(current.row()) if current.isValid() else None
        self.problems.follow(row, current.column(), self.model.column_of)

    def _on_next_problem_triggered(self) -> None:
        """Jump to the first problem after the current cell (in the problem list's order), wrapping round."""
        problems = self.problems.model
        if not problems.rowCount():
            return
        current, following = self.current_source_index(), 0
        if current.isValid():
            here = (self.model.schedule_index(current.row()), current.column())
            for position in range(problems.rowCount()):
                row, problem = problems.entry(position)
                if (row, self.model.column_of(problem)) > here:
                    following = position
                    break
        index = problems.index(following, 0)
        self.problems.view.setCurrentIndex(index)
        row, problem = problems.entry(following)
        self._on_problems_problem_chosen(row, problem)

    def _on_open_log_folder_triggered(self) -> None:
        dialogs.open_folder(self, str(log_dir()))

    def _on_save_template_triggered(self) -> None:
        path = self.help.save_template()
        if path:
            self.statusBar().showMessage(self.tr("Blank template saved as {path}").format(path=path), 8000)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, tr("main_window", "About {app}", app=APP_NAME),
                          f"<b>{APP_NAME}</b> {__version__}<br>"
                          + tr("main_window", "Review appointment schedules kept in Excel and send them to Apptoto."))

    # ---- Qt overrides ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_path(path)

    @staticmethod
    def _dropped_path(event) -> str | None:
        mime = event.mimeData()
        for url in mime.urls() if mime.hasUrls() else ():
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in OPENABLE:
                return url.toLocalFile()
        return None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy.job in (SENDING, UNDOING):                    # stop between requests, then close
            event.ignore()
            sending = self.busy.job == SENDING
            if not self._close_when_idle and (dialogs.confirm_close_while_sending(self) if sending
                                              else dialogs.confirm_close_while_undoing(self)):
                self._close_when_idle = True
                (self.sending if sending else self.history).stop_for_close()
            return
        if not self.keeper.may_leave(tr("main_window", "closing the window")):                  # unsaved edits: Save / Discard / Cancel
            event.ignore()
            return
        if self.busy.job == COMPARING:
            self.compare.cancel()                                  # its answer goes nowhere (run_task owner)
        settings.put(settings.GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())
        super().closeEvent(event)

    def _on_busy_ended(self, _job: str) -> None:
        if self._close_when_idle:                                  # the send stopped (done or failed): close now
            self._close_when_idle = False
            self.close()

    def restore_layout(self) -> None:
        """Window size and dock layout as the user left them."""
        geometry, state = settings.get(settings.GEOMETRY), settings.get(settings.WINDOW_STATE)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if not state.isEmpty():
            self.restoreState(state)

    def current_source_index(self) -> QModelIndex:
        """The current cell as an index of `model` (invalid when none)."""
        return self.proxy.mapToSource(self.view.currentIndex())
