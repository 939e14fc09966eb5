"""The window's commands as QActions (text, shortcut, tip), and the menus and toolbar that show them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QStyle, QToolBar

from gui.core.i18n import tr

Key = QKeySequence.StandardKey


def menu_entry(dock: QDockWidget, text: str) -> QAction:
    """The dock's show/hide action, named `text` (with its Alt letter) whatever the dock's title says now."""
    action = dock.toggleViewAction()
    action.setText(text)
    dock.windowTitleChanged.connect(lambda _title: action.setText(text))   # the dock renames it after each title
    return action


class Actions(QObject):
    """Every command once; the main window connects them to slots, later issues add theirs here."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        style = window.style()
        icon = style.standardIcon

        def make(text: str, tip: str, shortcut=None, pixmap=None, checkable: bool = False) -> QAction:
            action = QAction(text, window)
            action.setStatusTip(tip)
            action.setToolTip(tip)
            if shortcut is not None:
                action.setShortcuts(QKeySequence.keyBindings(shortcut) if isinstance(shortcut, Key)
                                    else [QKeySequence(shortcut)])
            if pixmap is not None:
                action.setIcon(icon(pixmap))
            action.setCheckable(checkable)
            return action

        P = QStyle.StandardPixmap
        self.open = make(tr("actions", "&Open…"), tr("actions", "Open a schedule workbook or CSV file"),
                         Key.Open, P.SP_DialogOpenButton)
        self.reload = make(tr("actions", "&Reload"),
                           tr("actions", "Read the file again (edits made here are dropped)"), "Ctrl+R",
                           P.SP_BrowserReload)
        self.columns = make(tr("actions", "&Columns…"),
                            tr("actions", "Choose which Apptoto field each column fills"), "Ctrl+M",
                            P.SP_FileDialogDetailedView)
        self.quit = make(tr("actions", "&Quit"), tr("actions", "Close Apptoto Sheets"), Key.Quit)
        self.check_all = make(tr("actions", "Select &all rows"), tr("actions", "Select every row for sending"),
                              "Ctrl+Shift+A")
        self.check_none = make(tr("actions", "Select &no rows"),
                               tr("actions", "Clear the selection for sending"), "Ctrl+Shift+N")
        self.check_problems = make(tr("actions", "Select rows with &problems"),
                                   tr("actions", "Select only the rows with errors or warnings"),
                                   "Ctrl+Shift+P")
        self.toggle_check = make(tr("actions", "&Toggle rows for sending"),
                                 tr("actions", "Select or unselect, for sending, the rows of the highlighted cells"),
                                 "Ctrl+Space")
        self.only_problems = make(tr("actions", "Only rows with problems"),
                                  tr("actions", "Show only rows with errors or warnings"),
                                  "Ctrl+Shift+F", P.SP_MessageBoxWarning, checkable=True)
        self.next_problem = make(tr("actions", "&Next problem"), tr("actions", "Go to the next problem"), "F8")
        self.copy_json = make(tr("actions", "&Copy JSON"),
                              tr("actions", "Copy the JSON body for the selected rows"), "Ctrl+Shift+C")
        self.save_json = make(tr("actions", "Save JSON &as…"),
                              tr("actions", "Save the JSON body for the selected rows to a file"), "Ctrl+Shift+S",
                              P.SP_DialogSaveButton)
        self.about = make(tr("actions", "&About Apptoto Sheets"), tr("actions", "About this app"))
        self.getting_started = make(self.tr("&Getting started"), self.tr("A short guide: open, check, fix, send"),
                                    Key.HelpContents, P.SP_DialogHelpButton)
        self.save_template = make(self.tr("Save blank &template…"),
                                  self.tr("Save an empty workbook with Apptoto's columns and what each one means"))
        self.check_updates = make(tr("actions", "Check for &updates…"),
                                  tr("actions", "Ask whether a newer version of Apptoto Sheets is out "
                                  "(needs the internet; nothing is downloaded without asking)"))
        self.check_updates_at_start = make(tr("actions", "Check for updates when the app &starts"),
                                           tr("actions",
                                              "Each time Apptoto Sheets opens, ask whether a newer version is out"),
                                           checkable=True)
        self.compare = make(tr("actions", "Co&mpare with Apptoto"),
                            tr("actions", "Ask Apptoto what sending each selected row would change "
                            "(sends nothing)"), "F5", P.SP_FileDialogContentsView)
        self.select_changing = make(tr("actions", "Select only rows that &change something"),
                                    tr("actions",
                                       "After a compare: unselect the rows that are unchanged, in conflict or "
                                       "not compared"))
        self.history = make(tr("actions", "Send &history…"),
                            tr("actions", "The past sends: what was sent and what Apptoto answered"),
                            "Ctrl+Shift+H")
        self.undo = make(tr("actions", "&Undo"), tr("actions", "Undo the last change to the cells or rows"), Key.Undo)
        self.redo = make(tr("actions", "&Redo"), tr("actions", "Redo what was undone"), None)
        self.redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.cut = make(tr("actions", "Cu&t"), tr("actions", "Copy the selected cells and clear them"), Key.Cut)
        self.copy = make(tr("actions", "&Copy"),
                         tr("actions", "Copy the selected cells (paste them into Excel or back here)"), Key.Copy)
        self.paste = make(tr("actions", "&Paste"),
                          tr("actions", "Paste cells copied here or in Excel, from the top-left selected cell"),
                          Key.Paste)
        self.clear_cells = make(tr("actions", "C&lear cells"), tr("actions", "Empty the selected cells"), "Delete")
        self.fill_down = make(tr("actions", "Fill &down"),
                              tr("actions", "Copy the top selected cell of each column into the cells below it"),
                              "Ctrl+D")
        self.find = make(tr("actions", "&Find…"), tr("actions", "Find text in the grid"), Key.Find)
        self.replace = make(tr("actions", "R&eplace…"), tr("actions", "Find text in the grid and replace it"), "Ctrl+H")
        self.find_next = make(tr("actions", "Find &next"),
                              tr("actions", "Go to the next cell matching the last search"), "F3")
        self.insert_row = make(tr("actions", "&Insert row"),
                               tr("actions", "Add a blank row below the current one"), None)
        self.insert_row.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+Shift++"), QKeySequence("Ctrl+=")])
        self.delete_rows = make(tr("actions", "&Delete rows"),
                                tr("actions", "Delete the rows of the selected cells"), "Ctrl+-")
        self.save_workbook = make(tr("actions", "Save as &workbook…"),
                                  tr("actions", "Write the rows as edited here (with ids and statuses) "
                                  "to a new workbook"), "Ctrl+S", P.SP_DialogSaveButton)
        self.send = make(tr("actions", "&Send…"),
                         tr("actions", "Send the selected rows to Apptoto (asks first, says what will happen)"),
                         "Ctrl+Return", P.SP_ArrowForward)
        self.retry_failed = make(tr("actions", "Retry &failed rows…"),
                                 tr("actions", "Send again the rows that failed or were not sent"),
                                 "Ctrl+Shift+Return")
        self.save_results = make(tr("actions", "Save &results…"),
                                 tr("actions", "Write a results workbook: the rows with each one's Apptoto id "
                                 "and what happened when it was sent (never over the file opened)"), "Ctrl+Alt+S")
        self.settings = make(tr("actions", "Se&ttings…"),
                             tr("actions", "Apptoto account, server, time zone, date order, how rows are sent"),
                             "Ctrl+,", P.SP_FileDialogInfoView)
        self.cancel_job = make(tr("actions", "Stop &comparing"),
                               tr("actions", "Stop asking Apptoto (rows already answered keep their result)"),
                               "Esc")
        self.open_log_folder = make(tr("actions", "Open &log folder"),
                                    tr("actions", "Show the folder with Apptoto Sheets' log file (for "
                                    "support: what went wrong, never your API key)"))
        self.recent_menu = QMenu(tr("actions", "Open &Recent"), window)
        self.clear_recent = make(tr("actions", "&Clear list"), tr("actions", "Forget the recently opened files"))

    # the actions that need an open document (gui/qt/busy.py enables them)
    NEED_DOCUMENT = ("reload", "columns", "check_all", "check_none", "check_problems", "toggle_check",
                     "only_problems", "next_problem", "copy_json", "save_json", "compare", "select_changing",
                     "cut", "copy", "paste", "clear_cells", "fill_down", "find", "replace", "find_next",
                     "insert_row", "delete_rows", "save_workbook", "send", "save_results")

    def build_menus(self, window: QMainWindow, docks) -> QToolBar:
        bar = window.menuBar()
        file = bar.addMenu(tr("actions", "&File"))
        file.addActions([self.open])
        file.addMenu(self.recent_menu)
        file.addActions([self.reload])
        file.addSeparator()
        file.addActions([self.save_workbook, self.save_results, self.save_json, self.copy_json])
        file.addSeparator()
        file.addAction(self.quit)
        edit = bar.addMenu(tr("actions", "&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.cut, self.copy, self.paste, self.clear_cells, self.fill_down])
        edit.addSeparator()
        edit.addActions([self.find, self.replace, self.find_next])
        rows = bar.addMenu(tr("actions", "&Rows"))
        rows.addActions([self.check_all, self.check_none, self.check_problems, self.toggle_check])
        rows.addSeparator()
        rows.addActions([self.only_problems, self.next_problem])
        rows.addSeparator()
        rows.addActions([self.insert_row, self.delete_rows])
        self.sheet_menu = sheet = bar.addMenu(tr("actions", "&Sheet"))
        sheet.addAction(self.columns)
        apptoto = bar.addMenu(tr("actions", "&Apptoto"))
        apptoto.addActions([self.compare, self.cancel_job, self.select_changing])
        apptoto.addSeparator()
        apptoto.addActions([self.send, self.retry_failed])
        apptoto.addSeparator()
        apptoto.addActions([self.history, self.settings])
        view = bar.addMenu(tr("actions", "&View"))
        for dock, text in zip(docks, (self.tr("&Problems panel"), self.tr("Pre&view panel"),
                                      self.tr("Co&mpare panel")), strict=True):
            view.addAction(menu_entry(dock, text))
        self.help_menu = help_menu = bar.addMenu(tr("actions", "&Help"))
        help_menu.addActions([self.getting_started, self.save_template])
        help_menu.addSeparator()
        help_menu.addActions([self.check_updates, self.check_updates_at_start])
        help_menu.addSeparator()
        help_menu.addActions([self.open_log_folder, self.about])
        toolbar = QToolBar(tr("actions", "Main"), window)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.open, self.reload, self.columns])
        toolbar.addSeparator()
        toolbar.addActions([self.only_problems, self.save_json])
        toolbar.addSeparator()
        toolbar.addActions([self.compare, self.send])
        toolbar.addSeparator()
        toolbar.addAction(self.settings)
        window.addToolBar(toolbar)
        return toolbar
