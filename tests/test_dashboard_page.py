"""The dashboard, driven with the mouse and the keyboard."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.operations import dashboard as dashboard_ops
from app.operations import examples as example_ops
from app.operations import open_store
from app.ui.dashboard import license_table_model as cols
from app.ui.main_window import MainWindow
from benchmarks.fixtures import make_licenses_db
from tests.ui_helpers import type_text

TODAY = date(2026, 11, 22)


def open_window(qtbot, store):
    window = MainWindow(store, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.dashboard.setup_finished)   # sorting and keys: after the first paint
    return window


@pytest.fixture
def window(qtbot, store):
    example_ops.load_example_data(store, today=TODAY)
    return open_window(qtbot, store)


def numbers(window):
    return [window.model.index(r, cols.NUMBER).data() for r in range(window.model.rowCount())]


def test_every_license_with_its_next_deadline(window, store):
    rows = {r.number: r for r in dashboard_ops.dashboard(store, today=TODAY)}
    model = window.model
    assert model.rowCount() == len(rows)
    for r in range(model.rowCount()):
        number = model.index(r, cols.NUMBER).data()
        row = rows[number]
        assert model.index(r, cols.EXPIRY).data() == row.expiry.isoformat()
        assert model.index(r, cols.NEXT_DATE).data().startswith(row.next_deadline.date.isoformat())
        assert model.index(r, cols.SCOPE).data() in ("全网", "地网")
    days = [model.row(r).days_left for r in range(model.rowCount())]
    assert days == sorted(days)                          # most urgent first


def test_typing_in_the_filter_box_filters(qtbot, window):
    type_text(qtbot, window.dashboard.filter_edit, "北京")
    assert numbers(window) == ["京B2-20190350"]
    assert "1 / " in window.dashboard.count_label.text()
    qtbot.keyClick(window.dashboard.filter_edit, Qt.Key.Key_Escape)       # Esc clears the filter
    assert window.dashboard.filter_edit.text() == ""
    assert len(numbers(window)) == window.model.total_count()
    type_text(qtbot, window.dashboard.filter_edit, "b2-2011")             # numbers, any case
    assert numbers(window) == ["B2-20110196"]


def test_status_filter_with_the_keyboard(qtbot, window):
    combo = window.dashboard.status_filter
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)             # 需要处理（逾期或 90 天内）
    assert {window.model.row(r).status for r in range(window.model.rowCount())} == {"overdue", "due30", "due90"}
    qtbot.keyClick(combo, Qt.Key.Key_Down)             # 已逾期
    assert {window.model.row(r).status for r in range(window.model.rowCount())} == {"overdue"}


def test_clicking_a_header_sorts_by_real_values(qtbot, window):
    header = window.dashboard.table.horizontalHeader()
    x = header.sectionViewportPosition(cols.EXPIRY) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    expiries = [window.model.row(r).expiry for r in range(window.model.rowCount())]
    assert expiries in (sorted(expiries), sorted(expiries, reverse=True))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    again = [window.model.row(r).expiry for r in range(window.model.rowCount())]
    assert again == list(reversed(expiries))


def test_double_click_opens_the_license_page(qtbot, window):
    table = window.dashboard.table
    index = window.model.index(1, cols.COMPANY)
    wanted = window.model.row(1).license_id
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)   # a double-click's
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # first press
    assert window.stack.currentWidget() is window.license_page()
    assert window.license_page().license_id == wanted


def test_enter_opens_and_escape_returns(qtbot, window):
    table = window.dashboard.table
    table.setFocus()
    table.setCurrentIndex(window.model.index(2, 0))
    wanted = window.model.row(2).license_id
    qtbot.keyClick(table, Qt.Key.Key_Return)
    page = window.license_page()
    assert window.stack.currentWidget() is page and page.license_id == wanted
    qtbot.keyClick(page.form.editors["company"], Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.dashboard
    assert window.model.row(table.currentIndex().row()).license_id == wanted   # still selected


def test_ctrl_f_focuses_the_filter_and_ctrl_n_adds(qtbot, window):
    window.dashboard.table.setFocus()
    qtbot.keyClick(window.dashboard.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.dashboard.filter_edit
    qtbot.keyClick(window.dashboard.filter_edit, Qt.Key.Key_Down)     # down into the table
    assert QApplication.focusWidget() is window.dashboard.table
    qtbot.keyClick(window.dashboard.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.license_page()
    assert window.stack.currentWidget() is page and page.license_id is None


def test_estimated_dates_are_marked_with_the_reason(window):
    model = window.model
    estimated = [r for r in range(model.rowCount()) if model.row(r).next_deadline.estimated]
    assert estimated, "the examples include a deadline in a year without a holiday schedule"
    index = model.index(estimated[0], cols.NEXT_DATE)
    assert index.data().endswith("（估算）")
    assert "节假日安排尚未收录" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_five_thousand_licenses(qtbot, tmp_path):
    store = open_store(make_licenses_db(tmp_path / "many.sqlite3", 5000, today=TODAY))
    try:
        window = open_window(qtbot, store)
        assert window.model.rowCount() == 5000
        type_text(qtbot, window.dashboard.filter_edit, "上海")
        shown = window.model.rowCount()
        assert 0 < shown < 5000
        assert all("上海" in window.model.row(r).company for r in range(shown))
        window.close()
    finally:
        store.close()
