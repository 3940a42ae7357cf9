"""One writer per database: a QLockFile beside the database file.

A second License Keeper on the same database is refused. A lock left by a crashed process is
noticed (its process no longer runs) and taken over. The lock is never stale by age alone:
the app holds it for as long as it runs. The command line reads the same file without Qt
(app.storage.window_lock) and writes nothing while a window holds it.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLockFile

from app.operations.window_lock import lock_path

__all__ = ["Holder", "InstanceLock", "LockState", "already_running_message", "lock_path"]


class LockState(StrEnum):
    ACQUIRED = "acquired"
    HELD_ELSEWHERE = "held_elsewhere"     # another running License Keeper has it
    NOT_WRITABLE = "not_writable"         # the folder does not allow the lock file


class Holder(NamedTuple):
    pid: int
    hostname: str
    appname: str


class InstanceLock:
    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> LockState:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return LockState.NOT_WRITABLE
        if self._lock.tryLock(0):
            return LockState.ACQUIRED
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return LockState.HELD_ELSEWHERE
        return LockState.NOT_WRITABLE

    def holder(self) -> Holder | None:
        info = self._lock.getLockInfo()     # (pid, hostname, appname); pid 0 when unknown
        if not info or not info[0]:
            return None
        pid, hostname, appname = info
        return Holder(int(pid), hostname, appname)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    @property
    def held(self) -> bool:
        return self._lock.isLocked()


def already_running_message(db_path: Path, holder: Holder | None) -> str:
    """Also what the command line says, untranslated (app.storage.window_lock.already_running_text)."""
    who = ""
    if holder is not None:
        who = QCoreApplication.translate("InstanceLock", "（进程 {pid}，计算机 {host}）").format(
            pid=holder.pid, host=holder.hostname or "?")
    return QCoreApplication.translate(
        "InstanceLock",
        "许可证管家已经在运行{who}，并且正在使用这个数据库：\n{path}\n\n"
        "同一个数据库同一时间只能在一个窗口中修改。请切换到已经打开的许可证管家窗口。",
    ).format(who=who, path=db_path)
