from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from app.operations import holidays as holiday_ops
from app.operations import licenses as license_ops
from app.operations.holidays import holiday_years
from app.ui.settings.holidays_dialog import HolidaysDialog, PasteScheduleDialog
from tests.qt_typing import type_text

TODAY = date(2026, 11, 22)
SPRING_FESTIVAL = "春节：2月10日至17日放假调休，共8天。2月7日（星期日）、2月20日（星期六）上班。"


@pytest.fixture
def dialog(qtbot, store, valid_license_input, monkeypatch):
    # closing with unsaved changes asks; a test that cares answers otherwise
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    license_ops.add_license(store, valid_license_input)
    window = HolidaysDialog(store, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _sources(window):
    return {window.year_table.item(r, 0).text(): window.year_table.item(r, 1).text()
            for r in range(window.year_table.rowCount())}


def _entries(window):
    return [window.entries.item(i).text() for i in range(window.entries.count())]


def _click_year(qtbot, window, year):
    row = next(i for i, r in enumerate(window.rows) if r.year == year)
    rect = window.year_table.visualItemRect(window.year_table.item(row, 0))
    qtbot.mouseClick(window.year_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_years_show_where_their_working_days_come_from(dialog):
    sources = _sources(dialog)
    assert sources["2026 年"] == "内置（chinese-calendar）"
    assert sources["2027 年"] == "估算（未收录）"
    assert "2032 年" in sources                      # this year and the next six
    assert dialog.year == 2027                       # the first estimated year is selected
    assert dialog.editor.isEnabled()
    assert "估算" in dialog.source_label.text() and "1 张许可证" in dialog.source_label.text()


def test_a_built_in_year_is_shown_read_only(qtbot, dialog):
    _click_year(qtbot, dialog, 2026)
    assert dialog.year == 2026
    assert not dialog.editor.isEnabled()
    assert not dialog.save_button.isVisibleTo(dialog)
    assert "2026-10-01 至 2026-10-07（7 天）  放假" in _entries(dialog)


def test_enter_a_year_with_the_date_editor_and_save(qtbot, dialog, store):
    dialog.from_edit.setDate(QDate(2027, 2, 10))
    dialog.to_edit.setDate(QDate(2027, 2, 17))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.from_edit.setDate(QDate(2027, 2, 7))
    dialog.kind_box.setCurrentIndex(1)                       # 调休上班
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert _entries(dialog) == ["2027-02-07（周日）  调休上班", "2027-02-10 至 2027-02-17（8 天）  放假"]
    assert "（未保存）" in dialog.summary_label.text()
    type_text(dialog.note_edit, "国办发明电〔2026〕1号")
    with qtbot.waitSignal(dialog.schedules_changed) as signal:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert signal.args == [2027]
    rows = {r.year: r for r in holiday_years(store, today=TODAY)}
    assert rows[2027].source == "user"
    assert rows[2027].schedule.workdays == {date(2027, 2, 7)}
    assert len(rows[2027].schedule.holidays) == 8
    assert rows[2027].schedule.note == "国办发明电〔2026〕1号"
    assert _sources(dialog)["2027 年"] == "已录入"
    assert "不再是估算" in dialog.status_label.text()
    saved = license_ops.find_license(store, "京B2-20190350")
    assert not license_ops.deadlines_for(saved, holiday_ops.load_calendar(store)).estimated


def test_a_weekday_cannot_be_a_make_up_working_day(qtbot, dialog, store):
    dialog.from_edit.setDate(QDate(2027, 2, 8))                # a Monday
    dialog.kind_box.setCurrentIndex(1)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "本来就是工作日" in dialog.entry_error.text()
    assert _entries(dialog) == []
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "还没有录入" in dialog.entry_error.text()
    assert holiday_years(store, today=TODAY)[0].source != "user"


def test_remove_a_selected_range(qtbot, dialog):
    dialog.from_edit.setDate(QDate(2027, 1, 1))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.from_edit.setDate(QDate(2027, 5, 1))
    dialog.to_edit.setDate(QDate(2027, 5, 5))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.entries.item(1).setSelected(True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert _entries(dialog) == ["2027-01-01（周五）  放假"]


def test_paste_the_notice_preview_then_use_it(qtbot, dialog, store):
    paste = dialog.open_paste_dialog()
    qtbot.waitExposed(paste)
    type_text(paste.text_edit, "春节：2月10日至17日放假调休，共9天。")
    qtbot.waitUntil(lambda: "共 8 天" in paste.error_label.text())
    assert not paste.use_button.isEnabled()
    paste.text_edit.selectAll()
    type_text(paste.text_edit, SPRING_FESTIVAL)
    qtbot.waitUntil(lambda: paste.use_button.isEnabled())
    assert "放假 8 天，调休上班 2 天" in paste.preview_label.text()
    assert "2027-02-10 至 2027-02-17 休" in paste.preview.toPlainText()
    qtbot.mouseClick(paste.use_button, Qt.MouseButton.LeftButton)
    assert _entries(dialog)[0] == "2027-02-07（周日）  调休上班"
    with qtbot.waitSignal(dialog.schedules_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert {r.year: r.source for r in holiday_years(store, today=TODAY)}[2027] == "user"


def test_paste_dialog_alone_names_the_bad_line(qtbot):
    paste = PasteScheduleDialog(2027)
    qtbot.addWidget(paste)
    paste.show()
    type_text(paste.text_edit, "2027-01-01 休\n2027-02-08 班")
    qtbot.waitUntil(lambda: bool(paste.error_label.text()))
    assert paste.error_label.text().startswith("第 2 行")
    qtbot.mouseClick(paste.use_button, Qt.MouseButton.LeftButton)
    assert paste.isVisible() and paste.schedule is None


def test_delete_an_entered_year(qtbot, dialog, store, monkeypatch):
    dialog.from_edit.setDate(QDate(2027, 1, 1))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.delete_button.isVisibleTo(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert _sources(dialog)["2027 年"] == "已录入"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.schedules_changed) as signal:
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert signal.args == [2027]
    assert _sources(dialog)["2027 年"] == "估算（未收录）"
    assert not dialog.delete_button.isVisibleTo(dialog)
    assert _entries(dialog) == []


def test_unsaved_changes_are_not_lost_by_a_stray_click(qtbot, dialog, monkeypatch):
    dialog.from_edit.setDate(QDate(2027, 1, 1))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    _click_year(qtbot, dialog, 2028)
    assert dialog.year == 2027 and len(_entries(dialog)) == 1
    dialog.reject()
    assert dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    _click_year(qtbot, dialog, 2028)
    assert dialog.year == 2028 and _entries(dialog) == []
