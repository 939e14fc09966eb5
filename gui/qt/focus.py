"""A clear ring round the list, table or text box that has the keyboard, so Tab and Ctrl+Tab always show where
typing goes (the platform's style draws none round these; buttons and boxes keep the style's own)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QWidget

RING = "#1a5fb4"          # dark enough beside white and the highlight blue (contrast above 3:1)
KINDS = (QAbstractItemView, QAbstractScrollArea)


def ring_style(widget: QWidget) -> str:
    name = widget.metaObject().className()
    return f"{name} {{ border: 2px solid transparent; }} {name}:focus {{ border: 2px solid {RING}; }}"


def show_focus(root: QWidget) -> None:
    """Give every focusable list, table and text box under `root` the focus ring."""
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, KINDS) and widget.focusPolicy() != widget.focusPolicy().NoFocus \
                and not widget.styleSheet():
            widget.setStyleSheet(ring_style(widget))
