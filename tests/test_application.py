"""Start-up as a whole: damaged files, a second instance, restarts, the daily backup."""

import gc
import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.operations import backups as backup
from app.operations import licenses as license_ops
from app.operations import open_store
from app.storage.migrations import LATEST_VERSION
from app.storage.recovery import Choice
from app.ui import application, recovery_dialog, restart
from app.ui.application import EXIT_ALREADY_RUNNING, EXIT_START_PROBLEM, run_gui
from app.ui.instance_lock import lock_path
from tests.readonly import run_in_read_only_folder


def start_app(db_path, *extra, wait=True, **kwargs):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "app", "--db", str(db_path), *extra]
    if wait:
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, **kwargs)
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def add(store, number="B2-20110196"):
    license_ops.add_license(store, {"number": number, "company": "甲公司", "scope": "national",
                                   "issued": "2021-12-01", "expiry": "2026-11-30"})


def test_smoke_test_on_a_damaged_file_prints_the_problem_and_leaves_the_file(db_path):
    db_path.write_bytes(os.urandom(10_000))
    before = db_path.read_bytes()
    result = start_app(db_path, "--smoke-test")
    assert result.returncode == EXIT_START_PROBLEM
    assert "损坏" in result.stderr and "Traceback" not in result.stderr
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_smoke_test_on_a_newer_database(db_path):
    import sqlite3

    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    result = start_app(db_path, "--smoke-test")
    assert result.returncode == EXIT_START_PROBLEM
    assert "更新版本" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_smoke_test_in_a_read_only_folder():
    result, folder = run_in_read_only_folder("", with_database=True, args=["--smoke-test"])
    assert result.returncode == EXIT_START_PROBLEM, result.stderr
    assert "不可写" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["license-keeper.sqlite3"]


def wait_for(condition, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_second_instance_is_refused_and_a_crashed_ones_lock_is_taken_over(db_path):
    first = start_app(db_path, wait=False)
    try:
        wait_for(lambda: lock_path(db_path).exists() and db_path.exists())
        second = start_app(db_path, "--smoke-test")
        assert second.returncode == EXIT_ALREADY_RUNNING
        assert "已经在运行" in second.stderr and f"进程 {first.pid}" in second.stderr
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    assert lock_path(db_path).exists()                 # left behind by the killed process
    third = start_app(db_path, "--smoke-test")
    assert third.returncode == 0, third.stderr
    assert not lock_path(db_path).exists()             # released on a normal exit


def start_and_quit_after_the_backup(db_path, monkeypatch, *, seen: list | None = None) -> int:
    """A session that quits when the start reminders are due (after the backup began): the
    window then waits for the backup's thread before closing. ``seen`` gets whether garbage
    collection was on by then."""
    monkeypatch.setattr(application, "AFTER_START_DELAY_MS", 0)
    monkeypatch.setattr(application, "START_REMINDERS_DELAY_MS", 0)

    def quit_at_reminders(_window):
        if seen is not None:
            seen.append(gc.isenabled())
        QApplication.instance().quit()

    monkeypatch.setattr(application.MainWindow, "show_start_reminders", quit_at_reminders)
    return run_gui(db_path=db_path)


def test_the_daily_backup_runs_after_the_window_shows(qtbot, store, db_path, monkeypatch):
    add(store)
    store.close()
    assert start_and_quit_after_the_backup(db_path, monkeypatch) == 0
    assert [b.reason for b in backup.list_backups(db_path)] == [backup.DAILY]
    assert start_and_quit_after_the_backup(db_path, monkeypatch) == 0
    assert len(backup.list_backups(db_path)) == 1          # once a day


def test_garbage_collection_paused_for_the_start_resumes_after_it(qtbot, db_path, monkeypatch):
    seen = []
    gc.disable()                                    # as app.main does for a start
    try:
        assert start_and_quit_after_the_backup(db_path, monkeypatch, seen=seen) == 0
    finally:
        gc.enable()
    assert seen == [True]


def test_the_start_pauses_garbage_collection_and_always_resumes_it(monkeypatch, tmp_path):
    from app import main as entry

    during = []

    def fake_run_gui(**_kwargs):
        during.append(gc.isenabled())
        raise RuntimeError("the window failed")

    monkeypatch.setattr(application, "run_gui", fake_run_gui)
    with pytest.raises(RuntimeError):
        entry.main(["--db", str(tmp_path / "x.sqlite3"), "--smoke-test"])
    assert during == [False] and gc.isenabled()


def test_a_smoke_test_shows_the_window_and_leaves_the_data_as_it_was(qtbot, store, db_path):
    add(store)
    store.close()
    assert run_gui(db_path=db_path, smoke_test=True) == 0
    assert backup.list_backups(db_path) == []


def test_the_quit_event_is_named_by_its_number():
    from PySide6.QtCore import QEvent

    assert QEvent.Type.Quit.value == application.QUIT_EVENT


def test_a_damaged_file_and_the_choice_of_a_new_database(qtbot, db_path, monkeypatch):
    db_path.write_bytes(b"garbage" * 1000)
    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "exec", lambda self: 1)
    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "chosen", lambda self: (Choice.NEW_DATABASE, None))
    QTimer.singleShot(0, QApplication.instance().quit)     # close the main window once it runs
    assert run_gui(db_path=db_path) == 0
    assert [p.read_bytes() for p in db_path.parent.glob("*.damaged-*.sqlite3")] == [b"garbage" * 1000]
    store = open_store(db_path)
    assert store.query("SELECT count(*) FROM licenses")[0][0] == 0
    store.close()


def test_quitting_from_the_recovery_dialog(qtbot, db_path, monkeypatch):
    db_path.write_bytes(b"garbage" * 1000)
    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "exec", lambda self: 0)
    assert run_gui(db_path=db_path) == EXIT_START_PROBLEM
    assert db_path.read_bytes() == b"garbage" * 1000


def test_a_restore_request_reopens_the_window_on_the_backup(qtbot, store, db_path, monkeypatch):
    add(store, "B2-20110196")
    info = backup.backup_now(db_path)
    add(store, "B2-20110197")
    store.close()
    windows = []

    class Window(application.MainWindow):
        def __init__(self, opened, parent=None):
            super().__init__(opened, parent)
            windows.append(self)
            self.count = opened.query("SELECT count(*) FROM licenses")[0][0]
            if len(windows) == 1:
                QTimer.singleShot(0, lambda: restart.request_restart(
                    restart.RestartRequest(db_path=db_path, restore=info)))
            else:
                QTimer.singleShot(0, lambda: setattr(self, "message", self.statusBar().currentMessage()))
                QTimer.singleShot(0, QApplication.instance().quit)

    monkeypatch.setattr(application, "MainWindow", Window)
    assert run_gui(db_path=db_path) == 0
    assert [w.count for w in windows] == [2, 1]
    assert "已恢复" in windows[1].message
    assert db_path.read_bytes() != b""
    assert len(list(db_path.parent.glob("*.before-restore-*.sqlite3"))) == 1


def test_the_start_is_frozen_once_shown_and_a_restart_unfreezes_it(qtbot, store, db_path, monkeypatch):
    add(store)
    store.close()
    frozen = []

    class Window(application.MainWindow):
        def __init__(self, opened, parent=None):
            frozen.append(("built", gc.get_freeze_count()))
            super().__init__(opened, parent)
            first = len(frozen) == 1
            QTimer.singleShot(0, lambda: frozen.append(("shown", gc.get_freeze_count())))
            QTimer.singleShot(0, (lambda: restart.request_restart(restart.RestartRequest(db_path=db_path)))
                              if first else QApplication.instance().quit)

    monkeypatch.setattr(application, "MainWindow", Window)
    gc.unfreeze()
    assert run_gui(db_path=db_path) == 0
    assert [what for what, _ in frozen] == ["built", "shown", "built", "shown"]
    counts = [count for _, count in frozen]
    assert counts[0] == 0 and counts[1] > 10_000        # the first window's start, frozen
    assert counts[2] == 0 and counts[3] > 10_000        # unfrozen for the restart, then again


def test_a_failed_daily_backup_is_reported_not_raised(qtbot, db_path, monkeypatch):
    from app.storage.errors import StorageError

    def full(*args, **kwargs):
        raise StorageError("备份失败：磁盘已满。请腾出空间后重试。")

    monkeypatch.setattr(backup, "backup_if_due", full)
    open_store(db_path).close()
    daily = application.AfterStart(db_path)
    with qtbot.waitSignal(daily.finished, timeout=10_000) as signal_:
        daily.start()
    daily.wait()
    assert "自动备份没有成功" in signal_.args[0] and "磁盘已满" in signal_.args[0]


def test_event_loops_still_run_after_the_window_closed(qtbot, db_path):
    """After the main loop ends (a restart), the next dialog's event loop must really run."""
    assert run_gui(db_path=db_path, smoke_test=True) == 0
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(50)
    with qtbot.waitSignal(timer.timeout, timeout=5000):
        timer.start()


def damage(db_path):
    """A database whose pages past the schema are overwritten: it opens, the scan fails."""
    store = open_store(db_path)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    schema_pages = store.conn.execute("PRAGMA page_count").fetchone()[0]    # every table's root
    for i in range(300):
        store.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{i}", "v" * 200))
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(db_path.read_bytes())
    for offset in range(4096 * (schema_pages + 1), len(data) - 4096, 4096 * 2):
        data[offset + 100: offset + 600] = b"\xff" * 500
    db_path.write_bytes(bytes(data))


def test_the_scan_after_start_finds_damage_and_makes_no_backup(qtbot, db_path, monkeypatch):
    damage(db_path)
    open_store(db_path, defer_integrity=True).close()         # the quick open does not scan
    made = []
    monkeypatch.setattr(backup, "backup_if_due", lambda *a, **k: made.append(1))
    after = application.AfterStart(db_path)
    with qtbot.waitSignal(after.damaged, timeout=10_000) as signal_:
        after.start()
    after.wait()
    assert "完整性检查" in signal_.args[0] and made == []


def test_a_damage_found_after_start_reopens_with_the_scan_first(qtbot, db_path, monkeypatch):
    from app.ui import restart

    damage(db_path)
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: None)
    window = application.MainWindow(open_store(db_path, defer_integrity=True))
    qtbot.addWidget(window)
    application._damaged_after_start(window, db_path, "未通过完整性检查")
    request = restart.take_request()
    assert request.rescan and request.db_path == db_path
    with pytest.raises(Exception, match="完整性检查"):
        open_store(db_path)
