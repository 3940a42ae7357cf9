"""Automatic and manual backups of the database and its attachments, and restoring one.

A backup is one folder in ``backups/`` beside the database, named by its time and reason::

    backups/20261122-153000-123456-daily/
        license-keeper.sqlite3      a consistent copy (SQLite's online backup, WAL included)
        attachments/...             a copy of the attachments folder, when there is one
        manifest.json               time, app and schema version, counts, every file's SHA-256

It is written as ``<name>.pid<pid>.partial`` and renamed when complete, so a crash mid-backup
never leaves something that looks like a backup; what a killed process left is removed by the
next backup or start (``clean_leftovers``). The newest ``keep`` backups are kept (10 by default).
Restoring never overwrites: the current database and attachments are first renamed aside with
a timestamp (app.storage.set_aside finds them again and puts them back). A backup also
travels as one file (app.storage.backup_file).
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app import __version__
from app.paths import ATTACHMENTS_FOLDER, attachments_folder, folder_for
from app.storage import attachment_files as attachment_copies
from app.storage.errors import BackupFileRefused, StorageError
from app.storage.files import (
    copy_with_hash,
    explain_os_error,
    fsync_path,
    move_db_aside,
    move_folder_aside,
    sha256_of,
)
from app.storage.leftovers import is_leftover, partial_name
from app.storage.set_aside import BEFORE_RESTORE, rename_back
from app.storage.window_lock import window_holding

BACKUPS = "backups"
ATTACHMENTS = ATTACHMENTS_FOLDER
MANIFEST = "manifest.json"
PARTIAL = ".partial"
KEEP = 10
KEEP_PRECAUTIONS = 5        # backups before a deletion, kept apart: many deletions never push out the daily ones
MANIFEST_FORMAT = 1

DAILY = "daily"
MANUAL = "manual"
COPIED = "copy"                 # made to be copied out as one file (备份到…)
MIGRATION = "migration"
BEFORE_DELETE = "delete"
BEFORE_EMPTYING = "empty-trash"
PRECAUTIONS = (BEFORE_DELETE, BEFORE_EMPTYING)
REASON_LABELS = {DAILY: "每日自动备份", MANUAL: "手动备份", COPIED: "备份到其他位置", MIGRATION: "升级数据格式前的自动备份",
                 BEFORE_DELETE: "删除前的自动备份", BEFORE_EMPTYING: "清空回收站前的自动备份"}

_one_at_a_time = threading.Lock()


@dataclass(frozen=True)
class BackupFile:
    path: str          # relative to the backup folder, with "/" separators
    size: int
    sha256: str


@dataclass(frozen=True)
class BackupInfo:
    """One complete backup, as its manifest describes it."""

    folder: Path
    created_at: datetime
    reason: str
    app_version: str
    schema_version: int
    license_count: int
    event_count: int
    database: str
    files: tuple[BackupFile, ...]
    note: str = ""

    @property
    def size_bytes(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def attachment_count(self) -> int:
        return sum(1 for f in self.files if f.path.startswith(ATTACHMENTS + "/"))

    @property
    def database_file(self) -> Path:
        return self.folder / self.database

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)


@dataclass(frozen=True)
class BackupPreview:
    """What a backup holds, read from the backup itself (for a look before restoring)."""

    info: BackupInfo
    licenses: list[tuple[str, str, str]] = field(default_factory=list)  # number, company, expiry
    problems: list[str] = field(default_factory=list)                    # empty when intact

    @property
    def intact(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    set_aside: list[Path]        # where the replaced database and attachments now are


def backups_folder(db_path: Path) -> Path:
    return folder_for(Path(db_path), BACKUPS)


# --- making backups -----------------------------------------------------------------------

def backup_now(db_path: Path, *, reason: str = MANUAL, keep: int = KEEP, note: str = "",
               now: datetime | None = None) -> BackupInfo:
    """Back up the database at ``db_path`` and its attachments; rotate old backups.

    Opens its own connection, so it may run on another thread while the app keeps writing
    (WAL: the copy is one consistent snapshot). Raises StorageError with a message for the user.
    """
    db_path = Path(db_path)
    if not db_path.exists():
        raise StorageError(f"没有可备份的数据库：{db_path} 不存在。")
    now = now or datetime.now()
    with _one_at_a_time:
        try:
            info = _write_backup(db_path, reason=reason, note=note, now=now)
        except sqlite3.Error as exc:
            from app.storage.database import operational_error

            error = operational_error(exc, db_path)
            raise type(error)(f"备份失败：{error}") from exc
        except OSError as exc:
            raise StorageError(explain_os_error("备份失败", exc)) from exc
        except StorageError:
            raise
        except Exception as exc:            # whatever it was, the user hears of it, not a thread
            raise StorageError(f"备份失败（{type(exc).__name__}：{str(exc)[:200]}）") from exc
        rotate(db_path, keep=keep)
    return info


def backup_if_due(db_path: Path, *, keep: int = KEEP, now: datetime | None = None) -> BackupInfo | None:
    """The start-up backup: at most one a day, and none of an empty database."""
    now = now or datetime.now()
    if any(b.reason == DAILY and b.created_at.date() == now.date() for b in list_backups(db_path)):
        return None
    if not _holds_anything(Path(db_path)):
        return None
    return backup_now(db_path, reason=DAILY, keep=keep, now=now)


def _write_backup(db_path: Path, *, reason: str, note: str, now: datetime) -> BackupInfo:
    root = backups_folder(db_path)
    root.mkdir(parents=True, exist_ok=True)
    _clean_leftovers(db_path)
    name = unused_name(root, f"{now.strftime('%Y%m%d-%H%M%S-%f')}-{reason}")
    partial = root / partial_name(name)
    partial.mkdir()
    try:
        files = [copy_database_file(db_path, partial / db_path.name)]
        schema, licenses, events = _counts(partial / db_path.name)
        attachments = attachments_folder(db_path)
        if attachments.is_dir():
            for source in attachment_files(attachments):
                relative = source.relative_to(attachments.parent).as_posix()
                size, digest = copy_with_hash(source, partial / relative)
                files.append(BackupFile(relative, size, digest))
        manifest = {
            "format": MANIFEST_FORMAT, "created_at": now.isoformat(timespec="microseconds"),
            "reason": reason, "note": note, "app_version": __version__,
            "schema_version": schema, "license_count": licenses, "event_count": events,
            "database": db_path.name,
            "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in files],
        }
        manifest_path = partial / MANIFEST
        manifest_path.write_bytes(_manifest_bytes(manifest))
        fsync_path(manifest_path)
        fsync_path(partial)
        final = root / name
        partial.rename(final)
        fsync_path(root)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return _read_manifest(final)


def _manifest_bytes(manifest: dict) -> bytes:
    """The manifest as UTF-8 JSON; with every non-ASCII character escaped when a file name in
    it is not valid Unicode (a file another program put in the attachments folder)."""
    try:
        return json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(manifest, ensure_ascii=True, indent=2).encode("ascii")


def copy_database_file(db_path: Path, target: Path) -> BackupFile:
    source = sqlite3.connect(db_path)
    try:
        source.execute("PRAGMA busy_timeout = 5000")
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)            # one step: a single consistent snapshot
            # The copy stands alone: one file, no WAL needed to read it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        source.close()
    fsync_path(target)
    return BackupFile(target.name, target.stat().st_size, sha256_of(target))


def attachment_files(folder: Path) -> list[Path]:
    """Every attachment, without files still being copied in (``*.partial``)."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(PARTIAL))


def _counts(copy: Path) -> tuple[int, int, int]:
    conn = _read_only(copy)
    try:
        schema = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        licenses = conn.execute(f"SELECT count(*) FROM licenses{_not_deleted(conn)}").fetchone()[0] \
            if "licenses" in tables else 0
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0] if "events" in tables else 0
    finally:
        conn.close()
    return schema, licenses, events


def _not_deleted(conn: sqlite3.Connection) -> str:
    """The condition that leaves out the licenses in the 回收站, in a database that has one."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(licenses)")}
    return " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""


def _holds_anything(db_path: Path) -> bool:
    attachments = attachments_folder(db_path)
    if attachments.is_dir() and attachment_files(attachments):
        return True
    conn = sqlite3.connect(db_path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'dashboard_cache'")]      # computed rows: nothing of the user's
        return any(conn.execute(f'SELECT EXISTS(SELECT 1 FROM "{t}")').fetchone()[0] for t in tables)
    finally:
        conn.close()


def unused_name(root: Path, base: str) -> str:
    name, counter = base, 2
    while (root / name).exists() or (root / partial_name(name)).exists():
        name = f"{base}-{counter}"
        counter += 1
    return name


def clean_leftovers(db_path: Path) -> int:
    """Remove what killed or failed work left: half-written backups and attachment copies
    (``*.partial``, app.storage.leftovers); how many were removed."""
    with _one_at_a_time:            # no backup of this process is being written meanwhile
        return _clean_leftovers(Path(db_path))


def _clean_leftovers(db_path: Path) -> int:
    nobody_else = window_holding(db_path) is None
    removed = 0
    root = backups_folder(db_path)
    if root.is_dir():
        for folder in root.glob("*" + PARTIAL):
            with contextlib.suppress(OSError):
                if is_leftover(folder, nobody_else=nobody_else):
                    shutil.rmtree(folder)
                    removed += 1
    return removed + attachment_copies.clean_leftovers(db_path, nobody_else=nobody_else)


def rotate(db_path: Path, *, keep: int = KEEP, keep_precautions: int = KEEP_PRECAUTIONS) -> list[Path]:
    """Delete all but the newest ``keep`` backups, and all but the newest ``keep_precautions``
    of those taken before a deletion (counted apart); returns the folders removed."""
    found = list_backups(db_path)
    regular = [b for b in found if b.reason not in PRECAUTIONS]
    precautions = [b for b in found if b.reason in PRECAUTIONS]
    removed = []
    for old in [*regular[max(keep, 1):], *precautions[max(keep_precautions, 1):]]:
        shutil.rmtree(old.folder, ignore_errors=True)
        removed.append(old.folder)
    return removed


# --- reading backups ----------------------------------------------------------------------

def list_backups(db_path: Path) -> list[BackupInfo]:
    """Every complete backup beside ``db_path``, newest first (half-written ones are skipped)."""
    root = backups_folder(db_path)
    if not root.is_dir():
        return []
    found = []
    for folder in root.iterdir():
        if folder.name.endswith(PARTIAL) or not (folder / MANIFEST).is_file():
            continue
        try:
            found.append(_read_manifest(folder))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def latest_backup(db_path: Path) -> BackupInfo | None:
    backups = list_backups(db_path)
    return backups[0] if backups else None


def read_backup_folder(folder: Path) -> BackupInfo:
    """The backup in ``folder`` (one listed here, or copied from elsewhere); StorageError."""
    try:
        return _read_manifest(Path(folder))
    except (OSError, ValueError, KeyError, TypeError):
        raise BackupFileRefused(f"{folder} 不是许可证管家的备份文件夹（其中没有可用的 manifest.json）。") from None


def _read_manifest(folder: Path) -> BackupInfo:
    return manifest_info(folder, json.loads((folder / MANIFEST).read_text(encoding="utf-8")))


def manifest_info(folder: Path, data: dict) -> BackupInfo:
    """The backup a manifest describes (its files in ``folder``); KeyError, TypeError or
    ValueError when the manifest is not one."""
    return BackupInfo(
        folder=folder, created_at=datetime.fromisoformat(data["created_at"]),
        reason=str(data["reason"]), app_version=str(data.get("app_version", "")),
        schema_version=int(data["schema_version"]), license_count=int(data["license_count"]),
        event_count=int(data["event_count"]), database=str(data["database"]),
        files=tuple(BackupFile(str(f["path"]), int(f["size"]), str(f["sha256"])) for f in data["files"]),
        note=str(data.get("note", "")),
    )


def verify_backup(info: BackupInfo) -> list[str]:
    """Problems found by checking every file against its SHA-256 (empty: intact)."""
    problems = []
    for item in info.files:
        path = info.folder / item.path
        if not path.is_file():
            problems.append(f"缺少文件 {item.path}")
        elif path.stat().st_size != item.size or sha256_of(path) != item.sha256:
            problems.append(f"文件 {item.path} 与备份时不一致（已损坏或被改动）")
    return problems


def describe_backup(info: BackupInfo, *, max_licenses: int = 20) -> BackupPreview:
    """The licenses a backup holds and whether it is intact, read without changing it."""
    problems = verify_backup(info)
    licenses: list[tuple[str, str, str]] = []
    if info.database_file.is_file():
        try:
            conn = _read_only(info.database_file)
            try:
                licenses = [tuple(r) for r in conn.execute(
                    f"SELECT number, company, expiry FROM licenses{_not_deleted(conn)} ORDER BY expiry, id LIMIT ?",
                    (max_licenses,))]
            finally:
                conn.close()
        except sqlite3.Error as exc:
            problems.append(f"无法读取备份中的数据库：{exc}")
    return BackupPreview(info=info, licenses=licenses, problems=problems)


def _read_only(path: Path) -> sqlite3.Connection:
    """Open a database file without writing anything next to it (no journal, no WAL files)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


# --- restoring ----------------------------------------------------------------------------

def restore_backup(info: BackupInfo, db_path: Path, *, now: datetime | None = None,
                   aside_label: str = BEFORE_RESTORE) -> RestoreResult:
    """Put a backup in place of the database at ``db_path`` (which must be closed).

    Every file is copied beside its destination and checked against its SHA-256 first; only
    then are the current database (with its WAL) and attachments folder renamed aside with a
    timestamp (never overwritten) and the copies renamed into place. Raises StorageError.
    """
    db_path = Path(db_path)
    now = now or datetime.now()
    attachments = attachments_folder(db_path)
    staged_db = db_path.with_name(f".{db_path.name}.restoring")
    staged_attachments = attachments.with_name(f".{attachments.name}.restoring")
    set_aside: list[Path] = []
    placed: list[Path] = []
    try:
        problems = _stage(info, staged_db, staged_attachments)
        if problems:
            raise StorageError("这份备份已损坏，没有恢复：" + "；".join(problems[:3]))
        set_aside += move_db_aside(db_path, aside_label, now)
        moved_folder = move_folder_aside(attachments, aside_label, now)
        if moved_folder:
            set_aside.append(moved_folder)
        staged_db.replace(db_path)
        placed.append(db_path)
        if staged_attachments.exists():
            staged_attachments.rename(attachments)
            placed.append(attachments)
        fsync_path(db_path.parent)
    except OSError as exc:
        _undo_restore(db_path, attachments, placed=placed, set_aside=set_aside)
        raise StorageError(explain_os_error("恢复失败，原数据已保持不变", exc)) from exc
    finally:
        staged_db.unlink(missing_ok=True)
        shutil.rmtree(staged_attachments, ignore_errors=True)
    return RestoreResult(backup=info, set_aside=set_aside)


def _stage(info: BackupInfo, staged_db: Path, staged_attachments: Path) -> list[str]:
    """Copy the backup's files next to their destination, checking each SHA-256 on the way
    (one read per file); the problems found (empty: all intact)."""
    staged_db.unlink(missing_ok=True)
    shutil.rmtree(staged_attachments, ignore_errors=True)
    problems = []
    for item in info.files:
        source = info.folder / item.path
        if item.path == info.database:
            target = staged_db
        elif item.path.startswith(ATTACHMENTS + "/"):
            target = staged_attachments / item.path[len(ATTACHMENTS) + 1:]
        else:
            continue
        if not source.is_file():
            problems.append(f"缺少文件 {item.path}")
            continue
        size, digest = copy_with_hash(source, target)
        if size != item.size or digest != item.sha256:
            problems.append(f"文件 {item.path} 与备份时不一致（已损坏或被改动）")
    if not staged_db.exists() and not problems:
        problems.append("备份中没有数据库文件")
    return problems


def _undo_restore(db_path: Path, attachments: Path, *, placed: list[Path],
                  set_aside: list[Path]) -> None:
    """After a failed restore: remove the copies put in place, rename the originals back."""
    for path in placed:           # copies of the backup: the backup itself still has them
        with contextlib.suppress(OSError):
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    rename_back(set_aside, db_path=db_path, attachments=attachments)

