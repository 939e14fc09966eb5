"""Bad files give one plain line naming the file: never a traceback, never a hang."""

from __future__ import annotations

import builtins
import os
import zipfile
from pathlib import Path

import pytest

from gui.core.table import WorkbookError
from gui.sheets import sniff
from gui.sheets.reader import list_sheets, read_table

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SAVE_AS = "Open it in Excel and save it as .xlsx, or save it as .csv."

MESSAGES = {
    "bad_text.xlsx": f'"bad_text.xlsx" is not a workbook: it is a text file. {SAVE_AS}',
    "bad_pdf.xlsx": f'"bad_pdf.xlsx" is not a workbook: it is a PDF document. {SAVE_AS}',
    "bad_html.xls": f'"bad_html.xls" is not a workbook: it is a web page (HTML) with a spreadsheet name. {SAVE_AS}',
    "bad_zero.xlsx": '"bad_zero.xlsx" is empty (0 bytes).',
    "bad_truncated.xlsx": ('"bad_truncated.xlsx" is damaged: it is an incomplete or corrupt zip file '
                           "(perhaps the download or copy was cut short)."),
    "bad_corrupt.xlsx": ('"bad_corrupt.xlsx" is damaged: its part xl/styles.xml is not where the file\'s table of '
                         "contents says (perhaps the download or copy went wrong)."),
    "bad_encrypted.xlsx": ('"bad_encrypted.xlsx" is protected with a password. Open it in Excel, remove the '
                           "password (File > Info > Protect Workbook), save, and try again."),
    "bad_empty.xlsx": '"bad_empty.xlsx" is empty: none of its sheets holds any data.',
    "bad_noheader.xlsx": ('"bad_noheader.xlsx", sheet "Schedule" has no recognisable header row: none of its '
                          "first 50 rows names known columns such as Title, Start, End or Client Name. Add a "
                          "header row or choose the columns with a mapping file."),
    "bad_docx.xlsx": '"bad_docx.xlsx" is not a workbook: it is a Word document.',
    "bad_zipbomb.xlsx": ('"bad_zipbomb.xlsx" was refused: its part xl/worksheets/sheet1.xml would expand '
                         "1,016 times to 64 MB (a zip bomb?)."),
}


@pytest.mark.parametrize("name", sorted(MESSAGES))
def test_bad_file_message(name: str) -> None:
    with pytest.raises(WorkbookError) as err:
        read_table(CORPUS / name)
    assert str(err.value) == MESSAGES[name]
    assert "\n" not in str(err.value)


def test_zip_bomb_is_small_on_disk() -> None:
    assert (CORPUS / "bad_zipbomb.xlsx").stat().st_size < 100_000


def test_list_sheets_reports_bad_files_too() -> None:
    with pytest.raises(WorkbookError) as err:
        list_sheets(CORPUS / "bad_pdf.xlsx")
    assert str(err.value) == MESSAGES["bad_pdf.xlsx"]


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError) as err:
        read_table(tmp_path / "gone.xlsx")
    assert str(err.value) == f'"gone.xlsx" was not found ({tmp_path / "gone.xlsx"}).'
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    with pytest.raises(WorkbookError) as err:
        read_table(folder)
    assert str(err.value) == '"folder.xlsx" is a folder, not a workbook.'


def test_locked_file(monkeypatch: pytest.MonkeyPatch) -> None:
    real_open, real_os_open = builtins.open, os.open
    target = CORPUS / "canonical.xlsx"

    def locked(file, *args, **kwargs):
        if not isinstance(file, int) and Path(file) == target:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    def locked_os(file, *args, **kwargs):
        if Path(file) == target:
            raise PermissionError(13, "Permission denied")
        return real_os_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", locked)
    monkeypatch.setattr(os, "open", locked_os)
    with pytest.raises(WorkbookError) as err:
        read_table(target)
    assert str(err.value) == ('"canonical.xlsx" cannot be opened: permission denied (it may be open in another '
                              "program, or you may not have access).")


def test_declared_huge_member_is_refused_before_inflating(tmp_path: Path) -> None:
    path = tmp_path / "huge.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
    info.file_size = 3 * 1024**3
    info.compress_size = 1024**3
    with pytest.raises(WorkbookError) as err:
        sniff.check_zip_sizes(path, [info])
    assert str(err.value) == ('"huge.xlsx" was refused: it would expand to 3.0 GB, more than the 2 GB this app '
                              "reads.")


def test_a_declared_size_is_not_trusted() -> None:
    """<dimension ref="A1:C3000000"> on a sheet whose cells are A1:I4: calamine reads the cells, not the claim."""
    table = read_table(CORPUS / "bad_dimension.xlsx")
    assert [number for number, _ in table.rows] == [2, 3, 4]
    assert table.headers[:3] == ["external_id", "calendar", "title"]


def test_other_zip_and_ole_files(tmp_path: Path) -> None:
    pptx = tmp_path / "deck.xlsx"
    with zipfile.ZipFile(pptx, "w") as z:
        z.writestr("ppt/presentation.xml", "<p/>")
    with pytest.raises(WorkbookError) as err:
        read_table(pptx)
    assert str(err.value) == '"deck.xlsx" is not a workbook: it is a PowerPoint presentation.'
    doc = tmp_path / "letter.xls"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "WordDocument".encode("utf-16-le"))
    with pytest.raises(WorkbookError) as err:
        read_table(doc)
    assert str(err.value) == '"letter.xls" is not a workbook: it is a Word document.'


def test_binary_junk_with_a_csv_name_is_read_as_text_without_crashing(tmp_path: Path) -> None:
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(WorkbookError) as err:
        read_table(junk)
    assert str(err.value).startswith('"junk.csv", sheet "junk.csv" has no recognisable header row')


def test_a_package_as_calamine_finds_it_backslashes_and_a_workbook_at_the_root(tmp_path: Path) -> None:
    """Part names with backslashes (some Windows tools) and a workbook outside xl/ (the package relationships
    say where it is) are read, as calamine reads them."""
    with zipfile.ZipFile(CORPUS / "canonical.xlsx") as src:
        parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    back = tmp_path / "backslashes.xlsx"
    with zipfile.ZipFile(back, "w") as out:
        for name, data in parts.items():
            out.writestr(name.replace("/", "\\"), data)
    assert [n for n, _ in read_table(back).rows] == [2, 3, 4]
    root = tmp_path / "root.xlsx"
    with zipfile.ZipFile(root, "w") as out:
        for name, data in parts.items():
            if name == "_rels/.rels":
                data = data.replace(b"xl/workbook.xml", b"book/workbook.xml")
            out.writestr(name.replace("xl/", "book/"), data.replace(b"/xl/", b"/book/"))
    assert [n for n, _ in read_table(root).rows] == [2, 3, 4]
