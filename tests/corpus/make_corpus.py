"""Regenerate the schedule-shaped test corpus: `uv run python tests/corpus/make_corpus.py`.

Most files are written with openpyxl; files named lo_* were re-saved by LibreOffice
(`soffice --headless --convert-to`), so the reader is also tested on a real spreadsheet program's
output. LibreOffice is needed only to regenerate; the generated files are committed.
LibreOffice has no .xlsb export filter, so there is no .xlsb file here.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
D = dt.datetime

CANONICAL = ["external_id", "calendar", "title", "start_time", "end_time",
             "participant_name", "participant_email", "participant_phone", "content"]
ROWS = [
    ["A-1001", "Dr Smith", "Checkup", D(2025, 3, 3, 9, 0), D(2025, 3, 3, 9, 30),
     "Ann Lee", "ann@example.com", "+1 555 0100", "First visit"],
    ["A-1002", "Dr Smith", "Cleaning", D(2025, 3, 3, 10, 15), D(2025, 3, 3, 11, 0),
     "Bob Roe", "bob@example.com", "5550101", None],
    ["A-1003", "Dr Jones", "Filling", D(2025, 3, 4, 14, 0), D(2025, 3, 4, 15, 0),
     "Cé Ñúñez", "ce@example.com", "0044 20 7946 0000", "Bring X-ray"],
]


def book(title: str = "Schedule") -> tuple[openpyxl.Workbook, object]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    return wb, ws


def canonical(path: Path) -> None:
    wb, ws = book()
    ws.append(CANONICAL)
    for row in ROWS:
        ws.append(row)
    wb.save(path)


def synonyms(path: Path) -> None:
    wb, ws = book()
    ws.append(["Appointment ID", "Provider", "Appointment Type", "Start", "End", "Client Name",
               "E-mail", "Mobile", "Notes", "Room"])
    for r in ROWS:
        ws.append([r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], "Room 1"])
    wb.save(path)


def title_rows(path: Path) -> None:
    """Title and subtitle (merged), a blank row, header in row 4 from column B, a blank column D,
    blank rows inside the data and formatted-but-empty rows at the end."""
    wb, ws = book("March")
    ws["B1"] = "Clinic schedule - March 2025"
    ws["B1"].font = Font(bold=True, size=16)
    ws.merge_cells("B1:G1")
    ws["B2"] = "Printed 2025-02-28"
    ws.merge_cells("B2:D2")
    header = ["Title", "Start", None, "End", "Client Name", "Phone"]
    for j, text in enumerate(header):
        ws.cell(row=4, column=2 + j, value=text)
    data = {5: ROWS[0], 7: ROWS[1], 10: ROWS[2]}
    for r, row in data.items():
        for j, value in enumerate([row[2], row[3], None, row[4], row[5], row[7]]):
            ws.cell(row=r, column=2 + j, value=value)
    for r in range(11, 40):
        ws.cell(row=r, column=2).number_format = "yyyy-mm-dd"
        ws.cell(row=r, column=3).font = Font(italic=True)
    wb.save(path)


def hidden_first(path: Path) -> None:
    wb, ws = book("Old")
    ws.append(CANONICAL)
    ws.append(["OLD-1", "Dr Old", "Old visit", D(2020, 1, 1, 9), D(2020, 1, 1, 10), "Old", None, None, None])
    ws.sheet_state = "hidden"
    ws2 = wb.create_sheet("Current")
    ws2.append(CANONICAL)
    ws2.append(ROWS[0])
    wb.save(path)


def multi_sheet(path: Path) -> None:
    wb, ws = book("Read me")
    ws.append(["How to use this workbook"])
    ws.append(["Fill one row per appointment on the week sheets."])
    for name, rows in (("Week 1", ROWS[:2]), ("Week 2", ROWS[2:])):
        sheet = wb.create_sheet(name)
        sheet.append(CANONICAL)
        for row in rows:
            sheet.append(row)
    wb.create_sheet("Empty")
    wb.save(path)


def split_columns(path: Path) -> None:
    wb, ws = book()
    ws.append(["Title", "Date", "Start Time", "End Time", "Duration", "Client Name"])
    ws.append(["Checkup", dt.date(2025, 3, 3), dt.time(9, 0), dt.time(9, 30), None, "Ann Lee"])
    ws.append(["Cleaning", dt.date(2025, 3, 3), dt.time(10, 15), None, 45, "Bob Roe"])
    ws.append(["Filling", dt.date(2025, 3, 4), dt.time(14, 0), None, 90.5, "Cé Ñúñez"])
    ws.append(["Long", dt.date(2025, 3, 5), dt.time(8, 0), None, dt.timedelta(hours=1, minutes=30), "Dee"])
    ws.cell(row=5, column=5).number_format = "[h]:mm"
    wb.save(path)


def serials(path: Path) -> None:
    """Dates typed as plain Excel serial numbers (no date format)."""
    wb, ws = book()
    ws.append(["Title", "Start", "End", "Date", "Client"])
    ws.append(["Checkup", 45719.375, 45719.395833333336, 45719, "Ann Lee"])
    ws.append(["Cleaning", 45719.4270833333, 45719.4583333333, 45719.0, "Bob Roe"])
    for r in (2, 3):
        for c in (2, 3, 4):
            ws.cell(row=r, column=c).number_format = "General"
    wb.save(path)


def midnight(path: Path) -> None:
    wb, ws = book()
    ws.append(["Title", "Start", "End", "All day"])
    ws.append(["Holiday", D(2025, 12, 25, 0, 0), D(2025, 12, 26, 0, 0), "yes"])
    ws.append(["Late", D(2025, 12, 24, 23, 30), D(2025, 12, 25, 0, 0), "no"])
    wb.save(path)


def text_dates(path: Path, order: str) -> None:
    wb, ws = book()
    ws.append(["Title", "Start", "End", "Client Name"])
    if order == "DMY":
        ws.append(["Checkup", "03/04/2025 09:00", "03/04/2025 09:30", "Ann Lee"])
        ws.append(["Cleaning", "25/12/2025 14:00", "25/12/2025 15:00", "Bob Roe"])
    else:
        ws.append(["Checkup", "04/03/2025 9:00 AM", "04/03/2025 9:30 AM", "Ann Lee"])
        ws.append(["Cleaning", "12/25/2025 2:00 PM", "12/25/2025 3:00 PM", "Bob Roe"])
    wb.save(path)


def phones(path: Path) -> None:
    """Phones stored as numbers (one in scientific display), ids with leading zeros kept as text."""
    wb, ws = book()
    ws.append(["External ID", "Title", "Start", "Client Name", "Phone", "Contact ID", "Zip"])
    ws.append(["00123", "Checkup", D(2025, 3, 3, 9), "Ann Lee", 5551234567, 42.0, "02134"])
    ws.append(["00124", "Cleaning", D(2025, 3, 3, 10), "Bob Roe", 447700900123.0, 43, "  07030  "])
    ws.cell(row=3, column=5).number_format = "0.00E+00"
    wb.save(path)


def formulas(path: Path) -> None:
    """Formulas written by openpyxl carry no saved result."""
    wb, ws = book()
    ws.append(["Title", "Start", "Duration", "End", "Client Name"])
    ws.append(["Checkup", D(2025, 3, 3, 9), 30, "=B2+C2/1440", "Ann Lee"])
    ws.append(["Cleaning", D(2025, 3, 3, 10), 45, "=B3+C3/1440", '=UPPER("bob roe")'])
    wb.save(path)


def ambiguous(path: Path) -> None:
    wb, ws = book()
    ws.append(["Title", "Start", "End", "Client Name", "Phone", "Mobile", "Note", "Notes"])
    ws.append(["Checkup", D(2025, 3, 3, 9), D(2025, 3, 3, 9, 30), "Ann Lee", "555 0100", "555 0199", "a", "b"])
    wb.save(path)


def results_input(path: Path) -> None:
    """A results workbook as the app writes it, submitted again."""
    wb, ws = book()
    ws.append(["id", "external_id", "title", "start_time", "end_time", "calendar", "status", "message"])
    ws.append([9001, "A-1001", "Checkup", D(2025, 3, 3, 9), D(2025, 3, 3, 9, 30), "Dr Smith", "created", None])
    ws.append([None, "A-1002", "Cleaning", D(2025, 3, 3, 10), D(2025, 3, 3, 11), "Dr Smith", "failed",
               "calendar is required"])
    wb.save(path)


def lo_source(path: Path) -> None:
    """The source LibreOffice re-saves: a title row, times, a cached formula and an error formula."""
    wb, ws = book()
    ws["A1"] = "Week of 3 March"
    ws.append([])
    ws.append(["External ID", "Title", "Date", "Start", "End", "Duration", "Client Name", "Phone", "Check"])
    ws.append(["A-1001", "Checkup", dt.date(2025, 3, 3), dt.time(9, 0), dt.time(9, 30), "=(E4-D4)*1440",
               "Ann Lee", 5550100, "=1/0"])
    ws.append(["A-1002", "Cleaning", dt.date(2025, 3, 3), dt.time(10, 15), dt.time(11, 0), "=(E5-D5)*1440",
               "Bob Roe", "0044 20 7946 0000", '=CONCATENATE("ok";"")'])
    ws.append(["A-1003", "Filling", D(2025, 3, 4, 0, 0), D(2025, 3, 4, 14, 0), D(2025, 3, 4, 15, 0), 60,
               "Cé Ñúñez", None, None])
    wb.save(path)


# ---- CSV -------------------------------------------------------------------------------------------

CSV_HEADER = ["External ID", "Title", "Start", "End", "Client Name", "Phone", "Notes"]
CSV_ROWS = [
    ["A-1001", "Checkup", "2025-03-03 09:00", "2025-03-03 09:30", "Ann Lee", "0044 20 7946 0000",
     "Says \"hi\"; bring card"],
    ["A-1002", "Cleaning", "2025-03-03 10:15", "2025-03-03 11:00", "Renée Müller", "5550101", ""],
    ["", "", "", "", "", "", ""],
    ["A-1003", "Filling", "04/03/2025 14:00", "04/03/2025 15:00", "Cé Ñúñez", "+1 555 0100", "café, 2€"],
]


def csv_text(delimiter: str) -> str:
    out = io.StringIO()
    import csv
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(CSV_ROWS)
    return out.getvalue()


def write_csvs() -> None:
    (HERE / "csv_utf8_comma.csv").write_bytes(csv_text(",").encode("utf-8"))
    (HERE / "csv_utf8bom_semicolon.csv").write_bytes(codecs.BOM_UTF8 + csv_text(";").encode("utf-8"))
    (HERE / "csv_utf16_tab.txt").write_bytes(csv_text("\t").encode("utf-16"))          # Excel "Unicode text"
    (HERE / "csv_utf16le_nobom_comma.csv").write_bytes(csv_text(",").encode("utf-16-le"))
    (HERE / "csv_cp1252_semicolon.csv").write_bytes(csv_text(";").encode("cp1252"))
    (HERE / "csv_sep_hint.csv").write_bytes(("sep=;\r\n" + csv_text(";")).encode("utf-8"))
    title = "Appointments export\r\n\r\n" + csv_text("\t")
    (HERE / "csv_title_tab.tsv").write_bytes(title.encode("utf-8"))


# ---- bad files -------------------------------------------------------------------------------------

def write_bad(tmp: Path) -> None:
    (HERE / "bad_text.xlsx").write_text("title,start\nCheckup,2025-03-03 09:00\n", encoding="utf-8")
    (HERE / "bad_pdf.xlsx").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n")
    (HERE / "bad_html.xls").write_text("<html><body><table><tr><td>Title</td><td>Start</td></tr>"
                                       "</table></body></html>", encoding="utf-8")
    (HERE / "bad_zero.xlsx").write_bytes(b"")
    whole = (HERE / "canonical.xlsx").read_bytes()
    (HERE / "bad_truncated.xlsx").write_bytes(whole[: len(whole) // 2])
    corrupt = bytearray(whole)
    middle = len(corrupt) // 2
    corrupt[middle:middle + 200] = b"\x00" * 200
    (HERE / "bad_corrupt.xlsx").write_bytes(bytes(corrupt))
    # A password-protected workbook is an OLE compound file holding EncryptionInfo and EncryptedPackage
    # streams. This is a crafted stand-in (OLE signature and those directory entries), not real encryption.
    ole = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage"):
        entry = name.encode("utf-16-le") + b"\x00\x00"
        ole += entry + b"\x00" * (128 - len(entry))
    (HERE / "bad_encrypted.xlsx").write_bytes(bytes(ole) + b"\x00" * 512)
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.create_sheet("Sheet2")
    wb.save(HERE / "bad_empty.xlsx")
    wb, ws = book()
    ws.append(["Who", "When", "What"])
    ws.append(["Ann", "Monday", "Checkup"])
    wb.save(HERE / "bad_noheader.xlsx")
    with zipfile.ZipFile(HERE / "bad_docx.xlsx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    _zip_bomb(HERE / "bad_zipbomb.xlsx")
    _dimension(HERE / "bad_dimension.xlsx", "A1:C3000000")


def _zip_bomb(path: Path) -> None:
    """A valid-looking xlsx whose sheet inflates to 64 MB of spaces from about 60 KB on disk."""
    canonical_zip = zipfile.ZipFile(HERE / "canonical.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info in canonical_zip.infolist():
            data = canonical_zip.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * (64 * 1024 * 1024))
            z.writestr(info.filename, data)


def _dimension(path: Path, ref: str) -> None:
    canonical_zip = zipfile.ZipFile(HERE / "canonical.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in canonical_zip.infolist():
            data = canonical_zip.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                start = data.index(b"<dimension")
                end = data.index(b"/>", start) + 2
                data = data[:start] + f'<dimension ref="{ref}"/>'.encode() + data[end:]
            z.writestr(info.filename, data)


# ---- LibreOffice -----------------------------------------------------------------------------------

def libreoffice(tmp: Path) -> None:
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: lo_* files not regenerated", file=sys.stderr)
        return
    src = tmp / "lo_schedule.xlsx"
    lo_source(src)
    out = tmp / "out"
    for fmt in ("xls", "ods", "xlsx"):
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", fmt, "--outdir", str(out), str(src)],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(out / f"lo_schedule.{fmt}", HERE / f"lo_schedule.{fmt}")


def main() -> None:
    canonical(HERE / "canonical.xlsx")
    canonical(HERE / "canonical.xlsm")
    synonyms(HERE / "synonyms.xlsx")
    title_rows(HERE / "title_rows.xlsx")
    hidden_first(HERE / "hidden_first.xlsx")
    multi_sheet(HERE / "multi_sheet.xlsx")
    split_columns(HERE / "split_columns.xlsx")
    serials(HERE / "serials.xlsx")
    midnight(HERE / "midnight.xlsx")
    text_dates(HERE / "text_dates_dmy.xlsx", "DMY")
    text_dates(HERE / "text_dates_mdy.xlsx", "MDY")
    phones(HERE / "phones.xlsx")
    formulas(HERE / "formulas_uncached.xlsx")
    ambiguous(HERE / "ambiguous.xlsx")
    results_input(HERE / "results_input.xlsx")
    write_csvs()
    with tempfile.TemporaryDirectory() as tmp:
        write_bad(Path(tmp))
        libreoffice(Path(tmp))
    print(f"corpus written to {HERE}")


if __name__ == "__main__":
    main()
