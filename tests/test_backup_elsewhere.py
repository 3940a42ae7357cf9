"""备份到…: a backup as one file on a folder or USB stick, restored with the same hash checks;
and a restore undone by putting back the data it set aside (storage, the settings tab, the
restart that carries it out, the command line)."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app import config
from app.main import main
from app.operations import backups
from app.storage import backup
from app.storage.backup_file import unpack, write_file
from app.storage.database import open_store
from app.storage.errors import BackupFileRefused, StorageError
from app.storage.set_aside import BEFORE_RESTORE, BEFORE_UNDO, list_set_aside, put_back
from app.ui import application, restart
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.widgets import export_done, file_places
from tests.test_backup import add, dump, make_attachments, tree_bytes

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
NOW = datetime(2026, 12, 5, 15, 30)


@pytest.fixture(autouse=True)
def no_leftover_request():
    restart.take_request()
    yield
    restart.take_request()


@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "U盘"
    folder.mkdir()
    return folder


def changed_after_backup(store, db_path):
    """A license added and an attachment rewritten after the backup: what a restore undoes."""
    add(store, 9, "之后新增")
    (backup.attachments_folder(db_path) / "1" / "notes.txt").write_bytes(b"changed later")


# ---------------------------------------------------------------------- one file
def test_a_backup_to_a_usb_stick_is_one_file_restored_byte_for_byte(store, db_path, usb):
    add(store, 1)
    add(store, 2)
    files = make_attachments(db_path)
    made, written = backups.backup_to_file(db_path, usb / "许可证管家备份.zip", now=NOW)
    assert written == usb / "许可证管家备份.zip" and list(usb.iterdir()) == [written]     # nothing half-written
    with zipfile.ZipFile(written) as archive:
        names = sorted(archive.namelist())
        assert names == sorted(["manifest.json", db_path.name, *(f"attachments/{p}" for p in files)])
        assert json.loads(archive.read("manifest.json"))["reason"] == backups.COPIED
    assert made.reason == backups.COPIED and backups.list_backups(db_path)[0] == made   # kept here too
    backed_up = dump(made.database_file)
    database_bytes = made.database_file.read_bytes()

    changed_after_backup(store, db_path)
    for folder in backup.backups_folder(db_path).iterdir():       # the computer's own backups gone
        shutil.rmtree(folder)
    store.close()
    result = backups.restore_from_file(written, db_path)

    assert db_path.read_bytes() == database_bytes and dump(db_path) == backed_up
    assert tree_bytes(backup.attachments_folder(db_path)) == files
    assert any(BEFORE_RESTORE in p.name for p in result.set_aside)
    assert result.backup.folder.parent == backup.backups_folder(db_path)      # listed like any other
    assert not list(backup.backups_folder(db_path).glob("*.partial"))


def test_a_file_made_here_and_brought_back_reuses_the_backup(store, db_path, usb):
    add(store, 1)
    made, written = backups.backup_to_file(db_path, usb / "b.zip", now=NOW)
    assert unpack(written, db_path) == made
    assert len(backups.list_backups(db_path)) == 1


@pytest.mark.parametrize("damage", ["a byte", "a size", "a name", "no manifest", "not a zip", "cut short"])
def test_a_damaged_or_foreign_file_is_refused_and_nothing_changes(store, db_path, usb, tmp_path, damage):
    add(store, 1)
    make_attachments(db_path)
    made = backup.backup_now(db_path, now=NOW)
    target = usb / "b.zip"
    if damage == "not a zip":
        target.write_text("hello")
    elif damage == "cut short":
        write_file(made, target)
        target.write_bytes(target.read_bytes()[:-200])
    else:
        manifest = json.loads((made.folder / "manifest.json").read_text(encoding="utf-8"))
        with zipfile.ZipFile(target, "w") as archive:
            for item in manifest["files"]:
                data = (made.folder / item["path"]).read_bytes()
                if damage == "a byte" and item["path"] == made.database:
                    data = data[:100] + bytes([data[100] ^ 1]) + data[101:]
                if damage == "a size" and item["path"].endswith("notes.txt"):
                    data += b"!"
                archive.writestr(item["path"], data)
            if damage == "a name":
                manifest["files"][-1]["path"] = "attachments/../../evil.txt"
                archive.writestr("attachments/../../evil.txt", b"x")
            if damage != "no manifest":
                archive.writestr("manifest.json", json.dumps(manifest))
    for folder in backup.backups_folder(db_path).iterdir():
        shutil.rmtree(folder)
    store.close()
    before = db_path.read_bytes()
    with pytest.raises(BackupFileRefused):
        backups.restore_from_file(target, db_path)
    assert db_path.read_bytes() == before and list_set_aside(db_path) == []
    assert list(backup.backups_folder(db_path).iterdir()) == []               # nothing left behind
    assert not (tmp_path / "evil.txt").exists()


def test_a_file_from_a_newer_version_is_refused(store, db_path, usb):
    add(store, 1)
    made, written = backups.backup_to_file(db_path, usb / "b.zip", now=NOW)
    manifest = json.loads((made.folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["schema_version"] = backups.SCHEMA_VERSION + 1
    newer = usb / "newer.zip"
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(newer, "w") as archive:
        for name in source.namelist():
            archive.writestr(name, json.dumps(manifest) if name == "manifest.json" else source.read(name))
    with pytest.raises(BackupFileRefused, match="更新版本"):
        backups.check_restorable(backups.read_file(newer))


# ---------------------------------------------------------------------- undoing a restore
def test_a_restore_is_undone_by_putting_back_what_it_set_aside(store, db_path):
    add(store, 1)
    files = make_attachments(db_path)
    made = backup.backup_now(db_path, now=NOW)
    changed_after_backup(store, db_path)
    store.close()
    before_dump, before_files, before_bytes = dump(db_path), tree_bytes(backup.attachments_folder(db_path)), \
        db_path.read_bytes()

    backup.restore_backup(made, db_path, now=datetime(2026, 12, 5, 16, 0))
    assert tree_bytes(backup.attachments_folder(db_path)) == files
    [copy] = list_set_aside(db_path)
    assert copy.label == BEFORE_RESTORE and copy.set_aside_at == datetime(2026, 12, 5, 16, 0)
    assert copy.license_count() == 2 and copy.attachment_count == len(before_files)
    restored_bytes = db_path.read_bytes()

    moved = put_back(copy, db_path, now=datetime(2026, 12, 5, 16, 5))
    assert db_path.read_bytes() == before_bytes and dump(db_path) == before_dump
    assert tree_bytes(backup.attachments_folder(db_path)) == before_files
    # The restored data is set aside in turn: putting back can be undone too.
    [again] = list_set_aside(db_path)
    assert again.label == BEFORE_UNDO and again.database in moved and again.license_count() == 1
    put_back(again, db_path, now=datetime(2026, 12, 5, 16, 10))
    assert db_path.read_bytes() == restored_bytes
    assert [c.label for c in list_set_aside(db_path)] == [BEFORE_UNDO]


def test_a_copy_with_its_wal_goes_back_with_it(db_path):
    store = open_store(db_path)
    add(store, 1)
    made = backup.backup_now(db_path, now=NOW)
    add(store, 2)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists()                                            # the store is still open
    shutil.copy(db_path, db_path.with_name("copy.sqlite3"))
    shutil.copy(wal, db_path.with_name("copy.sqlite3-wal"))
    store.close()
    db_path.unlink()
    db_path.with_name("copy.sqlite3").rename(db_path)
    db_path.with_name("copy.sqlite3-wal").rename(wal)                   # a database whose saves are in its WAL
    backup.restore_backup(made, db_path, now=datetime(2026, 12, 5, 16, 0))
    [copy] = list_set_aside(db_path)
    assert copy.sidecars and copy.license_count() is None               # not read: nothing written beside it
    put_back(copy, db_path, now=datetime(2026, 12, 5, 16, 5))
    reopened = open_store(db_path)
    assert reopened.query("SELECT count(*) FROM licenses")[0][0] == 2
    reopened.close()


def test_a_copy_no_longer_whole_is_not_put_back(store, db_path):
    add(store, 1)
    make_attachments(db_path)
    made = backup.backup_now(db_path, now=NOW)
    store.close()
    backup.restore_backup(made, db_path, now=datetime(2026, 12, 5, 16, 0))
    [copy] = list_set_aside(db_path)
    copy.attachments.rename(copy.attachments.with_name("moved-away"))
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="不完整"):
        put_back(copy, db_path)
    assert db_path.read_bytes() == before and [c.label for c in list_set_aside(db_path)] == [BEFORE_RESTORE]


def test_data_set_aside_for_another_reason_is_not_offered(store, db_path):
    add(store, 1)
    store.close()
    db_path.with_name(f"{db_path.stem}.damaged-20261205-150000{db_path.suffix}").write_bytes(b"broken")
    assert list_set_aside(db_path) == []


def test_the_restart_carries_out_a_restore_and_its_undoing(store, db_path):
    add(store, 1)
    made = backup.backup_now(db_path, now=NOW)
    add(store, 2)
    store.close()
    _path, said = application._carry_out(restart.RestartRequest(db_path=db_path, restore=made), smoke_test=True)
    assert "已恢复" in said[0]
    [copy] = list_set_aside(db_path)
    _path, said = application._carry_out(restart.RestartRequest(db_path=db_path, put_back=copy), smoke_test=True)
    assert said[0].startswith("已改回") and any("before-undo" in line for line in said)
    reopened = open_store(db_path)
    assert reopened.query("SELECT count(*) FROM licenses")[0][0] == 2
    reopened.close()


# ---------------------------------------------------------------------- the settings tab
@pytest.fixture
def answers(monkeypatch):
    asked = {"question": [], "warning": [], "answer": Yes}

    def question(parent, title, text, *args, **kwargs):
        asked["question"].append(text)
        return asked["answer"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, text, *a: asked["warning"].append(text)))
    return asked


@pytest.fixture
def settings(qtbot, store):
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show_tab("backups")
    dialog.show()
    return dialog


def test_backup_to_a_folder_from_settings_and_open_it(qtbot, settings, store, db_path, usb, monkeypatch,
                                                      documents_folder, export_question):
    tab = settings.backups_tab
    add(store, 1)
    proposed = []

    def save(parent, caption, path, filter_text):
        proposed.append(path)
        return str(usb / "备份"), filter_text                  # typed without .zip

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    export_question.answer = export_done.OPEN_FOLDER
    tab.now = lambda: NOW
    written = tab.backup_to()
    assert proposed == [str(documents_folder / "许可证管家备份-2026-12-05-1530.zip")]
    assert written == usb / "备份.zip" and backups.read_file(written).license_count == 1
    assert export_question.opened == [str(usb)] and "从文件恢复" in export_question.asked[0][1]
    assert tab.table.item(0, 1).text() == "备份到其他位置"
    assert config.remembered_folder(file_places.BACKUP) == usb
    tab.backup_to()
    assert proposed[1].startswith(str(usb))                       # the stick again, next time


def test_restore_from_a_file_asks_then_reopens_on_it(qtbot, settings, store, db_path, usb, monkeypatch, answers):
    tab = settings.backups_tab
    add(store, 1)
    _made, written = backups.backup_to_file(db_path, usb / "b.zip", now=NOW)
    for folder in backup.backups_folder(db_path).iterdir():
        shutil.rmtree(folder)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(written), ""))
    answers["answer"] = No
    tab.restore_from_file()
    assert "文件 b.zip 中" in answers["question"][0] and restart.pending_request() is None
    assert backups.list_backups(db_path) == []                     # nothing unpacked before a yes
    answers["answer"] = Yes
    with qtbot.waitSignal(tab.leaving):
        tab.restore_from_file()
    request = restart.take_request()
    assert request.restore == backups.list_backups(db_path)[0] and request.db_path == db_path


def test_a_bad_file_is_a_message(qtbot, settings, usb, monkeypatch, answers):
    tab = settings.backups_tab
    bad = usb / "b.zip"
    bad.write_text("not a zip")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(bad), ""))
    tab.restore_from_file()
    assert "不是完整的 .zip 文件" in answers["warning"][0] and not answers["question"]


def test_the_data_set_aside_is_listed_and_put_back(qtbot, store, db_path, answers):
    add(store, 1)
    made = backup.backup_now(db_path, now=NOW)
    add(store, 2)
    store.close()
    backup.restore_backup(made, db_path, now=datetime(2026, 12, 5, 16, 0))
    reopened = open_store(db_path)
    dialog = SettingsDialog(reopened)
    qtbot.addWidget(dialog)
    tab = dialog.backups_tab
    assert tab.set_aside_table.rowCount() == 1
    cells = [tab.set_aside_table.item(0, c).text() for c in range(3)]
    assert cells == ["2026-12-05 16:00", "恢复备份前的数据", "2"]
    assert tab.put_back_button.isEnabled()
    tab.put_back_selected()
    assert "2 张许可证" in answers["question"][0] and "同样改名保留" in answers["question"][0]
    request = restart.take_request()
    assert request.put_back == list_set_aside(db_path)[0] and dialog.result() == QDialog.DialogCode.Accepted
    reopened.close()


def test_no_restore_yet_says_so(settings):
    tab = settings.backups_tab
    assert tab.set_aside_table.rowCount() == 0 and not tab.put_back_button.isEnabled()
    assert tab.set_aside_empty.text() == "还没有恢复过备份。"


# ---------------------------------------------------------------------- the command line
def run(capsys, *args):
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_backup_restore_and_undo_from_the_command_line(store, db_path, usb, capsys):
    add(store, 1)
    store.close()
    status, out, err = run(capsys, "backup", "create", "--db", db_path, "--to", usb)
    assert status == 0, err
    [written] = usb.iterdir()
    assert written.name.startswith("许可证管家备份-") and str(written) in out
    reopened = open_store(db_path)
    add(reopened, 2)
    reopened.close()
    status, out, err = run(capsys, "backup", "restore", "--db", db_path, written, "--yes")
    assert status == 0 and "SHA-256 均已核对" in out and "before-restore" in out, err
    status, out, _ = run(capsys, "backup", "list", "--db", db_path)
    assert "恢复备份前的数据  许可证 2 张" in out
    status, out, err = run(capsys, "backup", "undo-restore", "--db", db_path, "--yes")
    assert status == 0 and "已改回" in out, err
    reopened = open_store(db_path)
    assert reopened.query("SELECT count(*) FROM licenses")[0][0] == 2
    reopened.close()


def test_the_command_line_refuses_a_bad_file_with_status_2(store, db_path, usb, capsys):
    add(store, 1)
    store.close()
    bad = usb / "b.zip"
    bad.write_text("no")
    before = db_path.read_bytes()
    status, _out, err = run(capsys, "backup", "restore", "--db", db_path, bad, "--yes")
    assert status == 2 and "未恢复" in err and "Traceback" not in err
    assert db_path.read_bytes() == before
    status, _out, err = run(capsys, "backup", "undo-restore", "--db", db_path, "--yes")
    assert status == 2 and "还没有恢复过备份" in err
    status, _out, err = run(capsys, "backup", "create", "--db", usb / "none.sqlite3")
    assert status == 2 and not (usb / "none.sqlite3").exists()
