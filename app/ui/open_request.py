"""A second start asks the running one to show its window (one writer per database still).

No socket: the running app keeps an empty file ``<database>.open-request`` beside the database
and watches it; a second start on the same computer writes a line into it and waits until
the running app has emptied it again (it then shows and raises its window, building it first
when it runs in the tray) and exits 0. When nobody empties it in time (an older version, a
folder on another computer), the second start says that the app is running, as it always did.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

ANSWER_WAIT_SECONDS = 3.0
POLL_MS = 1500        # besides the watcher, which some file systems never wake


def request_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".open-request")


def ask_running_to_show(db_path: Path, *, wait_seconds: float = ANSWER_WAIT_SECONDS) -> bool:
    """Ask the app that holds ``db_path`` to show its window; True once it has taken the request."""
    path = request_path(db_path)
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"open {os.getpid()}\n")
    except OSError:
        return False
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        try:
            if path.stat().st_size == 0:
                return True
        except FileNotFoundError:
            return False            # the running app quit meanwhile
        time.sleep(0.05)
    with contextlib.suppress(OSError):     # not taken: leave no request for a later start to find
        path.write_text("", encoding="utf-8")
    return False


class OpenRequests(QObject):
    """In the running app: ``requested`` is emitted when a second start asks for the window."""

    requested = Signal()

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.path = request_path(db_path)
        self._watcher: QFileSystemWatcher | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.take)

    def start(self) -> bool:
        """Listen; False when the file cannot be made (a read-only folder: second starts are refused)."""
        try:
            self.path.touch(exist_ok=True)
        except OSError:
            return False
        self._watcher = QFileSystemWatcher([str(self.path)], self)
        self._watcher.fileChanged.connect(self.take)
        self._timer.start()
        self.take()                 # a request written before this start listened
        return True

    def take(self) -> None:
        try:
            if self.path.stat().st_size == 0:
                return
            self.path.write_text("", encoding="utf-8")
        except OSError:
            return
        if self._watcher is not None and str(self.path) not in self._watcher.files():
            self._watcher.addPath(str(self.path))       # some editors of the file replace it
        self.requested.emit()

    def stop(self) -> None:
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.removePaths(self._watcher.files())
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
