"""The build compiles resources/i18n/*.ts (zero or more) and the spec ships them with Qt's qtbase_<lang>.qm only.

No PyInstaller build: the spec is run with PyInstaller's build steps replaced by recorders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from installer import qt_translations
from installer.layout import SPEC

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a schedule</source>
        <translation>{text}</translation>
    </message>
</context>
</TS>
"""
# What PyInstaller's PySide6 hooks collect (all of Qt's translations), plus files that must stay whatever happens.
QT_TRANSLATIONS = ["qtbase_es.qm", "qtbase_pt_BR.qm", "qtbase_fr.qm", "qt_es.qm", "qt_help_es.qm",
                   "assistant_es.qm", "designer_es.qm"]


def write_ts(folder: Path, name: str, lang: str, text: str = "Abrir una agenda") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(TS.format(lang=lang, text=text), encoding="utf-8")
    return path


@pytest.fixture
def catalogues(tmp_path):
    source = tmp_path / "i18n"
    write_ts(source, "apptoto-sheets_es.ts", "es")
    write_ts(source, "apptoto-sheets_pt_BR.ts", "pt_BR", "Abrir uma agenda")
    return source, tmp_path / "build" / "i18n"


def test_every_catalogue_is_compiled_with_lrelease(catalogues):
    source, out = catalogues
    (out).mkdir(parents=True)
    (out / "apptoto-sheets_de.qm").write_bytes(b"left from a language since removed")
    compiled = qt_translations.compile_all(source, out)
    assert [p.name for p in compiled] == ["apptoto-sheets_es.qm", "apptoto-sheets_pt_BR.qm"]
    assert sorted(p.name for p in out.iterdir()) == ["apptoto-sheets_es.qm", "apptoto-sheets_pt_BR.qm"]
    magic = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")           # the .qm file signature
    assert all(p.read_bytes().startswith(magic) for p in compiled)
    assert "Abrir una agenda".encode("utf-16-be") in compiled[0].read_bytes()


def test_no_catalogues_is_fine(tmp_path):
    assert qt_translations.compile_all(tmp_path / "i18n", tmp_path / "out") == []
    assert qt_translations.bundle_datas(tmp_path / "i18n", tmp_path / "out") == []


def test_a_broken_catalogue_stops_the_build_naming_it(tmp_path):
    source = tmp_path / "i18n"
    source.mkdir()
    (source / "apptoto-sheets_es.ts").write_text("<TS", encoding="utf-8")
    with pytest.raises(SystemExit, match="cannot compile the translation apptoto-sheets_es.ts"):
        qt_translations.compile_all(source, tmp_path / "out")


def test_a_catalogue_not_compiled_or_changed_since_stops_the_spec(catalogues):
    source, out = catalogues
    qt_translations.compile_all(source, out)
    assert [folder for _file, folder in qt_translations.bundle_datas(source, out)] == ["resources/i18n"] * 2
    later = out.joinpath("apptoto-sheets_es.qm").stat().st_mtime + 10
    os.utime(source / "apptoto-sheets_es.ts", (later, later))
    with pytest.raises(SystemExit, match="apptoto-sheets_es.ts not compiled"):
        qt_translations.bundle_datas(source, out)
    write_ts(source, "apptoto-sheets_fr.ts", "fr")
    with pytest.raises(SystemExit, match="apptoto-sheets_fr.ts"):
        qt_translations.bundle_datas(source, out)


@pytest.mark.parametrize("name, lang", [("apptoto-sheets_es.ts", "es"), ("apptoto-sheets_pt_BR.ts", "pt_BR"),
                                        ("es_MX.ts", "es_MX"), ("de.qm", "de"),
                                        ("apptoto-sheets_zh_Hant.ts", "zh_Hant")])
def test_the_language_comes_from_the_file_name(name, lang):
    assert qt_translations.language(Path(name)) == lang


def test_only_qtbase_of_the_shipped_languages_is_kept():
    keep = qt_translations.keep_qt_translation
    assert keep("qtbase_es.qm", {"es"}) and keep("qtbase_es.qm", {"es_MX"}) and keep("qtbase_pt_BR.qm", {"pt_BR"})
    assert not keep("qtbase_fr.qm", {"es"}) and not keep("qtbase_pt_BR.qm", {"es"})
    assert not keep("qt_es.qm", {"es"}) and not keep("assistant_es.qm", {"es"}) and not keep("qtbase_es.qm", set())


# ---- the spec ------------------------------------------------------------------------------------------
class Recorded:
    """Stands for PyInstaller's Analysis: keeps what the spec passed; binaries/datas hold what hooks would add."""

    def __init__(self, scripts, datas, **_kwargs):
        self.given_datas = list(datas)
        qt = ("PySide6/Qt/translations" if sys.platform != "win32" else "PySide6/translations")
        self.datas = [*((f"{folder}/{Path(file).name}", file, "DATA") for file, folder in self.given_datas),
                      *((f"{qt}/{name}", f"/qt/{name}", "DATA") for name in QT_TRANSLATIONS)]
        self.binaries, self.scripts, self.pure = [], [], []


def run_spec(monkeypatch, source: Path, compiled: Path) -> Recorded:
    import PyInstaller.utils.hooks as hooks

    monkeypatch.setattr(hooks, "collect_submodules", lambda package, **kw: [])     # a subprocess each: not needed
    monkeypatch.setenv("APPTOTO_I18N_SOURCE", str(source))
    monkeypatch.setenv("APPTOTO_I18N_DIR", str(compiled))
    recorded = {}

    def analysis(*args, **kwargs):
        recorded["a"] = Recorded(*args, **kwargs)
        return recorded["a"]

    def step(*args, **kwargs):
        return object()

    spec_globals = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC), "__name__": "__spec__",
                    "Analysis": analysis, "PYZ": step, "EXE": step, "COLLECT": step, "BUNDLE": step}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), spec_globals)
    return recorded["a"]


def test_the_spec_ships_the_compiled_catalogues_and_qtbase_for_their_languages(monkeypatch, catalogues):
    source, out = catalogues
    compiled = qt_translations.compile_all(source, out)
    a = run_spec(monkeypatch, source, out)
    assert [(Path(f).name, folder) for f, folder in a.given_datas if f.endswith(".qm")] == [
        (q.name, "resources/i18n") for q in compiled]
    kept = sorted(Path(dest).name for dest, _src, _kind in a.datas if "translations" in dest)
    assert kept == ["qtbase_es.qm", "qtbase_pt_BR.qm"]
    assert sorted(dest for dest, _src, _kind in a.datas if dest.startswith("resources/i18n/")) == [
        "resources/i18n/apptoto-sheets_es.qm", "resources/i18n/apptoto-sheets_pt_BR.qm"]


def test_the_spec_without_translations_ships_none_of_qts(monkeypatch, tmp_path):
    a = run_spec(monkeypatch, tmp_path / "i18n", tmp_path / "out")
    assert not [f for f, _folder in a.given_datas if f.endswith(".qm")]
    assert not [dest for dest, _src, _kind in a.datas if "translations" in dest]
    assert any(Path(f).name == "sample-schedule.xlsx" for f, _folder in a.given_datas)     # the rest is shipped
