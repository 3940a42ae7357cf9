"""Run one slow call (a message to a robot) off the UI thread, and hand its result back."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class BackgroundCall(QObject):
    """``finished(result)`` in the UI thread; an exception arrives as the result."""

    finished = Signal(object)

    def __init__(self, call: Callable[[], object], parent=None):
        super().__init__(parent)
        self._call = call
        self._thread = threading.Thread(target=self._run, name="background-call", daemon=True)

    def start(self) -> BackgroundCall:
        self._thread.start()
        return self

    def wait(self) -> None:
        self._thread.join()

    def _run(self) -> None:
        try:
            result = self._call()
        except Exception as error:      # noqa: BLE001 - handed to the UI, which says it
            result = error
        self.finished.emit(result)
