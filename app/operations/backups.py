"""Backups as the screens and the command line use them: make one now (also as one file to
keep elsewhere), list them, preview and restore one (also from such a file), and put back the
data a restore set aside.

The work is done by app.storage.backup (one folder per backup beside the database, checked by
hash on restore), app.storage.backup_file (a backup as one .zip) and app.storage.set_aside
(the copies a restore renamed aside); this module is the door to them.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.storage.backup import (
    BEFORE_DELETE,
    BEFORE_EMPTYING,
    COPIED,
    DAILY,
    KEEP,
    MANUAL,
    MIGRATION,
    BackupInfo,
    BackupPreview,
    RestoreResult,
    backup_if_due,
    backup_now,
    backups_folder,
    clean_leftovers,
    describe_backup,
    latest_backup,
    list_backups,
    read_backup_folder,
    restore_backup,
)
from app.storage.backup_file import SUFFIX as FILE_SUFFIX
from app.storage.backup_file import backup_to_file, read_file, unpack
from app.storage.errors import BackupFileRefused
from app.storage.migrations import LATEST_VERSION as SCHEMA_VERSION
from app.storage.set_aside import BEFORE_RESTORE, BEFORE_UNDO, SetAside, list_set_aside, put_back

__all__ = ["BackupFileRefused", "BEFORE_DELETE", "BEFORE_EMPTYING", "BEFORE_RESTORE", "BEFORE_UNDO", "COPIED", "DAILY", "FILE_SUFFIX",
           "KEEP", "MANUAL", "MIGRATION", "SCHEMA_VERSION", "BackupInfo", "BackupPreview", "RestoreResult",
           "SetAside", "backup_if_due", "backup_now", "backup_to_file", "backups_folder", "check_restorable", "clean_leftovers",
           "describe_backup", "latest_backup", "list_backups", "list_set_aside", "put_back", "read_file",
           "restore_backup", "restore_from_file", "unpack"]


def check_restorable(info: BackupInfo) -> None:
    """BackupFileRefused when this program cannot use the backup (made by a newer version)."""
    if info.schema_version > SCHEMA_VERSION:
        raise BackupFileRefused(f"这份备份来自更新版本的许可证管家（数据格式 {info.schema_version}），"
                           "本程序无法打开。请先安装新版本。")


def unpack_checked(source: Path, db_path: Path) -> BackupInfo:
    """A backup file brought into ``backups/`` and found whole and usable; BackupFileRefused,
    or StorageError when the disk fails."""
    check_restorable(read_file(source))
    info = unpack(source, db_path)
    problems = describe_backup(info, max_licenses=0).problems
    if problems:
        raise BackupFileRefused("这份备份已损坏，不能恢复：" + "；".join(problems[:3]))
    return info


def restore_from_file(source: Path, db_path: Path, *, now: datetime | None = None) -> RestoreResult:
    """Restore a backup file (or a backup folder) in place of the closed database at ``db_path``."""
    source = Path(source)
    if source.is_dir():
        info = read_backup_folder(source)
        check_restorable(info)
    else:
        info = unpack_checked(source, db_path)
    return restore_backup(info, db_path, now=now)
