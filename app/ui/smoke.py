"""The end of ``--smoke-test``: once the main window has painted, say whether it shows, and exit.

Waiting for the first paint makes the check (and a start timed by it, benchmarks/bench_bundle)
cover the whole start: the paint comes some turns of the event loop after ``show()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

NO_PAINT_TIMEOUT_MS = 20_000    # no paint by then: the window is not on screen


def finish_smoke_test(app: QApplication, window: QWidget, *, painted: bool = True) -> None:
    """Exit 0 if ``window`` is on screen, 1 if not, with a line on stdout for the checker."""
    shown = painted and window.isVisible() and not window.isMinimized()
    print(f"smoke-test: main window {'shown' if shown else 'NOT shown'}: "
          f"{type(window).__name__}", flush=True)
    app.exit(0 if shown else 1)


def finish_smoke_test_once_painted(app: QApplication, window: MainWindow) -> None:
    """``finish_smoke_test`` once ``window`` has painted, or unpainted after a long wait."""
    timeout = QTimer(window, singleShot=True, interval=NO_PAINT_TIMEOUT_MS)
    timeout.timeout.connect(lambda: finish_smoke_test(app, window, painted=False))

    def painted() -> None:
        timeout.stop()
        finish_smoke_test(app, window)

    window.first_painted.connect(painted)
    timeout.start()
