"""Fuzz `apptoto-sheets validate` with malformed workbooks and CSV files (issue 13); run on demand:

    uv run python tests/fuzz/fuzz_validate.py [--seed N] [--keep DIR] [--only SUBSTRING]

Each input is a mutation of a real file from tests/corpus (Excel-, openpyxl- and LibreOffice-written .xlsx,
.xlsm, .xls, .ods, CSV in several encodings): truncation, bit flips, lying zip sizes, missing or duplicated
parts, bad XML, bad relationships, far and odd cell references, odd numbers, odd encodings. Each runs in a
child process with its address space capped at 2 GB and a time limit; the table gives the exit code, the
seconds, the peak memory and the first line of stderr. The run fails (exit 1) on any traceback, native abort
or hang. pytest does not collect this file (it is not under tests/unit or tests/gui).
"""

from __future__ import annotations

import argparse
import random
import struct
import sys
import tempfile
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.corpus.make_hostile import SHEET, claim_size  # noqa: E402
from tests.helpers.capped import validate  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
Mutation = Callable[[Path], None]         # writes one input to the path it is given


# ---- helpers -----------------------------------------------------------------------------------------------

def _copy(source: str, change: Callable[[bytearray], None]) -> Mutation:
    def make(path: Path) -> None:
        data = bytearray((CORPUS / source).read_bytes())
        change(data)
        path.write_bytes(bytes(data))
    return make


def _rezip(source: str, change: Callable[[str, bytes], bytes | None], extra: dict[str, bytes] | None = None,
           method: int = zipfile.ZIP_DEFLATED) -> Mutation:
    def make(path: Path) -> None:
        with zipfile.ZipFile(CORPUS / source) as src, zipfile.ZipFile(path, "w", method) as out:
            for info in src.infolist():
                data = change(info.filename, src.read(info.filename))
                if data is not None:
                    out.writestr(info.filename, data)
            for name, data in (extra or {}).items():
                out.writestr(name, data)
    return make


def _part(source: str, part: str, change: Callable[[bytes], bytes]) -> Mutation:
    return _rezip(source, lambda name, data: change(data) if name == part else data)


def _sheet(change: Callable[[bytes], bytes], source: str = "canonical.xlsx") -> Mutation:
    return _part(source, SHEET, change)


def _cell(cell: bytes, value: bytes, style: bytes = b"") -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        start = data.index(b'<c r="' + cell + b'"')
        end = data.index(b"</c>", start) + 4
        return data[:start] + b'<c r="' + cell + b'"' + style + b"><v>" + value + b"</v></c>" + data[end:]
    return change


def _then(*mutations: Mutation) -> Mutation:
    def make(path: Path) -> None:
        for mutation in mutations:
            mutation(path)
    return make


def _truncate(source: str, fraction: float) -> Mutation:
    return _copy(source, lambda data: data.__delitem__(slice(int(len(data) * fraction), None)))


def _flips(source: str, seed: int, count: int) -> Mutation:
    def change(data: bytearray) -> None:
        rng = random.Random(seed)
        for _ in range(count):
            at = rng.randrange(len(data))
            data[at] ^= 1 << rng.randrange(8)
    return _copy(source, change)


def _flips_in_part(source: str, part: str, seed: int, count: int) -> Mutation:
    def change(data: bytes) -> bytes:
        out = bytearray(data)
        rng = random.Random(seed)
        for _ in range(count):
            at = rng.randrange(len(out))
            out[at] ^= 1 << rng.randrange(8)
        return bytes(out)
    return _part(source, part, change)


def _directory(source: str, part: str, offset: int, fmt: str, value: int) -> Mutation:
    """A field of `part`'s entry in the zip's central directory set to `value`."""
    def change(data: bytearray) -> None:
        at = data.find(b"PK\x01\x02")
        while at >= 0:
            length = struct.unpack_from("<H", data, at + 28)[0]
            if data[at + 46:at + 46 + length] == part.encode():
                struct.pack_into(fmt, data, at + offset, value)
            at = data.find(b"PK\x01\x02", at + 4)
    return _copy(source, change)


def _xls_record(header: bytes, offset: int, fmt: str, *values: int) -> Mutation:
    def change(data: bytearray) -> None:
        struct.pack_into(fmt, data, data.index(header) + 4 + offset, *values)
    return _copy("lo_schedule.xls", change)


def _xls_header(offset: int, fmt: str, value: int) -> Mutation:
    return _copy("lo_schedule.xls", lambda data: struct.pack_into(fmt, data, offset, value))


def _text(data: bytes) -> Mutation:
    return lambda path: path.write_bytes(data)


def _csv(text: str, encoding: str = "utf-8") -> Mutation:
    return _text(text.encode(encoding))


CSV = "Title,Start,End,Calendar,Client Name,Email\n"
ROW = "Checkup,2025-03-03 09:00,2025-03-03 09:30,Dr Smith,Ann Lee,ann@example.com\n"


# ---- the inputs ----------------------------------------------------------------------------------------------

def inputs(seed: int) -> Iterator[tuple[str, str, Mutation]]:
    """(name, suffix, mutation) of every input."""
    workbooks = ("canonical.xlsx", "lo_schedule.xlsx", "canonical.xlsm", "phones.xlsx")
    for source in workbooks + ("lo_schedule.xls", "lo_schedule.ods", "calamine_date.xlsb"):
        stem, suffix = source.rsplit(".", 1)
        for fraction in (0.1, 0.5, 0.9, 0.99):
            yield f"{stem}-truncated-{int(fraction * 100)}", suffix, _truncate(source, fraction)
        for n in range(4):
            yield f"{stem}-flips-{n}", suffix, _flips(source, seed * 1000 + n, 1 + 7 * n)
    for n in range(8):
        yield f"sheet-xml-flips-{n}", "xlsx", _flips_in_part("lo_schedule.xlsx", SHEET, seed * 77 + n, 1 + 3 * n)
    for n in range(4):
        yield f"shared-strings-flips-{n}", "xlsx", _flips_in_part("lo_schedule.xlsx", "xl/sharedStrings.xml",
                                                                   seed * 91 + n, 1 + 5 * n)
        yield f"styles-flips-{n}", "xlsx", _flips_in_part("lo_schedule.xlsx", "xl/styles.xml", seed * 93 + n,
                                                          1 + 5 * n)

    # lying and broken zip structure
    yield "sheet-size-understated", "xlsx", _directory("canonical.xlsx", SHEET, 24, "<I", 100)
    yield "sheet-size-overstated", "xlsx", _directory("canonical.xlsx", SHEET, 24, "<I", 50_000_000)
    yield "sheet-packed-size-lies", "xlsx", _directory("canonical.xlsx", SHEET, 20, "<I", 3)
    yield "sheet-crc-wrong", "xlsx", _directory("canonical.xlsx", SHEET, 16, "<I", 0xDEADBEEF)
    yield "sheet-offset-wrong", "xlsx", _directory("canonical.xlsx", SHEET, 42, "<I", 7)
    yield "sheet-method-lzma", "xlsx", _directory("canonical.xlsx", SHEET, 10, "<H", 14)
    yield "sheet-encrypted-flag", "xlsx", _directory("canonical.xlsx", SHEET, 8, "<H", 1)
    yield "shared-strings-size-lies", "xlsx", _directory("lo_schedule.xlsx", "xl/sharedStrings.xml", 24, "<I", 9)
    yield "lying-zip-bomb", "xlsx", _then(_sheet(lambda d: d.replace(b"<sheetData>", b"<sheetData>"
                                                                      + b" " * (64 * 1024**2))),
                                          lambda p: claim_size(p, SHEET, 4096))
    yield "lying-bomb-shared-strings", "xlsx", _then(
        _part("lo_schedule.xlsx", "xl/sharedStrings.xml", lambda d: d + b" " * (64 * 1024**2)),
        lambda p: claim_size(p, "xl/sharedStrings.xml", 4096))
    yield "stored-sheet", "xlsx", _rezip("canonical.xlsx", lambda n, d: d, method=zipfile.ZIP_STORED)
    for part in (SHEET, "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels", "xl/styles.xml",
                 "[Content_Types].xml"):
        yield f"missing-{part.replace('/', '_')}", "xlsx", _rezip("canonical.xlsx", lambda n, d, p=part:
                                                                  None if n == p else d)
    yield "missing-shared-strings", "xlsx", _rezip("lo_schedule.xlsx", lambda n, d: None if n == "xl/sharedStrings.xml"
                                                   else d)
    yield "duplicate-sheet-part", "xlsx", _rezip("canonical.xlsx", lambda n, d: d,
                                                 extra={SHEET: b"<worksheet><sheetData><row r=\"1\"><c r=\"XFD1048576\">"
                                                        b"<v>1</v></c></row></sheetData></worksheet>"})
    yield "empty-zip", "xlsx", _text(b"PK\x05\x06" + b"\x00" * 18)

    # relationships and workbook
    rels = "xl/_rels/workbook.xml.rels"
    for target in (b"../../../../etc/passwd", b"/etc/passwd", b"worksheets/../../../x.xml", b"http://evil/x.xml",
                   b"", b"worksheets/sheet1.xml#frag", b"WORKSHEETS/SHEET1.XML", b"/xl/worksheets/sheet1.xml"):
        yield f"rel-target-{target[:12].decode().replace('/', '_') or 'empty'}", "xlsx", _part(
            "canonical.xlsx", rels, lambda d, t=target: d.replace(b"worksheets/sheet1.xml", t))
    yield "rel-id-missing", "xlsx", _part("canonical.xlsx", "xl/workbook.xml", lambda d: d.replace(b'r:id="rId1"',
                                                                                                 b'r:id="rId99"'))
    yield "workbook-1000-sheets", "xlsx", _part("canonical.xlsx", "xl/workbook.xml", lambda d: d.replace(
        b"</sheets>", b"".join(b'<sheet name="S%d" sheetId="%d" r:id="rId1"/>' % (i, i + 10) for i in range(1000))
        + b"</sheets>"))
    yield "workbook-utf16", "xlsx", _part("canonical.xlsx", "xl/workbook.xml",
                                          lambda d: b"\xff\xfe" + d.decode().encode("utf-16-le"))
    yield "sheet-utf16", "xlsx", _sheet(lambda d: b"\xff\xfe" + d.decode().encode("utf-16-le"))
    yield "rels-not-xml", "xlsx", _part("canonical.xlsx", rels, lambda d: b"\x00\x01garbage")
    yield "workbook-not-xml", "xlsx", _part("canonical.xlsx", "xl/workbook.xml", lambda d: d[: len(d) // 2])

    # the sheet's XML
    yield "sheet-xml-truncated", "xlsx", _sheet(lambda d: d[: len(d) // 2])
    yield "sheet-xml-unclosed", "xlsx", _sheet(lambda d: d.replace(b"</row>", b"", 2))
    yield "sheet-xml-garbage", "xlsx", _sheet(lambda d: d.replace(b"<sheetData>", b"<sheetData>\x00\x01<<<>>&&"))
    yield "sheet-xml-deep", "xlsx", _sheet(lambda d: d.replace(b"<sheetData>", b"<sheetData>" + b"<a>" * 100_000))
    yield "sheet-xml-entities", "xlsx", _sheet(lambda d: b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaa">'
                                               b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>' + d.replace(
                                                   b"<t>Checkup</t>", b"<t>&b;&b;&b;</t>"))
    yield "sheet-no-sheetdata", "xlsx", _sheet(lambda d: d.replace(b"<sheetData>", b"").replace(b"</sheetData>", b""))
    for ref in (b"XFD1048576", b"A4294967296", b"AAAA1", b"XFE1", b"A0", b"1", b"A", b"$A$1", b"A1:B2",
                b"ZZZZZZZZ99999999999", b"xfd1048576", b"A-5"):
        yield f"ref-{ref.decode().replace('$', 'D').replace(':', '_')}", "xlsx", _sheet(
            lambda d, r=ref: d.replace(b"</sheetData>", b'<row r="5"><c r="' + r + b'"><v>1</v></c></row></sheetData>'))
    yield "row-r-huge", "xlsx", _sheet(lambda d: d.replace(b"</sheetData>", b'<row r="4294967295"><c><v>1</v></c>'
                                                                          b"</row></sheetData>"))
    yield "cells-without-refs-wide", "xlsx", _sheet(lambda d: d.replace(
        b"</sheetData>", b"<row>" + b"<c><v>1</v></c>" * 20_000 + b"</row></sheetData>"))
    yield "duplicate-r", "xlsx", _sheet(lambda d: d.replace(b'<c r="A2"', b'<c r="A2" r="XFD1048576"', 1))
    yield "far-empty-styled", "xlsx", _sheet(lambda d: d.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576"'
                                                                                  b' s="1"/></row></sheetData>'))
    for value in (b"INF", b"-inf", b"NaN", b"1e400", b"-1e400", b"1e308", b"99999999999999999999", b"1e12",
                  b"-0", b"0x10", b"", b"1,5"):
        yield f"end-{value.decode() or 'empty'}", "xlsx", _sheet(_cell(b"E2", value))
    yield "date-style-1e300", "xlsx", _sheet(_cell(b"D2", b"1e300", b' s="1"'))
    yield "date-style-negative", "xlsx", _sheet(_cell(b"D2", b"-1e10", b' s="1"'))
    for value in (b"NaN", b"-inf", b"INF", b"1e400", b"-1e400", b"Infinity"):
        yield f"date-style-{value.decode()}", "xlsx", _sheet(_cell(b"D2", value, b' s="1"'))
    yield "error-cell-garbage", "xlsx", _sheet(lambda d: d.replace(b'<c r="C2" t="inlineStr">', b'<c r="C2" t="e">'))
    yield "type-unknown", "xlsx", _sheet(lambda d: d.replace(b'<c r="C2" t="inlineStr">', b'<c r="C2" t="zz">'))
    yield "shared-string-index-huge", "xlsx", _part("lo_schedule.xlsx", SHEET, lambda d: d.replace(
        b't="s"><v>0</v>', b't="s"><v>99999999999999999999</v>', 1))
    yield "shared-string-count-huge", "xlsx", _part("lo_schedule.xlsx", "xl/sharedStrings.xml", lambda d: d.replace(
        b'uniqueCount="', b'uniqueCount="4294967295', 1))
    yield "formula-without-value", "xlsx", _sheet(lambda d: d.replace(b'<c r="E2" s="1" t="n"><v>45719.39583333334</v>',
                                                                      b'<c r="E2"><f>1/0</f>'))
    yield "style-index-huge", "xlsx", _sheet(lambda d: d.replace(b'<c r="D2" s="1"', b'<c r="D2" s="4294967295"'))
    yield "dimension-huge-lie", "xlsx", _sheet(lambda d: d.replace(b'ref="A1:I4"', b'ref="A1:XFD1048576"'))
    yield "dimension-garbage", "xlsx", _sheet(lambda d: d.replace(b'ref="A1:I4"', b'ref="!!:??"'))

    # .xls
    yield "xls-dimensions-huge", "xls", _xls_record(b"\x00\x02\x0e\x00", 0, "<IIHH", 0, 0xFFFFFFFF, 0, 0xFFFF)
    yield "xls-dimensions-reversed", "xls", _xls_record(b"\x00\x02\x0e\x00", 0, "<IIHH", 9, 2, 5, 1)
    yield "xls-far-cell", "xls", _xls_record(b"\xfd\x00\x0a\x00", 0, "<HH", 0xFFFF, 0xFFFF)
    yield "xls-sst-index-huge", "xls", _xls_record(b"\xfd\x00\x0a\x00", 6, "<I", 0xFFFFFFFF)
    yield "xls-fat-sectors-huge", "xls", _xls_header(44, "<I", 0x7FFFFFFF)
    yield "xls-difat-reserve-huge", "xls", _xls_header(62, "<I", 0xFFFFFFFF)
    yield "xls-dir-start-far", "xls", _xls_header(48, "<I", 0x00FFFFFF)
    yield "xls-sector-shift-bad", "xls", _xls_header(30, "<H", 7)
    yield "xls-difat-loop", "xls", _then(_xls_header(68, "<I", 0), _xls_header(72, "<I", 1))
    yield "xls-boundsheet-beyond", "xls", _xls_record(b"\x85\x00", 0, "<I", 0x7FFFFFFF)

    # .xlsb (records: type and length as varints, a row header's number and a cell's column first)
    sheet_bin = "xl/worksheets/sheet1.bin"
    for n in range(6):
        yield f"xlsb-sheet-flips-{n}", "xlsb", _flips_in_part("calamine_date.xlsb", sheet_bin, seed * 31 + n, 1 + 2 * n)
    yield "xlsb-record-length-huge", "xlsb", _part("calamine_date.xlsb", sheet_bin, lambda d: d.replace(
        bytes([0x02, 0x0C]), bytes([0x02, 0xFF, 0xFF, 0xFF, 0x7F]), 1))
    yield "xlsb-column-far", "xlsb", _part("calamine_date.xlsb", sheet_bin, lambda d: d.replace(
        bytes([0x02, 0x0C, 0x01, 0x00, 0x00, 0x00]), bytes([0x02, 0x0C, 0xFF, 0xFF, 0xFF, 0x7F]), 1))
    yield "xlsb-sheet-truncated", "xlsb", _part("calamine_date.xlsb", sheet_bin, lambda d: d[: len(d) // 2])

    # .ods
    ods = "lo_schedule.ods"
    yield "ods-rows-repeated", "ods", _part(ods, "content.xml", lambda d: d.replace(
        b"<table:table-row ", b'<table:table-row table:number-rows-repeated="1048576" ', 1))
    yield "ods-cols-repeated-value", "ods", _part(ods, "content.xml", lambda d: d.replace(
        b'<table:table-cell office:value-type="string"', b'<table:table-cell table:number-columns-repeated="16384" '
        b'office:value-type="string"', 1))
    yield "ods-repeat-garbage", "ods", _part(ods, "content.xml", lambda d: d.replace(
        b"<table:table-row ", b'<table:table-row table:number-rows-repeated="-5" ', 1))
    yield "ods-missing-content", "ods", _rezip(ods, lambda n, d: None if n == "content.xml" else d)
    yield "ods-content-truncated", "ods", _part(ods, "content.xml", lambda d: d[: len(d) // 2])
    yield "ods-mimetype-wrong", "ods", _part(ods, "mimetype", lambda d: b"text/plain")

    # CSV and text
    yield "csv-utf16-odd-length", "csv", _text((CSV + ROW).encode("utf-16-le") + b"\x00")
    yield "csv-utf32", "csv", _text((CSV + ROW).encode("utf-32"))
    yield "csv-invalid-utf8", "csv", _text(CSV.encode() + b"Check\xff\xfe\xfdup,\xc3(,\xe2\x82,x,y,z\n")
    yield "csv-mixed-encoding", "csv", _text(CSV.encode() + ROW.encode() + "Crème,é,è,Dr Smith,Zoë,z@x.org\n".encode(
        "cp1252"))
    yield "csv-nul-bytes", "csv", _text((CSV + ROW).encode().replace(b",", b",\x00"))
    yield "csv-unbalanced-quote", "csv", _csv(CSV + '"Checkup,2025-03-03 09:00\n' + ROW * 3)
    yield "csv-cr-only", "csv", _csv((CSV + ROW * 3).replace("\n", "\r"))
    yield "csv-sep-hint-odd", "csv", _csv("sep=\x00\n" + CSV + ROW)
    yield "csv-only-delimiters", "csv", _csv(",,,,\n" * 1000)
    yield "csv-many-columns", "csv", _csv(",".join(f"c{i}" for i in range(20_000)) + "\n")
    yield "csv-field-200k", "csv", _csv(CSV + "x," + "y" * 200_000 + "\n")
    yield "csv-binary", "csv", _text(bytes(random.Random(seed).randrange(256) for _ in range(20_000)))
    yield "csv-numbers", "csv", _csv("Title,Start,Duration,Calendar ID,Calendar\n" + "".join(
        f"x,2025-03-03 09:00,{v},{v},Dr Smith\n" for v in ("1e400", "nan", "INF", "-1e400", "99999999999999999999",
                                                          "1e12", "1" * 5000, "1:" + "9" * 5000, "-0")))
    yield "txt-tabs-utf16-bom", "txt", _text(b"\xff\xfe" + (CSV + ROW).replace(",", "\t").encode("utf-16-le"))


# ---- the run -------------------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--keep", metavar="DIR", help="write the inputs here and keep them")
    parser.add_argument("--only", metavar="TEXT", help="only inputs whose name contains TEXT")
    args = parser.parse_args()
    warnings.simplefilter("ignore")        # zipfile warns when an input is made with a duplicate part name
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="fuzz-validate-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows, bad = [], []
    print(f"{'input':<40} {'exit':>4} {'seconds':>7} {'peak MB':>7}  first line of stderr")
    for name, suffix, mutation in inputs(args.seed):
        if args.only and args.only not in name:
            continue
        path = folder / f"{name}.{suffix}"
        mutation(path)
        run = validate(path, timeout=30)
        first = (run.lines[0] if run.lines else "").removeprefix("apptoto-sheets: ")
        code = "hang" if run.code is None else str(run.code)
        print(f"{path.name:<40} {code:>4} {run.seconds:7.2f} {run.peak_mb:7.0f}  {first[:150]}", flush=True)
        rows.append(run)
        if run.crashed:
            bad.append((path.name, run.stderr[-3000:]))
    hangs = sum(r.code is None for r in rows)
    aborts = sum(r.code is not None and r.code < 0 for r in rows)
    tracebacks = sum("Traceback (most recent call last)" in r.stderr for r in rows)
    print(f"\n{len(rows)} inputs: {tracebacks} tracebacks, {aborts} native aborts or signals, {hangs} hangs; "
          f"slowest {max(r.seconds for r in rows):.2f} s, largest {max(r.peak_mb for r in rows):.0f} MB")
    for name, tail in bad:
        print(f"\n---- {name}\n{tail}")
    if not args.keep:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
