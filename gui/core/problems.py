"""A problem found in a row: where it is (sheet row, column), how bad, and what to do, in plain words."""

from __future__ import annotations

from dataclasses import dataclass

from gui.core.i18n import tr, trn

ERROR, WARNING = "error", "warning"
MAX_LISTED = 200        # problem lines printed one by one (the command line); the rest are counted


def more_problems(count: int) -> str:
    """The line that stands for the problems past MAX_LISTED: '… and 12,345 more problems'."""
    return trn("problems", "… and {count} more problem", "… and {count} more problems", count)


def column_letter(index: int) -> str:
    """Excel's letter for a 0-based column index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_name(row: int, column: int) -> str:
    """A cell as Excel names it from 0-based row and column ('XFD1048576'); one past Excel's last column is
    named by numbers ('row 2, column 142,639,105')."""
    if column < 16_384:
        return f"{column_letter(column)}{row + 1}"
    return tr("problems", "row {row}, column {column}", row=f"{row + 1:,}", column=f"{column + 1:,}")


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem. `row` is the sheet row number as Excel shows it; `column` the header text ('' = whole row)."""

    row: int
    column: str
    severity: str
    message: str
    letter: str = ""          # Excel column letter, when the column is in the sheet

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def where(self) -> str:
        """'row 12, column C "Start"' — how staff find the cell."""
        if not self.column:
            return tr("problems", "row {row}", row=self.row)
        if self.letter:
            return tr("problems", 'row {row}, column {letter} "{column}"', row=self.row, letter=self.letter,
                      column=self.column)
        return tr("problems", 'row {row}, column "{column}"', row=self.row, column=self.column)

    def line(self, file: str = "", sheet: str = "") -> str:
        """One line for stderr: file, sheet, row, column, severity and reason."""
        place = ", ".join(p for p in (file, tr("problems", 'sheet "{sheet}"', sheet=sheet) if sheet else "",
                                      self.where()) if p)
        severity = tr("problems", "error") if self.is_error else tr("problems", "warning")
        return f"{place}: {severity}: {self.message}"
