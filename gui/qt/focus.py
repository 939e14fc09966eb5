"""A clear ring round the list, table, text box or flat status-bar button that has the keyboard, so Tab and
Ctrl+Tab always show where typing goes (the platform's style draws none round these; buttons and boxes keep the
style's own), and Ctrl+Tab / Ctrl+Shift+Tab to go from panel to panel (Tab moves between the grid's cells)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QToolButton, QWidget

RING = "#1a5fb4"          # dark enough beside white and the highlight blue (contrast above 3:1)
KINDS = (QAbstractItemView, QAbstractScrollArea)


def ring_style(widget: QWidget) -> str:
    name = widget.metaObject().className()
    return f"{name} {{ border: 2px solid transparent; }} {name}:focus {{ border: 2px solid {RING}; }}"


def _ringed(widget: QWidget) -> bool:
    """A list, table or text box, or a flat button (the status bar's): the style marks none of them with focus."""
    return isinstance(widget, KINDS) or isinstance(widget, QToolButton) and widget.autoRaise()


def show_focus(root: QWidget) -> None:
    """Give every focusable list, table and text box under `root` the focus ring."""
    for widget in [root, *root.findChildren(QWidget)]:
        if _ringed(widget) and widget.focusPolicy() != widget.focusPolicy().NoFocus \
                and not widget.styleSheet():
            widget.setStyleSheet(ring_style(widget))


class PanelCycle(QObject):
    """Ctrl+Tab and Ctrl+Shift+Tab give the keyboard to the next and previous panel shown (`panels()`, in order),
    from wherever it is in the window."""

    def __init__(self, window: QWidget, panels: Callable[[], list[QWidget]]) -> None:
        super().__init__(window)
        self.window, self.panels = window, panels
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+Shift+Backtab", -1)):
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self._on_next_activated if step > 0 else self._on_previous_activated)

    def step(self, by: int) -> QWidget | None:
        shown = [w for w in self.panels() if w.isVisible() and w.isEnabled()]
        if not shown:
            return None
        focus = self.window.focusWidget()
        here = next((n for n, w in enumerate(shown) if focus is w or (focus is not None and w.isAncestorOf(focus))),
                    -1 if by > 0 else 0)
        target = shown[(here + by) % len(shown)]
        target.setFocus(Qt.FocusReason.TabFocusReason if by > 0 else Qt.FocusReason.BacktabFocusReason)
        return target

    def _on_next_activated(self) -> None:
        self.step(1)

    def _on_previous_activated(self) -> None:
        self.step(-1)
