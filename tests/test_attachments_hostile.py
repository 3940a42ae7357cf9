"""Attachments and backups against hostile names and killed work: every name is kept safely,
nothing is left without its row, a backup never fails for good on one file, and what killed
work left is cleaned up at the next start or backup."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.file_names import NAME_BYTES, kept_name, readable_name
from app.domain.text import has_lone_surrogate, is_format_character
from app.operations import attachments as attachment_ops
from app.operations import backups
from app.operations import cases as ops
from app.operations import licenses as license_ops
from app.paths import attachments_folder
from app.storage import backup as backup_storage
from app.storage import cases as case_rows
from app.storage.window_lock import lock_path

posix_names = pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes")
MB = 1024 * 1024


@pytest.fixture
def item(store, valid_license_input):
    license_id = license_ops.add_license(store, valid_license_input).id
    case = ops.start_case(store, license_id, "renewal")
    return ops.case_items(store, case.id)[3]


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def assert_every_copy_has_its_row(store) -> None:
    folder = attachments_folder(store.path)
    stored = {r[0] for r in store.query("SELECT stored_name FROM attachments")}
    on_disk = {p.relative_to(folder).as_posix() for p in files_under(folder)}
    assert on_disk == stored


# --- names --------------------------------------------------------------------------------

@settings(max_examples=500)
@given(name=st.text(min_size=1, max_size=300))
def test_any_name_becomes_readable_and_safe_to_keep(name):
    readable, kept = readable_name(name), kept_name(name)
    for text in (readable, kept):
        text.encode("utf-8")                                   # valid Unicode, for SQLite and JSON
        assert text.strip() and not any(is_format_character(ch) or ord(ch) < 32 for ch in text)
    assert len(kept.encode("utf-8")) <= NAME_BYTES and not set(kept) & set('<>:"/\\|?*')


@posix_names
@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(min_size=1, max_size=250).filter(lambda b: b"/" not in b and b"\0" not in b
                                                      and b not in (b".", b"..")))
def test_a_file_of_any_name_is_attached_and_backed_up(store, item, tmp_path_factory, raw):
    source = tmp_path_factory.mktemp("names") / os.fsdecode(raw)
    source.write_bytes(raw)
    attachment = ops.attach_file(store, item.id, source)
    assert not has_lone_surrogate(attachment.original_name)
    assert ops.attachment_path(store, attachment).read_bytes() == raw
    assert_every_copy_has_its_row(store)
    assert backups.describe_backup(backups.backup_now(store.path, keep=1)).intact


@posix_names
def test_the_backup_after_a_name_that_is_not_utf8_succeeds(store, item, tmp_path):
    source = tmp_path / os.fsdecode(b"bad\xff.pdf")
    source.write_bytes(b"%PDF")
    attachment = ops.attach_file(store, item.id, source)
    assert attachment.original_name == "bad\ufffd.pdf"
    info = backups.backup_now(store.path)
    assert info.attachment_count == 1 and backups.describe_backup(info).intact


@posix_names
def test_a_file_someone_else_put_in_the_attachments_folder_never_stops_the_backups(store, item, tmp_path):
    """As an older version left one: a copy with an undecodable name and no row."""
    stray = attachments_folder(store.path) / "1" / os.fsdecode(b"orphan\xfe.pdf")
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"stray")
    for _ in range(2):
        info = backups.backup_now(store.path)
        assert backups.describe_backup(info).intact
    json.loads((info.folder / "manifest.json").read_text(encoding="utf-8"))      # still UTF-8 JSON
    store.close()
    backups.restore_backup(info, store.path)
    assert stray.read_bytes() == b"stray"


def test_a_row_that_cannot_be_written_takes_its_copy_with_it(store, item, tmp_path, monkeypatch):
    source = tmp_path / "营业执照.pdf"
    source.write_bytes(b"%PDF")

    def refused(*args, **kwargs):
        raise UnicodeEncodeError("utf-8", "x", 0, 1, "surrogates not allowed")

    monkeypatch.setattr(case_rows, "insert_attachment", refused)
    with pytest.raises(UnicodeEncodeError):
        ops.attach_file(store, item.id, source)
    assert files_under(attachments_folder(store.path)) == []


def test_a_name_too_long_for_the_disk_is_kept_short_and_leaves_no_partial(store, item, tmp_path):
    source = tmp_path / ("很长的文件名" * 13 + ".pdf")
    assert len(source.name.encode()) > 200
    source.write_bytes(b"%PDF")
    attachment = ops.attach_file(store, item.id, source)
    assert attachment.original_name == source.name
    assert len(Path(attachment.stored_name).name.encode()) <= 17 + NAME_BYTES
    assert_every_copy_has_its_row(store)


# --- size ---------------------------------------------------------------------------------

def test_a_file_above_the_limit_is_refused_without_being_read(store, item, tmp_path, monkeypatch):
    big = tmp_path / "录像.mp4"
    with big.open("wb") as handle:
        handle.truncate(2 * 1024 * MB)
    monkeypatch.setattr("app.storage.attachment_files.copy_with_hash", lambda *a, **k: pytest.fail("copied"))
    with pytest.raises(ValidationError, match=r"“录像.mp4”有 2.0 GB，超过附件的上限 100.0 MB"):
        ops.attach_file(store, item.id, big)
    assert files_under(attachments_folder(store.path)) == []


def test_a_sparse_file_below_the_limit_stays_sparse(store, item, tmp_path):
    holey = tmp_path / "稀疏.bin"
    with holey.open("wb") as handle:
        handle.write(b"head")
        handle.truncate(64 * MB)
    progress: list[int] = []
    attachment = attachment_ops.attach_file(store, item.id, holey, progress=progress.append)
    copy = ops.attachment_path(store, attachment)
    assert copy.stat().st_size == 64 * MB and attachment.size == 64 * MB
    if hasattr(os.stat_result, "st_blocks"):
        assert copy.stat().st_blocks * 512 < 4 * MB              # not written out in full
    assert progress[-1] == 64 * MB and progress == sorted(progress)
    with copy.open("rb") as handle:
        assert handle.read(4) == b"head" and handle.read(MB) == bytes(MB)


# --- what killed work leaves ---------------------------------------------------------------

def dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def leave_leftovers(db_path: Path, *, pid: int | None, age: float = 0, tag: str = "") -> list[Path]:
    """Three half-written backups and two attachment copies, as a process ``pid`` leaves them
    (None: named as an older version named them, without a pid)."""
    mark = "" if pid is None else f".pid{pid}"
    made = []
    for index in range(3):
        folder = db_path.parent / "backups" / f"2026112{index}-000000-000000-daily{tag}{mark}.partial"
        folder.mkdir(parents=True)
        (folder / "license-keeper.sqlite3").write_bytes(b"x" * 1000)
        made.append(folder)
    copies = attachments_folder(db_path) / "1"
    copies.mkdir(parents=True, exist_ok=True)
    for name in (f".0123456789abcdef0123456789abcdef{tag}{mark}.partial", f"{'长' * 70}{tag}.pdf{mark}.partial"):
        (copies / name).write_bytes(b"half")
        made.append(copies / name)
    if age:
        for path in made:
            os.utime(path, (time.time() - age, time.time() - age))
    return made


def test_a_backup_removes_every_leftover_of_ended_work_however_recent(store, item):
    made = leave_leftovers(store.path, pid=dead_pid()) + leave_leftovers(store.path, pid=None, tag="-old")
    backups.backup_now(store.path)
    assert not any(path.exists() for path in made)
    assert [p.name for p in (store.path.parent / "backups").iterdir() if p.name.endswith(".partial")] == []


@pytest.mark.skipif(sys.platform == "win32", reason="flock, fork")
def test_the_work_of_a_running_process_is_left_alone(store, item):
    """Beside a window: a running process's partials stay (for an hour), an ended one's go,
    and so do an older version's after an hour."""
    code = ("import fcntl, os, sys, time\n"
            "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT | os.O_EXCL)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
            "os.write(fd, f'{os.getpid()}\\nLicenseKeeper\\n{os.uname().nodename}\\n'.encode())\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n")
    window = subprocess.Popen([sys.executable, "-c", code, str(lock_path(store.path))], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert window.stdout.readline().strip() == "locked"
        running = leave_leftovers(store.path, pid=window.pid, tag="-running")
        stale_running = leave_leftovers(store.path, pid=window.pid, tag="-stale", age=2 * 3600)
        ended = leave_leftovers(store.path, pid=dead_pid(), tag="-ended")
        old_fresh = leave_leftovers(store.path, pid=None, tag="-old-fresh")
        old_stale = leave_leftovers(store.path, pid=None, tag="-old-stale", age=2 * 3600)
        backups.backup_now(store.path)
    finally:
        window.kill()
        window.wait(timeout=30)
    assert all(path.exists() for path in running + old_fresh)
    assert not any(path.exists() for path in stale_running + ended + old_stale)


def test_a_copy_this_process_is_making_is_not_removed(store, item, tmp_path):
    source = tmp_path / "a.pdf"
    source.write_bytes(b"%PDF")
    staged = attachment_ops.copy_in(store.path, item.case_id, source)
    backups.backup_now(store.path)
    assert staged.partial.exists()
    attachment_ops.record(store, item.id, staged)
    assert not staged.partial.exists()
    assert_every_copy_has_its_row(store)


def test_the_start_removes_leftovers_however_recent(qtbot, store, item):
    from app.ui import application

    made = leave_leftovers(store.path, pid=dead_pid()) + leave_leftovers(store.path, pid=None, tag="-old")
    daily = application.AfterStart(store.path, scan=False)
    with qtbot.waitSignal(daily.finished, timeout=30_000):
        daily.start()
    daily.wait()
    assert not any(path.exists() for path in made)


# --- a failed backup reaches the user --------------------------------------------------------

def test_an_unexpected_failure_of_the_daily_backup_is_told(qtbot, store, item, monkeypatch):
    from app.ui import application

    def broken(*args, **kwargs):
        raise UnicodeEncodeError("utf-8", "\udcff", 0, 1, "surrogates not allowed")

    monkeypatch.setattr(backup_storage, "_write_backup", broken)
    daily = application.AfterStart(store.path, scan=False)
    with qtbot.waitSignal(daily.failed, timeout=30_000) as failed:
        daily.start()
    daily.wait()
    assert "自动备份没有成功" in failed.args[0] and "UnicodeEncodeError" in failed.args[0]


def test_a_failed_backup_stays_in_the_windows_status_bar(qtbot, store):
    from PySide6.QtWidgets import QLabel

    from app.ui import application
    from app.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    application._backup_failed(window, "自动备份没有成功：备份失败：磁盘已满。")
    window.statusBar().showMessage("别的消息")
    labels = [w for w in window.statusBar().findChildren(QLabel) if "自动备份没有成功" in w.text()]
    assert labels and "磁盘已满" in labels[0].toolTip()
