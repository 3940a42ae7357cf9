"""Reopening the app on another (or restored) database without quitting the process.

A dialog that replaces the open database (restore a backup, put back the data a restore set
aside, move the data folder) cannot do
it while the main window holds the file open. It files a request here instead; the start-up
loop (app.ui.application.run_gui) closes the window and the database, carries the request
out, and opens the window again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QTimer

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from app.operations.backups import BackupInfo, SetAside


RESTART_EXIT_CODE = 0x4C4B   # what the event loop returns when a restart was asked for


class RestartRequest(NamedTuple):
    db_path: Path                        # the database to open next
    restore: BackupInfo | None = None    # put this backup in place of db_path first
    put_back: SetAside | None = None     # or put back this copy a restore set aside
    # What was already done, for the status bar: a text, or a function that says it in the
    # language the window opens in (a language switched says so in the new one).
    done: Sequence[str | Callable[[], str]] = ()
    rescan: bool = False                 # scan the file page by page before showing it again


_pending: list[RestartRequest] = []


def request_restart(request: RestartRequest) -> None:
    """Ask the running app to close its window and reopen as the request says."""
    _pending[:] = [request]
    # Only while the request is still pending: one already taken (and carried out, or
    # dropped) must not end whatever event loop happens to run next.
    QTimer.singleShot(0, lambda: _pending and QCoreApplication.exit(RESTART_EXIT_CODE))


def take_request() -> RestartRequest | None:
    """The pending request (cleared by taking it), or None."""
    return _pending.pop() if _pending else None


def pending_request() -> RestartRequest | None:
    return _pending[-1] if _pending else None
