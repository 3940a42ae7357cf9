from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.operations import licenses as license_ops
from app.operations import obligations
from app.operations.reminders import reminders_quiet_on
from app.ui.reminders import tray as tray_module
from app.ui.reminders.reminders_dialog import RemindersDialog, open_reminders, show_start_reminders
from app.ui.reminders.tray import ReminderTray

TODAY = date(2026, 10, 1)


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def with_license(store, valid_license_input):
    license_ops.add_license(store, valid_license_input)
    return store


def _dialog(parent):
    return parent.findChild(RemindersDialog, "remindersDialog")


def test_nothing_due_shows_nothing_at_start(parent, store):
    assert show_start_reminders(parent, store, today=TODAY) is False
    assert _dialog(parent) is None


def test_due_reminders_are_listed_at_start(parent, with_license, qtbot):
    assert show_start_reminders(parent, with_license, today=TODAY) is True
    dialog = _dialog(parent)
    qtbot.waitExposed(dialog)
    model = dialog.model
    assert model.rowCount() == 3
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(3)]
    assert rows[0] == ["28 天", "2026-10-29（估算）", "续期安全日期", "京B2-20190350",
                       "北京示例呼叫服务有限公司", "提前 30 天提醒"]
    assert rows[2][2] == "许可证到期" and rows[2][5] == "提前 180 天提醒"
    assert "依据：" in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "3 个期限" in dialog.heading.text()
    assert dialog.estimate_label.isVisibleTo(dialog)


def test_double_click_asks_for_the_license(parent, with_license, qtbot):
    show_start_reminders(parent, with_license, today=TODAY)
    dialog = _dialog(parent)
    qtbot.waitExposed(dialog)
    license_id = license_ops.find_license(with_license, "京B2-20190350").id
    rect = dialog.table.visualRect(dialog.model.index(1, 2))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dialog.license_requested) as signal:
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [license_id]
    with qtbot.waitSignal(dialog.license_requested) as signal:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert signal.args == [license_id]


def test_quiet_for_today_by_ticking_the_box(parent, with_license, qtbot):
    show_start_reminders(parent, with_license, today=TODAY)
    dialog = _dialog(parent)
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.quiet_box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _dialog(parent) is None)
    assert reminders_quiet_on(with_license, TODAY)
    assert show_start_reminders(parent, with_license, today=TODAY) is False
    assert show_start_reminders(parent, with_license, today=date(2026, 10, 2)) is True


def test_the_menu_entry_opens_even_when_nothing_is_due(parent, store, qtbot):
    dialog = open_reminders(parent, store, today=TODAY)
    qtbot.waitExposed(dialog)
    assert "没有进入提醒范围" in dialog.heading.text()
    assert not dialog.table.isVisibleTo(dialog)


def test_export_button_writes_the_calendar(parent, with_license, qtbot, tmp_path, monkeypatch, export_question):
    target = tmp_path / "期限"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "日历文件 (*.ics)"))
    dialog = open_reminders(parent, with_license, today=TODAY)
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(export_question.asked), timeout=20_000)    # built on a worker thread
    written = tmp_path / "期限.ics"
    assert written.exists() and written.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "4 个期限" in export_question.asked[0][1]


def test_export_failure_is_told_and_writes_nothing(parent, with_license, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "missing" / "x.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: errors.append(text))
    dialog = open_reminders(parent, with_license, today=TODAY)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert "不存在" in errors[0]
    assert not target.exists()


def test_no_tray_offscreen_degrades_quietly(parent, with_license, qtbot):
    assert not tray_module.tray_available()
    assert show_start_reminders(parent, with_license, today=TODAY) is True
    tray = parent.findChild(ReminderTray, "reminderTray")
    assert tray is not None and tray.icon is None


def test_tray_notice_where_there_is_a_tray(parent, with_license, qtbot, monkeypatch):
    monkeypatch.setattr(tray_module, "tray_available", lambda: True)
    show_start_reminders(parent, with_license, today=TODAY)
    tray = parent.findChild(ReminderTray, "reminderTray")
    assert tray.icon is not None and tray.icon.isVisible()
    assert "3 个期限临近" in tray.icon.toolTip()
    with qtbot.waitSignal(tray.open_requested):
        tray.icon.messageClicked.emit()
    tray.hide()


def test_tray_message_names_the_first_deadlines(with_license, qtbot):
    from app.operations.reminders import due_reminders

    reminders = due_reminders(with_license, TODAY)
    title, body = ReminderTray().message(reminders * 2)
    assert title == "许可证管家：6 个期限临近"
    assert body.splitlines()[0] == "京B2-20190350 续期安全日期：还有 28 天"
    assert body.splitlines()[-1] == "另有 3 项，点击查看"


def test_nothing_to_say_means_no_tray(with_license, monkeypatch):
    monkeypatch.setattr(tray_module, "tray_available", lambda: True)
    tray = ReminderTray()
    assert tray.notify([]) is False and tray.icon is None


def test_start_reminders_can_reuse_the_dashboard_rows(parent, with_license, qtbot):
    rows = obligations.overviews(with_license, today=TODAY)
    assert show_start_reminders(parent, with_license, today=TODAY, overviews=rows) is True
    assert _dialog(parent).model.rowCount() == 3


def test_clicking_the_tray_notice_opens_the_reminders_again(parent, with_license, qtbot, monkeypatch):
    monkeypatch.setattr(tray_module, "tray_available", lambda: True)
    show_start_reminders(parent, with_license, today=TODAY)
    qtbot.mouseClick(_dialog(parent).close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _dialog(parent) is None)
    tray = parent.findChild(ReminderTray, "reminderTray")
    tray.icon.messageClicked.emit()
    qtbot.waitUntil(lambda: _dialog(parent) is not None and _dialog(parent).isVisible())
    assert _dialog(parent).model.rowCount() == 3
    tray.hide()
