"""The marks a cell with a problem shows beside its colour, so a problem never shows by colour alone: a round
red mark with a cross for an error, an amber triangle with "!" for a warning (two shapes, not two colours)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZE = 16                        # logical pixels; drawn at twice that for high-DPI screens
ERROR_MARK, WARNING_MARK = "error", "warning"


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE * 2, SIZE * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(2, 2)
    return pixmap, painter


def _error_pixmap() -> QPixmap:
    pixmap, painter = _canvas()
    painter.setPen(QPen(QColor("#7f1d1d"), 1))
    painter.setBrush(QColor("#c62828"))
    painter.drawEllipse(QRectF(1.5, 1.5, 13, 13))
    painter.setPen(QPen(QColor("white"), 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5))
    painter.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5))
    painter.end()
    return pixmap


def _warning_pixmap() -> QPixmap:
    pixmap, painter = _canvas()
    triangle = QPainterPath(QPointF(8, 1.5))
    triangle.lineTo(QPointF(15, 14.5))
    triangle.lineTo(QPointF(1, 14.5))
    triangle.closeSubpath()
    painter.setPen(QPen(QColor("#6b4e00"), 1))
    painter.setBrush(QColor("#f2b705"))
    painter.drawPath(triangle)
    painter.setPen(QPen(QColor("#1f1400"), 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(8, 6), QPointF(8, 9.5))
    painter.drawPoint(QPointF(8, 12.3))
    painter.end()
    return pixmap


@cache
def mark(kind: str) -> QIcon:
    """The icon for ERROR_MARK or WARNING_MARK (made once, after the QApplication exists)."""
    pixmap = _error_pixmap() if kind == ERROR_MARK else _warning_pixmap()
    pixmap.setDevicePixelRatio(2)
    return QIcon(pixmap)
