"""The end of ``--smoke-test``: once the event loop has turned, say whether the window shows."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def finish_smoke_test(app: QApplication, window: QWidget) -> None:
    """Exit 0 if ``window`` is on screen, 1 if not, with a line on stdout for the checker."""
    shown = window.isVisible() and not window.isMinimized()
    print(f"smoke-test: main window {'shown' if shown else 'NOT shown'}: "
          f"{type(window).__name__}", flush=True)
    app.exit(0 if shown else 1)
