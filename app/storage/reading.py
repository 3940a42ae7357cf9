"""Opening the database only to read it: also in a data folder that cannot be written, and on
a full disk, since reading needs nothing written.

Where a small file can be written beside the database, it opens as every open does (an older
one migrated first). Elsewhere it opens read-only, creating nothing beside it: through
SQLite's read-only mode when a write-ahead log holds changes (a window elsewhere, or one
that crashed), else as an unchanging file (``immutable``), which needs no shared-memory
file. Any write through such a store fails as on a read-only folder.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.storage.database import (
    Store,
    check_contents,
    check_header,
    closed_on_failure,
    open_store,
    operational_error,
)
from app.storage.errors import DataFolderReadOnly, DiskFull, StorageError
from app.storage.files import write_probe
from app.storage.migrations import LATEST_VERSION


def open_for_reading(path: Path) -> Store:
    path = Path(path)
    if write_probe(path.parent) is None:
        try:
            return open_store(path)
        except (DataFolderReadOnly, DiskFull):
            pass        # room for the probe, not for the database's own files: read-only then
    return open_read_only(path)


def open_read_only(path: Path) -> Store:
    """The database at ``path``, read-only, with nothing created beside it."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        raise DataFolderReadOnly(f"数据库 {path} 还不存在，而数据文件夹不可写（或磁盘已满），无法新建。"
                                 "请换一个可写的数据文件夹，或腾出空间后重试。")
    check_header(path)
    log = path.with_name(path.name + "-wal")
    mode = "ro" if log.is_file() and log.stat().st_size > 0 else "ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        raise operational_error(exc, path) from exc
    conn.row_factory = sqlite3.Row
    with closed_on_failure(conn, path):
        conn.execute("PRAGMA busy_timeout = 5000")
        check_contents(conn, path, scan=False)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version < LATEST_VERSION:
        conn.close()
        raise StorageError(f"数据库 {path.name} 来自较早的版本，需要先升级数据格式才能读取，而数据文件夹不可写"
                           "（或磁盘已满），无法升级。请在可写的文件夹中打开一次，或腾出空间后重试。")
    return Store(conn, path)
