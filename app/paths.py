"""Where the user's data lives: the platform's data folder, overridable for tests and moves."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "LicenseKeeper"
DB_FILENAME = "license-keeper.sqlite3"
ENV_HOME = "LICENSE_KEEPER_HOME"   # a whole data folder (database, backups, attachments)
ENV_DB = "LICENSE_KEEPER_DB"       # only the database file


def data_dir() -> Path:
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, roaming=True)


def default_db_path() -> Path:
    override = os.environ.get(ENV_DB)
    if override:
        return Path(override).expanduser()
    return data_dir() / DB_FILENAME


def resolve_db_path(cli_value: str | os.PathLike | None) -> Path:
    return Path(cli_value).expanduser() if cli_value else default_db_path()


def folder_for(db_path: Path, name: str) -> Path:
    """A folder that belongs to a database file (backups, attachments), beside it."""
    return db_path.parent / name
