"""A backup as one file that can leave the computer (a folder, a USB stick), and back.

The file is a zip of a backup folder as app.storage.backup writes it: ``manifest.json``, the
database and ``attachments/...``, each under the path the manifest gives it, so that unzipping
it by hand gives a backup folder too. It is written as ``<name>.pid<pid>.partial`` beside the
target and renamed when complete.

Bringing one back (``unpack``) reads the manifest first and refuses a zip whose entries are not
the manifest's files (a path outside the folder, a size that differs, a missing file); each file
is then copied out with its SHA-256 checked, into a ``.partial`` folder in ``backups/`` renamed
when every file is right. The result is an ordinary backup, listed with the others and restored
by ``restore_backup`` (which checks every hash again on the way).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import zipfile
from datetime import datetime
from pathlib import Path, PurePosixPath

from app.storage.backup import (
    ATTACHMENTS,
    COPIED,
    MANIFEST,
    BackupInfo,
    backup_now,
    backups_folder,
    list_backups,
    manifest_info,
    unused_name,
    verify_backup,
)
from app.storage.errors import BackupFileRefused, StorageError
from app.storage.files import CHUNK, explain_os_error, fsync_path
from app.storage.leftovers import partial_name

SUFFIX = ".zip"

MAX_MANIFEST_BYTES = 16 * 1024 * 1024
NOT_A_BACKUP = "这不是许可证管家的备份文件（其中没有可用的 manifest.json）。请选择用“备份到…”保存的 .zip 文件。"


# --- writing -------------------------------------------------------------------------------

def backup_to_file(db_path: Path, target: Path, *, now: datetime | None = None) -> tuple[BackupInfo, Path]:
    """Back up now (kept in ``backups/`` as well) and write it to ``target`` as one file."""
    info = backup_now(Path(db_path), reason=COPIED, now=now)
    return info, write_file(info, Path(target))


def write_file(info: BackupInfo, target: Path) -> Path:
    """The backup ``info`` as one zip at ``target`` (replaced if it exists); StorageError."""
    partial = target.with_name(partial_name(target.name))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6,
                             allowZip64=True) as archive:
            archive.write(info.folder / MANIFEST, MANIFEST)
            for item in info.files:
                archive.write(info.folder / item.path, item.path)
        fsync_path(partial)
        os.replace(partial, target)
        fsync_path(target.parent)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(explain_os_error(f"无法写入 {target}", exc)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


# --- reading -------------------------------------------------------------------------------

def read_file(source: Path) -> BackupInfo:
    """What the backup file holds, from its manifest, with its entries checked against it (no
    file copied out); StorageError when it is not a backup of ours or not whole. The info's
    folder is the zip itself: it is read through ``unpack``."""
    source = Path(source)
    try:
        with zipfile.ZipFile(source) as archive:
            return _checked_info(source, archive)
    except zipfile.BadZipFile:
        raise BackupFileRefused(f"{source.name} 不是完整的 .zip 文件（可能没有复制完整），无法从它恢复。") from None
    except OSError as exc:
        raise StorageError(explain_os_error(f"无法读取 {source.name}", exc)) from exc


def _checked_info(source: Path, archive: zipfile.ZipFile) -> BackupInfo:
    entries = {entry.filename: entry for entry in archive.infolist() if not entry.is_dir()}
    manifest = entries.get(MANIFEST)
    if manifest is None or manifest.file_size > MAX_MANIFEST_BYTES:
        raise BackupFileRefused(NOT_A_BACKUP)
    try:
        info = manifest_info(source, json.loads(archive.read(manifest).decode("utf-8")))
    except (ValueError, KeyError, TypeError, AttributeError, zipfile.BadZipFile):
        raise BackupFileRefused(NOT_A_BACKUP) from None
    if not any(item.path == info.database for item in info.files):
        raise BackupFileRefused(NOT_A_BACKUP)
    for item in info.files:
        if not _safe_path(item.path, database=info.database):
            raise BackupFileRefused(f"{source.name} 中的文件名 {item.path[:80]!r} 不安全，没有从它恢复。")
        entry = entries.get(item.path)
        if entry is None:
            raise BackupFileRefused(f"{source.name} 不完整：缺少 {item.path}，没有从它恢复。")
        if entry.file_size != item.size:
            raise BackupFileRefused(f"{source.name} 中的 {item.path} 与备份时的大小不同（已损坏或被改动），没有从它恢复。")
    return info


def _safe_path(path: str, *, database: str) -> bool:
    """The database's own name, or a plain relative path under ``attachments/``."""
    if "\\" in path or "\x00" in path or ":" in path:
        return False
    parts = PurePosixPath(path).parts
    if path == database:
        return len(parts) == 1 and parts[0] not in (".", "..")
    return (len(parts) > 1 and parts[0] == ATTACHMENTS and not path.startswith("/")
            and all(part not in ("", ".", "..") for part in parts))


def unpack(source: Path, db_path: Path) -> BackupInfo:
    """Copy the backup file's contents into ``backups/`` beside ``db_path``, every file checked
    against its SHA-256, as an ordinary backup; the same backup already there is reused."""
    source = Path(source)
    info = read_file(source)
    same = _already_there(info, db_path)
    if same is not None:
        return same
    root = backups_folder(Path(db_path))
    name = unused_name(root, f"{info.created_at.strftime('%Y%m%d-%H%M%S-%f')}-{info.reason}")
    partial = root / partial_name(name)
    try:
        needed = sum(item.size for item in info.files)
        root.mkdir(parents=True, exist_ok=True)
        if shutil.disk_usage(root).free < needed:
            raise StorageError(f"磁盘空间不足：恢复这份备份需要 {needed / 1024 / 1024:.1f} MB。请腾出空间后重试。")
        partial.mkdir()
        with zipfile.ZipFile(source) as archive:
            archive.extract(MANIFEST, partial)
            for item in info.files:
                _copy_checked(archive, item, partial / item.path)
        fsync_path(partial)
        final = root / name
        partial.rename(final)
        fsync_path(root)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise StorageError(explain_os_error(f"无法从 {source.name} 读出备份", exc)) from exc
    except zipfile.BadZipFile:
        shutil.rmtree(partial, ignore_errors=True)
        raise BackupFileRefused(f"{source.name} 已损坏（校验不符），没有从它恢复。") from None
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return next(b for b in list_backups(db_path) if b.folder == final)


def _copy_checked(archive: zipfile.ZipFile, item, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    with archive.open(item.path) as source, target.open("wb") as out:
        while chunk := source.read(CHUNK):
            size += len(chunk)
            if size > item.size:
                break
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    if size != item.size or digest.hexdigest() != item.sha256:
        raise BackupFileRefused(f"备份文件中的 {item.path} 与备份时不一致（已损坏或被改动），没有从它恢复。")


def _already_there(info: BackupInfo, db_path: Path) -> BackupInfo | None:
    """The same backup among those beside the database (a file made here, brought back)."""
    for backup in list_backups(db_path):
        if backup.created_at == info.created_at and backup.files == info.files:
            with contextlib.suppress(OSError):
                if not verify_backup(backup):
                    return backup
    return None
