"""Opening the database beside whatever else may use it: the command line, or a tool.

A window holds its database for as long as it runs (app.ui.instance_lock). Another program
may read the database then, but not write to it: ``open_to_write`` refuses at once, and a
store from either function refuses any write it comes to make (DatabaseInUse, with the
message a second window shows). ``open_to_read`` also works in a data folder that cannot be
written and on a full disk, where reading needs nothing written.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from app.operations.window_lock import EXIT_ALREADY_RUNNING, refuse_while_window_holds
from app.storage.database import Store, open_store
from app.storage.reading import open_for_reading

__all__ = ["EXIT_ALREADY_RUNNING", "open_to_read", "open_to_write"]


def open_to_write(path: Path) -> Store:
    refuse_while_window_holds(path)
    return _guarded(open_store(path), path)


def open_to_read(path: Path) -> Store:
    return _guarded(open_for_reading(path), path)


def _guarded(store: Store, path: Path) -> Store:
    store.write_guard = partial(refuse_while_window_holds, path)
    return store
