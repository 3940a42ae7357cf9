"""The app's own small settings file, outside the database: where the data folder is, and the
folder each kind of file was last saved to or opened from (a place on this computer, not part
of the data, so a restored or moved database does not carry it along).

It lives in the platform's config folder (platformdirs), so that a moved data folder is found
again on the next start. ``LICENSE_KEEPER_CONFIG`` names another file (tests use it).
"""

from __future__ import annotations

import os
from pathlib import Path

from app.paths import APP_NAME

ENV_CONFIG = "LICENSE_KEEPER_CONFIG"
CONFIG_FILENAME = "config.json"


def config_path() -> Path:
    override = os.environ.get(ENV_CONFIG)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False, roaming=True) / CONFIG_FILENAME


def load_config() -> dict:
    """The settings, or {} when the file is missing or unreadable (never an error at start)."""
    try:
        text = config_path().read_text(encoding="utf-8")
        import json  # here: a first start, without the file, does without it

        data = json.loads(text)
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_config(**changes: object) -> Path:
    """Merge ``changes`` into the file (written whole, then renamed into place)."""
    import json

    path = config_path()
    data = {**load_config(), **changes}
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(partial, path)
    return path


def remembered_data_dir() -> Path | None:
    value = load_config().get("data_dir")
    return Path(value) if isinstance(value, str) and value else None


def remember_data_dir(folder: Path) -> Path:
    return save_config(data_dir=str(Path(folder).resolve()))


FOLDERS_KEY = "folders"


def remembered_folder(kind: str) -> Path | None:
    """The folder last used for files of ``kind`` ("checklist", "backup", ...), if any."""
    folders = load_config().get(FOLDERS_KEY)
    value = folders.get(kind) if isinstance(folders, dict) else None
    return Path(value) if isinstance(value, str) and value else None


def remember_folder(kind: str, folder: Path) -> Path:
    """Keep ``folder`` as the one to start in next time for files of ``kind``."""
    folders = load_config().get(FOLDERS_KEY)
    folders = dict(folders) if isinstance(folders, dict) else {}
    folders[kind] = str(Path(folder))
    return save_config(**{FOLDERS_KEY: folders})
