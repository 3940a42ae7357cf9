"""设置 → 通知: start at login, the robots (added, checked, tested, removed), where secrets go;
and the question asked once after the first license is saved."""

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QMessageBox

from app.operations import autostart, notifications
from app.operations import licenses as license_ops
from app.operations.robot_secrets import DATABASE, KEYRING, SERVICE
from app.ui.main_window import MainWindow
from app.ui.settings.notifications_tab import NotificationsTab
from app.ui.settings.robot_dialog import RobotDialog
from app.ui.settings.settings_dialog import SettingsDialog
from tests.robot_server import RobotServer


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(fail.Keyring())


def test_a_credential_store_keeps_address_and_secret_out_of_the_database(store, memory_keyring):
    url = "https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789"
    robot = notifications.add_robot(store, kind="dingtalk", url=url, secret="SEC0123456789abcdef")
    assert robot.secret_place == KEYRING and robot.credential is None
    assert [service for service, _ in memory_keyring.entries] == [SERVICE]
    dump = "\n".join(store.conn.iterdump())
    assert "abcdef0123456789" not in dump and "SEC0123456789abcdef" not in dump
    assert notifications.credential_of(robot).secret == "SEC0123456789abcdef"
    notifications.remove_robot(store, robot.id)
    assert memory_keyring.entries == {}


def test_a_secret_missing_from_the_store_is_a_failure_shown_not_a_crash(store, memory_keyring, valid_license_input):
    from datetime import date

    license_ops.add_license(store, valid_license_input)
    robot = notifications.add_robot(store, kind="wecom", url="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")
    memory_keyring.entries.clear()                     # the database was brought from another computer
    outcome = notifications.send_digests(store, date(2026, 12, 1))[0]
    assert not outcome.ok and "重新填写" in outcome.problem
    assert notifications.failures(store)[0].id == robot.id


def test_without_a_credential_store_the_secret_goes_to_the_database_and_it_says_so(qtbot, store):
    robot = notifications.add_robot(store, kind="wecom", url="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")
    assert robot.secret_place == DATABASE
    tab = NotificationsTab(store)
    qtbot.addWidget(tab)
    assert "数据库文件中" in tab.place_label.text() and str(store.path) in tab.place_label.text()


def test_a_robot_is_added_through_the_dialog_and_tested(qtbot, store, valid_license_input):
    license_ops.add_license(store, valid_license_input)
    tab = NotificationsTab(store)
    qtbot.addWidget(tab)
    assert tab.empty_label.isVisibleTo(tab) and not tab.table.isVisibleTo(tab)
    with RobotServer(secret="SEC0123456789abcdef") as server:
        dialog = tab.add_robot()
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("dingtalk"))
        dialog.url_edit.setText(server.url("dingtalk"))
        dialog.secret_edit.setText("SEC0123456789abcdef")
        dialog.name_edit.setText("行政群")
        dialog.some_button.setChecked(True)
        dialog.license_list.item(0).setCheckState(dialog.license_list.item(0).checkState().Checked)
        dialog.send_trial()
        qtbot.waitUntil(lambda: dialog.trial_button.isEnabled(), timeout=10_000)
        assert "已发送" in dialog.trial_label.text() and len(server.received) == 1
        assert notifications.robots(store) == []                   # a test saves nothing
        assert dialog.save()
        assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == "行政群"
        assert tab.table.item(0, 2).text() == "京B2-20190350"
        tab.send_trial()
        qtbot.waitUntil(lambda: "请到群里查看" in tab.status_label.text(), timeout=10_000)
        assert len(server.received) == 2


def test_bad_input_is_shown_by_its_field_and_nothing_is_saved(qtbot, store):
    dialog = RobotDialog(store)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText("https://oapi.dingtalk.com/robot/send?access_token=x")    # a 钉钉 address
    dialog.secret_edit.setText("x")                                                  # wecom: disabled
    assert not dialog.save()
    assert "类型请选“钉钉”" in dialog.errors["url"].text() and dialog.errors["url"].isVisibleTo(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("dingtalk"))
    dialog.secret_edit.setText("not-a-secret")
    dialog.some_button.setChecked(True)                                             # and none ticked
    assert not dialog.save()
    assert "SEC 开头" in dialog.errors["secret"].text() and "至少选一张" not in dialog.errors["url"].text()
    assert notifications.robots(store) == []


def test_a_robot_is_changed_and_removed(qtbot, store, monkeypatch):
    robot = notifications.add_robot(store, kind="feishu", url="https://open.feishu.cn/open-apis/bot/v2/hook/abc-123")
    tab = NotificationsTab(store)
    qtbot.addWidget(tab)
    dialog = tab.edit_robot()
    assert dialog.url_edit.text().endswith("abc-123") and not dialog.kind_combo.isEnabled()
    dialog.url_edit.setText("https://open.feishu.cn/open-apis/bot/v2/hook/def-456")
    dialog.name_edit.setText("运营群")
    assert dialog.save()
    assert notifications.credential_of(notifications.get_robot(store, robot.id)).url.endswith("def-456")
    assert tab.table.item(0, 0).text() == "运营群"
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    tab.remove_robot()
    assert notifications.robots(store) == [] and tab.table.rowCount() == 0


def test_the_autostart_box_writes_and_removes_the_entry(qtbot, store, tmp_path):
    tab = NotificationsTab(store)
    qtbot.addWidget(tab)
    entry = tmp_path / "xdg-config" / "autostart" / "license-keeper.desktop"     # conftest's XDG_CONFIG_HOME
    assert not tab.autostart_box.isChecked() and "未开启" in tab.autostart_where.text()
    tab.autostart_box.setChecked(True)
    assert entry.exists() and str(entry) in tab.autostart_where.text()
    tab.autostart_box.setChecked(False)
    assert not entry.exists() and not autostart.status(store.path).on


def test_settings_has_a_notifications_tab(qtbot, store):
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show_tab("notifications")
    assert dialog.tabs.currentWidget() is dialog.notifications_tab


def test_start_at_login_is_asked_once_after_the_first_license_is_saved(qtbot, store, tmp_path, autostart_question,
                                                                     valid_license_input):
    autostart_question.answer = True
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.new_license()
    form = window.license_page().form
    for name, text in {"number": "京B2-20190350", "company": "北京示例呼叫服务有限公司",
                       "issued": "2022-03-15", "expiry": "2027-03-14"}.items():
        form.editors[name].setText(text)
    form.editors["scope"].setCurrentIndex(form.editors["scope"].findData("provincial"))
    assert window.license_page().save()
    QApplication.processEvents()                # a timer of 0 ms would have run
    assert autostart_question.asked == 0        # not on top of the question the save itself asks
    window.show_dashboard()
    qtbot.waitUntil(lambda: autostart_question.asked == 1)
    assert (tmp_path / "xdg-config" / "autostart" / "license-keeper.desktop").exists()
    window.offer_autostart()                    # a later save: not asked again
    assert autostart_question.asked == 1
