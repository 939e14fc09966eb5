"""Regenerate the hostile inputs of the corpus: `uv run python tests/corpus/make_hostile.py`.

Each file is a small, crafted version of a way a file once crashed, hung or exhausted the reader (issue 13);
they are built from canonical.xlsx, lo_schedule.xls and lo_schedule.ods (make_corpus.py) and from
calamine_date.xlsb: tests/date.xlsb of calamine (https://github.com/tafia/calamine, MIT licence), kept here
because no program on this machine writes .xlsb. Inputs too big to commit are made at test time by the
functions below the line (big_* and the named pipe).
"""

from __future__ import annotations

import os
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHEET = "xl/worksheets/sheet1.xml"
CSV_HEADER = "Title,Start,End,Duration,Calendar,Calendar ID,Client Name,Email\n"


def rezip(path: Path, edit: Callable[[str, bytes], bytes | None], source: Path | None = None) -> None:
    """A copy of a zip package with each part passed through `edit` (None drops the part)."""
    with zipfile.ZipFile(source or HERE / "canonical.xlsx") as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = edit(info.filename, src.read(info.filename))
            if data is not None:
                out.writestr(info.filename, data, compress_type=info.compress_type)


def in_sheet(change: Callable[[bytes], bytes]) -> Callable[[str, bytes], bytes]:
    return lambda name, data: change(data) if name == SHEET else data


def far_cell(column: str, row: int, dimension: str | None = None) -> Callable[[bytes], bytes]:
    """One more cell, far away, after the data; <dimension> removed or set to `dimension`."""
    def change(data: bytes) -> bytes:
        start = data.index(b"<dimension")
        end = data.index(b"/>", start) + 2
        data = data[:start] + (f'<dimension ref="{dimension}"/>'.encode() if dimension else b"") + data[end:]
        return data.replace(b"</sheetData>", f'<row r="{row}"><c r="{column}{row}"><v>1</v></c></row>'
                                              "</sheetData>".encode())
    return change


def out_of_order(data: bytes) -> bytes:
    """A cell inside row 3 whose reference says row 900,000 (rows otherwise in order)."""
    return data.replace(b'<c r="A3"', b'<c r="I900000"><v>1</v></c><c r="A3"', 1)


def without_references(data: bytes) -> bytes:
    """Cells written without r="..." (as some generators do): a row of 16,384 of them, then a row far down."""
    wide = b"<row>" + b"<c><v>1</v></c>" * 16_384 + b"</row>"
    return data.replace(b"</sheetData>", wide + b'<row r="400"><c><v>2</v></c></row></sheetData>')


def number(value: str, cell: bytes = b"E2", style: bytes = b"") -> Callable[[bytes], bytes]:
    """The cell `cell` holding the number `value` as written in the XML (`style`: e.g. b' s="1"', a date)."""
    def change(data: bytes) -> bytes:
        start = data.index(b'<c r="' + cell + b'"')
        end = data.index(b"</c>", start) + 4
        return data[:start] + b'<c r="' + cell + b'"' + style + b' t="n"><v>' + value.encode() + b"</v></c>" + data[end:]
    return change


def claim_size(path: Path, part: str, size: int) -> None:
    """Make the zip directory say `part` unpacks to `size` bytes."""
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46:at + 46 + length] == part.encode():
            struct.pack_into("<I", data, at + 24, size)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def understate(path: Path, part: str) -> None:
    """The zip directory says the part is half its real size."""
    with zipfile.ZipFile(path) as archive:
        real = archive.getinfo(part).file_size
    claim_size(path, part, real // 2)


def lying_bomb(path: Path) -> None:
    """A sheet that unpacks to 100 MB of spaces from some 100 KB, its directory claiming 2 KB: the declared
    sizes pass the zip-bomb check, only the real unpacked size can tell."""
    rezip(path, in_sheet(lambda data: data.replace(b"<sheetData>", b"<sheetData>" + b" " * (100 * 1024**2))))
    claim_size(path, SHEET, 2048)


# ---- .xls and .ods -----------------------------------------------------------------------------------------

def xls_patch(name: str, change: Callable[[bytearray], None]) -> None:
    data = bytearray((HERE / "lo_schedule.xls").read_bytes())
    change(data)
    (HERE / name).write_bytes(bytes(data))


def _record(data: bytearray, header: bytes) -> int:
    return data.index(header)


def xls_dimensions(data: bytearray) -> None:
    """DIMENSIONS claims rows 0 to 4,294,967,294 and 65,535 columns (calamine reserved them all)."""
    at = _record(data, b"\x00\x02\x0e\x00")
    struct.pack_into("<IIHH", data, at + 4, 0, 0xFFFFFFFF, 0, 0xFFFF)


def xls_far_cell(data: bytearray) -> None:
    """A shared-string cell at row 65,535, column 65,535."""
    at = _record(data, b"\xfd\x00\x0a\x00")
    struct.pack_into("<HH", data, at + 4, 0xFFFF, 0xFFFF)


def xls_loop(data: bytearray) -> None:
    """The directory's chain of sectors points back to itself."""
    fat_sector, directory = struct.unpack_from("<I", data, 76)[0], struct.unpack_from("<I", data, 48)[0]
    struct.pack_into("<I", data, 512 + fat_sector * 512 + directory * 4, directory)


def ods_repeats(name: str, extra: bytes) -> None:
    def edit(part: str, data: bytes) -> bytes:
        if part != "content.xml":
            return data
        at = data.rfind(b"</table:table>")
        return data[:at] + extra + data[at:]
    rezip(HERE / name, edit, HERE / "lo_schedule.ods")


def xlsb_far_cell(path: Path) -> None:
    """calamine_date.xlsb with its last row at 1,048,576 and a cell of it in column XFD (records rewritten
    in place: a row header's number and a cell's column are the first four bytes of their records)."""
    def edit(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet1.bin":
            return data
        out = bytearray(data)
        row = out.rfind(bytes([0x00, 0x19, 0x02, 0x00, 0x00, 0x00]))        # BrtRowHdr, 25 bytes, row 2
        struct.pack_into("<I", out, row + 2, 1_048_575)
        cell = out.rfind(bytes([0x02, 0x0C, 0x01, 0x00, 0x00, 0x00]))       # BrtCellRk, 12 bytes, column 1
        struct.pack_into("<I", out, cell + 2, 16_383)
        return bytes(out)
    rezip(path, edit, HERE / "calamine_date.xlsb")


# ---- CSV -------------------------------------------------------------------------------------------------

def write_csvs() -> None:
    rows = ["Checkup,2025-03-03 09:00,,1e400,Dr Smith,,Ann Lee,ann@example.com",
            "Cleaning,2025-03-03 10:00,,99999999999999999999,Dr Smith,,Bob Roe,bob@example.com",
            "Filling,2025-03-03 11:00,,1e12,Dr Smith,,Cé Ñúñez,ce@example.com",
            "X-ray,2025-03-03 12:00,,nan,Dr Smith,,Dee Fox,dee@example.com",
            "Exam,2025-03-03 13:00,2025-03-03 13:30,,,nan,Eve Hall,eve@example.com",
            "Exam,2025-03-03 14:00,2025-03-03 14:30,,,99999999999999999999,Fay Ray,fay@example.com",
            "Exam,2025-03-03 15:00,2025-03-03 15:30,,,INF,Gus Ng,gus@example.com"]
    (HERE / "hostile_numbers.csv").write_text(CSV_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    mixed = (CSV_HEADER.encode()
             + "Café,2025-03-03 09:00,2025-03-03 09:30,,Dr Smith,,Zoë Adé,zoe@example.com\n".encode()
             + "Crème,2025-03-03 10:00,2025-03-03 10:30,,Dr Smith,,Renée Noël,renee@example.com\n".encode("cp1252")
             + "Thé,2025-03-03 11:00,2025-03-03 11:30,,Dr Smith,,Léa Dufour,lea@example.com\n".encode())
    (HERE / "hostile_mixed_encoding.csv").write_bytes(mixed)


# ---- made at test time (too big to commit, or not a file at all) ---------------------------------------

def big_one_row_csv(path: Path, megabytes: int) -> Path:
    """One line of `megabytes` MB of short fields."""
    field = "abcdefgh,"
    path.write_text(field * (megabytes * 1024**2 // len(field)) + "x\n", encoding="ascii")
    return path


def big_field_csv(path: Path) -> Path:
    """A header, then one field of 10 MB."""
    path.write_text(CSV_HEADER + "Checkup," + "a" * (10 * 1024**2) + "\n", encoding="ascii")
    return path


def wide_late_csv(path: Path) -> Path:
    """100,000 ordinary rows, then one row of 16,000 fields: the padded table would be 1.6 billion cells."""
    with path.open("w", encoding="ascii") as out:
        out.write("Title,Start,End\n")
        out.writelines(f"Visit {i},2025-03-03 09:00,2025-03-03 09:30\n" for i in range(100_000))
        out.write(",".join(["x"] * 16_000) + "\n")
    return path


def big_sheet_xlsx(path: Path, rows: int, stray: str | None = None, stray_after: int = 0) -> Path:
    """canonical.xlsx with `rows` rows of six columns (some 100 bytes of XML each), and the one-cell `stray`
    row (e.g. '<row r="1048576"><c r="F1048576"><v>1</v></c></row>') after row `stray_after`."""
    lines = []
    for n in range(2, rows + 2):
        lines.append(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Visit {n}</t></is></c><c r="B{n}"><v>45719.375'
                     f'</v></c><c r="C{n}"><v>45719.39583</v></c><c r="D{n}" t="inlineStr"><is><t>Dr Smith</t></is>'
                     f'</c><c r="E{n}" t="inlineStr"><is><t>client{n}@example.com</t></is></c><c r="F{n}"><v>{n}</v>'
                     "</c></row>")
        if stray and n == stray_after:
            lines.append(stray)
    if stray and not stray_after:
        lines.append(stray)
    header = ('<row r="1">' + "".join(f'<c r="{c}1" t="inlineStr"><is><t>{h}</t></is></c>' for c, h in
                                      zip("ABCDEF", ("Title", "Start", "End", "Calendar", "Email", "Notes"),
                                          strict=True)) + "</row>")
    xml = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
           + header + "".join(lines) + "</sheetData></worksheet>").encode()
    rezip(path, lambda name, data: xml if name == SHEET else data)
    return path


def named_pipe(path: Path) -> Path:
    os.mkfifo(path)
    return path


def main() -> None:
    rezip(HERE / "hostile_far_cell.xlsx", in_sheet(far_cell("XFD", 1_048_576)))
    rezip(HERE / "hostile_far_cell_lying_dimension.xlsx", in_sheet(far_cell("XFD", 1_048_576, "A1:I4")))
    rezip(HERE / "hostile_far_cell_row_20000.xlsx", in_sheet(far_cell("XFD", 20_000)))
    rezip(HERE / "hostile_far_row.xlsx", in_sheet(far_cell("I", 1_048_576)))
    rezip(HERE / "hostile_out_of_order.xlsx", in_sheet(out_of_order))
    rezip(HERE / "hostile_no_references.xlsx", in_sheet(without_references))
    rezip(HERE / "hostile_understated_size.xlsx", lambda name, data: data)
    understate(HERE / "hostile_understated_size.xlsx", SHEET)
    lying_bomb(HERE / "hostile_lying_zip_bomb.xlsx")
    rezip(HERE / "hostile_missing_sheet.xlsx", lambda name, data: None if name == SHEET else data)
    rezip(HERE / "hostile_traversal.xlsx", lambda name, data: data.replace(
        b"worksheets/sheet1.xml", b"../../../../etc/passwd") if name == "xl/_rels/workbook.xml.rels" else data)
    rezip(HERE / "hostile_infinity.xlsx", in_sheet(number("INF")))
    rezip(HERE / "hostile_nan.xlsx", in_sheet(number("NaN")))
    rezip(HERE / "hostile_1e400.xlsx", in_sheet(number("1e400")))
    rezip(HERE / "hostile_nan_date.xlsx", in_sheet(number("NaN", b"D2", b' s="1"')))       # calamine: 1899-12-30
    rezip(HERE / "hostile_minus_infinity_date.xlsx", in_sheet(number("-inf", b"D2", b' s="1"')))   # it panics
    xls_patch("hostile_dimensions.xls", xls_dimensions)
    xls_patch("hostile_far_cell.xls", xls_far_cell)
    xls_patch("hostile_loop.xls", xls_loop)
    ods_repeats("hostile_repeats.ods", b'<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
                b'table:number-columns-repeated="16384" office:value-type="float" office:value="1"/>'
                b"</table:table-row>")
    xlsb_far_cell(HERE / "hostile_far_cell.xlsb")
    write_csvs()
    print(f"hostile corpus written to {HERE}")


if __name__ == "__main__":
    main()
