"""The data a restore set aside, found again and put back: a restore that can be undone.

``restore_backup`` renames the database it replaces (with its WAL) and the attachments folder
aside with a label and a timestamp, beside the originals::

    license-keeper.before-restore-20261205-153000.sqlite3
    attachments.before-restore-20261205-153000

``list_set_aside`` finds those copies (and those a putting back set aside in turn, labelled
``before-undo``); ``put_back`` renames the current data aside the same way, then the copy into
place: only renames in one folder, nothing copied, nothing deleted, so putting back can be
undone as well. The database must be closed (the window is reopened, app.ui.restart).
Data set aside for another reason (a damaged file at start) is not offered here.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.paths import attachments_folder
from app.storage.errors import StorageError
from app.storage.files import (
    SIDECAR_SUFFIXES,
    explain_os_error,
    fsync_path,
    move_db_aside,
    move_folder_aside,
)

BEFORE_RESTORE = "before-restore"
BEFORE_UNDO = "before-undo"
LABELS = (BEFORE_RESTORE, BEFORE_UNDO)


@dataclass(frozen=True)
class SetAside:
    """One database set aside, with its WAL and the attachments folder set aside with it."""

    label: str                       # BEFORE_RESTORE or BEFORE_UNDO
    set_aside_at: datetime
    database: Path
    sidecars: tuple[Path, ...]
    attachments: Path | None

    @property
    def files(self) -> tuple[Path, ...]:
        return (self.database, *self.sidecars, *((self.attachments,) if self.attachments else ()))

    @property
    def size_bytes(self) -> int:
        total = 0
        for path in self.files:
            with contextlib.suppress(OSError):
                total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() \
                    else path.stat().st_size
        return total

    @property
    def attachment_count(self) -> int:
        if self.attachments is None:
            return 0
        with contextlib.suppress(OSError):
            return sum(1 for p in self.attachments.rglob("*") if p.is_file())
        return 0

    def license_count(self) -> int | None:
        """Licenses in the copy (not in the 回收站); None when it cannot be read without writing
        beside it (a WAL set aside with it) or at all."""
        if self.sidecars:
            return None
        try:
            conn = sqlite3.connect(f"{self.database.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            try:
                columns = {r[1] for r in conn.execute("PRAGMA table_info(licenses)")}
                live = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
                return conn.execute(f"SELECT count(*) FROM licenses{live}").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.Error:
            return None


def _pattern(db_path: Path) -> re.Pattern:
    labels = "|".join(LABELS)
    return re.compile(rf"^{re.escape(db_path.stem)}\.({labels})-(\d{{8}}-\d{{6}})(-\d+)?{re.escape(db_path.suffix)}$")


def list_set_aside(db_path: Path) -> list[SetAside]:
    """The copies a restore (or a putting back) set aside beside ``db_path``, newest first."""
    db_path = Path(db_path)
    folder = db_path.parent
    if not folder.is_dir():
        return []
    pattern = _pattern(db_path)
    attachments = attachments_folder(db_path)
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match is None or not path.is_file():
            continue
        label, stamp, counter = match.group(1), match.group(2), match.group(3) or ""
        try:
            when = datetime.strptime(stamp, "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        beside = attachments.with_name(f"{attachments.name}.{label}-{stamp}{counter}")
        sidecars = tuple(p for p in (path.with_name(path.name + s) for s in SIDECAR_SUFFIXES) if p.exists())
        found.append(SetAside(label=label, set_aside_at=when, database=path, sidecars=sidecars,
                              attachments=beside if beside.is_dir() else None))
    return sorted(found, key=lambda c: (c.set_aside_at, c.database.name), reverse=True)


def put_back(copy: SetAside, db_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Put ``copy`` in place of the (closed) database at ``db_path`` and its attachments; the
    current ones are renamed aside first (label BEFORE_UNDO). Returns where they went.
    StorageError, with everything as it was, when it cannot be done."""
    db_path = Path(db_path)
    now = now or datetime.now()
    attachments = attachments_folder(db_path)
    missing = [p for p in copy.files if not p.exists()]
    if missing:
        raise StorageError(f"保留的数据已不完整（缺少 {missing[0].name}），没有改回。")
    set_aside: list[Path] = []
    placed: list[tuple[Path, Path]] = []           # (where it is now, where it came from)
    try:
        set_aside += move_db_aside(db_path, BEFORE_UNDO, now)
        moved = move_folder_aside(attachments, BEFORE_UNDO, now)
        if moved:
            set_aside.append(moved)
        for source in (copy.database, *copy.sidecars):
            target = db_path.with_name(db_path.name + source.name[len(copy.database.name):])
            source.rename(target)
            placed.append((target, source))
        if copy.attachments is not None:
            copy.attachments.rename(attachments)
            placed.append((attachments, copy.attachments))
        fsync_path(db_path.parent)
    except OSError as exc:
        _undo(placed, set_aside, db_path, attachments)
        raise StorageError(explain_os_error("改回失败，数据保持原样", exc)) from exc
    return set_aside


def _undo(placed: list[tuple[Path, Path]], set_aside: list[Path], db_path: Path, attachments: Path) -> None:
    for now_at, came_from in reversed(placed):
        with contextlib.suppress(OSError):
            now_at.rename(came_from)
    rename_back(set_aside, db_path=db_path, attachments=attachments)


def rename_back(set_aside: list[Path], *, db_path: Path, attachments: Path) -> None:
    """Give the data just set aside (database, its sidecars, the attachments folder) its names
    back, after a restore or an undo that failed half way; a name taken again is left alone."""
    for moved in set_aside:
        if moved.is_dir():
            original = attachments
        else:
            suffix = next((s for s in SIDECAR_SUFFIXES if moved.name.endswith(s)), "")
            original = db_path.with_name(db_path.name + suffix)
        with contextlib.suppress(OSError):
            if not original.exists():
                moved.rename(original)
