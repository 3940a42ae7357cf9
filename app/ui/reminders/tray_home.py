"""The app while it runs: its tray icon, the day's notices, and the window when asked for.

Started at login with ``--tray``, the app shows no window: the icon sits in the tray (its
menu opens the window, checks now, or quits), and the daily check's news appears as a
system notice; clicking the notice opens the license it is about (or, for several, the
window with the reminders). Closing the window hides it; the app keeps checking until
退出. Where the system has no tray, a notice cannot be shown: the window opens with the
reminders instead, and closing it quits.

Started as usual (a window), the same object shows the later days' notices of a session
left open, and takes a second start's request to show the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from app.domain.reminders import Reminder
from app.ui.reminders.tray import MESSAGE_MILLISECONDS, ReminderTray, tray_available

PROBLEM_MILLISECONDS = 20_000


class TrayHome(QObject):
    quit_requested = Signal()
    check_requested = Signal()

    def __init__(self, make_window: Callable[[], object], parent=None, *, resident: bool,
                 today: Callable[[], date] = date.today):
        """``make_window``: builds the main window (once); ``resident``: the app lives in the
        tray (started with --tray) rather than in its window."""
        super().__init__(parent)
        self._make_window = make_window
        self._window = None
        self.resident = resident
        self.today = today
        self.icon: QSystemTrayIcon | None = None
        self.notices: list[tuple[str, str]] = []       # (title, text) of every notice shown
        self._click: Callable[[], None] = self.show_window     # what clicking the last notice opens
        self._words = ReminderTray(self)

    # ------------------------------------------------------------------ the icon
    def show_icon(self) -> bool:
        if self.icon is not None:
            return True
        if not tray_available():
            return False
        self.icon = QSystemTrayIcon(ReminderTray._app_icon(), self)
        self.icon.setToolTip(self.tr("许可证管家"))
        menu = QMenu()
        menu.addAction(self.tr("打开许可证管家"), self.show_window)
        menu.addAction(self.tr("立即检查期限"), self.check_requested.emit)
        menu.addSeparator()
        menu.addAction(self.tr("退出"), self.quit_requested.emit)
        self._menu = menu
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._notice_clicked)
        self.icon.show()
        return True

    def hide_icon(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def _activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    # ------------------------------------------------------------------ the window
    @property
    def window(self):
        return self._window

    def show_window(self, license_id: int | None = None):
        if self._window is None:
            self._window = self._make_window()
        window = self._window
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()
        if license_id is not None:
            window.open_license(license_id)
        return window

    # ------------------------------------------------------------------ notices
    def notify(self, reminders: list[Reminder]) -> None:
        """A system notice of what became news; without a tray, the window and its reminders."""
        if not reminders:
            return
        title, text = self._words.message(reminders)
        self.notices.append((title, text))
        licenses = {r.license.id for r in reminders}
        if len(licenses) == 1:
            only = next(iter(licenses))
            self._click = lambda: self.show_window(only)
        else:
            self._click = lambda: self.show_window().show_reminders()
        if self.show_icon() and QSystemTrayIcon.supportsMessages():
            self.icon.setToolTip(title)
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MILLISECONDS)
            return
        self._notice_clicked()

    def tell_problem(self, text: str) -> None:
        """A problem the user should know of (a group notice not delivered), as a notice."""
        title = self.tr("许可证管家：群通知没有发出")
        self.notices.append((title, text))
        self._click = lambda: self.show_window().open_settings("notifications")
        if self.show_icon() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, PROBLEM_MILLISECONDS)

    def _notice_clicked(self) -> None:
        self._click()

    def quit(self) -> None:
        self.hide_icon()
        QApplication.instance().quit()
