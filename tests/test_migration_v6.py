"""Schema step 6 (the 回收站, archiving, undo's save numbers) on a database of the released schema
(tests/fixtures/databases/v3.sqlite3): everything in it can be deleted and restored byte for
byte, archived, and its item history (written before save numbers existed) undone."""

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.operations import archive, open_store
from app.operations import cases as case_ops
from app.operations import licenses as license_ops
from app.operations import trash as trash_ops
from app.storage import cases as case_rows

FIXTURE = Path(__file__).parent / "fixtures" / "databases" / "v3.sqlite3"
TODAY = date(2026, 12, 5)


@pytest.fixture
def migrated(tmp_path):
    path = tmp_path / "license-keeper.sqlite3"
    shutil.copy(FIXTURE, path)
    store = open_store(path)
    yield store
    store.close()


def rows(path, table):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
    finally:
        conn.close()


def test_the_new_columns_start_empty_and_nothing_is_hidden(migrated):
    assert rows(migrated.path, "trash") == []
    assert len(license_ops.all_licenses(migrated)) == 4
    assert archive.archived_count(migrated) == 0
    columns = {r[1] for r in migrated.conn.execute("PRAGMA table_info(item_history)")}
    assert "change" in columns


@pytest.mark.parametrize("number", ["京B2-20190350", "沪B2-20200712", "粤B2-20120564", "B2-20110196"])
def test_every_released_license_goes_and_comes_back_whole(migrated, number):
    tables = ("licenses", "events", "cases", "case_items", "item_history", "license_files")
    before = {t: rows(migrated.path, t) for t in tables}
    license = license_ops.find_license(migrated, number)
    entry = trash_ops.delete_license(migrated, license.id)
    assert license_ops.find_license(migrated, number) is None
    trash_ops.restore(migrated, entry.id)
    assert {t: rows(migrated.path, t) for t in tables} == before


def test_history_written_before_save_numbers_is_undone_by_its_time(migrated):
    item = case_ops.case_items(migrated, 3)[0]
    migrated.conn.execute(
        "INSERT INTO item_history (item_id, case_id, changed_at, field, old_value, new_value, origin) VALUES "
        "(?, 3, '2026-01-02T10:00:00', 'state', 'missing', 'ready', 'app'), "
        "(?, 3, '2026-01-02T10:00:00', 'owner', '', '王五', 'app')", (item.id, item.id))
    migrated.conn.execute("UPDATE case_items SET state = 'ready', owner = '王五' WHERE id = ?", (item.id,))
    case_ops.update_item(migrated, item.id, note="新的备注")
    case_ops.undo_item_change(migrated, item.id)
    assert case_rows.get_item(migrated, item.id).note == ""
    case_ops.undo_item_change(migrated, item.id)
    assert case_rows.get_item(migrated, item.id) == item
