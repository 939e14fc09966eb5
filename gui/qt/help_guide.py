"""Help ▸ Getting started (a short illustrated guide inside the app) and Help ▸ Save blank template… (a copy of the
bundled template workbook, never over the schedule that is open)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QStyle, QTextBrowser, QVBoxLayout, QWidget

from gui.core.i18n import tr
from gui.qt import dialogs
from gui.qt.marks import ERROR_MARK, WARNING_MARK, mark
from gui.resources import TEMPLATE, resource_path

Pixmap = QStyle.StandardPixmap


def steps() -> list[tuple[str, str, str]]:
    """(picture name, heading, what to do) for each step of the guide."""
    return [
        ("open", tr("help_guide", "1. Open your schedule"),
         tr("help_guide", "File ▸ Open (Ctrl+O), or drop an Excel or CSV file on the window. Your file is only read: the app never "
            "writes over it.")),
        ("columns", tr("help_guide", "2. Check the columns"),
         tr("help_guide", "If the app cannot tell which column is the start time, the calendar or the client's phone, the Columns "
            "window (Ctrl+M) asks. Your choice is remembered for files with the same headings.")),
        ("error", tr("help_guide", "3. Fix what is marked"),
         tr("help_guide", "A cell with a red round mark has an error: that row cannot be sent until it is fixed. An amber "
            "triangle is a warning. The Problems panel lists them all; F8 goes to the next one. Edit cells as in "
            "Excel: type, Enter, Ctrl+Z to undo.")),
        ("warning", tr("help_guide", "4. Choose the rows to send"),
         tr("help_guide", "Tick the rows in the Send column (Space ticks the current row; click the Send heading to tick or "
            "untick every row shown). The Preview shows exactly what will be sent.")),
        ("compare", tr("help_guide", "5. Compare, then send"),
         tr("help_guide", "Apptoto ▸ Compare with Apptoto (F5) shows what each row would change. Send (Ctrl+Enter) says what "
            "will happen and asks before anything leaves. Each row's Send status then says what Apptoto did.")),
    ]


def guide_html(document: QTextDocument, style: QStyle) -> str:
    """The guide as HTML, its pictures added to `document` as resources."""
    pictures = {"open": style.standardIcon(Pixmap.SP_DialogOpenButton),
                "columns": style.standardIcon(Pixmap.SP_FileDialogDetailedView),
                "error": mark(ERROR_MARK), "warning": mark(WARNING_MARK),
                "compare": style.standardIcon(Pixmap.SP_FileDialogContentsView)}
    rows = []
    for name, heading, text in steps():
        url = f"guide:{name}"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), pictures[name].pixmap(32, 32))
        rows.append(f'<tr><td valign="top" width="44"><img src="{url}" width="32" height="32"></td>'
                    f"<td><b>{heading}</b><br>{text}</td></tr>")
    intro = tr("help_guide", "Apptoto Sheets sends the appointments in your Excel schedule to Apptoto, so your clients get "
               "their reminders.")
    return f"<p>{intro}</p><table cellspacing='8'>{''.join(rows)}</table>"


class GettingStartedDialog(QDialog):
    """Five steps, each with its picture; Esc or Close closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("getting_started")
        self.setWindowTitle(self.tr("Getting started"))
        self.text = QTextBrowser()
        self.text.setObjectName("getting_started_text")
        self.text.setAccessibleName(self.tr("Getting started guide"))
        self.text.setHtml(guide_html(self.text.document(), self.style()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 520)


class HelpController(QObject):
    """Help menu commands beyond About: the guide and the blank template."""

    def __init__(self, parent: QWidget, open_path) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.open_path = open_path            # () -> Path | None: the schedule open now (never written over)
        self.guide: GettingStartedDialog | None = None

    def show_guide(self) -> None:
        if self.guide is None:
            self.guide = GettingStartedDialog(self.parent_widget)
        self.guide.show()
        self.guide.raise_()

    def save_template(self) -> str | None:
        """Ask where (the file dialog asks before replacing a file), copy the template there; the path or None."""
        path = dialogs.ask_save_template(self.parent_widget, "Apptoto schedule template.xlsx")
        if not path:
            return None
        opened = self.open_path()
        if opened is not None and Path(path).resolve() == Path(opened).resolve():
            dialogs.show_error(self.parent_widget, self.tr("Template not saved"),
                               self.tr("{name} is the schedule open now: choose another name for the template.")
                               .format(name=Path(path).name))
            return None
        try:
            shutil.copyfile(resource_path(TEMPLATE), path)
        except OSError as error:
            dialogs.show_error(self.parent_widget, self.tr("Template not saved"),
                               self.tr("Cannot write {path}: {reason}").format(path=path, reason=error.strerror))
            return None
        return path
