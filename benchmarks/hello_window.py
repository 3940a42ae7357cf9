"""The baseline for bench_bundle: a PySide6 window that shows and quits, nothing else.

Built into a bundle with the same PyInstaller options as the app. ``--smoke-test`` makes it do
what the app's does (app/ui/smoke.py): once the window has painted, print that it shows, quit.
The window has the size of the app's main window, so that both paint as many pixels.
"""

import sys

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

WINDOW_SIZE = (1180, 720)       # app.ui.main_window.DEFAULT_SIZE (a test keeps them equal)


class HelloWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self):
        super().__init__()
        self._painted = False

    def paintEvent(self, event):  # noqa: N802 - as the app's main window tells its first paint
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)


def finish_smoke_test(app: QApplication, window: QMainWindow) -> None:
    print(f"smoke-test: main window {'shown' if window.isVisible() else 'NOT shown'}", flush=True)
    app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = HelloWindow()
    window.setWindowTitle("Hello")
    window.setCentralWidget(QLabel("Hello"))
    window.resize(*WINDOW_SIZE)
    window.show()
    if "--smoke-test" in sys.argv[1:]:
        window.first_painted.connect(lambda: finish_smoke_test(app, window))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
