"""Whether a License Keeper window holds a database, read from its lock file without Qt.

The window takes a ``QLockFile`` named ``<database>.lock`` beside the database
(app.ui.instance_lock) and keeps it while it runs. The file holds the holder's pid, program
name, host name and (since Qt 5.10) machine id and boot id, one a line; the holder keeps it
open with an exclusive ``flock`` on POSIX, and open without write sharing on Windows.

A lock counts as held, as a second window would find it, when the holder is on another
computer, when the file cannot be read, or when the holder still has it open (the lock the
operating system drops when a process ends, killed or not); where no such lock can be
tested, when its process still runs under the same program name, as QLockFile decides.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from app.storage.errors import DatabaseInUse

EXIT_ALREADY_RUNNING = 4     # the exit status of a second window, and of the command line beside one


class Holder(NamedTuple):
    pid: int | None          # None when the lock file says nothing readable yet
    hostname: str
    appname: str


class _LockInfo(NamedTuple):
    pid: int
    appname: str
    hostname: str
    host_id: str
    boot_id: str


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def window_holding(db_path: Path) -> Holder | None:
    """The other process that holds the database's lock, or None (no lock, a stale one, or ours)."""
    path = lock_path(db_path)
    try:
        with path.open("rb") as handle:
            data = handle.read(4096)
    except FileNotFoundError:
        return None
    except OSError:
        return Holder(None, "", "")
    info = _parse(data)
    if info is None:                    # being written this moment, or not a lock of ours
        return Holder(None, "", "")
    holder = Holder(info.pid, info.hostname, info.appname)
    if not _same_host(info):
        return holder
    if info.pid == os.getpid():
        return None
    held = _held_open(path)
    if held is None:                    # no lock the system keeps: as QLockFile decides
        held = not _apparently_stale(info)
    return holder if held else None


def refuse_while_window_holds(db_path: Path) -> None:
    """DatabaseInUse, with the message a second window shows, while a window holds the database."""
    holder = window_holding(db_path)
    if holder is not None:
        raise DatabaseInUse(already_running_text(db_path, holder))


def already_running_text(db_path: Path, holder: Holder | None) -> str:
    """The message of a second window (app.ui.instance_lock.already_running_message), untranslated."""
    who = ""
    if holder is not None and holder.pid:
        who = f"（进程 {holder.pid}，计算机 {holder.hostname or '?'}）"
    return (f"许可证管家已经在运行{who}，并且正在使用这个数据库：\n{db_path}\n\n"
            "同一个数据库同一时间只能在一个窗口中修改。请切换到已经打开的许可证管家窗口。")


def _parse(data: bytes) -> _LockInfo | None:
    lines = data.split(b"\n")
    if len(lines) < 2 or not lines[0].strip().isdigit():
        return None
    text = [line.decode("utf-8", "replace") for line in lines]
    text += [""] * (5 - len(text))
    pid = int(text[0])
    return _LockInfo(pid, text[1], text[2], text[3], text[4]) if pid > 0 else None


def _same_host(info: _LockInfo) -> bool:
    same = not info.hostname or info.hostname == _machine_name()
    ours = _machine_id()
    if info.host_id and ours:
        same = info.host_id == ours
    return same


def _machine_name() -> str:
    if sys.platform == "win32":
        return os.environ.get("COMPUTERNAME", "")
    return os.uname().nodename


def _machine_id() -> str:
    for name in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            return Path(name).read_text(encoding="ascii").strip()
        except (OSError, ValueError):
            continue
    return ""


def _held_open(path: Path) -> bool | None:
    """Whether a running process has the lock file open as its holder; None when no such
    lock can be tested here (a file system without flock)."""
    if sys.platform == "win32":
        try:
            handle = os.open(path, os.O_WRONLY)     # the holder shares the file for reading only
        except PermissionError:
            return True
        except OSError:
            return None
        os.close(handle)
        return False
    import fcntl

    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return None
    finally:
        os.close(handle)            # closing drops the shared lock just taken
    return False


def _apparently_stale(info: _LockInfo) -> bool:
    """QLockFile's own test on the same computer: rebooted since, or its process gone."""
    boot_id = _boot_id()
    if info.boot_id and boot_id and info.boot_id != boot_id:
        return True
    return not _process_running(info.pid, info.appname)


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        return ""


def _process_running(pid: int, appname: str) -> bool:
    if sys.platform == "win32":
        return True                 # never reached: Windows decides by the open file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass                        # it runs, as another user
    except OverflowError:
        return False
    try:
        name = os.readlink(f"/proc/{pid}/exe").removesuffix(" (deleted)")
    except FileNotFoundError:       # gone; or no /proc here, when the pid is all there is to go on
        return not Path("/proc/self/exe").exists()
    except OSError:
        return False                # as QLockFile reads an unreadable name: not the same program
    return Path(name).name == Path(appname).name
