"""Tab-separated text as Excel puts it on the clipboard (and reads it back): rows of cells, Excel's quoting."""

from __future__ import annotations

import re

_DELIMITER = re.compile(r"[\t\r\n]")
_SPECIAL = ("\t", "\n", "\r", '"')


def quote(cell: str) -> str:
    """A cell as Excel writes it: quoted (quotes doubled) when it holds a tab, a line break or a quote."""
    if any(ch in cell for ch in _SPECIAL):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def format_rows(rows: list[list[str]]) -> str:
    """Rows of cells to clipboard text: tabs between cells, CR LF after every row (as Excel does)."""
    return "".join("\t".join(quote(cell) for cell in row) + "\r\n" for row in rows)


def parse(text: str) -> list[list[str]]:
    """Clipboard text to rows of cells. A cell that starts with a quote is quoted (it may hold tabs and
    line breaks; "" is a quote); any other cell is taken as it is. The final line break is not a row."""
    rows: list[list[str]] = []
    row: list[str] = []
    i, size = 0, len(text)
    if not text:
        return rows
    while True:
        cell, i = _cell(text, i)
        row.append(cell)
        if i >= size:
            rows.append(row)
            break
        if text[i] == "\t":
            i += 1
            continue
        rows.append(row)                                   # a line break: \r\n, \n or \r
        row = []
        i += 2 if text.startswith("\r\n", i) else 1
        if i >= size:
            break
    return rows


def _cell(text: str, i: int) -> tuple[str, int]:
    """One cell from position i: (its text, the position of the tab / line break / end after it)."""
    if text.startswith('"', i):
        parts, j = [], i + 1
        while True:
            close = text.find('"', j)
            if close < 0:
                break                                      # never closed: not a quoted cell after all
            parts.append(text[j:close])
            if text.startswith('"', close + 1):
                parts.append('"')
                j = close + 2
                continue
            end = _end(text, close + 1)
            return "".join(parts) + text[close + 1:end], end
    end = _end(text, i)
    return text[i:end], end


def _end(text: str, i: int) -> int:
    """The position of the next tab or line break at or after i (the end of the text when none)."""
    found = _DELIMITER.search(text, i)
    return found.start() if found else len(text)
