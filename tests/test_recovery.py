"""Damaged and foreign files at start: the diagnosis and the ways forward, without a window."""

import errno
import os
import sqlite3
import sys

import pytest

from app import config, paths
from app.operations import licenses as license_ops
from app.storage import backup, start
from app.storage.database import Store, open_store
from app.storage.errors import DiskFull
from app.storage.migrations import LATEST_VERSION
from app.storage.recovery import Choice, ProblemKind, carry_out
from app.storage.start import open_for_start
from tests.readonly import run_in_read_only_folder


def fill(db_path, count: int = 300) -> None:
    store = open_store(db_path)
    for i in range(count):
        license_ops.add_license(store, {
            "number": f"B2-2011{i:04d}", "company": f"公司{i}", "scope": "national",
            "issued": "2021-12-01", "expiry": "2026-11-30", "special_terms": "特别规定" * 20})
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def problem_for(db_path):
    outcome = open_for_start(db_path)
    if isinstance(outcome, Store):
        outcome.close()
        pytest.fail("the database opened although it should not")
    return outcome


def test_a_truncated_database_is_found_and_restored_from_the_latest_backup(db_path):
    fill(db_path, 20)
    info = backup.backup_now(db_path, reason=backup.DAILY)
    fill_more = open_store(db_path)
    license_ops.add_license(fill_more, {"number": "B2-20119999", "company": "后来", "scope": "national",
                                       "issued": "2021-12-01", "expiry": "2026-11-30"})
    fill_more.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    fill_more.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    damaged = db_path.read_bytes()

    problem = problem_for(db_path)
    assert problem.kind is ProblemKind.DAMAGED
    assert problem.backup == info
    assert problem.choices[0] is Choice.RESTORE_LATEST and Choice.QUIT in problem.choices
    assert db_path.read_bytes() == damaged                # diagnosing changed nothing
    assert "损坏" in problem.text() and str(db_path) in problem.text()

    outcome = carry_out(problem, Choice.RESTORE_LATEST)
    assert outcome.db_path == db_path
    aside = [p for p in db_path.parent.iterdir() if ".damaged-" in p.name and p.suffix == ".sqlite3"]
    assert [p.read_bytes() for p in aside] == [damaged]   # kept, byte for byte
    store = open_for_start(outcome.db_path)
    assert isinstance(store, Store)
    assert store.query("SELECT count(*) FROM licenses")[0][0] == 20
    store.close()


def test_random_bytes_without_a_backup_offer_a_new_database(db_path):
    noise = os.urandom(64 * 1024)
    db_path.write_bytes(noise)
    problem = problem_for(db_path)
    assert problem.kind is ProblemKind.DAMAGED
    assert problem.backup is None and Choice.RESTORE_LATEST not in problem.choices
    outcome = carry_out(problem, Choice.NEW_DATABASE)
    assert [p.read_bytes() for p in db_path.parent.glob("*.damaged-*.sqlite3")] == [noise]
    store = open_for_start(outcome.db_path)
    assert isinstance(store, Store) and store.query("SELECT count(*) FROM licenses")[0][0] == 0
    store.close()


def test_a_database_with_damaged_pages_is_set_aside_with_its_wal(db_path):
    fill(db_path)
    data = bytearray(db_path.read_bytes())
    for offset in range(4096 * 2, len(data) - 4096, 4096 * 3):
        data[offset + 100: offset + 600] = b"\xff" * 500
    db_path.write_bytes(bytes(data))
    db_path.with_name(db_path.name + "-wal").write_bytes(b"stale wal")
    problem = problem_for(db_path)
    assert problem.kind is ProblemKind.DAMAGED
    carry_out(problem, Choice.NEW_DATABASE)
    aside = {p.name.split(".damaged-")[1][15:]: p for p in db_path.parent.glob("*.damaged-*")}
    assert aside[".sqlite3"].read_bytes() == bytes(data)
    assert aside[".sqlite3-wal"].read_bytes() == b"stale wal"      # the WAL went with its file
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_a_database_from_a_newer_version_is_left_alone(db_path):
    fill(db_path, 1)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = db_path.read_bytes()
    problem = problem_for(db_path)
    assert problem.kind is ProblemKind.TOO_NEW
    assert "更新版本" in problem.text()
    assert db_path.read_bytes() == before
    assert carry_out(problem, Choice.QUIT).db_path is None
    assert db_path.read_bytes() == before


def test_a_backup_from_a_newer_version_is_not_offered(db_path):
    fill(db_path, 1)
    info = backup.backup_now(db_path)
    manifest = info.folder / "manifest.json"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        f'"schema_version": {LATEST_VERSION}', f'"schema_version": {LATEST_VERSION + 3}'), encoding="utf-8")
    db_path.write_bytes(b"garbage" * 100)
    assert problem_for(db_path).backup is None


def test_a_foreign_database(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    problem = problem_for(db_path)
    assert problem.kind is ProblemKind.FOREIGN
    outcome = carry_out(problem, Choice.NEW_DATABASE)
    assert list(db_path.parent.glob("*.not-license-keeper-*.sqlite3"))
    store = open_store(outcome.db_path)
    store.close()


def test_choosing_another_folder_is_remembered_for_the_next_start(db_path, tmp_path, monkeypatch):
    db_path.write_bytes(b"garbage" * 100)
    problem = problem_for(db_path)
    other = tmp_path / "其他文件夹"
    outcome = carry_out(problem, Choice.OTHER_FOLDER, folder=other)
    assert outcome.db_path == other / paths.DB_FILENAME
    assert db_path.read_bytes() == b"garbage" * 100
    assert config.remembered_data_dir() == other.resolve()
    monkeypatch.delenv(paths.ENV_HOME)
    assert paths.default_db_path() == other.resolve() / paths.DB_FILENAME
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path / "env"))       # the environment still wins
    assert paths.default_db_path() == tmp_path / "env" / paths.DB_FILENAME


def test_a_choice_that_is_not_offered_is_refused(db_path):
    db_path.write_bytes(b"garbage" * 100)
    with pytest.raises(ValueError):
        carry_out(problem_for(db_path), Choice.RESTORE_LATEST)


def install_full_disk(monkeypatch, *, only_the_store: bool = False):
    """Connections are capped at their current size (PRAGMA max_page_count): a full disk.

    ``only_the_store``: only the app's own read-write connection (isolation_level=None), so
    that the backup before a migration still succeeds and the migration itself hits the limit.
    """
    real_connect = sqlite3.connect

    def capped(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        if not only_the_store or kwargs.get("isolation_level", "") is None:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {max(pages, 1)}")
        return conn

    monkeypatch.setattr(sqlite3, "connect", capped)


def add_a_migration(monkeypatch):
    from app.storage import migrations

    def big_step(db):
        db.execute("CREATE TABLE future_step (id INTEGER PRIMARY KEY, note TEXT)")
        db.execute("INSERT INTO future_step (note) SELECT hex(randomblob(2000)) FROM licenses")

    monkeypatch.setattr("app.storage.database.MIGRATIONS", [*migrations.MIGRATIONS, (LATEST_VERSION + 1, big_step)])
    monkeypatch.setattr("app.storage.database.LATEST_VERSION", LATEST_VERSION + 1)


def assert_untouched(db_path, licenses: int) -> None:
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM licenses").fetchone()[0] == licenses
    conn.close()


@pytest.mark.parametrize("only_the_store", [True, False], ids=["migration-step", "backup-first"])
def test_a_full_disk_during_a_migration_at_start(db_path, monkeypatch, only_the_store):
    fill(db_path, 5)
    add_a_migration(monkeypatch)
    install_full_disk(monkeypatch, only_the_store=only_the_store)
    problem = problem_for(db_path)
    assert problem.kind is ProblemKind.DISK_FULL, problem.detail
    assert problem.choices[0] is Choice.RETRY and Choice.NEW_DATABASE not in problem.choices
    assert "磁盘已满" in problem.text()
    monkeypatch.undo()
    assert_untouched(db_path, 5)
    assert len(backup.list_backups(db_path)) == (1 if only_the_store else 0)


def test_a_save_on_a_full_disk_writes_nothing_and_says_so(store, valid_license_input):
    license_ops.add_license(store, valid_license_input)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull, match="磁盘已满"):
        license_ops.add_license(store, {**valid_license_input, "number": "京B2-20110196",
                                       "special_terms": "很长的特别规定" * 250})
    assert store.query("SELECT count(*) FROM licenses")[0][0] == 1
    assert store.query("SELECT count(*) FROM events")[0][0] == 1
    assert store.query("PRAGMA integrity_check")[0][0] == "ok"
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    license_ops.add_license(store, {**valid_license_input, "number": "京B2-20110196"})
    assert store.query("SELECT count(*) FROM licenses")[0][0] == 2


def test_no_space_for_even_a_small_file_is_a_full_disk(db_path, monkeypatch):
    monkeypatch.setattr(start, "write_probe", lambda folder: OSError(errno.ENOSPC, "No space left"))
    problem = problem_for(db_path)
    assert problem.kind is ProblemKind.DISK_FULL
    assert not db_path.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_read_only_data_folder():
    code = ("from app.storage.start import open_for_start\n"
            "r = open_for_start(FOLDER / 'license-keeper.sqlite3')\n"
            "print(r.kind, r.choices[0])\n"
            "print(r.text())\n")
    result, folder = run_in_read_only_folder(code, with_database=True)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first == "read_only other_folder"
    assert "不可写" in result.stdout
    assert sorted(p.name for p in folder.iterdir()) == ["license-keeper.sqlite3"]
