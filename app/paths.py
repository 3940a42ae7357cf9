"""Where the user's data lives: the platform's data folder, overridable for tests and moves."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "LicenseKeeper"
DB_FILENAME = "license-keeper.sqlite3"
ENV_HOME = "LICENSE_KEEPER_HOME"   # a whole data folder (database, backups, attachments)
ENV_DB = "LICENSE_KEEPER_DB"       # only the database file


def data_dir() -> Path:
    """LICENSE_KEEPER_HOME, else the folder chosen in the settings, else the platform's."""
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override).expanduser()
    from app.config import remembered_data_dir

    chosen = remembered_data_dir()
    if chosen is not None:
        return chosen
    return platform_data_dir()


def platform_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, roaming=True)


def default_db_path() -> Path:
    override = os.environ.get(ENV_DB)
    if override:
        return Path(override).expanduser()
    return data_dir() / DB_FILENAME


def resolve_db_path(cli_value: str | os.PathLike | None) -> Path:
    return Path(cli_value).expanduser() if cli_value else default_db_path()


def override_in_effect(db_path: Path) -> str | None:
    """What decides the database instead of the settings: --db, or else an env variable (else None).
    --db comes first: it wins over both variables (resolve_db_path)."""
    if Path(db_path).resolve() != default_db_path().resolve():
        return "--db"
    if os.environ.get(ENV_DB):
        return ENV_DB
    if os.environ.get(ENV_HOME):
        return ENV_HOME
    return None


def folder_for(db_path: Path, name: str) -> Path:
    """A folder that belongs to a database file (backups, attachments), beside it."""
    return db_path.parent / name


ATTACHMENTS_FOLDER = "attachments"


def attachments_folder(db_path: Path) -> Path:
    """Where the files attached to checklist items are kept, beside the database."""
    return folder_for(Path(db_path), ATTACHMENTS_FOLDER)
