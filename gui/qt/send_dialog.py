"""The send confirmation: before anything leaves, where it goes (the real Apptoto looks the most serious, the sandbox
the lightest) and what it will do (apptoto.confirm's facts); rows in conflict and calendars not seen before are
left out unless ticked here; Send or Cancel."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.apptoto.confirm import APPTOTO, SANDBOX, Facts
from gui.core import words
from gui.core.calendar_names import fold
from gui.core.i18n import tr, trn

# the head of the dialog by how serious the server is: the sandbox light, the real Apptoto the most serious
HEAD_STYLES = {
    SANDBOX: "background: #fde3b5; color: #3d2a00; border: 1px solid #e0a040; padding: 8px;",
    APPTOTO: "background: #b3261e; color: #ffffff; border: 2px solid #7a1a14; padding: 10px; font-size: 12pt;",
}
OTHER_STYLE = "background: #35506e; color: #ffffff; border: 1px solid #1f3147; padding: 10px; font-size: 12pt;"
WARNING_COLOUR = "#9a3b00"
SEEN_MS = 600                # the sandbox's Send becomes the default button this long after the dialog shows
KEYPAD = Qt.KeyboardModifier.KeypadModifier
Remake = Callable[[bool, frozenset[str]], Facts]      # (include conflicts, calendars allowed) -> the facts again


@dataclass(slots=True)
class Confirmation:
    """Everything the dialog says, worked out before it opens: the facts (apptoto.confirm.confirmation) and what
    the window adds. `remake` gives the facts again when the user ticks the conflicts or allows calendars; what
    was chosen is read back from `include_conflicts` and `create` once the dialog is accepted."""

    facts: Facts
    account: str                                          # who and where, in plain words
    warnings: list[str] = field(default_factory=list)     # ids cleared after a switch of server, rows sent already
    notes: list[str] = field(default_factory=list)        # external ids, #auto
    remake: Remake | None = None
    include_conflicts: bool = False
    create: frozenset[str] = frozenset()
    conflicts: dict[int, str] = field(default_factory=dict)      # every conflict among the rows, as first left out
    calendars: list[str] = field(default_factory=list)           # calendars not seen before, as first named

    def __post_init__(self) -> None:
        self.conflicts = dict(self.facts.untick)
        self.calendars = list(self.facts.summary.unknown_calendars)

    @property
    def events(self) -> int:
        return len(self.facts.rows)

    @property
    def sandbox(self) -> bool:
        return self.facts.level == SANDBOX

    def choose(self, include_conflicts: bool, create: frozenset[str]) -> None:
        """The user ticked or unticked: the facts follow."""
        self.include_conflicts, self.create = include_conflicts, frozenset(create)
        if self.remake is not None:
            self.facts = self.remake(include_conflicts, self.create)

    def text(self) -> str:
        """The whole confirmation as plain text (tests, accessibility)."""
        return "\n".join([self.account, *self.facts.lines(), *self.warnings, *self.notes])


class ConfirmSendDialog(QDialog):
    """Send / Cancel; Esc cancels. On the sandbox (practice) Enter sends, once the dialog has been on screen for
    SEEN_MS: an Enter typed ahead or repeated by a held key is not taken for having read it. On the real Apptoto and
    any other server Cancel is the default button, so Enter never sends real appointments: Alt+S or a click does."""

    def __init__(self, confirmation: Confirmation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirm_send")
        self.confirmation = c = confirmation
        level, server = c.facts.level, c.facts.server
        self.setWindowTitle(tr("send_dialog", "Send to the sandbox") if level == SANDBOX else
                            tr("send_dialog", "Send to the REAL Apptoto") if level == APPTOTO else
                            tr("send_dialog", "Send to {host}", host=server.host))
        layout = QVBoxLayout(self)
        self.where = QLabel()
        self.where.setObjectName("confirm_where")
        self.where.setWordWrap(True)
        self.where.setStyleSheet(HEAD_STYLES.get(level, OTHER_STYLE))
        layout.addWidget(self.where)
        inside = QWidget()
        body_layout = QVBoxLayout(inside)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.body = QLabel()
        self.body.setObjectName("confirm_body")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body_layout.addWidget(self.body)
        self.include_conflicts = QCheckBox()
        self.include_conflicts.setObjectName("confirm_include_conflicts")
        self.create: dict[str, QCheckBox] = {}
        if c.conflicts:
            box = QGroupBox(tr("send_dialog", "Rows in conflict after the last Compare"))
            box_layout = QVBoxLayout(box)
            n = len(c.conflicts)
            self.include_conflicts.setText(tr("send_dialog", "Send the row in conflict anyway") if n == 1 else
                                           tr("send_dialog", "Send the {count} rows in conflict anyway",
                                              count=words.number(n)))
            self.include_conflicts.setChecked(c.include_conflicts)
            self.include_conflicts.toggled.connect(self._on_choice_toggled)
            box_layout.addWidget(self.include_conflicts)
            box_layout.addWidget(_note(tr("send_dialog", "Left out unless ticked: Apptoto would not do what the sheet "
                                          "says.")))
            body_layout.addWidget(box)
        if c.calendars:
            box = QGroupBox(tr("send_dialog", "Calendars not seen before in this account"))
            box_layout = QVBoxLayout(box)
            rows = c.facts.summary.calendar_rows
            for name in c.calendars:
                tick = QCheckBox(trn("send_dialog", "Let Apptoto create “{name}” ({count} row)",
                                     "Let Apptoto create “{name}” ({count} rows)", rows.get(name, 0), name=name))
                tick.setObjectName("confirm_create_calendar")
                tick.setChecked(fold(name) in {fold(n) for n in c.create})
                tick.toggled.connect(self._on_choice_toggled)
                self.create[name] = tick
                box_layout.addWidget(tick)
            box_layout.addWidget(_note(tr("send_dialog", "Ticked: Apptoto creates the calendar if it does not have it. "
                                          "Unticked, Apptoto is asked not to create it: if it does not have it, "
                                          "its rows "
                                          "fail, naming it, and nothing is created. Tick only a calendar you mean to "
                                          "add.")))
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("confirm_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)   # the text wraps
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(inside)
        layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox()
        self.send_button = QPushButton()
        self.send_button.setObjectName("confirm_send_button")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setDefault(not c.sandbox)
        self.armed = not c.sandbox                  # Enter does what the default button says
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show()
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.armed:
            self.send_button.setDefault(False)      # the button box made it so on showing: not yet
            QTimer.singleShot(SEEN_MS, self._arm)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~KEYPAD:
            if self.armed:
                (self.send_button if self.send_button.isDefault() else self.cancel_button).click()
            return                                  # before that, Enter does nothing
        super().keyPressEvent(event)

    def _arm(self) -> None:
        """The sandbox's dialog has been seen: Enter sends from now on."""
        self.armed = True
        self.send_button.setDefault(self.send_button.isEnabled())

    def _show(self) -> None:
        c = self.confirmation
        facts = c.facts
        self.where.setText(f"<b>{html.escape(facts.heading())}</b><br>"
                           + tr("send_dialog", "Account: {account}", account=html.escape(c.account)))
        self.body.setText(self._html())
        self.send_button.setText(trn("send_dialog", "&Send {count} event", "&Send {count} events", c.events))
        self.send_button.setEnabled(c.events > 0)

    def _html(self) -> str:
        c = self.confirmation
        lines = c.facts.lines()[1:]                      # the heading is in the head
        items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
        warnings = "".join(f"<li style='color:{WARNING_COLOUR}'><b>{html.escape(w)}</b></li>" for w in c.warnings)
        notes = "".join(f"<li>{html.escape(n)}</li>" for n in c.notes)
        head = "" if c.events else tr("send_dialog", "<p><b>Nothing to send:</b> none of the chosen rows can be "
                                      "sent.</p>")
        return head + f"<ul style='margin-left:-20px'>{warnings}{items}{notes}</ul>"

    def _fit(self) -> None:
        """As wide as reads well, as tall as its text, never taller than the screen (the body then scrolls): a
        1024 × 700 screen shows it whole, buttons included."""
        screen = (self.parentWidget() or self).screen()
        room = screen.availableGeometry() if screen is not None else None
        width = min(640, room.width() - 40) if room else 640
        self.setMinimumWidth(min(520, width))
        inner = width - 2 * self.layout().contentsMargins().left()
        wanted = (self.where.heightForWidth(inner) + self.scroll.widget().heightForWidth(inner)
                  + self.send_button.sizeHint().height() + 4 * self.layout().spacing() + 40)
        height = min(wanted, room.height() - 60) if room else wanted
        self.resize(width, max(height, 240))

    def _on_choice_toggled(self, _on: bool) -> None:
        create = frozenset(name for name, tick in self.create.items() if tick.isChecked())
        self.confirmation.choose(self.include_conflicts.isChecked(), create)
        self._show()


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
