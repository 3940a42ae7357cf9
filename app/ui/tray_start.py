"""The app at work while it runs: in the tray after a start at login, or beside its window.

``Watch`` puts together what watches: the daily check (app.ui.reminders.daily_check), the
tray and its notices (app.ui.reminders.tray_home), and a second start's request to show the
window (app.ui.open_request). ``run_in_tray`` is the start at login (``--tray``): no window,
a check at once, then one a day until 退出.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from app.storage.database import Store
from app.ui.open_request import OpenRequests
from app.ui.reminders.daily_check import DailyCheck
from app.ui.reminders.tray import tray_available
from app.ui.reminders.tray_home import TrayHome

if TYPE_CHECKING:
    from app.operations.notifications import RobotOutcome
    from app.ui.restart import RestartRequest

NO_TRAY_QUIT_MS = 200       # without a tray and nothing to show: quit once the check is done


class Watch(QObject):
    def __init__(self, store: Store, today: Callable[[], date], *, make_window: Callable[[], object],
                 resident: bool, parent=None):
        super().__init__(parent)
        self.store = store
        self.home = TrayHome(make_window, self, resident=resident, today=today)
        self.check = DailyCheck(store, self, today=today)
        self.requests = OpenRequests(store.path, self)
        self.failure_label: QLabel | None = None
        self.check.desktop_news.connect(self.home.notify)
        self.check.digests_sent.connect(self.digests_sent)
        self.check.failed.connect(self.home.tell_problem)
        self.home.check_requested.connect(lambda: self.check.check())
        self.requests.requested.connect(self.home.show_window)

    def start(self, *, desktop: bool = True) -> None:
        self.requests.start()
        self.check.start(desktop=desktop)

    def stop(self) -> None:
        self.check.stop()
        self.requests.stop()
        self.home.hide_icon()

    def digests_sent(self, outcomes: list[RobotOutcome]) -> None:
        """Failures stay in sight: a notice, and a line in the window's status bar until it closes."""
        failed = [o for o in outcomes if not o.ok and not o.skipped]
        sent = sum(o.sent for o in outcomes)
        window = self.home.window
        if failed:
            text = "\n".join(self.tr("{name}：{problem}").format(name=o.robot.name, problem=o.problem)
                             for o in failed)
            self.home.tell_problem(text)
            if window is not None:
                self._show_failure(window, text)
        elif sent and window is not None:
            window.statusBar().showMessage(self.tr("已发送群通知（%n 项）", "", sent), 10_000)

    def _show_failure(self, window, text: str) -> None:
        if self.failure_label is None:
            self.failure_label = QLabel(self.tr("群通知没有发出"), window)
            self.failure_label.setStyleSheet("color: #b00020; font-weight: bold;")
            window.statusBar().addPermanentWidget(self.failure_label)
        self.failure_label.setToolTip(text + "\n\n" + self.tr("明天会再试；可在 设置 → 通知 中检查机器人。"))
        self.failure_label.show()


def run_in_tray(app: QApplication, store: Store, *, scanned: bool) -> tuple[int, RestartRequest | None]:
    """The start at login: the tray, a check now and each day; the window when asked for."""
    from app.ui.application import AfterStart, app_title, set_window_icon
    from app.ui.i18n import install_translator, saved_language
    from app.ui.main_window import MainWindow

    gc.enable()                      # no first paint to hurry: the session may last for days
    install_translator(app, saved_language(store))
    app.setApplicationDisplayName(app_title())
    set_window_icon(app)
    windows: list[MainWindow] = []

    def make_window() -> MainWindow:
        window = MainWindow(store)
        windows.append(window)
        return window

    watch = Watch(store, date.today, make_window=make_window, resident=True)
    watch.home.quit_requested.connect(watch.home.quit)
    has_tray = tray_available() and watch.home.show_icon()
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(not has_tray)     # with a tray, closing the window hides it
    backup = AfterStart(store.path, watch, scan=not scanned)
    backup.damaged.connect(lambda message: _damaged(watch, store, message))
    backup.failed.connect(watch.home.tell_problem)
    QTimer.singleShot(0, watch.start)
    QTimer.singleShot(0, backup.start)
    if not has_tray:
        QTimer.singleShot(NO_TRAY_QUIT_MS, lambda: _quit_unless_shown(watch))
    try:
        status = app.exec()
        QCoreApplication.removePostedEvents(app, 20)        # see app.ui.application._run_window
        restart = sys.modules.get("app.ui.restart")
        if restart is None or status != restart.RESTART_EXIT_CODE:
            return status, None
        request = restart.take_request()
        return (0 if request is None else status), request
    finally:
        watch.stop()
        backup.wait()
        for window in windows:
            window.close()
            window.deleteLater()
        app.processEvents()
        app.setQuitOnLastWindowClosed(quit_on_close)
        store.close()


def _quit_unless_shown(watch: Watch) -> None:
    """No tray to live in: once the first check is done (and its group notices sent), quit,
    unless it opened the window (news to show), which then quits when closed."""
    if watch.home.window is not None and watch.home.window.isVisible():
        return
    thread = watch.check._thread
    if thread is not None and thread.is_alive():
        QTimer.singleShot(NO_TRAY_QUIT_MS, lambda: _quit_unless_shown(watch))
        return
    QTimer.singleShot(0, QApplication.instance().quit)


def _damaged(watch: Watch, store: Store, message: str) -> None:
    from app.ui.application import _damaged_after_start

    _damaged_after_start(watch.home.show_window(), store.path, message)
