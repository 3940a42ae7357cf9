"""File moves that never lose anything: setting a file aside, durable writes, hashing."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
CHUNK = 1024 * 1024


def stamp(now: datetime | None = None) -> str:
    """A file-name-safe timestamp, to the second: 20261122-153000."""
    return (now or datetime.now()).strftime("%Y%m%d-%H%M%S")


def sidecars(db_path: Path) -> list[Path]:
    """The SQLite files that belong to ``db_path`` (WAL, shared memory, journal) that exist."""
    return [p for p in (db_path.with_name(db_path.name + s) for s in SIDECAR_SUFFIXES) if p.exists()]


def aside_name(path: Path, label: str, now: datetime | None = None) -> Path:
    """``license-keeper.sqlite3`` -> ``license-keeper.damaged-20261122-153000.sqlite3`` (unused)."""
    base = f"{path.stem}.{label}-{stamp(now)}"
    candidate = path.with_name(base + path.suffix)
    counter = 2
    while candidate.exists() or any(candidate.with_name(candidate.name + s).exists()
                                    for s in SIDECAR_SUFFIXES):
        candidate = path.with_name(f"{base}-{counter}{path.suffix}")
        counter += 1
    return candidate


def move_db_aside(db_path: Path, label: str, now: datetime | None = None) -> list[Path]:
    """Rename the database and its WAL/SHM files to a timestamped name; nothing is deleted.

    The WAL goes with its database: left behind, it could be replayed into a new file.
    Returns the new paths (empty when there was nothing to move).
    """
    if not db_path.exists() and not sidecars(db_path):
        return []
    target = aside_name(db_path, label, now)
    moved = []
    if db_path.exists():
        db_path.rename(target)
        moved.append(target)
    for sidecar in sidecars(db_path):
        suffix = sidecar.name[len(db_path.name):]
        new = target.with_name(target.name + suffix)
        sidecar.rename(new)
        moved.append(new)
    return moved


def move_folder_aside(folder: Path, label: str, now: datetime | None = None) -> Path | None:
    """``attachments`` -> ``attachments.before-restore-20261122-153000``; None if absent."""
    if not folder.exists():
        return None
    base = f"{folder.name}.{label}-{stamp(now)}"
    target = folder.with_name(base)
    counter = 2
    while target.exists():
        target = folder.with_name(f"{base}-{counter}")
        counter += 1
    folder.rename(target)
    return target


def sha256_of(path: Path) -> str:
    import hashlib  # on first use: its OpenSSL start-up is a noticeable part of an app start

    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class CopyCancelled(Exception):
    """The user stopped a copy; the part copied is removed."""


def copy_with_hash(source: Path, target: Path, *, progress: Callable[[int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> tuple[int, str]:
    """Copy one file durably (flushed to disk) and return its size and SHA-256.

    ``progress`` is told the bytes copied so far after each chunk; ``cancelled`` is asked
    before each, and a copy stopped so raises CopyCancelled. A chunk of zeros is skipped
    over rather than written: a sparse file stays sparse (a hole reads back as zeros).
    """
    import hashlib

    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    zeros = bytes(CHUNK)
    try:
        with source.open("rb") as src, target.open("wb") as dst:
            while chunk := src.read(CHUNK):
                if cancelled is not None and cancelled():
                    raise CopyCancelled(str(source))
                digest.update(chunk)
                if chunk == zeros:
                    dst.seek(len(chunk), os.SEEK_CUR)
                else:
                    dst.write(chunk)
                size += len(chunk)
                if progress is not None:
                    progress(size)
            dst.truncate(size)          # a file that ends in a hole still has its length
            dst.flush()
            os.fsync(dst.fileno())
    except CopyCancelled:
        target.unlink(missing_ok=True)
        raise
    shutil.copystat(source, target)
    return size, digest.hexdigest()


def fsync_path(path: Path) -> None:
    """Flush a written file to disk (a folder too, where the platform allows it)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_probe(folder: Path) -> OSError | None:
    """Try to create a small file in ``folder`` (permission bits can lie); the error, if any.

    Creating and writing it shows a folder that cannot be written and a full disk (the
    file systems the app runs on reserve the space at the write). It is not synced to disk:
    the probe runs at every start, and a sync would add a wait for the disk to each.
    """
    probe = folder / f".write-test-{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with probe.open("wb") as handle:
            handle.write(b"ok")
            handle.flush()
        probe.unlink()
    except OSError as exc:
        with contextlib.suppress(OSError):
            probe.unlink()
        return exc
    return None


LOW_SPACE = 1024 * 1024     # less free than this: a failed write is for want of space


def disk_is_full(folder: Path) -> bool:
    """Whether the disk holding ``folder`` has no room left for what the app writes there."""
    try:
        if shutil.disk_usage(folder).free < LOW_SPACE:
            return True
    except OSError:
        pass
    error = write_probe(folder)
    return error is not None and error.errno == errno.ENOSPC


def explain_os_error(what: str, exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return f"{what}：磁盘已满。请腾出空间后重试。"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{what}：没有权限（{exc.filename or ''}）。"
    return f"{what}：{exc.strerror or exc}"
