"""The extent check before calamine reads an .xlsx sheet: every way a file can place a cell far away is seen,
and empty cells (which calamine skips) are not counted. These call the check directly, never calamine: a cell
the check missed would abort the test process."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core.table import WorkbookError
from gui.sheets.xlsx_extent import check_sheet
from gui.sheets.zipparts import Package
from tests.corpus import make_hostile

ROWS = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>x{n}</t></is></c><c r="B{n}"><v>{n}</v></c></row>'
               for n in range(1, 6))


def sheet(tmp_path: Path, cells: str, namespaces: str = "") -> tuple[Package, object]:
    xml = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' + namespaces
           + f"><sheetData>{ROWS}{cells}</sheetData></worksheet>").encode()
    path = tmp_path / "s.xlsx"
    make_hostile.rezip(path, lambda name, data: xml if name == make_hostile.SHEET else data)
    package = Package(path)
    return package, package.find(make_hostile.SHEET)[0]


@pytest.mark.parametrize("cells", [
    '<row r="6"><c r="A6" r="XFD1048576"><v>1</v></c></row>',           # a second r wins in calamine
    '<row r="6"><c r = "XFD1048576"><v>1</v></c></row>',                # spaces around =
    "<row r=\"6\"><c r='XFD1048576'><v>1</v></c></row>",                # single quotes
    '<row r="6"><c s="0" r="XFD1048576"><v>1</v></c></row>',            # r not first
    '<row r="6"><c\tr="XFD1048576"><v>1</v></c></row>',                 # a tab, not a space
    '<row r="6"><c foo=">" r="XFD1048576"><v>1</v></c></row>',          # > inside another attribute
    '<row r="6"><c r="xfd1048576"><v>1</v></c></row>',                  # lower case letters
    '<row r="6"><c r="XFD0001048576"><v>1</v></c></row>',               # leading zeros
    '<row r="1048576"><c r="A1048576"/><c><v>1</v></c><c r="XFD5"><v>2</v></c></row>',   # placed by counting
    '<row r="3"><c r="C3"><v>1</v></c><c r="XFD1048576"><v>1</v></c></row>',            # out of order
])
def test_every_way_of_placing_a_far_cell_is_seen(tmp_path: Path, cells: str) -> None:
    package, info = sheet(tmp_path, cells)
    with pytest.raises(WorkbookError) as err:
        check_sheet(package, info, "S")
    assert "XFD1048576" in str(err.value) and "was refused" in str(err.value)


def test_a_prefixed_cell_is_seen(tmp_path: Path) -> None:
    package, info = sheet(tmp_path, '<row r="6"><x:c r="XFD1048576"><x:v>1</x:v></x:c></row>',
                          ' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')
    with pytest.raises(WorkbookError) as err:
        check_sheet(package, info, "S")
    assert "XFD1048576" in str(err.value)


@pytest.mark.parametrize("cells", [
    '<row r="1048576" ht="20" customHeight="1"><c r="XFD1048576" s="3"/></row>',   # formatted, empty
    '<row r="1048576"><c r="XFD1048576" s="3"></c></row>',
    "",
])
def test_empty_far_cells_are_not_counted(tmp_path: Path, cells: str) -> None:
    package, info = sheet(tmp_path, cells)
    kept = check_sheet(package, info, "S")
    assert kept is not None and b"".join(kept).endswith(b"</sheetData></worksheet>")
