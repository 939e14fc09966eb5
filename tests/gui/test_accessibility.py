"""Every control of the window and its dialogs has a name a screen reader says, and every command in the menus
can be reached from the keyboard (its own shortcut, or menus opened with Alt and a letter)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from gui.apptoto.journal import Journal
from gui.qt.account import Account
from gui.qt.help_guide import GettingStartedDialog
from gui.qt.history_dialog import HistoryDialog
from gui.qt.mapping_dialog import MappingDialog
from gui.qt.settings_dialog import SettingsDialog

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit,
            QAbstractSlider, QTabBar)


def part_of_another_control(widget: QWidget) -> bool:
    """A combo box's list or line, a spin box's line, a scroll bar: read out as part of their control."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or parent.isWindow() and parent.windowType() in (
                parent.windowType().Popup, parent.windowType().ToolTip):
            return True
        parent = parent.parentWidget()
    return widget.isWindow() or widget.objectName().startswith("qt_")


def unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar) or part_of_another_control(widget):
            continue
        if isinstance(widget, QHeaderView) or (widget.focusPolicy() == Qt.FocusPolicy.NoFocus
                                               and not isinstance(widget, QAbstractButton)):
            continue                                # headers are read with their table; the rest takes no focus
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}")
    return found


def test_every_control_of_the_window_and_its_dialogs_has_an_accessible_name(loaded, qtbot, tmp_path):
    window = loaded
    window.actions.find.trigger()
    schedule = window.document.schedule
    dialogs = [SettingsDialog(Account()), HistoryDialog(None, Journal(tmp_path)), GettingStartedDialog(),
               MappingDialog(schedule.headers, schedule.letters, schedule.names, [""] * len(schedule.headers))]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    missing = [name for root in [window, window.editing.find_dialog, *dialogs] for name in unnamed_controls(root)]
    assert missing == [], missing


def test_the_check_finds_a_control_without_a_name(qtbot):
    from PySide6.QtWidgets import QToolButton, QVBoxLayout
    box = QWidget()
    qtbot.addWidget(box)
    QVBoxLayout(box).addWidget(QToolButton())
    assert unnamed_controls(box) == ["QToolButton '' in QWidget"]


def reachable(action: QAction, menu: QMenu, path: list[QMenu]) -> bool:
    if not action.shortcuts() == [] or action.menu() is not None:
        return True
    return all("&" in m.title().replace("&&", "") for m in path) and "&" in action.text().replace("&&", "")


def menus_of(window) -> list[tuple[QMenu, list[QMenu]]]:
    found = []

    def walk(menu, path):
        found.append((menu, path + [menu]))
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), path + [menu])
    for action in window.menuBar().actions():
        walk(action.menu(), [])
    return found


def test_every_command_in_the_menus_is_reachable_from_the_keyboard(loaded):
    window = loaded
    unreachable = [f"{'/'.join(m.title() for m in path)}: {a.text()}" for menu, path in menus_of(window)
                   for a in menu.actions()
                   if not a.isSeparator() and a.isVisible() and not reachable(a, menu, path)]
    assert unreachable == [], unreachable
    in_menus = {a for menu, _path in menus_of(window) for a in menu.actions()}
    for toolbar_action in window.findChild(QWidget, "main_toolbar").actions():
        assert toolbar_action.isSeparator() or toolbar_action in in_menus, toolbar_action.text()


def test_the_list_or_text_box_with_the_keyboard_shows_it(loaded, qtbot):
    window = loaded
    for widget in (window.view, window.problems.view, window.preview.text):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        focused = widget.grab().toImage()
        window.menuBar().setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        unfocused = widget.grab().toImage()
        edge = [(x, 1) for x in range(10, widget.width() - 10, 25)]      # the top edge of its frame
        assert any(focused.pixel(x, y) != unfocused.pixel(x, y) for x, y in edge), widget.objectName()
