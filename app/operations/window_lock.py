"""Whether a window holds a database (its lock file beside it), for the screens and the command
line: the start takes the lock, a command that writes is refused while a window holds it."""

from app.storage.window_lock import (
    EXIT_ALREADY_RUNNING,
    Holder,
    already_running_text,
    lock_path,
    refuse_while_window_holds,
    window_holding,
)

__all__ = ["EXIT_ALREADY_RUNNING", "Holder", "already_running_text", "lock_path", "refuse_while_window_holds",
           "window_holding"]
