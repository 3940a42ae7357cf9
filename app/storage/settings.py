"""Small key/value settings kept in the database (language, reminder defaults)."""

from __future__ import annotations

from app.storage.database import Store


def get_setting(store: Store, key: str, default: str | None = None) -> str | None:
    rows = store.query("SELECT value FROM settings WHERE key = ?", (key,))
    return rows[0]["value"] if rows else default


def set_setting(store: Store, key: str, value: str) -> None:
    with store.atomic() as db:
        db["settings"].upsert({"key": key, "value": value}, pk="key")
