"""The window's language: chosen by the setting (or this computer's), Qt translators for the app's catalogue and
for Qt's own standard dialogs installed at the start, and the core's messages sent through them (gui.core.i18n).

The bundle carries the compiled catalogue (resources/i18n/apptoto-sheets_<language>.qm, made by installer/build.py).
From source there is only the .ts: it is compiled on first use into build/i18n with Qt's lrelease (PySide6 ships it),
and again whenever the .ts is newer.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gui.core import i18n
from gui.core.settings import LANGUAGES
from gui.resources import resources_dir

CATALOGUE = "apptoto-sheets_{language}"
ENGLISH = "en"


def chosen_language(choice: str, system: QLocale | None = None) -> str:
    """The language the window speaks: the setting's choice, or for "system" the first of this computer's
    languages the app has (English when none)."""
    if choice in LANGUAGES and choice != "system":
        return choice
    for name in (system or QLocale.system()).uiLanguages():
        language = name.replace("_", "-").split("-")[0].lower()
        if language in LANGUAGES and language != "system":
            return language
    return ENGLISH


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale dates and times are written in: this computer's when it speaks `language`, else `language` in this
    computer's country (Spanish chosen on an English computer in Mexico: es_MX), so a date never reads in another
    language than the window."""
    system = system or QLocale()
    if QLocale(language).language() == system.language():
        return system
    return QLocale(QLocale(language).language(), system.territory())


def catalogue_file(language: str, folder: Path | None = None) -> Path | None:
    """The compiled catalogue of `language`: the bundle's, else compiled now from the .ts (None: the app has none)."""
    folder = folder or resources_dir() / "i18n"
    name = CATALOGUE.format(language=language)
    if (folder / f"{name}.qm").is_file():
        return folder / f"{name}.qm"
    source = folder / f"{name}.ts"
    if not source.is_file():
        return None
    for out_dir in (folder.parent.parent / "build" / "i18n", Path(tempfile.gettempdir()) / "apptoto-sheets-i18n"):
        compiled = out_dir / f"{name}.qm"
        if compiled.is_file() and compiled.stat().st_mtime >= source.stat().st_mtime:
            return compiled
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            return compile_catalogue(source, compiled)
        except OSError:
            continue
    return None


def compile_catalogue(source: Path, compiled: Path) -> Path:
    """`source` (.ts) compiled into `compiled` (.qm) with lrelease; OSError when that fails."""
    result = subprocess.run([lrelease(), "-silent", str(source), "-qm", str(compiled)], capture_output=True,
                            text=True, check=False)
    if result.returncode != 0 or not compiled.is_file():
        raise OSError(f"lrelease could not compile {source.name}: {result.stderr.strip()}")
    return compiled


def lrelease() -> str:
    """Qt's lrelease as PySide6 ships it (its folder, or pyside6-lrelease beside Python or on PATH)."""
    exe = ".exe" if sys.platform == "win32" else ""
    for candidate in (Path(PySide6.__file__).parent / f"lrelease{exe}",
                      Path(sys.executable).parent / f"pyside6-lrelease{exe}"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise OSError("Qt's lrelease was not found (PySide6 provides it)")
    return found


class Language:
    """The translators of one language, installed into the application; `remove()` makes it English again."""

    def __init__(self, language: str, translators: list[QTranslator]) -> None:
        self.language = language
        self.translators = translators

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators = []
        i18n.install(None)


def install(language: str) -> Language:
    """Speak `language` from now on: Qt's own translation of its standard dialogs and buttons (qtbase_<language>),
    the app's catalogue, and the core's messages through them. English installs nothing."""
    app = QCoreApplication.instance()
    if language == ENGLISH or app is None:
        i18n.install(None)
        return Language(ENGLISH, [])
    translators = []
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_own)
    ours = QTranslator(app)
    path = catalogue_file(language)
    if path is not None and ours.load(str(path)):
        translators.append(ours)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    i18n.install(translate if translators else None)
    return Language(language, translators)


def translate(context: str, text: str, n: int) -> str:
    """gui.core.i18n's translator: Qt's lookup (`n` >= 0 picks the language's plural form)."""
    return QCoreApplication.translate(context, text, None, n)
