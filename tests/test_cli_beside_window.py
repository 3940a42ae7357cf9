"""The command line beside a window that holds the database: what writes is refused as a
second window is, what reads runs; a window's lock is read without Qt, as QLockFile would."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.main import main
from app.operations import cases as cases_ops
from app.operations import excel as excel_ops
from app.operations import licenses as license_ops
from app.operations import open_store
from app.storage import window_lock
from app.storage.window_lock import (
    EXIT_ALREADY_RUNNING,
    already_running_text,
    lock_path,
    window_holding,
)
from tests.conftest import VALID_LICENSE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL, fork")


def wait_for(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def start_window(db_path: Path, home: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LICENSE_KEEPER_HOME": str(home),
           "LICENSE_KEEPER_CONFIG": str(home / "config.json")}
    window = subprocess.Popen([sys.executable, "-m", "app", "--db", str(db_path)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(lambda: window_holding(db_path) is not None)
    return window


def stop(window: subprocess.Popen) -> None:
    window.send_signal(signal.SIGKILL)
    window.wait(timeout=30)


def licenses_in(db_path: Path) -> int:
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM licenses").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def window_on_a_database(tmp_path_factory):
    """A database with a license, an open renewal and its exported checklist, held by a window."""
    folder = tmp_path_factory.mktemp("held")
    db_path = folder / "license-keeper.sqlite3"
    store = open_store(db_path)
    license = license_ops.add_license(store, VALID_LICENSE)
    case = cases_ops.start_case(store, license.id, "renewal")
    checklist = excel_ops.export_case(store, case.id, folder / "清单.xlsx")
    store.close()
    window = start_window(db_path, folder / "home")
    yield db_path, checklist, window.pid
    stop(window)


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


ADD = ["add-license", "--number", "京B2-20110196", "--company", "北京另一家呼叫服务有限公司", "--scope", "provincial",
       "--issued", "2022-03-15", "--expiry", "2027-03-14"]


def test_a_command_that_writes_is_refused_as_a_second_window_is(capsys, window_on_a_database):
    db_path, _checklist, pid = window_on_a_database
    status, out, err = run(capsys, *ADD, "--db", str(db_path))
    assert status == EXIT_ALREADY_RUNNING and out == ""
    holder = window_holding(db_path)
    assert holder.pid == pid
    assert err.strip() == already_running_text(db_path, holder)
    assert f"进程 {pid}" in err and "Traceback" not in err
    assert licenses_in(db_path) == 1


def test_an_import_is_refused_and_its_dry_run_runs(capsys, window_on_a_database, tmp_path):
    db_path, checklist, _pid = window_on_a_database
    from tests.excel_helpers import first_item_row, staff_edit

    edited = staff_edit(checklist, {(first_item_row(checklist), "owner"): "王五"}, save_to=tmp_path / "改.xlsx")
    status, _, err = run(capsys, "import", "--db", str(db_path), str(edited))
    assert status == EXIT_ALREADY_RUNNING and "已经在运行" in err
    status, out, _ = run(capsys, "import", "--db", str(db_path), str(edited), "--dry-run")
    assert status == 0 and "王五" in out and "试运行" in out
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM item_history").fetchone()[0] == 0
    conn.close()


def test_commands_that_read_run_beside_the_window(capsys, window_on_a_database, tmp_path):
    db_path, _checklist, _pid = window_on_a_database
    assert run(capsys, "list", "--db", str(db_path))[0] == 0
    assert run(capsys, "reminders", "--db", str(db_path))[0] == 0
    assert run(capsys, "ics", "--db", str(db_path), "--out", str(tmp_path / "d.ics"))[0] == 0
    assert run(capsys, "deadlines", "--db", str(db_path), "--license", VALID_LICENSE["number"])[0] == 0
    assert run(capsys, "export-dashboard", "--db", str(db_path), "--out", str(tmp_path / "a.xlsx"))[0] == 0
    # The open renewal exists: its export reads only.
    status, out, _ = run(capsys, "export", "--db", str(db_path), "--license", VALID_LICENSE["number"],
                         "--procedure", "renewal", "--out", str(tmp_path / "b.xlsx"))
    assert status == 0 and (tmp_path / "b.xlsx").exists()


def test_an_export_that_would_open_a_case_is_refused(capsys, window_on_a_database, tmp_path):
    db_path, _checklist, _pid = window_on_a_database
    status, _, err = run(capsys, "export", "--db", str(db_path), "--license", VALID_LICENSE["number"],
                         "--procedure", "cancellation", "--out", str(tmp_path / "c.xlsx"))
    assert status == EXIT_ALREADY_RUNNING and "已经在运行" in err
    assert not (tmp_path / "c.xlsx").exists()
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    conn.close()


def test_a_killed_windows_lock_does_not_stop_the_command_line(capsys, db_path, tmp_path):
    open_store(db_path).close()
    window = start_window(db_path, tmp_path / "home")
    stop(window)
    assert lock_path(db_path).exists()                      # left behind
    assert window_holding(db_path) is None
    status, out, err = run(capsys, *ADD, "--db", str(db_path))
    assert status == 0, err
    assert licenses_in(db_path) == 1


def test_the_message_is_the_second_windows(qapp, db_path):
    from app.ui.instance_lock import Holder, already_running_message

    holder = Holder(1234, "vm", "python")
    assert already_running_message(db_path, holder) == already_running_text(db_path, holder)
    assert already_running_message(db_path, None) == already_running_text(db_path, None)


# --- the lock file, read without Qt -------------------------------------------------------

def write_lock(db_path: Path, *lines: str) -> None:
    lock_path(db_path).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def test_no_lock_file_is_free(db_path):
    assert window_holding(db_path) is None


def test_our_own_lock_is_no_other_process(db_path):
    write_lock(db_path, str(os.getpid()), "python", os.uname().nodename)
    assert window_holding(db_path) is None


def test_a_lock_being_written_or_unreadable_counts_as_held(db_path):
    lock_path(db_path).write_bytes(b"")
    assert window_holding(db_path) == window_lock.Holder(None, "", "")
    write_lock(db_path, "not a pid")
    assert window_holding(db_path) is not None


def test_a_lock_from_another_computer_counts_as_held(db_path):
    write_lock(db_path, "1", "LicenseKeeper", "another-computer", "0" * 32, "boot")
    assert window_holding(db_path).hostname == "another-computer"


def test_a_dead_process_lock_is_stale(db_path):
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    write_lock(db_path, child.stdout.strip(), "python3", os.uname().nodename)
    assert window_holding(db_path) is None


def test_a_live_holder_of_the_file_lock_holds_it(db_path):
    """Any process holding the file's flock, as QLockFile's holder does, whatever its name."""
    code = ("import fcntl, os, sys, time\n"
            "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT | os.O_EXCL)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
            "os.write(fd, f'{os.getpid()}\\nsomething-else\\n{os.uname().nodename}\\n'.encode())\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(lock_path(db_path))], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert window_holding(db_path).pid == holder.pid
    finally:
        stop(holder)
    assert window_holding(db_path) is None                  # the system dropped the lock with it


def test_without_a_file_lock_a_running_process_of_the_same_name_holds_it(db_path, monkeypatch):
    """As QLockFile decides where no flock can be taken: the pid runs the same program."""
    monkeypatch.setattr(window_lock, "_held_open", lambda path: None)
    own_name = Path(os.readlink(f"/proc/{os.getppid()}/exe")).name
    write_lock(db_path, str(os.getppid()), own_name, os.uname().nodename)
    assert window_holding(db_path) is not None
    write_lock(db_path, str(os.getppid()), "LicenseKeeper", os.uname().nodename)
    assert window_holding(db_path) is None                  # the pid was taken by another program
    write_lock(db_path, str(os.getppid()), own_name, os.uname().nodename, "", "another-boot")
    assert window_holding(db_path) is None                  # rebooted since
