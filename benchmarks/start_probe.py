"""Started as a subprocess by bench_dashboard: exits at the first paint that counts.

    python -m benchmarks.start_probe bare          # a bare QMainWindow
    python -m benchmarks.start_probe table         # a QMainWindow with a line edit over a
                                                   # QTableView of 5,000 constant Chinese rows
    python -m benchmarks.start_probe app DB_FILE   # the app on DB_FILE, as `python -m app --db`

The ``table`` window is no target: it shows what any PySide6 window pays before its own work
(Qt's enums created for a Python model, the first text drawn), as a reference point.

"Counts" means: for the bare window, its first paint; for the app, the first paint of a table
viewport while the table's model already holds rows (an empty table does not count).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

PAINT = QEvent.Type.Paint


class FirstPaint(QObject):
    def __init__(self, accept):
        super().__init__()
        self.accept = accept

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == PAINT and self.accept(watched):
            sys.stdout.flush()
            os._exit(0)
        return False


def painted_table_with_rows(widget) -> bool:
    table = widget.parent()
    return isinstance(table, QTableView) and widget is table.viewport() and table.model().rowCount() > 0


def table_window() -> QMainWindow:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    class Constant(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
            return 0 if parent.isValid() else 5000

        def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
            return 0 if parent.isValid() else 8

        def data(self, index, role=0):
            return f"北京示例呼叫服务有限公司{index.row()}" if role == 0 else None

        def headerData(self, section, orientation, role=0):  # noqa: N802
            return "公司名称" if role == 0 else None

    window = QMainWindow()
    window.resize(1100, 680)
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.addWidget(QLineEdit())
    table = QTableView()
    table.setModel(Constant(table))
    layout.addWidget(table)
    window.setCentralWidget(body)
    return window


def main(argv: list[str]) -> None:
    app = QApplication(sys.argv[:1])
    if argv[0] == "table":
        probe = FirstPaint(painted_table_with_rows)
        app.installEventFilter(probe)
        window = table_window()
        window.show()
        app.exec()
    elif argv[0] == "bare":
        window = QMainWindow()
        window.resize(1100, 680)
        probe = FirstPaint(lambda widget: widget is window)
        app.installEventFilter(probe)
        window.show()
        app.exec()
    else:
        probe = FirstPaint(painted_table_with_rows)
        app.installEventFilter(probe)
        from app.main import main as app_main

        app_main(["--db", argv[1]])
    sys.exit("no qualifying paint happened")


if __name__ == "__main__":
    main(sys.argv[1:])
