"""The deadlines within their lead times, shown at start when there are any.

Entry points for the main window:
- ``show_start_reminders(parent, store)`` at start: shows the dialog (and a tray notice where
  there is a tray) when something is due; returns whether it showed anything.
- ``open_reminders(parent, store)`` from a menu: the dialog, even when nothing is due.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.reminders import Reminder
from app.domain.status import LicenseOverview
from app.operations import reminders as reminder_ops
from app.storage.database import Store
from app.ui.reminders.ics_export import export_calendar_interactively
from app.ui.reminders.reminders_model import LICENSE_ID_ROLE, ReminderTableModel
from app.ui.reminders.tray import ReminderTray
from app.ui.widgets.deadline_titles import estimate_note


class RemindersDialog(QDialog):
    """Lists the reminders; double-click (or Enter on) a row asks for that license (``license_requested``)."""

    license_requested = Signal(int)

    def __init__(self, store: Store, reminders: list[Reminder], *, today: date, parent=None):
        super().__init__(parent)
        self.setObjectName("remindersDialog")
        self.store = store
        self.today = today
        self.setWindowTitle(self.tr("期限提醒"))
        self.resize(1040, 440)

        if reminders:
            heading = self.tr("按 {date} 计算，有 %n 个期限已进入提醒范围。", "", len(reminders)).format(
                date=today.isoformat())
        else:
            heading = self.tr("按 {date} 计算，目前没有进入提醒范围的期限。").format(date=today.isoformat())
        self.heading = QLabel(heading)
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        explain = QLabel(self.tr("每张许可证的提醒提前天数可在许可证页面修改（默认 180、90、30、7 天）。"
                                 "双击一行打开那张许可证。"))
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #555;")

        self.model = ReminderTableModel(self)
        self.model.set_rows(reminders)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._row_activated)   # double-click or Enter
        self.table.setVisible(bool(reminders))

        self.estimate_label = QLabel(estimate_note())
        self.estimate_label.setWordWrap(True)
        self.estimate_label.setStyleSheet("color: #8a5a00;")
        self.estimate_label.setVisible(any(r.estimated for r in reminders))

        self.quiet_box = QCheckBox(self.tr("今天不再提醒"))
        self.quiet_box.setChecked(reminder_ops.reminders_quiet_on(store, today))
        self.export_button = QPushButton(self.tr("导出到日历（.ics）…"))
        self.export_button.clicked.connect(self._export)
        self.export_job = None
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addWidget(self.quiet_box)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        if not reminders:
            layout.addStretch(1)
        layout.addWidget(self.estimate_label)
        layout.addLayout(buttons)
        self.close_button.setFocus()

    def done(self, result: int) -> None:
        reminder_ops.set_reminders_quiet(self.store, self.today, self.quiet_box.isChecked())
        super().done(result)

    def _row_activated(self, index) -> None:
        license_id = self.model.index(index.row(), 0).data(LICENSE_ID_ROLE)
        if license_id is not None:
            self.license_requested.emit(int(license_id))

    def _export(self) -> None:
        self.export_job = export_calendar_interactively(self, self.store, today=self.today)


def open_reminders(parent: QWidget | None, store: Store, *, today: date | None = None) -> RemindersDialog:
    """The reminders dialog, shown without blocking (also when nothing is due)."""
    today = today or date.today()
    dialog = RemindersDialog(store, reminder_ops.due_reminders(store, today), today=today,
                             parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_start_reminders(parent: QWidget | None, store: Store, *, today: date | None = None,
                         overviews: Iterable[LicenseOverview] | None = None,
                         on_license: Callable[[int], None] | None = None) -> bool:
    """At start: the dialog and a tray notice when anything is due (unless silenced for today).

    ``overviews``: the dashboard's rows for the same day, to reuse their deadlines.
    """
    today = today or date.today()
    if reminder_ops.reminders_quiet_on(store, today):
        return False
    reminders = reminder_ops.due_reminders(store, today, overviews=overviews)
    if not reminders:
        return False
    dialog = RemindersDialog(store, reminders, today=today, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_license is not None:
        dialog.license_requested.connect(on_license)
    tray = ReminderTray(parent if parent is not None else dialog)
    tray.setObjectName("reminderTray")
    tray.open_requested.connect(lambda: open_reminders(parent, store, today=today))
    tray.notify(reminders)
    dialog.show()
    from app.operations.notifications import mark_desktop_told
    from app.storage.errors import StorageError

    with contextlib.suppress(StorageError):         # a database that cannot be written: noticed again
        mark_desktop_told(store, reminders, today)  # shown: the day's check need not notice them again
    return True
