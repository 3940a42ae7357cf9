"""The baseline for bench_bundle: a PySide6 window that shows and quits, nothing else.

Built into a bundle with the same PyInstaller options as the app; ``--smoke-test`` makes it
quit once the event loop has turned, as the app does.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Hello")
    window.setCentralWidget(QLabel("Hello"))
    window.resize(400, 300)
    window.show()
    if "--smoke-test" in sys.argv[1:]:
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
