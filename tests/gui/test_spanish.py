"""The window in Spanish (issue 19): started with the language es in sandbox mode with the sample open, no menu,
action tip, status bar text, Settings or Columns dialog text is still English; the core's problem messages are
Spanish in the window too; Qt's own buttons come from Qt's Spanish translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from gui.qt import settings, translation
from gui.qt.app import start_sandbox
from gui.qt.main_window import MainWindow
from gui.qt.mapping_dialog import MappingDialog
from gui.qt.settings_dialog import SettingsDialog
from resources.i18n import update
from tests.gui.helpers import CLINIC_PATH, SAMPLE_PATH

# Words that are English and not Spanish (not "error", not "compare": Spanish too): one of them in a text
# means an untranslated string.
ENGLISH = set("""the and of to with from for your this that these those is are was were be it its row rows file
files open save send sent sending edit view help settings select selected column columns sheet find replace undo
redo copy paste cut delete insert clear new update updates errors warnings problems preview history
check results none not only all when what will would account server reading batch rate events event requests
minute language window default calendar zone phone numbers remember give add test connection key how cancel close
yes apply reset discard""".split())
ALLOWED = {"Apptoto", "Sheets", "JSON", "API", "Excel", "CSV", "ID", "UTC", "English", "Español", "SANDBOX", "OK"}
WORD = re.compile(r"[A-Za-zÀ-ÿ]+")
NOT_WORDS = re.compile(r"\S+@\S+|\S*[/\\]\S*|\S+\.(xlsx|json|csv)\b|#\w+|--[\w-]+|\{\w+\}|<[^>]*>|&\w+;")


def english_sources() -> dict[str, str]:
    """English text of each message of the Spanish catalogue (no &, no placeholders) -> its translation."""
    ts = next(path for path in update.catalogues() if update.language(path) == "es")
    out = {}
    for message in ET.parse(ts).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        text = translation.text or "".join(f.text or "" for f in translation.iter("numerusform"))
        if "{" not in source and text.replace("&", "") != source.replace("&", ""):
            out[source.replace("&", "").strip()] = text
    return out


SOURCES = english_sources()


def still_english(texts: list[str], data: list[str] = ()) -> list[str]:
    """The texts (visible strings) that are an English source or hold an English word, once the data shown in
    them (the sheet's headers and values, e-mail addresses, file names, zone names) is taken out."""
    found = []
    for text in texts:
        plain = text.replace("&", "").strip()
        if not plain:
            continue
        if plain in SOURCES:
            found.append(text)
            continue
        for item in sorted(data, key=len, reverse=True):
            plain = plain.replace(item, " ")
        words = {w for w in WORD.findall(NOT_WORDS.sub(" ", plain)) if w not in ALLOWED}
        if {w.lower() for w in words} & ENGLISH:
            found.append(text)
    return found


def widget_texts(root: QWidget) -> list[str]:
    """Every text a widget tree shows: labels, buttons, group titles, line edits' placeholders, combo items, tips."""
    texts = [root.windowTitle(), root.toolTip()]
    for widget in root.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [t for t in texts if t]


def menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            texts += menu_texts(action.menu())
    return [t for t in texts if t]


@pytest.fixture
def spanish():
    language = translation.install("es")
    assert language.language == "es" and len(language.translators) == 2      # Qt's own and the app's
    yield language
    language.remove()


@pytest.fixture
def sandbox():
    server = start_sandbox()
    yield server
    server.stop()


@pytest.fixture
def window_es(spanish, sandbox, qtbot):
    win = MainWindow(sandbox=sandbox)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitActive(win)
    with qtbot.waitSignal(win.preview.updated, timeout=10000):
        assert win.open_path(SAMPLE_PATH)
    return win


def sheet_data(window: MainWindow) -> list[str]:
    schedule = window.document.schedule
    values = {str(v) for row in schedule.rows for v in row.values if v not in (None, "")}
    keys = ["_".join(header.lower().split()) for header in schedule.headers]          # custom data keys
    return [*schedule.headers, *keys, *values, *(v[:30] for v in values), window.document.path.name]  # samples: 30


def test_the_spanish_window_shows_no_english_in_menus_tips_and_status_bar(window_es):
    texts = []
    for action in window_es.menuBar().actions():
        texts += menu_texts(action.menu())
    assert "&Archivo" in texts and "&Deshacer" in texts and "Co&mparar con Apptoto" in texts
    bar = window_es.statusBar()
    texts += widget_texts(bar) + [bar.currentMessage(), window_es.windowTitle()]
    texts += [dock.windowTitle() for dock in (window_es.problems, window_es.preview, window_es.compare_dock)]
    texts += window_es.preview.summary_lines + [window_es.preview.note.text()]
    assert any(t.startswith("Se enviarán") for t in window_es.preview.summary_lines)
    assert any("filas" in t for t in widget_texts(bar))                  # the counts bar
    assert still_english(texts, sheet_data(window_es)) == []


def texts_of_dialog(monkeypatch, dialog_class, action) -> list[str]:
    """The texts of the dialog `action` opens (it is closed at once, as by Cancel)."""
    seen = []

    def capture(dialog) -> int:
        seen.append(widget_texts(dialog))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialog_class, "exec", capture)
    action.trigger()
    assert seen, f"{dialog_class.__name__} did not open"
    return seen[0]


def test_the_settings_dialog_is_spanish_with_qt_s_own_buttons(window_es, monkeypatch):
    texts = texts_of_dialog(monkeypatch, SettingsDialog, window_es.actions.settings)
    assert "Configuración" in texts and "Cancelar" in texts and "Aceptar" in texts      # Qt's own, translated
    assert "&Idioma:" in texts and "Español" in texts
    assert still_english(texts, [settings.get(settings.TIME_ZONE)]) == []


def test_the_columns_dialog_is_spanish(window_es, monkeypatch):
    texts = texts_of_dialog(monkeypatch, MappingDialog, window_es.actions.columns)
    assert "Columnas" in texts and "Nombre del participante" in texts and "— sin usar —" in texts
    assert still_english(texts, sheet_data(window_es)) == []


def test_the_core_s_problem_messages_are_spanish_in_the_window(spanish, qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.preview.updated, timeout=10000):
        assert win.open_path(CLINIC_PATH)
    model = win.problems.model
    lines = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert 'Fila 10, columna G "End Time": termina antes de empezar (09:45 es antes de 10:00)' in lines
    assert 'Fila 24, columna F "Start Time": Inicio está vacío: una cita nueva lo necesita' in lines
    assert any("también se usa en la fila" in line for line in lines)
    assert "5 con errores" in win.counts.text()
    data = [*win.document.schedule.headers, "victor.petrov@@example.com", "PM-1032"]
    assert 'Fila 17, columna L "Email": Correo del participante “victor.petrov@@example.com” no es una dirección de ' \
           'correo electrónico válida' in lines                                  # email_validator's English reason left out
    assert still_english(lines, data) == []


def test_the_check_finds_english(window_es):
    """The check itself: an English source, an English sentence, and data in a Spanish sentence."""
    assert still_english(["&File", "Rows read again with the new settings.", "Fila 3"]) == [
        "&File", "Rows read again with the new settings."]
    assert still_english(['"Start Time" contiene fechas'], ["Start Time"]) == []


def test_english_is_the_default_and_the_command_line_is_untouched(window):
    assert window.menuBar().actions()[0].text() == "&File"
    assert translation.chosen_language("system") in ("en", "es")
    assert translation.chosen_language("es") == "es" and translation.chosen_language("en") == "en"


def test_the_language_setting_chooses_the_window_s_language_at_start(tmp_path, monkeypatch, qtbot):
    from gui.core import i18n
    from gui.qt import app as app_module
    from tests.gui.test_app import args, capture_windows

    windows = capture_windows(monkeypatch, qtbot)
    settings.put(settings.LANGUAGE, "es")
    assert app_module.run(args(file=CLINIC_PATH, screenshot=str(tmp_path / "es.png"))) == 0
    assert windows[0].menuBar().actions()[0].text() == "&Archivo"
    assert "5 con errores" in windows[0].counts.text()
    assert not i18n.installed()                                   # English again once the window is gone
    settings.put(settings.LANGUAGE, "en")
    assert app_module.run(args(file=CLINIC_PATH, screenshot=str(tmp_path / "en.png"))) == 0
    assert windows[1].menuBar().actions()[0].text() == "&File"


def test_system_follows_this_computer_s_language_when_the_app_has_it():
    from PySide6.QtCore import QLocale

    assert translation.chosen_language("system", QLocale("es_MX")) == "es"
    assert translation.chosen_language("system", QLocale("de_DE")) == "en"
    assert translation.chosen_language("en", QLocale("es_MX")) == "en"
    assert translation.chosen_language("nonsense", QLocale("de_DE")) == "en"


def test_from_source_the_catalogue_is_compiled_on_first_use_and_again_when_it_changes(tmp_path):
    import os
    import shutil

    folder = tmp_path / "resources" / "i18n"
    folder.mkdir(parents=True)
    source = next(path for path in update.catalogues() if update.language(path) == "es")
    shutil.copy(source, folder / source.name)
    compiled = translation.catalogue_file("es", folder)
    assert compiled == tmp_path / "build" / "i18n" / "apptoto-sheets_es.qm" and compiled.stat().st_size > 10_000
    os.utime(compiled, (1, 1))                                    # older than the .ts: compiled again
    assert translation.catalogue_file("es", folder).stat().st_mtime > 1
    assert translation.catalogue_file("fr", folder) is None       # no catalogue for that language
    (folder / "apptoto-sheets_es.qm").write_bytes(compiled.read_bytes())
    assert translation.catalogue_file("es", folder) == folder / "apptoto-sheets_es.qm"     # the bundle's, as built


def test_the_language_is_chosen_in_settings(window, monkeypatch):
    chosen = []

    def choose(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.accept()
        chosen.append(dialog.result())
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose)
    assert settings.get(settings.LANGUAGE) == "system"
    window.actions.settings.trigger()
    assert chosen == [QDialog.DialogCode.Accepted] and settings.get(settings.LANGUAGE) == "es"
    assert window.statusBar().currentMessage() == "The new language is used from the next start of Apptoto Sheets."
    window.statusBar().clearMessage()
    window.actions.settings.trigger()                          # OK again without a change: nothing said
    assert window.statusBar().currentMessage() == ""


def test_the_send_confirmation_is_spanish(window_es, monkeypatch):
    from gui.qt.send_dialog import ConfirmSendDialog

    texts = texts_of_dialog(monkeypatch, ConfirmSendDialog, window_es.actions.send)
    assert any("Enviar" in t for t in texts) and "Cancelar" in texts
    body = next(t for t in texts if "<li>" in t)
    assert "Se enviarán" in body or "Se enviará" in body
    assert still_english(texts, [*sheet_data(window_es), "127.0.0.1"]) == []
    assert window_es.document.schedule.rows[0].outcome is None           # Cancel: nothing was sent


def test_getting_started_is_spanish(window_es):
    window_es.actions.getting_started.trigger()
    guide = window_es.help.guide
    assert guide is not None and guide.isVisible()
    texts = [*widget_texts(guide), guide.text.toPlainText()]
    assert "Primeros pasos" in texts and "1. Abra su agenda" in guide.text.toPlainText()
    assert still_english(texts) == []
    guide.close()


def test_dates_are_written_in_the_window_s_language():
    import datetime as dt

    from PySide6.QtCore import QLocale

    from gui.qt.app import locale_formats

    mexico, england = QLocale("es_MX"), QLocale("en_GB")
    assert translation.locale_for("es", mexico) == mexico                     # the computer's own, as it is
    spanish = translation.locale_for("es", QLocale("en_US"))
    assert spanish.language() == QLocale.Language.Spanish and spanish.territory() == QLocale.Country.UnitedStates
    assert translation.locale_for("en", england) == england
    date, _time = locale_formats(translation.locale_for("es", QLocale("en_US")))
    written = date(dt.date(2026, 12, 7))
    assert "dic" in written and "Dec" not in written and "Mon" not in written


def test_closing_with_unsaved_edits_asks_in_spanish(window_es, monkeypatch):
    from gui.qt import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda parent, name, doing: asked.append(doing) or "cancel")
    schedule = window_es.document.schedule
    window_es.model.set_cells([(0, schedule.column_of("title"), "Limpieza")])
    assert not window_es.close()                                   # Cancel: the window stays
    assert asked == ["cerrar la ventana"]                          # "¿Guardarlos antes de cerrar la ventana?"
