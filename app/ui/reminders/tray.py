"""A notice in the system tray about deadlines within their lead times, where there is a tray.

Where the platform has no tray (or cannot show messages), nothing happens and ``notify``
answers False: the reminders dialog is the notice then.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from app.domain.reminders import Reminder
from app.ui.widgets.deadline_titles import deadline_title

MESSAGE_MILLISECONDS = 15_000
LINES_IN_MESSAGE = 3


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReminderTray(QObject):
    """Owns the tray icon; ``open_requested`` fires when the user clicks the icon or the notice."""

    open_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.icon: QSystemTrayIcon | None = None

    def message(self, reminders: list[Reminder]) -> tuple[str, str]:
        title = self.tr("许可证管家：%n 个期限临近", "", len(reminders))
        lines = []
        for reminder in reminders[:LINES_IN_MESSAGE]:
            if reminder.overdue:
                when = self.tr("已逾期 %n 天", "", -reminder.days_left)
            else:
                when = self.tr("还有 %n 天", "", reminder.days_left)
            lines.append(self.tr("{number} {title}：{when}").format(
                number=reminder.license.number, title=deadline_title(reminder.deadline), when=when))
        if len(reminders) > LINES_IN_MESSAGE:
            lines.append(self.tr("另有 %n 项，点击查看", "", len(reminders) - LINES_IN_MESSAGE))
        return title, "\n".join(lines)

    def notify(self, reminders: list[Reminder]) -> bool:
        """Show the notice; False when there is nothing to say or no tray to say it in."""
        if not reminders or not tray_available():
            return False
        if self.icon is None:
            self.icon = QSystemTrayIcon(self._app_icon(), self)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.open_requested)
        title, body = self.message(reminders)
        self.icon.setToolTip(title)
        self.icon.show()
        if QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information,
                                  MESSAGE_MILLISECONDS)
        return True

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    @staticmethod
    def _app_icon() -> QIcon:
        icon = QApplication.windowIcon()
        if icon.isNull():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        return icon
