"""Where bundled files live: `resources/` beside the package from source, or inside the frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

SAMPLE = "sample-schedule.xlsx"
TEMPLATE = "apptoto-template.xlsx"
ICON = "apptoto-sheets.png"
SANDBOX_SEED = "sandbox-seed.json"   # events the sandbox holds in --sandbox mode


def resources_dir() -> Path:
    """The resources folder: sys._MEIPASS/resources when frozen by PyInstaller, else the project's."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(name: str) -> Path:
    """A bundled file by name, e.g. resource_path(SAMPLE)."""
    return resources_dir() / name
