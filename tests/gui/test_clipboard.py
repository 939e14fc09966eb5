"""Copy, cut and paste of cell ranges to and from Excel (tab-separated text), and the speed of a big paste."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gui.qt.schedule_model import FIRST_DATA
from tests.gui.editing_helpers import CTRL, cell, press, select, selected_box, text, value


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def test_ctrl_c_copies_the_selected_box_as_excel_text(loaded, qtbot):
    window = loaded
    select(window, cell(window, 2, "Provider"), cell(window, 3, "Appointment Type"))
    press(qtbot, window, Qt.Key.Key_C, CTRL)
    assert clipboard() == "Dr. Patel\tCleaning\r\nDr. Nguyen\tCheck-up\r\n"
    select(window, cell(window, 2, "Date"), cell(window, 2, "Start Time"))
    press(qtbot, window, Qt.Key.Key_C, CTRL)
    assert clipboard() == "2026-12-07\t08:00\r\n"
    assert "Copied 2 cells" in window.statusBar().currentMessage()


def test_ctrl_v_pastes_excel_text_from_the_top_left_cell(loaded, qtbot):
    window = loaded
    QGuiApplication.clipboard().setText('Room 9\t"Ann\nSmith"\r\nRoom 10\tBo\r\n')
    select(window, cell(window, 4, "Location"))
    press(qtbot, window, Qt.Key.Key_V, CTRL)
    assert (value(window, 4, "Location"), value(window, 4, "Client Name")) == ("Room 9", "Ann\nSmith")
    assert (value(window, 5, "Location"), value(window, 5, "Client Name")) == ("Room 10", "Bo")
    assert selected_box(window) == (cell(window, 4, "Location").row(), cell(window, 4, "Location").column(),
                                    cell(window, 5, "Client Name").row(), cell(window, 5, "Client Name").column())


def test_one_copied_cell_fills_the_whole_selection(loaded, qtbot):
    window = loaded
    QGuiApplication.clipboard().setText("Room 7\r\n")
    select(window, cell(window, 2, "Location"), cell(window, 6, "Location"))
    press(qtbot, window, Qt.Key.Key_V, CTRL)
    assert [value(window, n, "Location") for n in range(2, 7)] == ["Room 7"] * 5
    assert value(window, 7, "Location") != "Room 7"


def test_a_block_that_fits_the_selection_repeats_and_a_bigger_one_extends_it(loaded, qtbot):
    window = loaded
    QGuiApplication.clipboard().setText("A\r\nB\r\n")
    select(window, cell(window, 2, "Location"), cell(window, 5, "Location"))
    press(qtbot, window, Qt.Key.Key_V, CTRL)
    assert [value(window, n, "Location") for n in range(2, 6)] == ["A", "B", "A", "B"]
    QGuiApplication.clipboard().setText("X\r\nY\r\nZ\r\n")
    select(window, cell(window, 2, "Location"), cell(window, 3, "Location"))
    press(qtbot, window, Qt.Key.Key_V, CTRL)
    assert [value(window, n, "Location") for n in range(2, 6)] == ["X", "Y", "Z", "B"]


def test_a_paste_past_the_last_column_is_clipped_and_says_so(loaded, qtbot):
    window = loaded
    headers = window.document.schedule.headers
    QGuiApplication.clipboard().setText("one\ttwo\tthree\r\n")
    select(window, cell(window, 2, headers[-1]))
    press(qtbot, window, Qt.Key.Key_V, CTRL)
    assert value(window, 2, headers[-1]) == "one"
    assert "2 copied columns did not fit" in window.statusBar().currentMessage()


def test_a_paste_into_the_status_column_starts_at_the_first_sheet_column(loaded, qtbot):
    window = loaded
    QGuiApplication.clipboard().setText("77\r\n")
    index = cell(window, 2, "Apptoto ID")
    select(window, index.siblingAtColumn(0), index.siblingAtColumn(FIRST_DATA - 1))
    press(qtbot, window, Qt.Key.Key_V, CTRL)
    assert value(window, 2, "Apptoto ID") == "77"


def test_ctrl_x_copies_then_clears_as_one_step(loaded, qtbot):
    window = loaded
    select(window, cell(window, 2, "Location"), cell(window, 3, "Location"))
    press(qtbot, window, Qt.Key.Key_X, CTRL)
    assert clipboard() == "Suite 100, 12 Main St\r\nSuite 220, 12 Main St\r\n"
    assert value(window, 2, "Location") is None and value(window, 3, "Location") is None
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert text(window, 3, "Location") == "Suite 220, 12 Main St"


def test_copy_then_paste_keeps_dates_and_times_as_they_were(loaded, qtbot):
    window = loaded
    select(window, cell(window, 2, "Date"), cell(window, 2, "End Time"))
    press(qtbot, window, Qt.Key.Key_C, CTRL)
    select(window, cell(window, 3, "Date"))
    press(qtbot, window, Qt.Key.Key_V, CTRL)
    for header in ("Date", "Start Time", "End Time"):
        assert text(window, 3, header) == text(window, 2, header)
    row = window.document.schedule.rows[1]
    assert row.event["start_time"].startswith("2026-12-07T08:00")


def test_a_10000_cell_paste_is_one_step(loaded, qtbot):
    """10,000 cells (1,000 rows x 10 columns) pasted into 1,000 rows as one undo step (its speed: benchmark 7)."""
    window = loaded
    schedule = window.document.schedule
    from gui.core.schedule import Row

    extra = [(len(schedule.rows) + n, Row(100 + n, [None] * len(schedule.headers), added=True)) for n in range(960)]
    window.model.insert_rows(len(schedule.rows), extra)
    headers = schedule.headers
    first = headers.index("Apptoto ID")
    block = "".join("\t".join(f"r{r}c{c}" for c in range(10)) + "\r\n" for r in range(1000))
    QGuiApplication.clipboard().setText(block)
    window.view.setFocus()
    select(window, window.proxy.index(0, first + FIRST_DATA))
    press(qtbot, window, Qt.Key.Key_V, CTRL)
    assert schedule.rows[999].values[first + 9] == "r999c9"
    assert window.editing.stack.count() == 1


def test_a_10000_row_paste_into_one_column(loaded, qtbot):
    window = loaded
    schedule = window.document.schedule
    from gui.core.schedule import Row

    extra = [(40 + n, Row(100 + n, [None] * len(schedule.headers), added=True)) for n in range(9960)]
    window.model.insert_rows(40, extra)
    QGuiApplication.clipboard().setText("".join(f"Room {n}\r\n" for n in range(10000)))
    select(window, cell(window, 2, "Location"))
    press(qtbot, window, Qt.Key.Key_V, CTRL)
    assert schedule.rows[9999].values[schedule.headers.index("Location")] == "Room 9999"
    assert schedule.rows[0].values[schedule.headers.index("Location")] == "Room 0"
