"""What killed work leaves beside the database: half-written backups and attachment copies.

Each is written under a name ending in ``.pid<pid>.partial``, the process writing it. One
whose process has ended is a leftover, however recent; one of a process still running (or,
on Windows, where that is not asked, of another process) is left alone for an hour, as a pid
can be reused. A partial name without a pid, from an older version, is a leftover when no
other process holds the database (app.storage.window_lock), or after an hour. The caller
keeps out what this very process is still writing.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

STALE_SECONDS = 3600
_WRITER = re.compile(r"\.pid(\d{1,10})\.partial$")


def partial_name(base: str) -> str:
    """``base`` as this process's partial name: ``base.pid<pid>.partial``."""
    return f"{base}.pid{os.getpid()}.partial"


def writer_of(name: str) -> int | None:
    match = _WRITER.search(name)
    return int(match.group(1)) if match else None


def is_leftover(path: Path, *, nobody_else: bool, now: float | None = None) -> bool:
    """Whether the partial file or folder ``path`` was left by work that has ended.

    ``nobody_else``: no other process holds the database (only for names without a pid).
    """
    try:
        age = (now or time.time()) - path.stat().st_mtime
    except OSError:
        return False
    writer = writer_of(path.name)
    if writer is None:
        return nobody_else or age > STALE_SECONDS
    if writer == os.getpid():
        return True
    return age > STALE_SECONDS or not process_alive(writer)


def process_alive(pid: int) -> bool:
    """Whether a process ``pid`` runs (on this computer); True when that cannot be told
    (on Windows, where the partial is then kept for its hour)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return True
    try:
        os.kill(pid, 0)             # signal 0: asks, sends nothing
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True
