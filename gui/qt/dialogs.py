"""Every modal question the window asks, in one place (native dialogs; tests replace these functions)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.core import words
from gui.core.i18n import tr, trn


def schedule_filter() -> str:
    return tr("dialogs", "Schedules (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt);;Excel workbooks (*.xlsx *.xlsm "
              "*.xls *.xlsb);;CSV files (*.csv *.txt);;All files (*)")


def json_filter() -> str:
    return tr("dialogs", "JSON files (*.json);;All files (*)")


def ask_open_schedule(parent: QWidget, folder: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("dialogs", "Open a schedule"), folder, schedule_filter())
    return path or None


def ask_open_json(parent: QWidget, title: str, folder: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, json_filter())
    return path or None


def ask_save_json(parent: QWidget, title: str, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, json_filter())
    if path and not path.lower().endswith(".json"):
        path += ".json"
    return path or None


def choose_sheet(parent: QWidget, file_name: str, sheets: list[str]) -> str | None:
    """The sheet picker: which of several sheets with data to open."""
    sheet, ok = QInputDialog.getItem(parent, tr("dialogs", "Choose a sheet"),
                                     tr("dialogs", "{file} has several sheets with data. Which one holds the "
                                        "schedule?", file=file_name),
                                     sheets, 0, False)
    return sheet if ok and sheet else None


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def confirm_send(parent: QWidget, confirmation) -> bool:
    """The send confirmation (gui.qt.send_dialog): True for Send."""
    from gui.qt.send_dialog import ConfirmSendDialog

    return ConfirmSendDialog(confirmation, parent).exec() == ConfirmSendDialog.DialogCode.Accepted


def confirm_undo(parent: QWidget, plan) -> set | None:
    """The undo confirmation (gui.qt.undo_dialog) for an undo.UndoPlan: None for Cancel, else the keys of the
    events changed since the send that the user ticked to undo all the same."""
    from gui.qt.undo_dialog import ConfirmUndoDialog

    dialog = ConfirmUndoDialog(plan, parent)
    accepted = dialog.exec() == ConfirmUndoDialog.DialogCode.Accepted
    chosen = dialog.confirmed()
    dialog.deleteLater()
    return chosen if accepted else None


def ask_create_anyway(parent: QWidget, held) -> set:
    """New rows a send held back because they may already be in Apptoto (presend.Uncertain each): the keys of the
    rows to create all the same (empty: leave them)."""
    from gui.qt.create_anyway_dialog import CreateAnywayDialog

    dialog = CreateAnywayDialog(held, parent)
    accepted = dialog.exec() == CreateAnywayDialog.DialogCode.Accepted
    chosen = dialog.chosen()
    dialog.deleteLater()
    return chosen if accepted else set()


def edit_settings(dialog) -> bool:
    """Run the settings dialog (gui.qt.settings_dialog); True when OK stored the settings."""
    return dialog.exec() == dialog.DialogCode.Accepted


def ask_fix_credentials(parent: QWidget, message: str) -> bool:
    """Apptoto refused the account: True to open the settings and fix it."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("dialogs", "Apptoto refused the account"), message, parent=parent)
    box.setInformativeText(tr("dialogs", "Rows already sent keep their results; the rest were not sent. "
                           "Open the settings to check the e-mail and API key?"))
    fix = box.addButton(tr("dialogs", "Open &settings"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(fix)
    box.exec()
    return box.clickedButton() is fix


def confirm_close_while_sending(parent: QWidget) -> bool:
    """Closing during a send: True to stop after the batch on its way and then close."""
    return _yes_no(parent, tr("dialogs", "A send is in progress"),
                   tr("dialogs", "Rows are being sent to Apptoto. Stop after the batch on its way and close? "
                                 "Every row keeps what "
                   "happened to it: rows not sent yet are marked skipped and can be sent later."))


def confirm_close_while_undoing(parent: QWidget) -> bool:
    """Closing during an undo: True to stop after the request on its way and then close."""
    return _yes_no(parent, tr("dialogs", "An undo is in progress"),
                   tr("dialogs", "A send is being undone in Apptoto. Stop after the request on its way and "
                                 "close? What is undone "
                   "stays undone; undo the send again from Send history to finish."))


def confirm_retry_unknown(parent: QWidget, count: int) -> bool:
    """Rows whose fate is unknown: True to send them again too."""
    return _yes_no(parent, tr("dialogs", "Send rows with an unknown result?"),
                   trn("dialogs", "{count} row may or may not have reached Apptoto. Check Apptoto first: rows with an "
                       "External ID or Apptoto ID are updated, never duplicated, but a row without one could be "
                       "created "
                       "twice.\n\nSend it again too?",
                       "{count} rows may or may not have reached Apptoto. Check Apptoto "
                       "first: rows with an External ID or Apptoto ID are updated, never duplicated, but a row without "
                       "one could be created twice.\n\nSend them again too?", count))


def _yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A Yes / No question whose default is No."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_save_results(parent: QWidget, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("dialogs", "Save results"), suggested,
                                          tr("dialogs", "Excel workbook (*.xlsx)"))
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return path or None


def ask_save_template(parent: QWidget, suggested: str) -> str | None:
    """Where to save a blank template workbook (the file dialog asks before replacing a file)."""
    path, _ = QFileDialog.getSaveFileName(parent, tr("dialogs", "Save blank template"), suggested,
                                          tr("dialogs", "Excel workbook (*.xlsx)"))
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return path or None


def show_info(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def ask_save_workbook(parent: QWidget, suggested: str) -> str | None:
    """Where to save the rows as edited (a new .xlsx)."""
    path, _ = QFileDialog.getSaveFileName(parent, tr("dialogs", "Save as workbook"), suggested,
                                          tr("dialogs", "Excel workbook (*.xlsx)"))
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return path or None


def ask_restore_session(parent: QWidget, file_name: str, what: str, when: str, changed: bool) -> bool:
    """Edits of an earlier session that did not end cleanly (`what`: "4 cells, 1 added row"): True to put them back."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("dialogs", "Restore your edits?"),
                      tr("dialogs", "Apptoto Sheets closed before your edits to {file} were saved ({what}; kept safe "
                         "at {when}).", file=file_name, what=what, when=words.when(when)),
                      parent=parent)
    box.setInformativeText(tr("dialogs", "The workbook has changed since then: edits are put back by row number and "
                              "column, check them. Put the edits back?") if changed else
                           tr("dialogs", "Put the edits back?"))
    restore = box.addButton(tr("dialogs", "&Restore edits"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("dialogs", "&Discard them"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def ask_unsaved_changes(parent: QWidget, file_name: str, doing: str) -> str:
    """Edits or send results not saved in any workbook: 'save', 'discard' or 'cancel'."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("dialogs", "Save your edits?"),
                      tr("dialogs", "Your edits to {file} (and any ids and results of sending) are not saved in a "
                         "workbook yet. Save them before {doing}?", file=file_name, doing=doing), parent=parent)
    save = box.addButton(tr("dialogs", "&Save as workbook…"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("dialogs", "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    return "save" if box.clickedButton() is save else "discard" if box.clickedButton() is discard else "cancel"


def ask_download_update(parent: QWidget, headline: str, details: str, can_download: bool) -> bool:
    """A newer version is out (`details`: what is new): True to open its download page."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("dialogs", "A new version is available"), headline,
                      parent=parent)
    box.setInformativeText(details)
    download = box.addButton(tr("dialogs", "&Download…"), QMessageBox.ButtonRole.AcceptRole) if can_download else None
    later = box.addButton(tr("dialogs", "&Later") if can_download else tr("dialogs", "&Close"),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(download or later)
    box.exec()
    return download is not None and box.clickedButton() is download


def open_folder(parent: QWidget, path: str) -> None:
    """Show a folder in the file manager (Help ▸ Open log folder)."""
    Path(path).mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def show_crash(parent: QWidget, details: str, log_folder: str) -> None:
    """Something went wrong: say the work is safe, offer the details (for support) and the log folder."""
    dialog = QDialog(parent)
    dialog.setObjectName("crash_report")
    dialog.setWindowTitle(tr("dialogs", "Something went wrong"))
    layout = QVBoxLayout(dialog)
    head = QLabel(tr("dialogs", "<b>Something went wrong — your edits and send results are "
                                "saved.</b><br>Apptoto Sheets keeps "
                  "running. If it happens again, send the details (or the log file) to whoever supports you: "
                  "they never hold your API key."))
    head.setWordWrap(True)
    layout.addWidget(head)
    text = QPlainTextEdit(details)
    text.setObjectName("crash_details")
    text.setReadOnly(True)
    layout.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    copy = QPushButton(tr("dialogs", "&Copy details"))
    folder = QPushButton(tr("dialogs", "Open &log folder"))
    buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    folder.clicked.connect(lambda: open_folder(dialog, log_folder))
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(640, 420)
    dialog.exec()
    dialog.deleteLater()
