"""How many cells calamine builds for an .xls file (it reads every sheet when it opens the file)."""

from __future__ import annotations

from pathlib import Path


def check_workbook(path: Path) -> None:
    """Refuse an .xls whose structure or sheets would make calamine allocate absurdly."""
