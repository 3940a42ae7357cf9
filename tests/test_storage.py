import sqlite3

import pytest

from app.domain.errors import ValidationError
from app.operations import holidays as holiday_ops
from app.operations import licenses as license_ops
from app.storage import licenses
from app.storage.database import open_store
from app.storage.errors import DatabaseDamaged, DatabaseTooNew, NotOurDatabase
from app.storage.migrations import LATEST_VERSION


def test_new_database_is_created_at_latest_version(db_path):
    store = open_store(db_path)
    assert store.user_version == LATEST_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"licenses", "events", "holiday_schedules", "settings"} <= tables
    store.close()


def test_migrates_from_an_empty_file(db_path):
    db_path.write_bytes(b"")
    store = open_store(db_path)
    assert store.user_version == LATEST_VERSION
    store.close()


def test_an_older_version_is_copied_before_migrating(db_path, monkeypatch):
    from app.storage import migrations

    store = open_store(db_path)
    license_ops.add_license(store, {"number": "B2-20110196", "company": "甲公司", "scope": "national",
                                   "issued": "2021-12-01", "expiry": "2026-11-30"})
    store.close()
    calls = []
    extra = (LATEST_VERSION + 1, lambda db: calls.append(db.execute("SELECT count(*) FROM licenses").fetchone()[0]))
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, extra])
    monkeypatch.setattr("app.storage.database.MIGRATIONS", migrations.MIGRATIONS)
    monkeypatch.setattr("app.storage.database.LATEST_VERSION", LATEST_VERSION + 1)
    store = open_store(db_path)
    assert calls == [1]
    assert store.user_version == LATEST_VERSION + 1
    store.close()
    from app.storage.backup import MIGRATION, list_backups

    backups = list_backups(db_path)
    assert [b.reason for b in backups] == [MIGRATION]
    assert backups[0].schema_version == LATEST_VERSION and backups[0].license_count == 1
    copy = sqlite3.connect(backups[0].database_file)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert copy.execute("SELECT number FROM licenses").fetchone()[0] == "B2-20110196"
    copy.close()


def test_a_failed_migration_step_leaves_the_old_version(db_path, monkeypatch):
    from app.storage import migrations

    open_store(db_path).close()

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    monkeypatch.setattr("app.storage.database.MIGRATIONS", [*migrations.MIGRATIONS, (LATEST_VERSION + 1, broken)])
    monkeypatch.setattr("app.storage.database.LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(RuntimeError):
        open_store(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name='half_done'").fetchall()
    conn.close()


def test_a_newer_database_is_refused_and_left_alone(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="更新版本"):
        open_store(db_path)
    assert db_path.read_bytes() == before


def test_random_bytes_are_refused(db_path):
    db_path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseDamaged, match="不是 SQLite"):
        open_store(db_path)


def test_damaged_pages_fail_the_integrity_check(db_path):
    store = open_store(db_path)
    for i in range(300):
        license_ops.add_license(store, {"number": f"B2-2011{i:04d}", "company": f"公司{i}", "scope": "national",
                                       "issued": "2021-12-01", "expiry": "2026-11-30"})
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data) - page, page * 3):
        data[offset + 100: offset + 600] = b"\xff" * 500
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        open_store(db_path)


def test_a_foreign_database_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    with pytest.raises(NotOurDatabase):
        open_store(db_path)


def test_license_round_trip_and_duplicate(store, valid_license_input):
    saved = license_ops.add_license(store, valid_license_input)
    assert licenses.get_license(store, saved.id) == saved
    with pytest.raises(ValidationError, match="已登记"):
        license_ops.add_license(store, valid_license_input)
    assert len(licenses.all_licenses(store)) == 1


def test_invalid_license_writes_nothing(store, valid_license_input):
    valid_license_input["expiry"] = "2020-01-01"
    with pytest.raises(ValidationError):
        license_ops.add_license(store, valid_license_input)
    assert store.query("SELECT count(*) FROM licenses")[0][0] == 0
    assert store.query("SELECT count(*) FROM events")[0][0] == 0


def test_update_records_what_changed(store, valid_license_input):
    saved = license_ops.add_license(store, valid_license_input)
    license_ops.update_license(store, saved.id, {**valid_license_input, "legal_rep": "李四"})
    from app.storage.events import events_for

    assert "法定代表人" in events_for(store, saved.id)[0].summary


def test_holiday_schedule_round_trip(store):
    from datetime import date

    from app.domain.workdays import YearSchedule

    schedule = YearSchedule(2027, holidays=frozenset({date(2027, 10, 1)}),
                            workdays=frozenset({date(2027, 9, 26)}), note="国办发明电")
    holiday_ops.save_holiday_schedule(store, schedule)
    calendar = holiday_ops.load_calendar(store)
    assert calendar.year_source(2027) == "user"
    assert calendar.schedules[2027] == schedule


def test_a_transaction_takes_the_write_lock_first(db_path, valid_license_input):
    """Read-then-write in WAL: the writer holds the lock from the start, so a second writer
    waits (and, after busy_timeout, is told so) instead of invalidating the first one's read."""
    from app.storage.errors import DatabaseBusy

    first, second = open_store(db_path), open_store(db_path)
    saved = license_ops.add_license(first, valid_license_input)
    second.conn.execute("PRAGMA busy_timeout = 100")
    with first.atomic():
        count = first.query("SELECT count(*) FROM licenses")[0][0]
        with pytest.raises(DatabaseBusy, match="另一个程序"):
            license_ops.add_license(second, {**valid_license_input, "number": "京B2-20190351"})
        first.conn.execute("UPDATE licenses SET special_terms = ? WHERE id = ?", (f"共 {count} 张", saved.id))
    assert licenses.get_license(second, saved.id).special_terms == "共 1 张"
    assert second.query("SELECT count(*) FROM licenses")[0][0] == 1
    first.close()
    second.close()


def test_schedules_entered_before_the_origin_was_kept_migrate_as_entered(db_path, monkeypatch):
    """Schema step 4: whether a year's schedule was entered by hand or imported from a file."""
    from datetime import date

    from app.domain.workdays import YearSchedule
    from app.storage import migrations

    monkeypatch.setattr("app.storage.database.MIGRATIONS", migrations.MIGRATIONS[:3])
    monkeypatch.setattr("app.storage.database.LATEST_VERSION", 3)
    store = open_store(db_path)
    store.conn.execute("INSERT INTO holiday_schedules (year, holidays, workdays, note) "
                       "VALUES (2027, '[\"2027-10-01\"]', '[]', '通知')")
    store.conn.commit()
    store.close()
    monkeypatch.undo()
    store = open_store(db_path)
    assert store.user_version == LATEST_VERSION >= 4
    (entered,) = holiday_ops.load_calendar(store).schedules.values()
    assert entered.origin == "entered" and entered.note == "通知"
    holiday_ops.save_holiday_schedule(store, YearSchedule(2028, frozenset({date(2028, 10, 2)}), origin="imported"))
    assert holiday_ops.load_calendar(store).schedules[2028].origin == "imported"
    store.close()
