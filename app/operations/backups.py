"""Backups as the screens use them: make one now, list them, preview and restore one.

The work is done by app.storage.backup (one folder per backup beside the database, checked
by hash on restore); this module is the screens' door to it.
"""

from app.storage.backup import (
    BEFORE_DELETE,
    BEFORE_EMPTYING,
    DAILY,
    KEEP,
    MANUAL,
    MIGRATION,
    BackupInfo,
    BackupPreview,
    RestoreResult,
    backup_if_due,
    backup_now,
    clean_leftovers,
    describe_backup,
    latest_backup,
    list_backups,
    restore_backup,
)
from app.storage.migrations import LATEST_VERSION as SCHEMA_VERSION

__all__ = ["BEFORE_DELETE", "BEFORE_EMPTYING", "DAILY", "KEEP", "MANUAL", "MIGRATION", "SCHEMA_VERSION", "BackupInfo", "BackupPreview",
           "RestoreResult", "backup_if_due", "backup_now", "clean_leftovers", "describe_backup", "latest_backup",
           "list_backups", "restore_backup"]
