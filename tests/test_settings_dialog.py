import sqlite3

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QMessageBox

from app import config, paths
from app.operations import licenses as license_ops
from app.operations import open_store
from app.storage import backup
from app.storage.settings import get_setting
from app.ui import restart
from app.ui.settings import settings_dialog
from app.ui.settings.settings_dialog import SettingsDialog

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture(autouse=True)
def no_leftover_request():
    restart.take_request()
    yield
    restart.take_request()


@pytest.fixture
def dialog(qtbot, store):
    shown = SettingsDialog(store)
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def answers(monkeypatch):
    """Message boxes answered by the test; every question and warning is recorded."""
    asked = {"question": [], "warning": [], "critical": [], "answer": Yes}

    def question(parent, title, text, *args, **kwargs):
        asked["question"].append(text)
        return asked["answer"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, text, *a: asked["warning"].append(text)))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda p, t, text, *a: asked["critical"].append(text)))
    return asked


def pick_folder(monkeypatch, folder):
    monkeypatch.setattr(settings_dialog.QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(folder)))


def add(store, number, company="甲公司"):
    return license_ops.add_license(store, {"number": number, "company": company, "scope": "national",
                                          "issued": "2021-12-01", "expiry": "2026-11-30"})


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_data_folder_is_shown_and_opened(dialog, store, qtbot, monkeypatch):
    opened = []

    class FakeServices:
        @staticmethod
        def openUrl(url):  # noqa: N802
            opened.append(url)
            return True

    monkeypatch.setattr(settings_dialog, "QDesktopServices", FakeServices)
    assert dialog.folder_label.text() == str(store.path.parent)
    click(qtbot, dialog.open_folder_button)
    assert opened == [QUrl.fromLocalFile(str(store.path.parent))]


def test_an_override_is_explained(dialog):
    # The test's database is a file of its own, as with --db (which wins over the LICENSE_KEEPER_HOME
    # the conftest sets): the next start follows it, not the settings.
    assert "--db" in dialog.override_label.text() and paths.ENV_HOME not in dialog.override_label.text()


def test_back_up_now_lists_the_backup_with_a_preview(dialog, store, qtbot):
    add(store, "B2-20110196", "华信客服")
    assert dialog.backups_tab.table.rowCount() == 0
    click(qtbot, dialog.backups_tab.backup_now_button)
    assert dialog.backups_tab.table.rowCount() == 1
    assert dialog.backups_tab.table.item(0, 1).text() == "手动备份"
    assert dialog.backups_tab.table.item(0, 2).text() == "1"
    assert "许可证 1 张" in dialog.backups_tab.preview.text() and "华信客服" in dialog.backups_tab.preview.text()
    assert [b.reason for b in backup.list_backups(store.path)] == [backup.MANUAL]


def test_restore_asks_first_then_requests_a_restart(dialog, store, qtbot, answers):
    add(store, "B2-20110196")
    click(qtbot, dialog.backups_tab.backup_now_button)
    add(store, "B2-20110197")
    answers["answer"] = No
    click(qtbot, dialog.backups_tab.restore_button)
    assert "1 张许可证" in answers["question"][0] and "不会删除" in answers["question"][0]
    assert restart.pending_request() is None and dialog.isVisible()

    answers["answer"] = Yes
    click(qtbot, dialog.backups_tab.restore_button)
    request = restart.take_request()
    assert request.db_path == store.path
    assert request.restore == backup.list_backups(store.path)[0]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.query("SELECT count(*) FROM licenses")[0][0] == 2     # nothing replaced yet


def test_a_damaged_backup_is_not_restored(dialog, store, qtbot, answers):
    add(store, "B2-20110196")
    click(qtbot, dialog.backups_tab.backup_now_button)
    info = backup.list_backups(store.path)[0]
    info.database_file.write_bytes(b"broken")
    dialog.backups_tab.refresh_backups()
    assert "已损坏" in dialog.backups_tab.preview.text()
    click(qtbot, dialog.backups_tab.restore_button)
    assert answers["warning"] and not answers["question"]
    assert restart.pending_request() is None


def test_moving_the_data_folder_copies_everything_and_remembers_it(dialog, store, qtbot, answers,
                                                                   monkeypatch, tmp_path):
    add(store, "B2-20110196")
    attachments = backup.attachments_folder(store.path) / "1"
    attachments.mkdir(parents=True)
    (attachments / "营业执照.pdf").write_bytes(b"%PDF scan" * 1000)
    before = store.path.read_bytes()
    new_folder = tmp_path / "新的数据文件夹"
    pick_folder(monkeypatch, new_folder)
    click(qtbot, dialog.change_folder_button)

    new_db = new_folder / paths.DB_FILENAME
    request = restart.take_request()
    assert request.db_path == new_db and request.restore is None
    copy = sqlite3.connect(new_db)
    assert copy.execute("SELECT number FROM licenses").fetchall() == [("B2-20110196",)]
    copy.close()
    assert (new_folder / "attachments" / "1" / "营业执照.pdf").read_bytes() == b"%PDF scan" * 1000
    assert config.remembered_data_dir() == new_folder.resolve()
    assert store.path.read_bytes() == before                       # the old folder is untouched
    assert (attachments / "营业执照.pdf").exists()
    assert not list(new_folder.glob("*.copying"))


def test_a_folder_with_a_database_is_used_not_overwritten(dialog, store, qtbot, answers, monkeypatch,
                                                           tmp_path):
    other = tmp_path / "other"
    other_store = open_store(other / paths.DB_FILENAME)
    add(other_store, "B2-20119999", "别家")
    other_store.close()
    existing = (other / paths.DB_FILENAME).read_bytes()
    pick_folder(monkeypatch, other)
    answers["answer"] = No
    click(qtbot, dialog.change_folder_button)
    assert "已经有许可证管家的数据库" in answers["question"][0]
    assert restart.pending_request() is None

    answers["answer"] = Yes
    click(qtbot, dialog.change_folder_button)
    assert restart.take_request().db_path == other / paths.DB_FILENAME
    assert (other / paths.DB_FILENAME).read_bytes() == existing


def test_the_current_folder_is_refused(dialog, store, qtbot, answers, monkeypatch):
    pick_folder(monkeypatch, store.path.parent)
    click(qtbot, dialog.change_folder_button)
    assert "已经是当前的数据文件夹" in answers["warning"][0]
    assert restart.pending_request() is None


def test_the_language_is_stored_for_the_next_start(dialog, store, qtbot):
    assert dialog.language_combo.currentData() == "zh_CN"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert get_setting(store, "language") == "en"
    assert "立即切换" in dialog.language_note.text() and dialog.apply_language_button.isEnabled()
    again = SettingsDialog(store)
    qtbot.addWidget(again)
    assert again.language_combo.currentText() == "English"


def test_switching_the_language_now_reopens_the_window(dialog, store, qtbot):
    from app.ui import restart

    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qtbot.mouseClick(dialog.apply_language_button, Qt.MouseButton.LeftButton)
    request = restart.take_request()
    assert request is not None and request.db_path == store.path and request.restore is None


def test_a_backup_from_a_newer_version_is_not_restored(dialog, store, qtbot, answers):
    from app.storage.migrations import LATEST_VERSION

    add(store, "B2-20110196")
    click(qtbot, dialog.backups_tab.backup_now_button)
    manifest = backup.list_backups(store.path)[0].folder / "manifest.json"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        f'"schema_version": {LATEST_VERSION}', f'"schema_version": {LATEST_VERSION + 1}'), encoding="utf-8")
    dialog.backups_tab.refresh_backups()
    click(qtbot, dialog.backups_tab.restore_button)
    assert "更新版本" in answers["warning"][0] and not answers["question"]
    assert restart.pending_request() is None
