"""How many cells calamine builds for an .ods file (it reads every sheet when it opens the file)."""

from __future__ import annotations

from gui.sheets.zipparts import Package


def check_workbook(package: Package) -> None:
    """Refuse an .ods whose sheets would make calamine build more than MAX_CELLS cells."""
