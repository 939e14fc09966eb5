"""Help ▸ Getting started shows the illustrated guide; Help ▸ Save blank template… writes the template's copy
where the user says, never over the schedule that is open; the bundled template has today's columns."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from gui.core import fields
from gui.qt import dialogs
from gui.resources import TEMPLATE, resource_path
from tests.gui.helpers import CLINIC_PATH


def test_f1_opens_the_getting_started_guide_with_its_pictures(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help.guide
    assert guide is not None and guide.isVisible()
    text = guide.text.toPlainText()
    assert "Open your schedule" in text and "Compare, then send" in text and "red round mark" in text
    document = guide.text.document()
    for name in ("open", "columns", "error", "warning", "compare"):
        picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(f"guide:{name}"))
        assert picture is not None and not picture.isNull(), name


def test_save_blank_template_writes_the_template_where_asked(window, monkeypatch, tmp_path):
    target = tmp_path / "my template.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_template", lambda parent, suggested: str(target))
    window.actions.save_template.trigger()
    headers = [c.value for c in next(openpyxl.load_workbook(target, read_only=True)["Schedule"].iter_rows(max_row=1))]
    assert headers == [f.name for f in fields.CANONICAL]
    assert str(target) in window.statusBar().currentMessage()


def test_the_template_is_never_saved_over_the_open_schedule(loaded, monkeypatch):
    window = loaded
    before = open(CLINIC_PATH, "rb").read()
    errors = []
    monkeypatch.setattr(dialogs, "ask_save_template", lambda parent, suggested: CLINIC_PATH)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append(message))
    window.actions.save_template.trigger()
    assert open(CLINIC_PATH, "rb").read() == before
    assert errors and "open now" in errors[0]


def test_the_bundled_template_has_every_column_apptoto_sheets_knows():
    """Stale after a field is added: run `uv run python resources/make_resources.py` (its make_template)."""
    book = openpyxl.load_workbook(resource_path(TEMPLATE), read_only=True)
    headers = [c.value for c in next(book["Schedule"].iter_rows(max_row=1))]
    assert headers == [f.name for f in fields.CANONICAL]
