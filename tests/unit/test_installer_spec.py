"""The installer's spec and translations: resources/i18n/*.ts (zero or more) compiled and shipped with Qt's
qtbase_<lang>.qm only, and each system's programs. No PyInstaller build: the spec runs with its build steps
replaced by recorders."""

from __future__ import annotations

import os
import sys
import types
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


def run_spec(monkeypatch, source: Path, compiled: Path, steps: dict | None = None) -> Recorded:
    import PyInstaller.utils.hooks as hooks

    monkeypatch.setattr(hooks, "collect_submodules", lambda package, **kw: [])     # a subprocess each: not needed
    monkeypatch.setenv("APPTOTO_I18N_SOURCE", str(source))
    monkeypatch.setenv("APPTOTO_I18N_DIR", str(compiled))
    recorded = {}

    def analysis(*args, **kwargs):
        recorded["a"] = Recorded(*args, **kwargs)
        return recorded["a"]

    steps = {} if steps is None else steps

    def recorder(kind):
        def step(*args, **kwargs):
            steps.setdefault(kind, []).append(kwargs)
            return object()
        return step

    spec_globals = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC), "__name__": "__spec__",
                    "Analysis": analysis, **{kind: recorder(kind) for kind in ("PYZ", "EXE", "COLLECT", "BUNDLE")}}
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


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_the_spec_builds_each_systems_programs(monkeypatch, tmp_path, platform):
    """Windows: the windowed program and its console twin (for --self-test), with version resources; macOS: the
    .app with the version; Linux: one program. Run here with sys.platform set, so a slip in another system's
    branch shows before a release runner finds it."""
    import PyInstaller.utils.hooks  # noqa: F401 - imported for this system before sys.platform says otherwise

    if platform == "win32" and sys.platform != "win32":
        # PyInstaller's version-resource module imports Windows-only modules: a stand-in that keeps what it is given
        import PyInstaller.utils.win32 as win32

        fake = types.ModuleType("PyInstaller.utils.win32.versioninfo")
        for name in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
                     "VarFileInfo", "VarStruct"):
            setattr(fake, name, lambda *args, _name=name, **kwargs: (_name, args, kwargs))
        monkeypatch.setitem(sys.modules, fake.__name__, fake)
        monkeypatch.setattr(win32, "versioninfo", fake, raising=False)
    monkeypatch.setattr(sys, "platform", platform)
    steps: dict = {}
    run_spec(monkeypatch, tmp_path / "i18n", tmp_path / "out", steps)
    programs = {(e["name"], e["console"]) for e in steps["EXE"]}
    if platform == "win32":
        assert programs == {("apptoto-sheets", False), ("apptoto-sheets-cli", True)}
        assert all(e["version"] is not None for e in steps["EXE"])
        assert all(e["icon"] is None or e["icon"].endswith(".ico") for e in steps["EXE"])
    elif platform == "darwin":
        assert programs == {("apptoto-sheets", False)}
        (app,) = steps["BUNDLE"]
        assert app["name"] == "Apptoto Sheets.app" and app["info_plist"]["CFBundleShortVersionString"]
    else:
        assert programs == {("apptoto-sheets", True)} and "BUNDLE" not in steps
