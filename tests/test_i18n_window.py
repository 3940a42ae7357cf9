"""The main window built in English: menus, the dashboard, a license page, no Chinese but data."""

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from app.domain.cases import CASE_STATUSES, ITEM_STATES
from app.domain.deadlines import Deadline
from app.domain.license import LABELS, SCOPES
from app.operations import examples as example_ops
from app.operations import licenses as license_ops
from app.ui import i18n
from app.ui.dashboard import license_table_model as columns
from app.ui.license.license_form import field_labels, scope_labels
from app.ui.main_window import MainWindow
from app.ui.widgets.case_labels import case_status_label, item_state_label
from app.ui.widgets.deadline_titles import short_title
from app.ui.widgets.status_style import short_label

TODAY = date(2026, 11, 22)
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
# Chinese that an English placeholder shows on purpose: what the user types is Chinese.
EXAMPLES_TO_TYPE = ("京B2-20190350", "全国")


def _chinese(texts) -> list[str]:
    found = []
    for text in texts:
        bare = text
        for example in EXAMPLES_TO_TYPE:
            bare = bare.replace(example, "")
        if CJK.search(bare):
            found.append(text)
    return found


@pytest.fixture
def english_window(qapp, qtbot, store):
    """A main window on the example data, built in English; Chinese again afterwards, whatever happens."""
    assert i18n.install_translator(qapp, "en")
    try:
        example_ops.load_example_data(store, today=TODAY)
        window = MainWindow(store, today=lambda: TODAY)
        qtbot.addWidget(window)
        window.resize(1180, 720)
        window.show()
        qtbot.waitExposed(window)
        yield window
    finally:
        i18n.install_translator(qapp, i18n.SOURCE_LANGUAGE)


def _interface_texts(root: QWidget, *, data_labels: tuple[str, ...] = ()) -> list[str]:
    """Every label, button, placeholder and choice shown under ``root`` (not typed-in data)."""
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.objectName() in data_labels:
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [text for text in texts if text]


def test_menus_and_the_dashboard_are_in_english(english_window):
    window = english_window
    assert window.windowTitle() == "License Keeper"
    assert [action.text() for action in window.menuBar().actions()] == ["&Licenses", "&View", "&Tools", "E&xcel", "&Help"]
    model = window.dashboard.model
    header = window.dashboard.table.horizontalHeader()
    headers = [header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
    assert headers == ["Company", "License number", "Scope", "Valid until", "Next deadline", "Due on",
                       "Days left", "Status"]
    assert window.dashboard.count_label.text() == "4 licenses"
    assert window.dashboard.add_button.text() == "Add license"
    assert window.dashboard.example_label.text().startswith("4 licenses are example data")
    shown = {model.index(row, column).data() for row in range(model.rowCount())
             for column in (columns.SCOPE, columns.NEXT, columns.NEXT_DATE, columns.DAYS_LEFT, columns.STATUS)}
    assert {"Overdue", "Within 30 days", "Fine", "2027 annual report"} <= shown
    assert _chinese(shown) == []
    assert _chinese(_interface_texts(window.dashboard)) == []


def test_a_license_page_in_english(english_window):
    window = english_window
    beijing = license_ops.find_license(window.store, "京B2-20190350")
    window.open_license(beijing.id)
    page = window.license_page()
    assert window.stack.currentWidget() is page
    assert page.renewal_button.text() == "Start renewal"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Deadlines", "Procedures", "History"]
    # The title is the license's number and company (data); the timeline's rows are rule data.
    assert _chinese(_interface_texts(page, data_labels=("licenseTitle",))) == []
    labels = {label.buddy(): label.text() for label in page.form.findChildren(QLabel) if label.buddy()}
    assert labels[page.form.editors["number"]] == "License number *"
    assert labels[page.form.editors["capital_wan"]] == "Registered capital (10,000 yuan)"


def test_chinese_labels_are_word_for_word_the_domains(qapp):
    """The UI's own field and deadline names say in Chinese exactly what the domain says."""
    assert i18n.install_translator(qapp, i18n.SOURCE_LANGUAGE)
    assert field_labels() == {name: LABELS[name] for name in field_labels()}
    assert scope_labels() == {key: SCOPES[key] for key in scope_labels()}
    assert {key: case_status_label(key) for key in CASE_STATUSES} == CASE_STATUSES
    assert {key: item_state_label(key) for key in ITEM_STATES} == ITEM_STATES
    from app.domain.obligations import (
        RENEWAL_DECIDED,
        CaseFacts,
        Correction,
        HistoryEvent,
        as_deadline,
        obligations_of,
    )
    from app.domain.workdays import WorkdayCalendar

    calendar = WorkdayCalendar()
    situations = [
        {},
        {"cases": [CaseFacts(1, "renewal", "correction", submitted_on=date(2026, 11, 1),
                             corrections=(Correction(date(2026, 11, 5)),))]},
        {"events": [HistoryEvent(RENEWAL_DECIDED, date(2026, 6, 1), {"renew": False})]},
    ]
    shown: list[Deadline] = []
    for situation in situations:
        owed = obligations_of(issued=date(2022, 3, 15), expiry=date(2027, 3, 14), calendar=calendar,
                              today=date(2026, 6, 1), **situation)
        shown += [as_deadline(item) for item in (*owed.items, *owed.milestones)]
    assert {d.key.split(":")[0] for d in shown} >= {"renewal", "cancellation", "correction", "expiry",
                                                   "annual_report", "prepare_from", "renewal_safe_date"}
    for deadline in shown:
        assert short_title(deadline) == short_label(deadline.label), deadline.key
