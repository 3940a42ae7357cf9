"""Started as a subprocess by bench_dashboard: exits once the first paint that counts is done.

    python -m benchmarks.start_probe bare          # a bare QMainWindow
    python -m benchmarks.start_probe table         # a QMainWindow with a line edit over a
                                                   # QTableView of 5,000 constant Chinese rows
    python -m benchmarks.start_probe app DB_FILE   # the app on DB_FILE, as `python -m app --db`
    python -m benchmarks.start_probe app-window DB_FILE   # the same, until the main window's first
                                                   # paint (an empty database shows no table)

With START_PROBE_RSS=1 in the environment the probe does not exit at the paint: it lets the
event loop idle for a second, prints ``rss_kb=N`` (resident memory) and exits then.

What counts: for the bare window, its first paint event (an event filter on the window).
For a table, the first paint of its rows: the view asks its model for the text of a cell
only while painting its viewport, so the first such call, with the window exposed, marks
that paint, and the process exits as soon as the event loop is back (the paint finished).
An event filter on the viewport would itself cost time in Python (converting the objects
and events it receives), which the app would not pay.

The ``table`` window is no target: it shows what any PySide6 window with a Python table model
pays before its own work (Qt's enums created, the first text drawn), as a reference point.
"""

from __future__ import annotations

import os
import sys

DISPLAY = 0                         # Qt.ItemDataRole.DisplayRole
_KEEP: list[object] = []            # objects that must outlive the function creating them
_SCHEDULED: list[bool] = []


def _exit_now() -> None:
    if os.environ.get("START_PROBE_RSS"):
        if not _SCHEDULED_RSS:
            from PySide6.QtCore import QTimer

            _SCHEDULED_RSS.append(True)
            QTimer.singleShot(1000, _report_rss)
        return
    sys.stdout.flush()
    os._exit(0)


_SCHEDULED_RSS: list[bool] = []


def _report_rss() -> None:
    with open("/proc/self/status", encoding="ascii") as status:
        rss = next(line.split()[1] for line in status if line.startswith("VmRSS:"))
    print(f"rss_kb={rss}", flush=True)
    os._exit(0)


def first_paint_filter():
    """An event filter that exits at the first paint event of the object it watches."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                _exit_now()
            return False

    return FirstPaint()


def exit_after_first_cell_painted(model_class: type) -> None:
    """Wrap ``model_class.data``: the first cell text asked for while a window is exposed
    schedules the exit for when the paint in progress is over."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    data = model_class.data

    def watched_data(self, index, role=DISPLAY):
        if role == DISPLAY and not _SCHEDULED:
            window = QApplication.activeWindow() or next(iter(QApplication.topLevelWidgets()), None)
            handle = window.windowHandle() if window else None
            if handle is not None and handle.isExposed():
                _SCHEDULED.append(True)
                QTimer.singleShot(0, _exit_now)
        return data(self, index, role)

    model_class.data = watched_data


def exit_after_main_window_painted() -> None:
    """The main window's first paint event, as for the bare window (a filter on the window)."""
    from app.ui.main_window import MainWindow

    show = MainWindow.show

    def show_watched(self):
        probe = first_paint_filter()
        self.installEventFilter(probe)
        _KEEP.append(probe)
        show(self)

    MainWindow.show = show_watched


def table_window():
    from PySide6.QtCore import QAbstractTableModel, QModelIndex
    from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

    class Constant(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
            return 0 if parent.isValid() else 5000

        def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
            return 0 if parent.isValid() else 8

        def data(self, index, role=DISPLAY):
            return f"北京示例呼叫服务有限公司{index.row()}" if role == DISPLAY else None

        def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802
            return "公司名称" if role == DISPLAY else None

    exit_after_first_cell_painted(Constant)
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
    if argv[0] in ("app", "app-window"):
        # As ``python -m app`` starts: the app's modules are imported in its own order (its
        # plain-Python modules before PySide6) and the app creates the QApplication.
        if argv[0] == "app":
            from app.ui.dashboard.license_table_model import LicenseTableModel

            exit_after_first_cell_painted(LicenseTableModel)
        else:
            exit_after_main_window_painted()
        from app.main import main as app_main

        app_main(["--db", argv[1]])
    else:
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        if argv[0] == "table":
            window = table_window()
        else:
            window = QMainWindow()
            window.resize(1100, 680)
            probe = first_paint_filter()
            window.installEventFilter(probe)
            _KEEP.append(probe)
        window.show()
        app.exec()
    sys.exit("no qualifying paint happened")


if __name__ == "__main__":
    main(sys.argv[1:])
