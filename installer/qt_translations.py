"""Qt translations for the bundle: compile resources/i18n/*.ts into .qm files, and pick the ones the spec ships.

The app's catalogues are `resources/i18n/<name>_<language>.ts` (e.g. apptoto-sheets_es.ts, apptoto-sheets_pt_BR.ts).
build.py compiles each with `pyside6-lrelease` into build/i18n/<name>_<language>.qm; the spec ships those as
resources/i18n/*.qm in the bundle (gui.resources.resource_path("i18n/apptoto-sheets_es.qm")), and keeps Qt's own
qtbase_<language>.qm (standard dialogs and buttons) for those languages only, where Qt puts it
(QLibraryInfo.path(TranslationsPath)). No .ts files: nothing to compile, nothing shipped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "resources" / "i18n"          # the .ts files (in git)
COMPILED_DIR = ROOT / "build" / "i18n"            # the .qm files build.py makes (not in git)
BUNDLE_DIR = "resources/i18n"                     # where the bundle carries them
_LANGUAGE = re.compile(r"(?:^|_)([a-z]{2,3}(?:_[A-Z][A-Za-z]{1,3})?)$")     # es, pt_BR, zh_Hant at the end


def sources(source_dir: Path = SOURCE_DIR) -> list[Path]:
    return sorted(source_dir.glob("*.ts")) if source_dir.is_dir() else []


def language(path: Path) -> str:
    """The language a catalogue is for, from the end of its name: apptoto-sheets_pt_BR.ts -> pt_BR, es.ts -> es."""
    match = _LANGUAGE.search(path.stem)
    return match.group(1) if match else path.stem


def lrelease() -> str:
    """The pyside6-lrelease program of this environment."""
    here = Path(sys.executable).parent / ("pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease")
    found = shutil.which("pyside6-lrelease") or (str(here) if here.is_file() else None)
    if found is None:
        raise SystemExit("pyside6-lrelease not found: run the build with `uv run` (PySide6 provides it)")
    return found


def compile_all(source_dir: Path = SOURCE_DIR, out_dir: Path = COMPILED_DIR) -> list[Path]:
    """Compile every .ts in `source_dir` into `out_dir` (emptied first, so a removed language is not shipped)."""
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in sources(source_dir):
        qm = out_dir / f"{ts.stem}.qm"
        result = subprocess.run([lrelease(), str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if result.returncode != 0 or not qm.is_file():
            raise SystemExit(f"cannot compile the translation {ts.name}:\n{result.stdout}{result.stderr}")
        compiled.append(qm)
    return compiled


def bundle_datas(source_dir: Path = SOURCE_DIR, compiled_dir: Path = COMPILED_DIR) -> list[tuple[str, str]]:
    """The spec's (file, folder in the bundle) for every compiled catalogue; stops when one is missing or stale."""
    stale = [ts.name for ts in sources(source_dir)
             if not (compiled_dir / f"{ts.stem}.qm").is_file()
             or (compiled_dir / f"{ts.stem}.qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        raise SystemExit(f"{', '.join(stale)} not compiled (or changed since): build with installer/build.py")
    return [(str(qm), BUNDLE_DIR) for qm in sorted(compiled_dir.glob("*.qm"))] if compiled_dir.is_dir() else []


def languages(datas: Iterable[tuple[str, str]]) -> set[str]:
    """The languages of the catalogues shipped."""
    return {language(Path(file)) for file, _folder in datas}


def keep_qt_translation(file_name: str, shipped: set[str]) -> bool:
    """Whether Qt's own translation `file_name` goes into the bundle: qtbase_<language>.qm of a shipped language
    (qtbase_es for es_MX too), nothing else (Qt Designer's, Assistant's, the other modules')."""
    if not (file_name.startswith("qtbase_") and file_name.endswith(".qm")):
        return False
    qt_language = file_name[len("qtbase_"):-len(".qm")]
    return any(qt_language in (lang, lang.split("_")[0]) for lang in shipped)

