"""Unpack the parts of a zip package (.xlsx .xlsm .xlsb .ods) safely, and find them the way calamine does.

A part is unpacked from its raw bytes, not through zipfile, and what comes out is counted as it comes: the
sizes in a zip's directory can lie (one that understated a part made zipfile stop early and fail its CRC
check with a traceback), and a part that grows beyond the limits is refused before it is all in memory.
The CRC is left to calamine, which checks it as it reads.
"""

from __future__ import annotations

import queue
import struct
import threading
import time
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from gui.core.i18n import tr
from gui.core.table import WorkbookError
from gui.sheets.limits import MAX_RATIO, MAX_UNCOMPRESSED, RATIO_FLOOR
from gui.sheets.sniff import corrupt_zip, unreadable, where

PIECE = 1024 * 1024          # unpacked bytes handed out at a time
_READ = 256 * 1024           # packed bytes read at a time
_LOCAL = b"PK\x03\x04"


class Package:
    """The parts of one zip file: its directory, and each part unpacked on demand within the limits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            with zipfile.ZipFile(path) as archive:
                self.infos = archive.infolist()
        except zipfile.BadZipFile:
            raise WorkbookError(corrupt_zip(path)) from None
        except (OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise WorkbookError(unreadable(path, exc)) from None
        self.names = {info.filename for info in self.infos}

    def find(self, name: str) -> list[zipfile.ZipInfo]:
        """The parts calamine may open for `name` (it compares names ignoring case and \\ versus /)."""
        key = name.lower()
        return [info for info in self.infos
                if info.filename == name or info.filename.replace("\\", "/").lower() == key]

    def read(self, info: zipfile.ZipInfo, limit: int = MAX_UNCOMPRESSED) -> bytes:
        """A whole part (refused when it unpacks to more than `limit` bytes)."""
        return b"".join(self._limited(info, limit))

    def measure(self, info: zipfile.ZipInfo, limit: int = MAX_UNCOMPRESSED) -> int:
        """The real unpacked size of a part, unpacked and thrown away (refused above `limit` bytes)."""
        return sum(map(len, self._limited(info, limit)))

    def _limited(self, info: zipfile.ZipInfo, limit: int) -> Iterator[bytes]:
        size = 0
        for piece in self.pieces(info):
            size += len(piece)
            if size > limit:
                raise WorkbookError(tr("files", "{file} was refused: its part {part} unpacks to more than {most} MB, "
                                       "far more than a workbook needs.", file=where(self.path), part=info.filename,
                                       most=f"{limit // 1024**2:,}"))
            yield piece

    def pieces(self, info: zipfile.ZipInfo, size: int = PIECE) -> Iterator[bytes]:
        """The unpacked bytes of a part, at most `size` at a time."""
        name = info.filename
        if info.flag_bits & 0x1:
            raise WorkbookError(tr("files", "{file} is damaged: its part {part} is encrypted.", file=where(self.path),
                                   part=name))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise WorkbookError(tr("files",
                                   "{file} cannot be read: its part {part} is packed in a way this app does not "
                                   "know (zip method {method}). Save it again in Excel.", file=where(self.path),
                                   part=name, method=info.compress_type))
        try:
            with open(self.path, "rb") as handle:
                handle.seek(info.header_offset)
                head = handle.read(30)
                if len(head) < 30 or head[:4] != _LOCAL:
                    raise WorkbookError(tr("files", "{file} is damaged: its part {part} is not where the file's table "
                                           "of contents says (perhaps the download or copy went wrong).",
                                           file=where(self.path), part=name))
                name_length, extra_length = struct.unpack_from("<HH", head, 26)
                handle.seek(info.header_offset + 30 + name_length + extra_length)
                if info.compress_type == zipfile.ZIP_STORED:
                    yield from self._stored(handle, info, size)
                else:
                    yield from self._inflated(handle, info, size)
        except OSError as exc:
            raise WorkbookError(tr("files", "{file} cannot be read: {reason}.", file=where(self.path),
                                   reason=exc.strerror or exc)) from None

    def _stored(self, handle, info: zipfile.ZipInfo, size: int) -> Iterator[bytes]:
        left = info.compress_size
        while left:
            block = handle.read(min(size, left))
            if not block:
                raise self._incomplete(info)
            left -= len(block)
            self._check(info, info.compress_size - left)
            yield block
        if info.compress_size != info.file_size:
            raise self._wrong_size(info, info.compress_size)

    def _inflated(self, handle, info: zipfile.ZipInfo, size: int) -> Iterator[bytes]:
        inflater = zlib.decompressobj(-15)
        left, produced = info.compress_size, 0
        while not inflater.eof:
            data = inflater.unconsumed_tail
            if not data:
                block = handle.read(min(_READ, left)) if left else b""
                if not block:
                    raise self._incomplete(info)
                left -= len(block)
                data = block
            try:
                out = inflater.decompress(data, size)
            except zlib.error as exc:
                raise WorkbookError(tr("files", "{file} is damaged: its part {part} cannot be unpacked ({reason}).",
                                       file=where(self.path), part=info.filename, reason=exc)) from None
            if out:
                produced += len(out)
                self._check(info, produced)
                yield out
        if produced != info.file_size:
            raise self._wrong_size(info, produced)

    def _wrong_size(self, info: zipfile.ZipInfo, size: int) -> WorkbookError:
        return WorkbookError(tr("files", "{file} is damaged: its part {part} holds {size} bytes, not the "
                                         "{expected} the "
                                "file's table of contents says.", file=where(self.path), part=info.filename,
                                size=f"{size:,}", expected=f"{info.file_size:,}"))

    def _incomplete(self, info: zipfile.ZipInfo) -> WorkbookError:
        return WorkbookError(tr("files", "{file} is damaged: its part {part} is incomplete (perhaps the download or "
                                "copy was cut short).", file=where(self.path), part=info.filename))

    def _check(self, info: zipfile.ZipInfo, produced: int) -> None:
        """Refuse a part whose real unpacked size is absurd, whatever the zip directory says."""
        if produced > MAX_UNCOMPRESSED:
            raise WorkbookError(tr("files",
                                   "{file} was refused: its part {part} unpacks to more than the {most} GB this "
                                   "app reads.", file=where(self.path), part=info.filename,
                                   most=MAX_UNCOMPRESSED // 1024**3))
        if produced > RATIO_FLOOR and produced > MAX_RATIO * max(info.compress_size, 1):
            raise WorkbookError(tr("files",
                                   "{file} was refused: its part {part} unpacks to more than {ratio} times its "
                                   "packed size (a zip bomb?).", file=where(self.path), part=info.filename,
                                   ratio=MAX_RATIO))


def ahead(pieces: Iterable[bytes], depth: int = 4) -> Iterator[bytes]:
    """The same pieces, produced by a helper thread up to `depth` ahead: unpacking releases the GIL, so it
    runs while the caller looks through the previous piece."""
    out: queue.Queue = queue.Queue(depth)
    stop = threading.Event()

    def produce() -> None:
        try:
            for piece in pieces:
                while not stop.is_set():
                    try:
                        out.put(piece, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            out.put(_END)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, who raises it
            out.put(exc)

    threading.Thread(target=produce, name="unpack", daemon=True).start()
    try:
        while True:
            time.sleep(0)      # let the helper hand over its piece and go on unpacking without the GIL
            item = out.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()


_END = object()
