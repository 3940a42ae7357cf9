"""A database file refused at opening (damaged, from a newer version, another program's) is
left exactly as it was: no -wal or -shm file appears beside it."""

from __future__ import annotations

import sqlite3

import pytest

from app.operations import open_store
from app.storage.errors import DatabaseDamaged, DatabaseTooNew, NotOurDatabase
from app.storage.migrations import LATEST_VERSION


def wal_database(path, *, rows: int = 200):
    store = open_store(path)
    store.conn.execute("CREATE TABLE padding (x BLOB)")
    store.conn.executemany("INSERT INTO padding VALUES (?)", [(bytes(500),) for _ in range(rows)])
    store.close()


def newer(path):
    wal_database(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()


def damaged(path):
    wal_database(path)
    data = bytearray(path.read_bytes())
    for page in range(4096, len(data), 4096):
        data[page:page + 12] = b"\xff" * 12
    path.write_bytes(bytes(data))


def foreign(path):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()


@pytest.mark.parametrize(("make", "error"), [(newer, DatabaseTooNew), (damaged, DatabaseDamaged),
                                             (foreign, NotOurDatabase)], ids=["newer", "damaged", "foreign"])
def test_a_refused_file_keeps_nothing_beside_it(db_path, make, error):
    make(db_path)
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]
    before = db_path.read_bytes()
    with pytest.raises(error):
        open_store(db_path)
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]
    assert db_path.read_bytes() == before


def test_a_file_with_its_log_is_read_with_it(db_path):
    """A log left by a crash holds saved changes: the check reads them, and keeps the log."""
    store = open_store(db_path)
    keeper = sqlite3.connect(db_path)           # a second connection keeps the log from being folded in
    keeper.execute("SELECT count(*) FROM licenses").fetchone()
    store.conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    store.close()
    assert (db_path.parent / (db_path.name + "-wal")).exists()
    with pytest.raises(DatabaseTooNew):
        open_store(db_path)
    keeper.close()
