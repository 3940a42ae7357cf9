from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.operations import licenses as license_ops
from app.operations import open_store
from app.storage import backup, start
from app.storage.recovery import Choice
from app.ui import recovery_dialog
from app.ui.recovery_dialog import RecoveryDialog


def damaged_with_backup(db_path):
    store = open_store(db_path)
    license_ops.add_license(store, {"number": "B2-20110196", "company": "甲公司", "scope": "national",
                                   "issued": "2021-12-01", "expiry": "2026-11-30"})
    store.close()
    backup.backup_now(db_path, reason=backup.DAILY)
    db_path.write_bytes(b"\x00" * 4096)
    return start.open_for_start(db_path)


def show(qtbot, problem):
    dialog = RecoveryDialog(problem)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_choices_on_offer_are_the_buttons(qtbot, db_path):
    problem = damaged_with_backup(db_path)
    dialog = show(qtbot, problem)
    assert list(dialog.buttons) == list(problem.choices)
    restore = dialog.buttons[Choice.RESTORE_LATEST]
    assert "1 张许可证" in restore.description()


def test_picking_a_new_database(qtbot, db_path):
    dialog = show(qtbot, damaged_with_backup(db_path))
    qtbot.mouseClick(dialog.buttons[Choice.NEW_DATABASE], Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() == (Choice.NEW_DATABASE, None)
    assert db_path.read_bytes() == b"\x00" * 4096           # the dialog itself changes nothing


def test_another_folder_needs_a_folder(qtbot, db_path, monkeypatch, tmp_path):
    dialog = show(qtbot, damaged_with_backup(db_path))
    answer = [""]
    monkeypatch.setattr(recovery_dialog.QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: answer[0]))
    qtbot.mouseClick(dialog.buttons[Choice.OTHER_FOLDER], Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.chosen() == (Choice.QUIT, None)      # cancelled
    answer[0] = str(tmp_path / "elsewhere")
    qtbot.mouseClick(dialog.buttons[Choice.OTHER_FOLDER], Qt.MouseButton.LeftButton)
    assert dialog.chosen() == (Choice.OTHER_FOLDER, tmp_path / "elsewhere")


def test_closing_the_dialog_means_quit(qtbot, db_path):
    dialog = show(qtbot, damaged_with_backup(db_path))
    dialog.reject()
    assert dialog.chosen() == (Choice.QUIT, None)
