"""Draw the app icon (resources/apptoto-sheets.png, 256 px): a blue tile with a calendar sheet and a tick."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

SIZE = 256
BLUE, DARK, LIGHT, GREEN = QColor("#1f6fd1"), QColor("#15539f"), QColor("#dbe8fa"), QColor("#22a06b")


def draw(size: int = SIZE) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    s = size / 256
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(s, s)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BLUE)
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 52, 52)
    p.setBrush(QColor("white"))                                  # the sheet
    p.drawRoundedRect(QRectF(44, 56, 168, 156), 16, 16)
    header = QPainterPath()                                      # its header band
    header.addRoundedRect(QRectF(44, 56, 168, 44), 16, 16)
    header.addRect(QRectF(44, 80, 168, 20))
    p.setBrush(DARK)
    p.drawPath(header.simplified())
    p.setBrush(QColor("white"))                                  # binder rings
    for x in (84, 172):
        p.drawRoundedRect(QRectF(x - 7, 40, 14, 34), 7, 7)
    p.setPen(QPen(LIGHT, 4))                                     # grid cells
    for y in (132, 164):
        p.drawLine(QPointF(56, y), QPointF(200, y))
    for x in (100, 156):
        p.drawLine(QPointF(x, 108), QPointF(x, 200))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(GREEN)                                            # the tick badge
    p.drawEllipse(QPointF(186, 186), 44, 44)
    tick = QPen(QColor("white"), 13, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(tick)
    p.setBrush(QBrush())
    path = QPainterPath(QPointF(165, 187))
    path.lineTo(QPointF(180, 202))
    path.lineTo(QPointF(207, 171))
    p.drawPath(path)
    p.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out = Path(__file__).resolve().parent / "apptoto-sheets.png"
    return 0 if draw().save(str(out)) else 1


if __name__ == "__main__":
    raise SystemExit(main())
