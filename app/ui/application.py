"""Starting the GUI: the QApplication, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.operations import open_store
from app.resources import resources_dir
from app.storage.errors import StorageError
from app.ui.main_window import MainWindow
from app.ui.smoke import finish_smoke_test

APP_TITLE = "许可证管家"


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LicenseKeeper")
    app.setApplicationDisplayName(APP_TITLE)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "license-keeper.png")))
    return app


def run_gui(*, db_path: Path, smoke_test: bool = False) -> int:
    app = make_application()
    try:
        store = open_store(db_path)
    except StorageError as error:
        if smoke_test:
            print(f"无法打开数据库：{error}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_TITLE, f"无法打开数据库。\n\n{error}")
        return 1
    window = MainWindow(store)
    window.show()
    if smoke_test:
        QTimer.singleShot(0, lambda: finish_smoke_test(app, window))
    status = app.exec()
    store.close()
    return status
