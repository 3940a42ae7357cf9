"""Opening the database for a start, and the checks that run after the window shows.

A healthy start needs only ``open_for_start``; the diagnosis of a database that cannot be
opened and the ways forward are in ``app.operations.recovery``, loaded when that happens.
"""

from app.storage.database import integrity_problem
from app.storage.start import open_for_start

__all__ = ["integrity_problem", "open_for_start"]
