"""Every date field: typed as before, or picked from its calendar with the mouse or the keyboard."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView

from app.operations import cases as case_ops
from app.operations import licenses as license_ops
from app.ui.widgets.form_widgets import DateField
from tests.ui_helpers import type_text

TODAY = date(2026, 11, 22)


@pytest.fixture
def field(qtbot):
    field = DateField(date(2027, 3, 1))
    qtbot.addWidget(field)
    field.resize(200, 28)
    field.show()
    qtbot.waitExposed(field)
    field.setFocus()
    return field


def open_with_keys(qtbot, field, key=Qt.Key.Key_Down, modifier=Qt.KeyboardModifier.AltModifier):
    qtbot.keyClick(field, key, modifier)
    assert field.popup is not None and field.popup.isVisible()
    return field.popup


def day_cell(calendar, day: date):
    """Where ``day`` of the month shown is drawn in the calendar's table."""
    view = calendar.findChild(QTableView)
    model = view.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if row > 0 and index.data() == day.day and (row > 2 or day.day < 15):
                return view, view.visualRect(index).center()
    raise AssertionError(f"{day} is not shown")


def test_typing_still_works_both_ways(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    type_text(qtbot, field, "2027年3月1日")
    assert field.text() == "2027年3月1日"
    assert field.day() == date(2027, 3, 1)
    field.setText("2027-03-01")
    assert field.day() == date(2027, 3, 1)
    field.setText("2027-02-30")
    assert field.day() is None


def test_alt_down_opens_the_month_of_the_date_and_enter_picks_a_day(qtbot, field):
    finished, picked = [], []
    field.editingFinished.connect(lambda: finished.append(field.text()))
    field.date_picked.connect(picked.append)
    popup = open_with_keys(qtbot, field)
    calendar = popup.calendar
    assert calendar.selectedDate() == QDate(2027, 3, 1)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.popup is None)
    assert field.text() == "2027-03-02"
    # (Offscreen, the field's window is activated again after the popup, which finishes it twice.)
    assert set(finished) == {"2027-03-02"} and picked == [date(2027, 3, 2)]
    assert field.window().focusWidget() is field


def test_a_day_clicked_with_the_mouse_is_picked(qtbot, field):
    popup = open_with_keys(qtbot, field, Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier)
    view, where = day_cell(popup.calendar, date(2027, 3, 17))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: field.popup is None)
    assert field.text() == "2027-03-17"


def test_the_button_at_the_end_opens_it_and_escape_closes_it_unchanged(qtbot, field):
    field.calendar_action.trigger()
    popup = field.popup
    assert popup is not None and popup.isVisible()
    assert popup.geometry().top() >= field.mapToGlobal(field.rect().bottomLeft()).y()
    qtbot.keyClick(popup.calendar.focusWidget() or popup.calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: field.popup is None)
    assert field.text() == "2027-03-01"


def test_an_empty_field_opens_on_its_start_month_and_a_read_only_one_not_at_all(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.calendar_start = date(2026, 12, 15)
    assert field.open_calendar().calendar.selectedDate() == QDate(2026, 12, 15)
    field.popup.close()
    field.setReadOnly(True)
    assert field.open_calendar() is None
    assert not field.calendar_action.isVisible()


def test_a_due_date_picked_in_the_checklist_is_saved(qtbot, store, valid_license_input):
    from app.ui.checklist.checklist_view import ChecklistView

    license_id = license_ops.add_license(store, valid_license_input).id
    case = case_ops.start_case(store, license_id, "renewal")
    view = ChecklistView(store, case.id, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    due = view.editor.due
    due.setFocus()
    popup = open_with_keys(qtbot, due)
    assert popup.calendar.selectedDate() == QDate(2026, 11, 22)       # the checklist's today
    view_, where = day_cell(popup.calendar, date(2026, 11, 27))
    qtbot.mouseClick(view_.viewport(), Qt.MouseButton.LeftButton, pos=where)
    item_id = view.current_item_id()
    qtbot.waitUntil(lambda: case_ops.case_items(store, case.id)[0].due_date == date(2026, 11, 27))
    assert view.current_item_id() == item_id


def test_the_license_forms_dates_have_the_calendar(qtbot, store):
    from app.ui.license.license_form import LicenseForm

    form = LicenseForm()
    qtbot.addWidget(form)
    form.set_license(None)
    for name in ("issued", "expiry"):
        assert isinstance(form.editors[name], DateField)
    form.editors["issued"].open_calendar().calendar.activated.emit(QDate(2022, 3, 15))
    assert form.values()["issued"] == "2022-03-15"
