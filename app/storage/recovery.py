"""What to do when the database cannot be opened at start: a diagnosis and the ways forward.

No Qt here: the start-up code asks ``open_for_start`` (app.storage.start, which loads this
module only on a problem); on a problem it shows the choices (a dialog, or a message in the
terminal) and calls ``carry_out`` with the user's pick. Nothing here overwrites or deletes the
file that failed: it is renamed aside with a timestamp first.
"""

from __future__ import annotations

import errno
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from app.config import remember_data_dir
from app.paths import DB_FILENAME
from app.storage.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseTooNew,
    DataFolderReadOnly,
    DiskFull,
    NotOurDatabase,
    StorageError,
)
from app.storage.files import move_db_aside, write_probe
from app.storage.migrations import LATEST_VERSION

if TYPE_CHECKING:
    from app.storage.backup import BackupInfo

# The backup module is imported where a backup is listed or restored: a start without a
# problem never needs it.


class ProblemKind(StrEnum):
    DAMAGED = "damaged"          # truncated, random bytes, failed integrity check
    FOREIGN = "foreign"          # an SQLite file of some other program
    TOO_NEW = "too_new"          # written by a newer License Keeper
    READ_ONLY = "read_only"      # the file or its folder cannot be written
    DISK_FULL = "disk_full"
    BUSY = "busy"                # another program holds the write lock
    OTHER = "other"


class Choice(StrEnum):
    RESTORE_LATEST = "restore_latest"    # put the newest backup this program can open in its place
    OTHER_FOLDER = "other_folder"        # use (or start) the database in another folder
    NEW_DATABASE = "new_database"        # set the file aside, start an empty database
    RETRY = "retry"                      # after freeing space, fixing permissions, closing others
    QUIT = "quit"


_KINDS = {
    DatabaseDamaged: ProblemKind.DAMAGED, NotOurDatabase: ProblemKind.FOREIGN,
    DatabaseTooNew: ProblemKind.TOO_NEW, DataFolderReadOnly: ProblemKind.READ_ONLY,
    DiskFull: ProblemKind.DISK_FULL, DatabaseBusy: ProblemKind.BUSY,
}

# What may help, per problem, in the order offered. Restoring is offered only with a backup.
_CHOICES = {
    ProblemKind.DAMAGED: (Choice.RESTORE_LATEST, Choice.OTHER_FOLDER, Choice.NEW_DATABASE, Choice.QUIT),
    ProblemKind.FOREIGN: (Choice.OTHER_FOLDER, Choice.NEW_DATABASE, Choice.QUIT),
    ProblemKind.TOO_NEW: (Choice.OTHER_FOLDER, Choice.RESTORE_LATEST, Choice.NEW_DATABASE, Choice.QUIT),
    ProblemKind.READ_ONLY: (Choice.OTHER_FOLDER, Choice.RETRY, Choice.QUIT),
    ProblemKind.DISK_FULL: (Choice.RETRY, Choice.OTHER_FOLDER, Choice.QUIT),
    ProblemKind.BUSY: (Choice.RETRY, Choice.QUIT),
    ProblemKind.OTHER: (Choice.RETRY, Choice.RESTORE_LATEST, Choice.OTHER_FOLDER, Choice.NEW_DATABASE,
                        Choice.QUIT),
}

# The name part of a file set aside: license-keeper.damaged-20261122-153000.sqlite3
_ASIDE_LABELS = {
    ProblemKind.DAMAGED: "damaged", ProblemKind.FOREIGN: "not-license-keeper",
    ProblemKind.TOO_NEW: "newer-version", ProblemKind.OTHER: "unopenable",
}

HEADLINES = {
    ProblemKind.DAMAGED: "数据库文件已损坏，无法打开。",
    ProblemKind.FOREIGN: "这个文件不是许可证管家的数据库。",
    ProblemKind.TOO_NEW: "这个数据库来自更新版本的许可证管家。",
    ProblemKind.READ_ONLY: "数据文件夹不可写。",
    ProblemKind.DISK_FULL: "磁盘已满，无法写入数据库。",
    ProblemKind.BUSY: "数据库正被另一个程序使用。",
    ProblemKind.OTHER: "无法打开数据库。",
}

CHOICE_LABELS = {
    Choice.RESTORE_LATEST: "恢复最近的备份",
    Choice.OTHER_FOLDER: "选择其他数据文件夹",
    Choice.NEW_DATABASE: "新建空数据库（原文件改名保留）",
    Choice.RETRY: "重试",
    Choice.QUIT: "退出",
}


class StartProblem(NamedTuple):
    kind: ProblemKind
    db_path: Path
    detail: str                         # the storage error's own message
    backup: BackupInfo | None = None    # the newest backup this program can open, if any

    @property
    def choices(self) -> tuple[Choice, ...]:
        offered = _CHOICES[self.kind]
        return tuple(c for c in offered if c is not Choice.RESTORE_LATEST or self.backup is not None)

    @property
    def headline(self) -> str:
        return HEADLINES[self.kind]

    @property
    def keeps_file(self) -> bool:
        """Whether choosing a way forward sets the file aside (rather than leaving it as it is)."""
        return self.kind in _ASIDE_LABELS

    def text(self) -> str:
        """The whole message for a terminal: what happened, that nothing is overwritten, options."""
        lines = [self.headline, self.detail, f"数据库文件：{self.db_path}"]
        if self.keeps_file:
            lines.append("原文件不会被覆盖：恢复备份或新建数据库之前，会先把它改名（加上时间）保留在原处。")
        if self.backup is not None:
            lines.append(f"最近的备份：{self.backup.created_at:%Y-%m-%d %H:%M}，"
                         f"{self.backup.license_count} 张许可证（{self.backup.folder}）")
        lines.append("可以：" + "；".join(CHOICE_LABELS[c] for c in self.choices) + "。")
        return "\n".join(lines)


class Outcome(NamedTuple):
    """Where to go after a choice: the database to open next (None: quit), and what was done."""

    db_path: Path | None
    done: list[str]


def probe_folder(db_path: Path) -> StartProblem | None:
    """A read-only folder or a full disk, found by really writing a small file."""
    error = write_probe(Path(db_path).parent)
    return None if error is None else folder_problem(db_path, error)


def folder_problem(db_path: Path, error: OSError) -> StartProblem:
    """What a failed write probe (``write_probe``) beside the database means."""
    if error.errno == errno.ENOSPC:
        return StartProblem(ProblemKind.DISK_FULL, db_path,
                            f"无法在 {db_path.parent} 中写入：磁盘已满。请腾出空间后重试。")
    return read_only_problem(db_path, reason=error.strerror or str(error))


def read_only_problem(db_path: Path, *, reason: str = "") -> StartProblem:
    why = f"（{reason}）" if reason else ""
    return StartProblem(ProblemKind.READ_ONLY, Path(db_path),
                        f"无法在数据文件夹 {Path(db_path).parent} 中写入{why}。许可证管家需要在这里保存数据、"
                        "备份和锁文件。请换一个可写的文件夹，或修改文件夹权限后重试。")


def diagnose(db_path: Path, error: StorageError) -> StartProblem:
    kind = next((k for cls, k in _KINDS.items() if isinstance(error, cls)), ProblemKind.OTHER)
    return StartProblem(kind, Path(db_path), str(error), backup=usable_backup(db_path))


def usable_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup whose schema this program can open."""
    from app.storage.backup import list_backups

    return next((b for b in list_backups(db_path) if b.schema_version <= LATEST_VERSION), None)


def carry_out(problem: StartProblem, choice: Choice, *, folder: Path | None = None,
              now: datetime | None = None) -> Outcome:
    """Do what the user chose. Raises StorageError (nothing lost) when it cannot be done."""
    if choice not in problem.choices:
        raise ValueError(f"{choice} is not offered for {problem.kind}")
    db_path = problem.db_path
    label = _ASIDE_LABELS.get(problem.kind, "set-aside")
    if choice is Choice.QUIT:
        return Outcome(None, [])
    if choice is Choice.RETRY:
        return Outcome(db_path, [])
    if choice is Choice.OTHER_FOLDER:
        if folder is None:
            raise ValueError("OTHER_FOLDER needs a folder")
        remember_data_dir(folder)
        return Outcome(Path(folder) / DB_FILENAME, [f"数据文件夹改为 {folder}（下次启动也使用它）"])
    if choice is Choice.RESTORE_LATEST:
        from app.storage.backup import restore_backup

        result = restore_backup(problem.backup, db_path, now=now, aside_label=label)
        done = [f"已恢复 {problem.backup.created_at:%Y-%m-%d %H:%M} 的备份"]
        return Outcome(db_path, done + [f"原文件已改名保留：{p}" for p in result.set_aside])
    try:
        moved = move_db_aside(db_path, label, now)
    except OSError as exc:
        raise StorageError(f"无法把原文件改名保留（{exc.strerror or exc}），因此没有新建数据库。") from exc
    return Outcome(db_path, ["已新建空数据库"] + [f"原文件已改名保留：{p}" for p in moved])
