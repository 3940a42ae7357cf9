"""First run: an empty state that says what the app does, and two ways to begin."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.operations import dashboard as dashboard_ops
from app.operations import licenses as license_ops
from app.ui.dashboard.empty_state_page import EmptyStatePage
from app.ui.main_window import MainWindow

TODAY = date(2026, 11, 22)


@pytest.fixture
def window(qtbot, store):
    window = MainWindow(store, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_empty_database_shows_the_empty_state(window):
    page = window.stack.currentWidget()
    assert isinstance(page, EmptyStatePage)
    assert page.add_button.text() == "添加许可证"
    assert page.examples_button.text() == "载入示例数据"
    shown = "\n".join(label.text() for label in page.findChildren(QLabel))
    assert "呼叫中心业务" in shown and "期限" in shown


def test_examples_load_with_one_click_and_go_with_another(qtbot, window, store):
    page = window.stack.currentWidget()
    qtbot.mouseClick(page.examples_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.dashboard
    model = window.model
    assert model.rowCount() == len(dashboard_ops.dashboard(store, today=TODAY)) >= 4
    assert all(model.index(r, 0).data().startswith("〔示例〕") for r in range(model.rowCount()))
    assert window.dashboard.example_banner.isVisible()
    assert not window.load_examples_action.isEnabled() and window.remove_examples_action.isEnabled()

    qtbot.mouseClick(window.dashboard.remove_examples_button, Qt.MouseButton.LeftButton)
    assert license_ops.license_count(store) == 0
    assert isinstance(window.stack.currentWidget(), EmptyStatePage)
    assert window.load_examples_action.isEnabled()


def test_examples_stay_marked_beside_a_real_license(qtbot, window, store, valid_license_input):
    qtbot.mouseClick(window.stack.currentWidget().examples_button, Qt.MouseButton.LeftButton)
    license_ops.add_license(store, {**valid_license_input, "number": "B2-20150001", "scope": "national"})
    window.refresh()
    marked = [window.model.index(r, 0).data().startswith("〔示例〕") for r in range(window.model.rowCount())]
    assert marked.count(False) == 1 and marked.count(True) >= 4
    window.remove_examples_action.trigger()
    assert window.model.rowCount() == 1
    assert window.stack.currentWidget() is window.dashboard
    assert not window.dashboard.example_banner.isVisible()


def test_add_license_from_the_empty_state(qtbot, window):
    qtbot.mouseClick(window.stack.currentWidget().add_button, Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert page is window.license_page()
    assert page.license_id is None
    assert page.title.text() == "添加许可证"
    assert not page.tabs.isVisible()
