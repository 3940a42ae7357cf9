import errno
import sqlite3
import threading
from datetime import datetime, timedelta

import pytest

from app.operations import licenses as license_ops
from app.storage import backup
from app.storage.backup import (
    DAILY,
    MANUAL,
    backup_if_due,
    backup_now,
    describe_backup,
    list_backups,
    restore_backup,
)
from app.storage.database import open_store
from app.storage.errors import StorageError


def add(store, i: int, company: str = "公司"):
    return license_ops.add_license(store, {
        "number": f"B2-2011{i:04d}", "company": f"{company}{i}", "scope": "national",
        "issued": "2021-12-01", "expiry": "2026-11-30"})


def make_attachments(db_path) -> dict[str, bytes]:
    files = {
        "1/营业执照.pdf": b"%PDF-1.4 licence scan " * 300,
        "1/notes.txt": "备注：原件在财务室".encode(),
        "2/deep/photo.jpg": bytes(range(256)) * 40,
    }
    root = backup.attachments_folder(db_path)
    (root / "1").mkdir(parents=True, exist_ok=True)
    (root / "1" / "being-copied.pdf.partial").write_bytes(b"half a file")   # never backed up
    for relative, data in files.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_bytes(data)
    return files


def tree_bytes(folder) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_a_backup_holds_the_database_attachments_and_a_manifest(store, db_path):
    add(store, 1)
    add(store, 2)
    files = make_attachments(db_path)
    info = backup_now(db_path)
    assert info.reason == MANUAL and info.license_count == 2 and info.event_count == 2
    assert info.schema_version == store.user_version
    assert info.attachment_count == 3
    assert info.folder.parent == db_path.parent / "backups"
    assert tree_bytes(info.folder / "attachments") == files          # without the .partial one
    assert {f.path for f in info.files} == {db_path.name, *(f"attachments/{k}" for k in files)}
    assert backup.verify_backup(info) == []
    copy = sqlite3.connect(info.database_file)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM licenses").fetchone()[0] == 2
    copy.close()
    assert list_backups(db_path) == [info]


def test_the_copy_includes_saves_still_in_the_wal(store, db_path):
    store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(20):
        add(store, i)
    assert (db_path.with_name(db_path.name + "-wal")).stat().st_size > 0
    info = backup_now(db_path)
    assert info.license_count == 20


def test_a_backup_while_another_thread_writes_is_one_consistent_snapshot(store, db_path):
    writer = open_store(db_path)
    stop = threading.Event()

    def keep_writing():
        i = 100
        while not stop.is_set():
            add(writer, i)
            i += 1

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        infos = [backup_now(db_path, keep=50) for _ in range(5)]
    finally:
        stop.set()
        thread.join()
        writer.close()
    for info in infos:
        copy = sqlite3.connect(info.database_file)
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # every license has its "added" event: the snapshot never splits a save
        licenses, events = copy.execute(
            "SELECT (SELECT count(*) FROM licenses), (SELECT count(*) FROM events)").fetchone()
        assert licenses == events == info.license_count
        copy.close()


def test_rotation_keeps_the_newest_ten(store, db_path):
    add(store, 1)
    start = datetime(2026, 1, 1, 9, 0)
    for day in range(13):
        backup_now(db_path, now=start + timedelta(days=day))
    kept = list_backups(db_path)
    assert len(kept) == 10
    assert [b.created_at for b in kept] == [start + timedelta(days=d) for d in range(12, 2, -1)]
    assert len(list((db_path.parent / "backups").iterdir())) == 10


def test_the_start_backup_runs_at_most_once_a_day(store, db_path):
    add(store, 1)
    morning = datetime(2026, 3, 2, 8, 0)
    assert backup_if_due(db_path, now=morning) is not None
    assert backup_if_due(db_path, now=morning + timedelta(hours=9)) is None
    backup_now(db_path, now=morning + timedelta(hours=10))          # a manual one does not count
    assert backup_if_due(db_path, now=morning + timedelta(days=1)).reason == DAILY
    assert [b.reason for b in list_backups(db_path)] == [DAILY, MANUAL, DAILY]


def test_an_empty_database_is_not_backed_up_at_start(store, db_path):
    assert backup_if_due(db_path) is None
    assert list_backups(db_path) == []


def test_half_written_and_foreign_folders_are_not_listed(store, db_path):
    add(store, 1)
    good = backup_now(db_path)
    root = db_path.parent / "backups"
    (root / "20260101-000000-000000-daily.partial").mkdir()
    (root / "random-folder").mkdir()
    (root / "broken").mkdir()
    (root / "broken" / "manifest.json").write_text("{not json", encoding="utf-8")
    assert list_backups(db_path) == [good]


def test_the_preview_reads_what_the_backup_holds(store, db_path):
    add(store, 1, company="甲")
    add(store, 2, company="乙")
    make_attachments(db_path)
    info = backup_now(db_path)
    add(store, 3, company="丙")                      # after the backup: not in it
    preview = describe_backup(info)
    assert preview.intact
    assert [(n, c) for n, c, _ in preview.licenses] == [("B2-20110001", "甲1"), ("B2-20110002", "乙2")]
    assert preview.info.size_bytes == sum(f.size for f in info.files) > 0
    assert not list(info.folder.glob("*-wal")) and not list(info.folder.glob("*-shm"))


def test_a_tampered_backup_is_reported_and_not_restored(store, db_path):
    add(store, 1)
    make_attachments(db_path)
    info = backup_now(db_path)
    (info.folder / "attachments" / "1" / "notes.txt").write_bytes(b"changed")
    assert not describe_backup(info).intact
    store.close()
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="已损坏"):
        restore_backup(info, db_path)
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*before-restore*"))


def test_restore_is_byte_for_byte_and_sets_the_current_data_aside(store, db_path):
    add(store, 1)
    add(store, 2)
    original_files = make_attachments(db_path)
    info = backup_now(db_path)
    original_dump = dump(info.database_file)
    # Changes after the backup: a new license, an edit, attachments changed, added, removed.
    add(store, 3)
    license_ops.update_license(store, 1, {"number": "B2-20110001", "company": "改名公司",
                                         "scope": "national", "issued": "2021-12-01",
                                         "expiry": "2026-11-30"})
    attachments = backup.attachments_folder(db_path)
    (attachments / "1" / "notes.txt").write_bytes(b"overwritten")
    (attachments / "new.txt").write_bytes(b"new file")
    (attachments / "2" / "deep" / "photo.jpg").unlink()
    changed_files = tree_bytes(attachments)
    store.close()
    changed_dump = dump(db_path)

    result = restore_backup(info, db_path)

    assert db_path.read_bytes() == info.database_file.read_bytes()
    assert tree_bytes(attachments) == original_files
    assert dump(db_path) == original_dump
    # Nothing was lost: the replaced database and attachments are beside it, timestamped.
    aside_db = next(p for p in result.set_aside if p.suffix == ".sqlite3")
    aside_folder = next(p for p in result.set_aside if p.is_dir())
    assert "before-restore" in aside_db.name and aside_db.parent == db_path.parent
    assert dump(aside_db) == changed_dump
    assert tree_bytes(aside_folder) == changed_files
    assert not list(db_path.parent.glob(".*restoring*"))
    reopened = open_store(db_path)
    assert sorted(r[0] for r in reopened.query("SELECT company FROM licenses")) == ["公司1", "公司2"]
    reopened.close()


def test_restore_without_a_current_database(store, db_path):
    add(store, 1)
    info = backup_now(db_path)
    store.close()
    for path in db_path.parent.glob(db_path.name + "*"):
        path.unlink()
    result = restore_backup(info, db_path)
    assert result.set_aside == []
    assert db_path.read_bytes() == info.database_file.read_bytes()


def test_a_restore_that_fails_half_way_puts_everything_back(store, db_path, monkeypatch):
    add(store, 1)
    make_attachments(db_path)
    info = backup_now(db_path)
    add(store, 2)
    store.close()
    before_db = db_path.read_bytes()
    before_files = tree_bytes(backup.attachments_folder(db_path))

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "move_folder_aside", full_disk)
    with pytest.raises(StorageError, match="磁盘已满"):
        restore_backup(info, db_path)
    assert db_path.read_bytes() == before_db
    assert tree_bytes(backup.attachments_folder(db_path)) == before_files
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name != "backups") == sorted(
        [db_path.name, "attachments"])


def test_a_backup_on_a_full_disk_fails_cleanly(store, db_path, monkeypatch):
    add(store, 1)
    make_attachments(db_path)

    def full_disk(source, target):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "copy_with_hash", full_disk)
    with pytest.raises(StorageError, match="磁盘已满"):
        backup_now(db_path)
    assert list((db_path.parent / "backups").iterdir()) == []


def test_a_migration_goes_through_the_backup_and_stops_without_one(db_path, monkeypatch):
    from app.storage import migrations
    from app.storage.migrations import LATEST_VERSION

    store = open_store(db_path)
    add(store, 1)
    store.close()
    monkeypatch.setattr("app.storage.database.MIGRATIONS",
                        [*migrations.MIGRATIONS, (LATEST_VERSION + 1, lambda db: None)])
    monkeypatch.setattr("app.storage.database.LATEST_VERSION", LATEST_VERSION + 1)

    def no_backup(*args, **kwargs):
        raise StorageError("备份失败：磁盘已满。")

    monkeypatch.setattr(backup, "backup_now", no_backup)
    with pytest.raises(StorageError, match="没有升级"):
        open_store(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    conn.close()
