"""The app icon for Windows (.ico) and macOS (.icns), made from resources/apptoto-sheets.png with Qt (no Pillow)."""

from __future__ import annotations

import struct
import sys

from installer.layout import ICON_PNG, ICONS, NAME


def _png_sizes(sizes: list[int]) -> dict[int, bytes]:
    """The app icon scaled to each size, as PNG bytes (QImage needs no QApplication)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage

    image = QImage(str(ICON_PNG))
    if image.isNull():
        raise SystemExit(f"cannot read the icon {ICON_PNG}")
    out = {}
    for size in sizes:
        scaled = image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        scaled.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data)
    return out


def write_ico(path) -> None:
    """A multi-size .ico of PNG images (Windows Vista and later read PNG entries)."""
    images = _png_sizes([16, 24, 32, 48, 64, 128, 256])
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = len(head) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size            # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    path.write_bytes(head + entries + blobs)


def write_icns(path) -> None:
    """A macOS .icns of PNG entries (16 ... 1024 px, normal and @2x), none larger than the source PNG."""
    from PySide6.QtGui import QImageReader

    largest = max(QImageReader(str(ICON_PNG)).size().width(), 16)
    kinds = {"icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512, "ic10": 1024,
             "ic11": 32, "ic12": 64, "ic13": 256, "ic14": 512}
    kinds = {kind: size for kind, size in kinds.items() if size <= largest}
    images = _png_sizes(sorted(set(kinds.values())))
    body = b"".join(k.encode() + struct.pack(">I", 8 + len(images[s])) + images[s] for k, s in kinds.items())
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def make_icons(platform: str = sys.platform) -> None:
    """build/icons/apptoto-sheets.ico on Windows, .icns on macOS (Linux uses the PNG as it is)."""
    ICONS.mkdir(parents=True, exist_ok=True)
    if not ICON_PNG.is_file():
        raise SystemExit(f"the app icon {ICON_PNG} is missing")
    if platform == "win32":
        write_ico(ICONS / f"{NAME}.ico")
    elif platform == "darwin":
        write_icns(ICONS / f"{NAME}.icns")
