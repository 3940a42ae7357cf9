"""A transaction in plain SQL (Store.transaction): all or nothing, nested as savepoints, and no
sqlite-utils for a start that only records what it told."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _names(store) -> list[str]:
    return [row[0] for row in store.query("SELECT value FROM settings ORDER BY value")]


def _put(conn, value: str) -> None:
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"test_{value}", value))


def test_written_when_the_block_ends(store):
    with store.transaction() as conn:
        _put(conn, "a")
        _put(conn, "b")
    assert {"a", "b"} <= set(_names(store))
    assert not store.conn.in_transaction


def test_nothing_written_when_the_block_fails(store):
    before = _names(store)
    with pytest.raises(RuntimeError), store.transaction() as conn:
        _put(conn, "a")
        raise RuntimeError("stop")
    assert _names(store) == before
    assert not store.conn.in_transaction


def test_a_nested_block_that_fails_is_undone_alone(store):
    with store.transaction() as conn:
        _put(conn, "outer")
        with pytest.raises(RuntimeError), store.transaction() as inner:
            _put(inner, "inner")
            raise RuntimeError("stop")
        with store.atomic() as db:            # the sqlite-utils view nests the same way
            db.execute("INSERT INTO settings (key, value) VALUES ('test_second', 'second')")
    names = set(_names(store))
    assert {"outer", "second"} <= names and "inner" not in names


def test_a_refused_write_writes_nothing(store):
    def refuse():
        raise PermissionError("a window holds the database")

    store.write_guard = refuse
    with pytest.raises(PermissionError), store.transaction() as conn:
        _put(conn, "a")
    store.write_guard = None
    assert "a" not in _names(store)


def test_recording_what_was_told_leaves_sqlite_utils_unloaded(tmp_path):
    """The start-up reminders record what they showed after every start: sqlite-utils (13.6 MB
    resident with click, dateutil and pluggy) is not loaded for it."""
    from app.operations import open_store

    open_store(tmp_path / "told.sqlite3").close()          # created (and migrated) beforehand
    script = textwrap.dedent(f"""
        import sys
        from datetime import date
        from pathlib import Path
        sys.path.insert(0, {str(ROOT)!r})
        from app.operations import open_store
        from app.storage import notices
        store = open_store(Path({str(tmp_path / "told.sqlite3")!r}))
        assert "sqlite_utils" not in sys.modules
        notices.record_told(store, "desktop", [notices.SentKey(1, "renewal:2027-03-14", "lead:90")], on=date(2026, 12, 5))
        assert len(notices.told(store, "desktop")) == 1
        print("sqlite_utils" in sys.modules)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
