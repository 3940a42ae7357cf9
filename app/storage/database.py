"""Opening the database: WAL, integrity check, version check, migrations with a backup first.

Reads go through the plain ``sqlite3`` connection; writes go through sqlite-utils, which is
imported only when the first write happens, so that starting the app does not pay for it.

Durability: WAL with ``synchronous = FULL``. Every committed save is flushed to disk before
the app reports it saved, so it survives a killed process *and* a power cut. (``NORMAL``
survives a killed process too, but a power cut can take the last saves with it.) FULL costs
one fsync per transaction, about 0.3 ms here; bulk work (an import) is one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app.storage.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseTooNew,
    DataFolderReadOnly,
    DiskFull,
    NotOurDatabase,
    StorageError,
)
from app.storage.files import disk_is_full, sidecars
from app.storage.migrations import LATEST_VERSION, MIGRATIONS

if TYPE_CHECKING:
    import sqlite_utils

SQLITE_HEADER = b"SQLite format 3\x00"


class Store:
    """One open database file."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self._db: sqlite_utils.Database | None = None
        self._depth = 0                  # savepoints open (nested transactions)
        # Called before each write begins; raises to refuse it (the command line beside a
        # window: app.storage.window_lock).
        self.write_guard: Callable[[], None] | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @contextmanager
    def atomic(self):
        """One transaction (a savepoint when nested): all of it is written, or none; yields the
        sqlite-utils view of the connection. See ``transaction``."""
        with self.transaction():
            yield self.db

    @contextmanager
    def transaction(self):
        """One transaction (a savepoint when nested): all of it is written, or none; yields the
        plain connection, for writes in plain SQL.

        Writes that need no more than SQL use this rather than ``atomic``: importing sqlite-utils
        (with click, dateutil and pluggy) adds 13.6 MB of resident memory and about 70 ms, and the
        start-up reminders write a line after every start (measured: idle memory 1 s after the
        first paint, benchmarks/bench_startup.py).

        The outermost one starts with BEGIN IMMEDIATE: it takes the write lock first and waits
        for another writer (busy_timeout) instead of failing at once when that writer commits
        between this transaction's first read and its first write (SQLITE_BUSY in WAL).
        """
        try:
            if self.conn.in_transaction:
                with self._savepoint():
                    yield self.conn
            else:
                if self.write_guard is not None:
                    self.write_guard()
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self.conn
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise
                try:
                    self.conn.execute("COMMIT")
                except sqlite3.Error:
                    if self.conn.in_transaction:
                        self.conn.execute("ROLLBACK")
                    raise
        except sqlite3.OperationalError as exc:
            raise operational_error(exc, self.path) from exc
        except sqlite3.DatabaseError as exc:
            if type(exc) is not sqlite3.DatabaseError:   # integrity, programming: not the disk
                raise
            raise DatabaseDamaged(f"数据库文件 {self.path} 已损坏，这次保存没有写入：{exc}") from exc

    @contextmanager
    def _savepoint(self):
        name = f"nested_{id(self)}_{self._depth}"
        self._depth += 1
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
        finally:
            self._depth -= 1

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    @property
    def user_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        self.conn.close()


OWNERS_PER_QUERY = 500      # license ids bound in one query (SQLite allows 32,766 parameters)


def owners_clause(license_ids: Collection[int] | None) -> Iterator[tuple[str, tuple[int, ...]]]:
    """The ``AND license_id IN (…)`` to add to a query's WHERE, with its parameters, once per
    chunk of ``license_ids`` (none for no ids); ``None`` means every license: one query, no clause."""
    if license_ids is None:
        yield "", ()
        return
    ids = sorted(set(license_ids))
    for start in range(0, len(ids), OWNERS_PER_QUERY):
        chunk = tuple(ids[start:start + OWNERS_PER_QUERY])
        yield f" AND license_id IN ({','.join('?' * len(chunk))})", chunk


def open_store(path: Path, *, migrate: bool = True, defer_integrity: bool = False) -> Store:
    """Open (creating if needed) and check the database at ``path``; migrate it if older.

    An existing file is checked first through a read-only connection, so that a damaged,
    foreign or newer file is refused without SQLite writing anything to it (no checkpoint).
    ``defer_integrity`` leaves out the page-by-page scan (``PRAGMA quick_check``, which grows
    with the file) for a caller that runs ``integrity_problem`` itself straight after; a
    database about to be migrated is always scanned first.
    """
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    checked = False
    if existed:
        check_header(path)
        checked = _inspect_read_only(path, scan=not defer_integrity)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"无法创建数据文件夹 {path.parent}：{exc.strerror or exc}") from exc
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise operational_error(exc, path) from exc
    conn.row_factory = sqlite3.Row
    with closed_on_failure(conn, path):
        conn.execute("PRAGMA busy_timeout = 5000")
        store = Store(conn, path)
        if not checked:
            check_contents(conn, path, scan=not defer_integrity)
        version = store.user_version
        if defer_integrity and existed and version < LATEST_VERSION and migrate:
            _check_integrity(conn, path)
        _use_wal(conn, path)
        _check_writable(conn)
        if version < LATEST_VERSION and migrate:
            if version > 0:
                _backup_before_migrating(path, version)
            _migrate(store, version)
        return store


@contextmanager
def closed_on_failure(conn: sqlite3.Connection, path: Path):
    """While a file is being opened: any failure closes ``conn``, and SQLite's errors become the
    app's (the disk's, or a damaged file)."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        conn.close()
        raise operational_error(exc, path) from exc
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseDamaged(f"数据库文件 {path} 已损坏或不是数据库（{exc}）。") from exc
    except BaseException:
        conn.close()
        raise


def _inspect_read_only(path: Path, *, scan: bool = True) -> bool:
    """Check an existing file without the right to write to it; False if that cannot be done.

    A file without a log beside it is read as unchanging (``immutable``): SQLite then creates
    no -wal and -shm files, which a file refused here (damaged, newer, foreign) would
    otherwise keep beside it. With a log, that log belongs to the file and is read with it.
    """
    mode = "ro" if sidecars(path) else "ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        check_contents(conn, path, scan=scan)
        return True
    except sqlite3.OperationalError:
        return False            # e.g. no -shm yet and none can be made: check read-write instead
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"数据库文件 {path} 已损坏或不是数据库（{exc}）。") from exc
    finally:
        conn.close()


def check_contents(conn: sqlite3.Connection, path: Path, *, scan: bool = True) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST_VERSION:
        raise DatabaseTooNew(
            f"数据库 {path.name} 来自更新版本的许可证管家（数据格式 {version}，本程序只支持到 {LATEST_VERSION}）。"
            "请安装新版本后再打开；为保护数据，本程序不会改动这个文件。")
    if version == 0 and _has_tables(conn):
        raise NotOurDatabase(f"{path} 不是许可证管家的数据库（其中已有别的数据表），不会改动它。")
    if scan:
        _check_integrity(conn, path)
    else:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()   # the schema pages still read


def check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(f"无法读取数据库文件 {path}：{exc.strerror or exc}") from exc
    if header != SQLITE_HEADER:
        raise DatabaseDamaged(f"{path} 不是 SQLite 数据库文件（可能已损坏，或选错了文件）。")


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise DatabaseDamaged(f"数据库文件 {path} 未通过完整性检查：{'; '.join(problems[:3])}")


def integrity_problem(path: Path) -> str | None:
    """The page-by-page scan on its own read-only connection: None when sound, else the message."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        return f"无法读取数据库文件 {path}：{exc}"
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        _check_integrity(conn, Path(path))
    except DatabaseDamaged as error:
        return str(error)
    except sqlite3.DatabaseError as exc:
        return f"数据库文件 {path} 已损坏（{exc}）。"
    finally:
        conn.close()
    return None


def _use_wal(conn: sqlite3.Connection, path: Path) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StorageError(f"无法以 WAL 模式打开 {path}（得到 {mode}）")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0


def _migrate(store: Store, version: int) -> None:
    for step_version, step in MIGRATIONS:
        if step_version <= version:
            continue
        with store.atomic() as db:
            step(db)
            store.conn.execute(f"PRAGMA user_version = {int(step_version)}")


def _check_writable(conn: sqlite3.Connection) -> None:
    """Take the write lock once: a read-only file or folder shows up now, not at the first save."""
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("ROLLBACK")


def _backup_before_migrating(path: Path, version: int) -> None:
    """A full backup (same mechanism as the daily one); no backup, no migration."""
    from app.storage.backup import MIGRATION, backup_now

    try:
        backup_now(path, reason=MIGRATION, note=f"数据格式 {version} → {LATEST_VERSION}")
    except StorageError as exc:
        raise type(exc)(f"升级数据格式前的备份没有成功，因此没有升级，数据库保持原样。{exc}") from exc


def operational_error(exc: sqlite3.Error, path: Path | None = None) -> StorageError:
    """The user's view of an SQLite failure: what happened and what to do.

    A full disk does not always say so: SQLite reports a failed write of its shared-memory
    or log file as a "disk I/O error". Such an error is a full disk when the disk is.
    """
    text = str(exc).lower()
    where = f"（{path}）" if path else ""
    io_error = getattr(exc, "sqlite_errorname", "").startswith("SQLITE_IOERR") or "disk i/o error" in text
    if "full" in text or (io_error and path is not None and disk_is_full(Path(path).parent)):
        return DiskFull(f"磁盘已满（或数据库已达上限）{where}，这次没有写入任何内容。请腾出空间后重试。")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DataFolderReadOnly(
            f"数据文件夹不可写{where}，没有写入任何内容。请检查文件夹权限，或换一个可写的数据文件夹。")
    if "locked" in text or "busy" in text:
        return DatabaseBusy(
            f"数据库正被另一个程序使用{where}，这次没有写入。请关闭另一个许可证管家窗口后重试。")
    return StorageError(f"数据库操作失败{where}，没有写入任何内容：{exc}")
