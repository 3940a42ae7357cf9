"""The reminders as a Qt table model: one row per deadline within its lead time."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from app.domain.reminders import Reminder
from app.domain.status import status_for
from app.ui.widgets.deadline_titles import deadline_title, estimate_note
from app.ui.widgets.obligation_titles import deadline_label

STATUS_COLOURS = {"overdue": "#fbe1df", "due30": "#fdebd3", "due90": "#fdf6d8"}
LICENSE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReminderTableModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Reminder] = []

    def set_rows(self, rows: list[Reminder]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def reminder(self, row: int) -> Reminder:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("剩余天数"), self.tr("日期"), self.tr("期限"), self.tr("许可证编号"),
                self.tr("公司名称"), self.tr("提醒"))[section]

    def days_text(self, reminder: Reminder) -> str:
        if reminder.overdue:
            return self.tr("已逾期 %n 天", "", -reminder.days_left)
        if reminder.days_left == 0:
            return self.tr("今天")
        return self.tr("%n 天", "", reminder.days_left)

    def lead_text(self, reminder: Reminder) -> str:
        missed = reminder.deadline.state == "missed"
        if missed and reminder.kind == "expiry":
            return self.tr("许可证已到期：重新取得许可前不得经营")
        if missed:
            return self.tr("已错过续期申请期限，{date} 到期").format(date=reminder.open_until.isoformat())
        if reminder.lead_time is None and reminder.open_until is not None:
            return self.tr("{date} 前可限期补报").format(date=reminder.open_until.isoformat())
        if reminder.lead_time is None:
            return self.tr("已逾期，仍可补办，请尽快")
        return self.tr("提前 {days} 天提醒").format(days=reminder.lead_time)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        reminder = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.days_text(reminder)
            if column == 1:
                mark = self.tr("（估算）") if reminder.estimated else ""
                return reminder.date.isoformat() + mark
            if column == 2:
                return deadline_title(reminder.deadline)
            if column == 3:
                return reminder.license.number
            if column == 4:
                return reminder.license.company
            return self.lead_text(reminder)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [deadline_label(reminder.deadline), self.tr("依据：{source}").format(source=reminder.deadline.source)]
            if reminder.note:
                lines.append(reminder.note)
            if reminder.estimated:
                lines.append(estimate_note())
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = STATUS_COLOURS.get(status_for(reminder.days_left))
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#1f1f1f")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == LICENSE_ID_ROLE:
            return reminder.license.id
        return None
