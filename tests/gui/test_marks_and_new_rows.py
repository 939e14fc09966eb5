"""Problems never show by colour alone (a mark in the cell, the reasons for screen readers), and a row added in the
grid is labelled plainly and stays quiet (not red, not ticked) until the user types in it or ticks it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from gui.core.problems import ERROR
from gui.qt.schedule_model import CHECK, STATUS
from tests.gui.editing_helpers import CTRL, cell, press, select
from tests.gui.helpers import schedule_row

Role = Qt.ItemDataRole


def first_problem(window, severity):
    problems = window.problems.model
    for position in range(problems.rowCount()):
        row, problem = problems.entry(position)
        if problem.severity == severity and problem.column:
            return row, problem
    raise AssertionError(f"no {severity} in the schedule")


def test_a_cell_with_a_problem_has_a_mark_and_its_reason_for_screen_readers(loaded):
    window = loaded
    row, problem = first_problem(window, ERROR)
    index = window.model.index(window.model.model_row(row), window.model.column_of(problem))
    icon = index.data(Role.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert f"Error: {problem.message}" in index.data(Role.AccessibleDescriptionRole)
    status = index.siblingAtColumn(STATUS)
    assert isinstance(status.data(Role.DecorationRole), QIcon)
    assert problem.message in status.data(Role.AccessibleDescriptionRole)
    clean = next(r for r in range(len(window.document.schedule.rows)) if not window.model.review.severity[r])
    plain = window.model.index(window.model.model_row(clean), STATUS + 1)
    assert plain.data(Role.DecorationRole) is None and plain.data(Role.AccessibleDescriptionRole) is None


def test_an_added_row_is_labelled_new_row_and_stays_quiet_until_typed_in(loaded, qtbot):
    window = loaded
    schedule = window.document.schedule
    problems_before = window.problems.model.rowCount()
    select(window, cell(window, 5, "Location"))
    press(qtbot, window, Qt.Key.Key_Plus, CTRL)
    added = cell(window, 42, "Location")
    assert window.proxy.headerData(added.row(), Qt.Orientation.Vertical) == "new row"
    assert "Row 42" in window.proxy.headerData(added.row(), Qt.Orientation.Vertical, Role.ToolTipRole)
    assert added.siblingAtColumn(STATUS).data(Role.BackgroundRole) is None          # not red at once
    assert added.siblingAtColumn(CHECK).data(Role.CheckStateRole) == Qt.CheckState.Unchecked
    assert window.problems.model.rowCount() == problems_before
    window.model.setData(window.proxy.mapToSource(added), "Room 9", Role.EditRole)  # the user types in it
    assert schedule.rows[schedule_row(window, 42)].quiet is False
    assert window.model.is_checked(schedule_row(window, 42))
    assert added.siblingAtColumn(STATUS).data(Role.BackgroundRole) is not None       # now its problems show
    assert window.problems.model.rowCount() > problems_before


def test_ticking_an_added_row_shows_its_problems(loaded, qtbot):
    window = loaded
    select(window, cell(window, 5, "Location"))
    press(qtbot, window, Qt.Key.Key_Plus, CTRL)
    row = schedule_row(window, 42)
    assert not window.model.review.severity[row]
    window.model.set_checked([row])
    assert window.model.review.severity[row]
    assert cell(window, 42, "Location").siblingAtColumn(STATUS).data(Role.DecorationRole) is not None
