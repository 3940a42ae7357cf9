"""Where the file dialogs start, and what they propose.

Each kind of file (a checklist, the dashboard, the calendar, attachments, a certificate, a
backup, a holiday schedule) starts in the folder last used for that kind, else in the user's
Documents folder. The folders are remembered in the app's config file (app.config), not in the
database: they are places on this computer, not part of the data.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from app import config

CHECKLIST = "checklist"        # exported and imported Excel checklists
DASHBOARD = "dashboard"
CALENDAR = "calendar"
ATTACHMENTS = "attachments"
CERTIFICATE = "certificate"
BACKUP = "backup"
HOLIDAYS = "holidays"


def documents_folder() -> Path:
    """The user's Documents folder; the home folder where the system names none or the folder
    named does not exist (Qt names ~/Documents either way, and a file dialog given a missing
    folder opens in the program's working folder)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder(kind: str) -> Path:
    """The folder last used for ``kind`` while it still exists, else Documents."""
    remembered = config.remembered_folder(kind)
    if remembered is not None and remembered.is_dir():
        return remembered
    return documents_folder()


def remember(kind: str, chosen: str | Path) -> None:
    """Remember the folder of a chosen file (or a chosen folder) for ``kind``; a config file
    that cannot be written only means the next dialog starts in Documents again."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    with contextlib.suppress(OSError):
        config.remember_folder(kind, folder)


def with_suffix(chosen: str, suffix: str) -> Path:
    """The chosen path, with ``suffix`` added when the user typed a name without it."""
    return Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)


def ask_save_path(parent: QWidget | None, kind: str, *, caption: str, file_name: str,
                  filter_text: str) -> Path | None:
    """A save dialog in the folder for ``kind``, proposing ``file_name`` (its suffix is added
    to a name typed without it); None when cancelled."""
    suffix = Path(file_name).suffix
    chosen, _filter = QFileDialog.getSaveFileName(parent, caption, str(start_folder(kind) / file_name),
                                                  filter_text)
    if not chosen:
        return None
    remember(kind, chosen)
    return with_suffix(chosen, suffix) if suffix else Path(chosen)


def ask_open_path(parent: QWidget | None, kind: str, *, caption: str, filter_text: str) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(parent, caption, str(start_folder(kind)), filter_text)
    if not chosen:
        return None
    remember(kind, chosen)
    return Path(chosen)


def ask_open_paths(parent: QWidget | None, kind: str, *, caption: str, filter_text: str) -> list[str]:
    chosen, _filter = QFileDialog.getOpenFileNames(parent, caption, str(start_folder(kind)), filter_text)
    if chosen:
        remember(kind, chosen[0])
    return list(chosen)
