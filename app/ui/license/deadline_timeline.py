"""Every deadline of one license in date order, each rule's source on hover.

Annual reports can be marked as filed from here (with the date they were filed).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.deadlines import AnnualReport, Deadline, LicenseDeadlines
from app.domain.status import status_for
from app.ui.widgets import status_style

DATE, WHAT, DAYS, STATE = range(4)
KIND_ROLE = Qt.ItemDataRole.UserRole
HINT_STYLE = "color: #5b6068;"


class DeadlineTimeline(QWidget):
    """The timeline; emits ``report_filed(year, date)`` when the user marks a report filed."""

    report_filed = Signal(int, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("日期"), self.tr("事项"), self.tr("剩余"), self.tr("状态")])
        self.tree.setAccessibleName(self.tr("期限时间线"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        samples = {DATE: ["2027-03-14" + self.tr("（估算）")],
                   DAYS: [status_style.days_text(-1000), status_style.days_text(1000)],
                   STATE: [self.tr("未开始（%1 起）").replace("%1", "2027-01-01")]}
        for column, texts in samples.items():
            header.resizeSection(column, max(map(metrics.horizontalAdvance, texts)) + 20)

        self.filed_date = QDateEdit()
        self.filed_date.setCalendarPopup(True)
        self.filed_date.setDisplayFormat("yyyy-MM-dd")
        self.filed_date.setAccessibleName(self.tr("年报报送日期"))
        self.file_button = QPushButton(self.tr("标记为已报送"))
        self.file_hint = QLabel()
        self.file_hint.setObjectName("fileHint")
        self.file_hint.setWordWrap(True)
        self.file_hint.setStyleSheet(HINT_STYLE)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("选中一条年报，报送日期：")))
        controls.addWidget(self.filed_date)
        controls.addWidget(self.file_button)
        controls.addStretch()

        self.legend = QLabel(self.tr("悬停查看每条期限的依据；标“（估算）”的日期所在年份的节假日安排尚未收录。"))
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #5b6068;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(controls)
        layout.addWidget(self.file_hint)
        layout.addWidget(self.legend)

        self._today = date.today()
        self._fileable: dict[int, AnnualReport] = {}
        self.tree.currentItemChanged.connect(lambda *_: self._update_controls())
        self.file_button.clicked.connect(self._file_current)

    def show_deadlines(self, deadlines: LicenseDeadlines, *, today: date, filed_on: dict[int, date],
                       next_key: str, estimated_years: Callable[[date, date], list[int]],
                       extra: list[Deadline] = ()) -> None:
        """Fill the timeline. ``filed_on``: filing year → date filed; ``extra``: open cases' dates."""
        self._today = today
        self._fileable = {}
        self.tree.clear()
        items: list[QTreeWidgetItem] = []
        for deadline in [*deadlines.renewal_deadlines(), *extra]:
            items.append(self._deadline_item(deadline, today=today, highlight=deadline.key == next_key,
                                             years=estimated_years(deadline.date, deadlines.expiry)))
        for report in deadlines.annual_reports:
            items.append(self._report_item(report, today=today, filed=filed_on.get(report.year),
                                           highlight=next_key == f"annual_report_{report.year}"))
        items.sort(key=lambda item: (item.data(DATE, KIND_ROLE + 1), item.text(WHAT)))
        self.tree.addTopLevelItems(items)
        current = next((i for i in items if i.font(WHAT).bold()), None)
        if current is not None:
            self.tree.setCurrentItem(current)
        self._update_controls()

    # ------------------------------------------------------------------ rows
    def _deadline_item(self, deadline: Deadline, *, today: date, highlight: bool,
                       years: list[int]) -> QTreeWidgetItem:
        days = deadline.days_left(today)
        date_text = deadline.date.isoformat() + (self.tr("（估算）") if deadline.estimated else "")
        state = self.tr("已过") if days < 0 else (self.tr("计划日期") if not deadline.hard else "")
        item = QTreeWidgetItem([date_text, deadline.label, status_style.days_text(days), state])
        tip = self.tr("%1\n依据：%2").replace("%1", deadline.label).replace("%2", deadline.source)
        if deadline.estimated:
            tip += "\n" + status_style.estimate_note(years)
            item.setForeground(DATE, QBrush(status_style.ESTIMATE_COLOUR))
        self._finish(item, tip, key=("deadline", deadline.key), when=deadline.date, past=days < 0,
                     highlight=highlight, status=status_for(days))
        return item

    def _report_item(self, report: AnnualReport, *, today: date, filed: date | None,
                     highlight: bool) -> QTreeWidgetItem:
        state = report.state(today, filed=filed is not None)
        words = {
            "filed": self.tr("已报送（%1）").replace("%1", filed.isoformat() if filed else ""),
            "not_open": self.tr("未开始（%1 起）").replace("%1", report.window_start.isoformat()),
            "open": self.tr("报送期内"),
            "grace": self.tr("已逾期，4 月限期补报"),
            "missed": self.tr("未记录报送（补报期已过）"),
        }[state]
        days = (report.due - today).days
        item = QTreeWidgetItem([report.due.isoformat(), report.label,
                                "" if state == "filed" else status_style.days_text(days), words])
        tip = (self.tr("%1\n报送期：%2 – %3，补报至 %4\n依据：%5")
               .replace("%1", report.label).replace("%2", report.window_start.isoformat())
               .replace("%3", report.due.isoformat()).replace("%4", report.grace_until.isoformat())
               .replace("%5", report.source))
        colour = {"filed": "ok", "missed": "overdue", "grace": "overdue"}.get(state)
        if colour:
            item.setForeground(STATE, QBrush(status_style.status_foreground(colour)))
        if state in ("open", "grace", "missed"):
            self._fileable[report.year] = report
        self._finish(item, tip, key=("annual", report.year), when=report.due,
                     past=state in ("filed", "missed"), highlight=highlight,
                     status=status_for(days) if state in ("open", "grace", "not_open") else None)
        return item

    def _finish(self, item: QTreeWidgetItem, tip: str, *, key: tuple, when: date, past: bool,
                highlight: bool, status: str | None) -> None:
        for column in range(4):
            item.setToolTip(column, tip)
        item.setData(DATE, KIND_ROLE, key)
        item.setData(DATE, KIND_ROLE + 1, when.toordinal())
        item.setTextAlignment(DAYS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if past:
            for column in (DATE, WHAT, DAYS):
                item.setForeground(column, QBrush(status_style.MUTED))
        if highlight:
            font = QFont(item.font(WHAT))
            font.setBold(True)
            for column in range(4):
                item.setFont(column, font)
            if status:
                item.setBackground(STATE, QBrush(status_style.status_background(status)))
                item.setForeground(STATE, QBrush(status_style.status_foreground(status)))
                if not item.text(STATE):
                    item.setText(STATE, status_style.status_label(status))

    # ------------------------------------------------------------------ filing a report
    def current_report_year(self) -> int | None:
        item = self.tree.currentItem()
        kind = item.data(DATE, KIND_ROLE) if item else None
        return kind[1] if kind and kind[0] == "annual" and kind[1] in self._fileable else None

    def select_report(self, year: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(DATE, KIND_ROLE) == ("annual", year):
                self.tree.setCurrentItem(item)
                return

    def _update_controls(self) -> None:
        year = self.current_report_year()
        self.file_button.setEnabled(year is not None)
        self.filed_date.setEnabled(year is not None)
        if year is None:
            self.filed_date.setDateRange(_qdate(date(1990, 1, 1)), _qdate(date(2100, 12, 31)))
            self.filed_date.setDate(_qdate(self._today))
            self.file_hint.setText("")
            return
        report = self._fileable[year]
        last = min(self._today, date(report.year, 12, 31))
        self.filed_date.setMinimumDate(_qdate(report.window_start))
        self.filed_date.setMaximumDate(_qdate(last))
        self.filed_date.setDate(_qdate(min(last, report.due)))
        self.file_hint.setText(self.tr("记录 %1 已报送；报送日期不能晚于今天。").replace("%1", report.label))

    def _file_current(self) -> None:
        year = self.current_report_year()
        if year is not None:
            self.report_filed.emit(year, self.filed_date.date().toPython())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)

