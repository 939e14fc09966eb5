"""The translation catalogues: the extractor finds every kind of message, keeps what was translated, and the
catalogues in the repository are up to date with the code."""

from __future__ import annotations

import re
import textwrap
import xml.etree.ElementTree as ET

import pytest

from resources.i18n import update

CODE = '''
from gui.core.i18n import tr, trn, tr_noop
from PySide6.QtCore import QCoreApplication

LABEL = tr_noop("fields", "Start")

def f(n):
    tr("rowbuild", "{label} is empty", label="x")
    trn("words", "{count} row", "{count} rows", n)
    QCoreApplication.translate("MainWindow", "&File")
    tr("rowbuild", variable)                      # a variable: marked elsewhere

class SettingsDialog:
    def build(self):
        self.tr("Settings")
        self.tr("{count} file", "", 3)
'''


def messages(tmp_path, code: str):
    source = tmp_path / "gui"
    (source / "cli").mkdir(parents=True, exist_ok=True)
    (source / "one.py").write_text(textwrap.dedent(code), encoding="utf-8")
    (source / "cli" / "parser.py").write_text('tr("cli", "never translated")\n', encoding="utf-8")
    return update.find_messages(source)


def test_every_kind_of_message_is_found_and_the_command_line_is_skipped(tmp_path):
    found = {(m.context, m.source): m for m in messages(tmp_path, CODE)}
    assert set(found) == {("fields", "Start"), ("rowbuild", "{label} is empty"), ("words", "{count} rows"),
                          ("MainWindow", "&File"), ("SettingsDialog", "Settings"), ("SettingsDialog", "{count} file")}
    assert found["words", "{count} rows"].numerus and found["words", "{count} rows"].singular == "{count} row"
    assert found["SettingsDialog", "{count} file"].numerus
    assert found["fields", "Start"].files == ["gui/one.py"]


def test_an_f_string_given_as_a_text_stops_the_extractor(tmp_path):
    with pytest.raises(update.FStringError, match="one.py:2"):
        messages(tmp_path, 'x = 1\ntr("rowbuild", f"{x} is empty")\n')


def test_a_rewritten_catalogue_keeps_translations_and_marks_vanished_ones(tmp_path):
    ts = tmp_path / "apptoto-sheets_es.ts"
    ts.write_text(update.catalogue(ts, messages(tmp_path, CODE)), encoding="utf-8")
    root = ET.parse(ts).getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            assert len(translation.findall("numerusform")) == 2           # Spanish: singular and plural
            for form in translation.iter("numerusform"):
                form.text = "traducido"
        else:
            translation.text = "traducido"
    ET.ElementTree(root).write(ts, encoding="utf-8")
    assert update.counts(ts) == update.Counts(6, 6, 0)
    fewer = CODE.replace('self.tr("Settings")', 'self.tr("Preferences")')
    ts.write_text(update.catalogue(ts, messages(tmp_path, fewer)), encoding="utf-8")
    assert update.counts(ts) == update.Counts(6, 5, 1)                 # Preferences to translate, Settings kept
    back = update.catalogue(ts, messages(tmp_path, CODE))
    ts.write_text(back, encoding="utf-8")
    assert update.counts(ts) == update.Counts(6, 6, 0)                 # the text came back: translated again


def test_the_catalogues_in_the_repository_are_up_to_date_with_the_code():
    found = update.find_messages()
    stale = [ts.name for ts in update.catalogues() if ts.read_text(encoding="utf-8") != update.catalogue(ts, found)]
    assert update.catalogues() and not stale, (
        f"{stale}: run `uv run python resources/i18n/update.py` and translate the new messages")


PLACEHOLDER = re.compile(r"\{[A-Za-z_]*\}")


@pytest.mark.parametrize("ts", update.catalogues(), ids=lambda path: path.name)
def test_each_catalogue_translates_at_least_98_percent(ts):
    counts = update.counts(ts)
    assert counts.messages > 1000                      # the window's and the core's messages, all of them
    assert counts.translated / counts.messages >= 0.98, (
        f"{ts.name}: {counts.translated} of {counts.messages} messages translated")


@pytest.mark.parametrize("ts", update.catalogues(), ids=lambda path: path.name)
def test_every_translation_keeps_its_source_placeholders(ts):
    wrong = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        source = message.findtext("source")
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if forms:
            singular = (message.findtext("extracomment") or "").removeprefix(update.ENGLISH_SINGULAR)
            expected = [singular] + [source] * (len(forms) - 1)
        else:
            forms, expected = [translation.text or ""], [source]
        for form, english in zip(forms, expected, strict=True):
            if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(english)):
                wrong.append(f"{english!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


def test_a_wrong_placeholder_is_caught(tmp_path):
    ts = tmp_path / "apptoto-sheets_es.ts"
    ts.write_text(update.catalogue(ts, messages(tmp_path, 'tr("rowbuild", "{label} is empty")\n')), encoding="utf-8")
    root = ET.parse(ts).getroot()
    translation = root.find(".//translation")
    translation.text, translation.attrib = "{etiqueta} está vacío", {}
    ET.ElementTree(root).write(ts, encoding="utf-8")
    with pytest.raises(AssertionError, match="etiqueta"):
        test_every_translation_keeps_its_source_placeholders(ts)
