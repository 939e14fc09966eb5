"""Where the build puts things (dist/, build/), the release's version, and the frozen program to run on each system."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "apptoto-sheets"
APP_NAME = "Apptoto Sheets"
SPEC = ROOT / "installer" / f"{NAME}.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
ICONS = WORK / "icons"
ICON_PNG = ROOT / "resources" / f"{NAME}.png"
BUNDLE = DIST / NAME                          # the one-folder bundle (all systems)
MAC_APP = DIST / f"{APP_NAME}.app"            # macOS: the same, as an .app


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def program(folder: Path = BUNDLE, platform: str = sys.platform) -> Path:
    """The frozen program to run from a shell in an installed or built folder (Windows: the console twin, which
    has a stdout; macOS: pass the .app's folder, Contents/MacOS is added)."""
    if platform == "win32":
        return folder / f"{NAME}-cli.exe"
    if folder.suffix == ".app":
        return folder / "Contents" / "MacOS" / NAME
    return folder / NAME


def executable(platform: str = sys.platform) -> Path:
    """The frozen program the build's --self-test runs: the .app's on macOS (what users get), else the bundle's."""
    if platform == "darwin" and MAC_APP.is_dir():
        return program(MAC_APP, platform)
    return program(BUNDLE, platform)
