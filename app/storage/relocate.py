"""Moving to another data folder: a consistent copy of the database and attachments there.

The old folder is left as it was (nothing is deleted); backups stay with it, and the new
folder starts its own with the next automatic backup.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.paths import DB_FILENAME
from app.storage.backup import (
    ATTACHMENTS,
    attachment_files,
    attachments_folder,
    copy_database_file,
    explain_os_error,
)
from app.storage.errors import StorageError
from app.storage.files import copy_with_hash, fsync_path

STAGING = ".copying"


def target_database(folder: Path) -> Path:
    return Path(folder) / DB_FILENAME


def check_target(db_path: Path, folder: Path) -> str | None:
    """Why ``folder`` cannot receive a copy (a Chinese message), or None when it can.

    A folder that already holds a database is not refused here: the caller offers to use it.
    """
    folder = Path(folder)
    if folder.resolve() == Path(db_path).parent.resolve():
        return "这已经是当前的数据文件夹。"
    if (folder / ATTACHMENTS).exists() and not target_database(folder).exists():
        return f"{folder} 中已有附件文件夹，但没有数据库。请选择一个空文件夹，以免混在一起。"
    return None


def copy_data_to(db_path: Path, folder: Path) -> Path:
    """Copy the database (online backup: one consistent snapshot) and attachments into
    ``folder``; returns the new database path. Never overwrites: refuses if one is there.
    """
    folder = Path(folder)
    target = target_database(folder)
    problem = check_target(db_path, folder)
    if problem is None and target.exists():
        problem = f"{folder} 中已有许可证管家的数据库，没有覆盖它。"
    if problem:
        raise StorageError(problem)
    staged_db = folder / (DB_FILENAME + STAGING)
    staged_attachments = folder / (ATTACHMENTS + STAGING)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy_database_file(Path(db_path), staged_db)
        _check_copy(staged_db)
        source_attachments = attachments_folder(db_path)
        if source_attachments.is_dir():
            for source in attachment_files(source_attachments):
                copy_with_hash(source, staged_attachments / source.relative_to(source_attachments))
        if staged_attachments.exists():
            staged_attachments.rename(folder / ATTACHMENTS)
        staged_db.rename(target)           # last: the folder holds a database only when complete
        fsync_path(folder)
    except OSError as exc:
        raise StorageError(explain_os_error("复制数据失败，仍使用原来的数据文件夹", exc)) from exc
    except sqlite3.Error as exc:
        raise StorageError(f"复制数据失败，仍使用原来的数据文件夹：{exc}") from exc
    finally:
        staged_db.unlink(missing_ok=True)
        shutil.rmtree(staged_attachments, ignore_errors=True)
    return target


def _check_copy(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        raise StorageError(f"复制出的数据库未通过完整性检查（{result}），没有切换。")
