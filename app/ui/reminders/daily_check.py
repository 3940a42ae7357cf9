"""Once a day, and at wake-up: what became news, on the desktop and in the group chats.

``check()`` reads the reminders (app.operations.notifications, through ``due_reminders``):
- ``desktop_news(list)`` carries what entered a lead time or fell overdue since the desktop was
  last told (each stage once; nothing on a day the user silenced with 今天不再提醒);
- when group robots are set up, their digests are sent on a worker thread (its own database
  connection; the network may take seconds) and ``digests_sent(list)`` carries the outcomes.
A failed robot is tried again the next day (``automatic``: at most one attempt a day).

A timer looks at the clock every minute: a new day, or a jump of the clock (the computer woke
from sleep), starts a check.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.storage.database import Store

TICK_MS = 60_000
WAKE_GAP_SECONDS = 180      # a minute's tick that comes this late: the computer slept


class DailyCheck(QObject):
    desktop_news = Signal(list)      # [Reminder]
    digests_sent = Signal(list)      # [RobotOutcome]; emitted from the worker thread (queued)
    failed = Signal(str)             # reading the reminders failed (a message for the user)

    def __init__(self, store: Store, parent=None, *, today: Callable[[], date] = date.today,
                 clock: Callable[[], float] = time.time):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.clock = clock
        self.checks = 0
        self.last_day: date | None = None
        self._last_tick = clock()
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self.tick)

    def start(self, *, desktop: bool = True) -> None:
        """Check now, then watch the clock. ``desktop=False``: today's desktop notice is done
        already (the start reminders a window shows), only the group notices are due now; the
        reminders are then read on the worker thread alone, not again on the UI thread."""
        self.check(desktop=desktop)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.wait()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def tick(self) -> None:
        now = self.clock()
        woke = now - self._last_tick > WAKE_GAP_SECONDS
        self._last_tick = now
        if woke or self.today() != self.last_day:
            self.check()

    def check(self, *, desktop: bool = True) -> None:
        from app.operations import notifications
        from app.operations.reminders import due_reminders, reminders_quiet_on
        from app.storage.errors import StorageError

        today = self.today()
        self.last_day = today
        self.checks += 1
        try:
            fresh = []
            if desktop and not reminders_quiet_on(self.store, today):
                fresh = notifications.desktop_news(self.store, today, reminders=due_reminders(self.store, today))
            if fresh:
                notifications.mark_desktop_told(self.store, fresh, today)
            robots = notifications.has_robots(self.store)
        except StorageError as error:
            self.failed.emit(str(error))
            return
        if fresh:
            self.desktop_news.emit(fresh)
        if robots and (self._thread is None or not self._thread.is_alive()):
            self._thread = threading.Thread(target=self._send, args=(Path(self.store.path), today),
                                            name="group-notices", daemon=True)
            self._thread.start()

    def _send(self, db_path: Path, today: date) -> None:
        from app.operations import notifications, open_store

        try:
            store = open_store(db_path, defer_integrity=True)
            try:
                outcomes = notifications.send_digests(store, today, automatic=True)
            finally:
                store.close()
        except Exception as error:      # noqa: BLE001 - a thread: whatever it is must be told
            self.failed.emit(self.tr("群通知没有发送：{error}").format(error=error))
            return
        self.digests_sent.emit(outcomes)
