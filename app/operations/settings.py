"""Small settings kept in the database (language, reminder preferences), for the screens."""

from app.storage.settings import get_setting, set_setting

__all__ = ["get_setting", "set_setting"]
