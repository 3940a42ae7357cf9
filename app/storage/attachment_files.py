"""The files attached to checklist items, in ``attachments/<case>/`` beside the database.

A file is copied in as a hidden ``.<random>.pid<pid>.partial`` (flushed to disk, hashed on the
way; the backups skip such files), then renamed to ``<case>/<sha256[:16]>_<kept name>`` once its row
is about to be written. A copy refused, stopped or failed is removed at once; one a killed
process left is removed at the next start or backup (``clean_leftovers``), except the copies
this process is still making.
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from app.domain.file_names import kept_name, readable_name
from app.paths import attachments_folder
from app.storage.files import copy_with_hash
from app.storage.leftovers import is_leftover, partial_name

PARTIAL = ".partial"

_in_progress: set[Path] = set()
_in_progress_lock = threading.Lock()


class StagedFile(NamedTuple):
    """A file copied in but not yet in its place (nor recorded)."""

    partial: Path
    stored_name: str        # relative to the attachments folder, "/"-separated
    original_name: str      # as the user can read it
    sha256: str
    size: int


def stage(db_path: Path, case_id: int, source: Path, *, progress: Callable[[int], None] | None = None,
          cancelled: Callable[[], bool] | None = None) -> StagedFile:
    """Copy ``source`` beside its place; the original is never moved. Safe on any thread (no
    database here). OSError or CopyCancelled leaves nothing behind."""
    folder = attachments_folder(db_path) / str(int(case_id))
    partial = folder / partial_name(f".{uuid.uuid4().hex}")
    with _in_progress_lock:
        _in_progress.add(partial)
    try:
        size, sha = copy_with_hash(Path(source), partial, progress=progress, cancelled=cancelled)
    except BaseException:
        discard_partial(partial)
        raise
    stored = f"{int(case_id)}/{sha[:16]}_{kept_name(Path(source).name)}"
    return StagedFile(partial, stored, readable_name(Path(source).name), sha, size)


def put_in_place(db_path: Path, staged: StagedFile) -> Path | None:
    """Rename the copy to its name; the path it now has, or None when that file was there
    already (the same content attached before: the copy is dropped)."""
    target = attachments_folder(db_path) / staged.stored_name
    try:
        if target.exists():
            staged.partial.unlink(missing_ok=True)
            return None
        staged.partial.replace(target)
        return target
    finally:
        _forget(staged.partial)


def discard(staged: StagedFile) -> None:
    discard_partial(staged.partial)


def discard_partial(partial: Path) -> None:
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)
    _forget(partial)


def _forget(partial: Path) -> None:
    with _in_progress_lock:
        _in_progress.discard(partial)


def clean_leftovers(db_path: Path, *, nobody_else: bool) -> int:
    """Remove the ``*.partial`` copies under the attachments folder that killed or failed work
    left (app.storage.leftovers), not those this process is still making; how many."""
    folder = attachments_folder(db_path)
    if not folder.is_dir():
        return 0
    with _in_progress_lock:
        busy = set(_in_progress)
    removed = 0
    for path in folder.rglob("*" + PARTIAL):
        with contextlib.suppress(OSError):
            if path in busy or not path.is_file() or not is_leftover(path, nobody_else=nobody_else):
                continue
            os.unlink(path)
            removed += 1
    return removed
