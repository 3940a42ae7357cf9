from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.operations import licenses as license_ops
from app.operations import obligations
from app.operations.holidays import holiday_years
from app.ui.settings.holidays_dialog import HolidaysDialog, PasteScheduleDialog
from tests.qt_typing import type_text

TODAY = date(2026, 11, 22)
SPRING_FESTIVAL = "春节：2月10日至17日放假调休，共8天。2月7日（星期日）、2月20日（星期六）上班。"


@pytest.fixture
def dialog(qtbot, store, valid_license_input, monkeypatch):
    # closing with unsaved changes asks; a test that cares answers otherwise
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    # a schedule missing a festival asks too: saved anyway unless a test says otherwise
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Save)
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
    owed = obligations.of_license(store, saved, today=TODAY)
    assert not any(o.estimated for o in owed.items if o.act_by.year == 2027)


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


# ------------------------------------------------------------------ festivals and files
ASKED: list[str] = []


def _answer(monkeypatch, kind, button):
    ASKED.clear()

    def ask(_parent, _title, text, *args, **kwargs):
        ASKED.append(text)
        return button
    monkeypatch.setattr(QMessageBox, kind, ask)


def test_a_typed_schedule_missing_festivals_is_saved_only_when_confirmed(qtbot, dialog, store, monkeypatch):
    dialog.from_edit.setDate(QDate(2027, 2, 5))
    dialog.to_edit.setDate(QDate(2027, 2, 12))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    _answer(monkeypatch, "warning", QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "没有元旦、清明节、劳动节、端午节、中秋节、国庆节的放假日" in ASKED[0]
    assert _sources(dialog)["2027 年"] == "估算（未收录）" and "（未保存）" in dialog.summary_label.text()
    _answer(monkeypatch, "warning", QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.schedules_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _sources(dialog)["2027 年"] == "已录入"


def _write_holiday_cn(path, year, days):
    import json

    path.write_text(json.dumps({"year": year, "papers": [], "days": [
        {"name": name, "date": day, "isOffDay": off} for name, day, off in days]}, ensure_ascii=False),
        encoding="utf-8")
    return path


COMPLETE_2028 = [("元旦", "2028-01-01", True), ("春节", "2028-01-26", True), ("清明节", "2028-04-04", True),
                 ("劳动节", "2028-05-01", True), ("端午节", "2028-05-28", True), ("中秋节", "2028-10-03", True),
                 ("国庆节", "2028-10-01", True), ("国庆节", "2028-10-08", False)]


def test_import_a_file_after_seeing_what_it_changes(qtbot, dialog, store, monkeypatch, tmp_path):
    path = _write_holiday_cn(tmp_path / "2028.json", 2028, COMPLETE_2028)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    _answer(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.schedules_changed) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args == [2028]
    assert "2028 年：放假 7 天，调休上班 1 天（取代估算）" in ASKED[0]
    assert _sources(dialog)["2028 年"] == "已导入" and dialog.year == 2028
    assert "从文件导入" in dialog.source_label.text() and dialog.delete_button.text() == "删除导入的安排"
    assert {r.year: r.kind for r in holiday_years(store, today=TODAY)}[2028] == "imported"


def test_an_incomplete_file_asks_and_a_no_saves_nothing(qtbot, dialog, store, monkeypatch, tmp_path):
    path = _write_holiday_cn(tmp_path / "2028.json", 2028, COMPLETE_2028[:4])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    _answer(monkeypatch, "warning", QMessageBox.StandardButton.Cancel)
    assert dialog.import_file() is False
    assert "没有端午节、中秋节、国庆节的放假日" in ASKED[0]
    assert _sources(dialog)["2028 年"] == "估算（未收录）"


@pytest.mark.parametrize("content, kind, fragment", [
    (b"{\"year\": 2028, \"days\": []}", "information", "国务院尚未公布"),
    (b"{\"year\": 2028, \"days\": [{\"date\": \"2029-06-01\", \"isOffDay\": true}]}", "warning",
     "不在 2028 年内"),
    (b"\x89PNG", "warning", "UTF-8"),
])
def test_a_file_with_nothing_to_import_says_why(qtbot, dialog, store, monkeypatch, tmp_path, content, kind, fragment):
    path = tmp_path / "2028.json"
    path.write_bytes(content)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    _answer(monkeypatch, kind, QMessageBox.StandardButton.Ok)
    assert dialog.import_file() is False
    assert fragment in ASKED[0]
    assert all(r.source != "user" for r in holiday_years(store, today=TODAY))


def test_cancelling_the_file_dialog_does_nothing(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert dialog.import_file() is False
