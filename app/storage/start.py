"""The database for a start: open it, or say what stops it.

A healthy start needs only the open; the diagnosis and the ways forward
(app.storage.recovery) load when a start meets a problem.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.storage.database import Store, open_store
from app.storage.errors import StorageError
from app.storage.files import write_probe

if TYPE_CHECKING:
    from app.storage.recovery import StartProblem


def open_for_start(db_path: Path, *, defer_integrity: bool = False) -> Store | StartProblem:
    """The open database, or the problem that stops it (never an exception for the user).

    First a small file is really written beside the database (a read-only folder or a full
    disk shows there). ``defer_integrity``: see ``open_store``; the caller scans right after
    the window shows.
    """
    db_path = Path(db_path)
    error = write_probe(db_path.parent)
    if error is not None:
        from app.storage import recovery

        return recovery.folder_problem(db_path, error)
    try:
        return open_store(db_path, defer_integrity=defer_integrity)
    except StorageError as error:
        from app.storage import recovery

        return recovery.diagnose(db_path, error)
