"""Copying attachments in on a worker thread, so that the window never waits for a disk.

The thread only copies (app.operations.attachments.copy_in touches no database); the rows are
written back on the window's thread when ``finished_copying`` arrives. A copy stopped by the
user, or cut off by the window closing, leaves nothing behind but a hidden ``*.partial``
that the next start removes.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.domain.errors import ValidationError
from app.domain.file_names import readable_name
from app.operations import attachments as attachment_ops
from app.storage.errors import StorageError

STEPS = 1000


class AttachmentCopy(QObject):
    """Copies ``sources`` (path, size) for the case ``case_id``; emits progress in thousandths
    of all their bytes, then the copies made, the problems met and whether it was stopped."""

    progressed = Signal(int, str)                    # thousandths done, the file being copied
    finished_copying = Signal(object, object, bool)  # staged files, problem messages, cancelled

    def __init__(self, db_path: Path, case_id: int, sources: list[tuple[Path, int]]):
        super().__init__()
        self.db_path = Path(db_path)
        self.case_id = case_id
        self.sources = list(sources)
        self.total = max(sum(size for _, size in self.sources), 1)
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_step = -1

    def start(self) -> None:
        # A daemon: a window closed mid-copy does not wait for it (its partial copy is
        # removed at the next start).
        self._thread = threading.Thread(target=self._run, name="attachment-copy", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        staged: list[attachment_ops.StagedFile] = []
        problems: list[str] = []
        done = 0
        for source, size in self.sources:
            if self._cancel.is_set():
                break
            name = readable_name(source.name)
            self._report(done, name)
            try:
                staged.append(attachment_ops.copy_in(
                    self.db_path, self.case_id, source, cancelled=self._cancel.is_set,
                    progress=lambda copied, before=done, shown=name: self._report(before + copied, shown)))
            except attachment_ops.CopyCancelled:
                break
            except (ValidationError, StorageError) as error:
                problems.append(str(error))
            except Exception as error:      # a thread's failure must still reach the user
                problems.append(f"{name}：{type(error).__name__}：{str(error)[:200]}")
            done += size
        cancelled = self._cancel.is_set()
        if cancelled:
            for copy in staged:
                attachment_ops.discard(copy)
            staged = []
        self.finished_copying.emit(staged, problems, cancelled)

    def _report(self, copied: int, name: str) -> None:
        step = min(STEPS, copied * STEPS // self.total)
        if step != self._last_step:
            self._last_step = step
            self.progressed.emit(step, name)
