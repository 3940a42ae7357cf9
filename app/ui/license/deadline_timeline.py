"""What one license owes, in date order, each with its state and (on hover) its source.

Annual reports can be marked as filed from here (with the date they were filed).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.obligations import (
    DONE,
    MISSED,
    OVERDUE,
    PENDING,
    SUBMITTED,
    LicenseObligations,
    Milestone,
    Obligation,
)
from app.domain.source_codes import source_legend
from app.domain.status import status_for
from app.ui.widgets import status_style
from app.ui.widgets.form_widgets import weekday_name
from app.ui.widgets.obligation_titles import title_of

DATE, WHAT, DAYS, STATE = range(4)
KIND_ROLE = Qt.ItemDataRole.UserRole
HINT_STYLE = "color: #5b6068;"
STATE_COLOURS = {DONE: "ok", SUBMITTED: "ok", MISSED: "overdue", OVERDUE: "overdue"}


class WrappingDelegate(QStyledItemDelegate):
    """Measures a cell at the width of its column, so that a long name takes a second line
    (a tree view measures its rows without their columns' widths)."""

    MARGIN = 8

    def __init__(self, view: QTreeWidget):
        super().__init__(view)
        self.view = view

    def sizeHint(self, option, index):  # noqa: N802
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        width = self.view.columnWidth(index.column()) - self.MARGIN
        needed = QFontMetrics(shown.font).boundingRect(
            QRect(0, 0, max(width, 1), 10_000), int(Qt.TextFlag.TextWordWrap), shown.text)
        hint = super().sizeHint(option, index)
        hint.setHeight(max(hint.height(), needed.height() + 4))
        return hint


class DeadlineTimeline(QWidget):
    """The timeline; emits ``report_filed(year, date)`` when the user marks a report filed."""

    report_filed = Signal(int, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)             # a long name takes a second line rather than an …
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("最后可办理日"), self.tr("事项"), self.tr("剩余"), self.tr("状态")])
        self.tree.setAccessibleName(self.tr("期限时间线"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.tree.setItemDelegateForColumn(WHAT, WrappingDelegate(self.tree))
        header.sectionResized.connect(self._rewrap)
        metrics = self.fontMetrics()
        samples = {DATE: [self.day_text(date(2027, 3, 14)) + self.tr("（估算）"), self.tr("最后可办理日")],
                   DAYS: [status_style.days_text(-1000), status_style.days_text(1000)],
                   STATE: [self.tr("未开始（%1 起）").replace("%1", "2027-01-01"), self.tr("已提交，待决定"),
                           self.tr("已逾期，4 月限期补报")]}
        for column, texts in samples.items():
            header.resizeSection(column, max(map(metrics.horizontalAdvance, texts)) + 24)

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

        self.legend = QLabel(self.tr("悬停查看每一项的依据；日期是最后可办理日（法定最后一日不是工作日时，取其前最后一个工作日）；"
                                     "标“（估算）”的日期所在年份的节假日安排尚未收录。"))
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #5b6068;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(controls)
        layout.addWidget(self.file_hint)
        layout.addWidget(self.legend)

        self._today = date.today()
        self._fileable: dict[int, Obligation] = {}
        self.tree.currentItemChanged.connect(lambda *_: self._update_controls())
        self.file_button.clicked.connect(self._file_current)

    def _rewrap(self, column: int, _old: int, _new: int) -> None:
        """The names wrap at the width their column now has: the rows are measured again."""
        if column == WHAT:
            self.tree.scheduleDelayedItemsLayout()

    def day_text(self, day: date) -> str:
        return self.tr("{date}（{weekday}）").format(date=day.isoformat(), weekday=weekday_name(day))

    def show_obligations(self, owed: LicenseObligations, *, today: date, next_key: str,
                         estimated_years: Callable[[date, date], list[int]]) -> None:
        """Fill the timeline: every obligation (done ones too) and the planning dates."""
        self._today = today
        self._fileable = {}
        self.tree.clear()
        items = [self._obligation_item(o, today=today, highlight=o.key == next_key,
                                       years=estimated_years(o.act_by, o.due)) for o in owed.items]
        expiry = max(o.due for o in owed.items if o.kind == "expiry")      # the safe date counts back from it
        items += [self._milestone_item(m, today=today, highlight=m.key == next_key,
                                       years=estimated_years(m.day, expiry)) for m in owed.milestones]
        items.sort(key=lambda item: (item.data(DATE, KIND_ROLE + 1), item.text(WHAT)))
        self.tree.addTopLevelItems(items)
        current = next((i for i in items if i.font(WHAT).bold()), None)
        if current is not None:
            self.tree.setCurrentItem(current)
        self._update_controls()

    # ------------------------------------------------------------------ rows
    def state_text(self, item: Obligation, today: date) -> str:
        if item.kind == "annual_report":
            if item.state == DONE:
                return self.tr("已报送")
            if item.state == PENDING and today < item.opens:
                return self.tr("未开始（%1 起）").replace("%1", item.opens.isoformat())
            if item.state == OVERDUE:
                return self.tr("已逾期，4 月限期补报")
            if item.state == MISSED:
                return self.tr("未记录报送（补报期已过）")
            return self.tr("报送期内")
        if item.kind == "expiry":
            return {PENDING: self.tr("到期日"), SUBMITTED: self.tr("续期待批"), DONE: self.tr("已终止"),
                    MISSED: self.tr("已到期")}.get(item.state, "")
        return {PENDING: self.tr("待办"), SUBMITTED: self.tr("已提交，待决定"), DONE: self.tr("已完成"),
                OVERDUE: self.tr("已逾期，仍可补办"), MISSED: self.tr("已错过")}[item.state]

    def note_text(self, item: Obligation) -> str:
        """An obligation's note: an annual report's, which says its state, in words; the others'
        explanations are the rules' (Chinese data)."""
        if item.kind == "annual_report" and item.note:
            return {DONE: self.tr("已记录为已报送"),
                    OVERDUE: self.tr("已过截止日，{until} 前可限期补报").format(
                        until=item.until.isoformat() if item.until else ""),
                    MISSED: self.tr("补报期已过：可能被列入电信业务经营不良名单")}.get(item.state, item.note)
        return item.note

    def _obligation_item(self, item: Obligation, *, today: date, highlight: bool, years: list[int]) -> QTreeWidgetItem:
        days = (item.act_by - today).days
        date_text = self.day_text(item.act_by) + (self.tr("（估算）") if item.estimated else "")
        met = item.state in (DONE, SUBMITTED)
        title = title_of(item)
        row = QTreeWidgetItem([date_text, title, "" if met else status_style.days_text(days),
                               self.state_text(item, today)])
        tip = [title]
        if item.act_by != item.due:
            tip.append(self.tr("法定最后一日 {due} 不是工作日，最后可办理日为 {act_by}").format(
                due=self.day_text(item.due), act_by=self.day_text(item.act_by)))
        note = self.note_text(item)
        if note:
            tip.append(note)
        tip.append(self.tr("依据：{source}").format(source=item.source))
        tip += [line for line in [source_legend(item.source)] if line]
        if item.estimated:
            tip.append(status_style.estimate_note(years))
            row.setForeground(DATE, QBrush(status_style.ESTIMATE_COLOUR))
        colour = STATE_COLOURS.get(item.state)
        if colour:
            row.setForeground(STATE, QBrush(status_style.status_foreground(colour)))
        if item.kind == "annual_report" and item.state != DONE and today >= item.opens:
            self._fileable[item.year] = item
        self._finish(row, "\n".join(tip), key=(item.kind, item.year if item.kind == "annual_report" else item.key),
                     when=item.act_by, past=met or item.state == MISSED or (days < 0 and item.state != OVERDUE),
                     highlight=highlight, status=None if met else status_for(days))
        return row

    def _milestone_item(self, milestone: Milestone, *, today: date, highlight: bool,
                        years: list[int]) -> QTreeWidgetItem:
        days = milestone.days_left(today)
        date_text = self.day_text(milestone.day) + (self.tr("（估算）") if milestone.estimated else "")
        title = title_of(milestone)
        row = QTreeWidgetItem([date_text, title, status_style.days_text(days),
                               self.tr("已过") if days < 0 else self.tr("计划日期")])
        tip = [title, self.tr("依据：{source}").format(source=milestone.source)]
        tip += [line for line in [source_legend(milestone.source)] if line]
        if milestone.estimated:
            tip.append(status_style.estimate_note(years))
            row.setForeground(DATE, QBrush(status_style.ESTIMATE_COLOUR))
        self._finish(row, "\n".join(tip), key=("milestone", milestone.key), when=milestone.day, past=days < 0,
                     highlight=highlight, status=status_for(days))
        return row

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

    # ------------------------------------------------------------------ filing a report
    def current_report_year(self) -> int | None:
        item = self.tree.currentItem()
        kind = item.data(DATE, KIND_ROLE) if item else None
        return kind[1] if kind and kind[0] == "annual_report" and kind[1] in self._fileable else None

    def select_report(self, year: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(DATE, KIND_ROLE) == ("annual_report", year):
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
        self.filed_date.setMinimumDate(_qdate(report.opens))
        self.filed_date.setMaximumDate(_qdate(last))
        self.filed_date.setDate(_qdate(min(last, report.due)))
        self.file_hint.setText(self.tr("记录 %1 已报送；报送日期不能晚于今天。").replace("%1", title_of(report)))

    def _file_current(self) -> None:
        year = self.current_report_year()
        if year is not None:
            self.report_filed.emit(year, self.filed_date.date().toPython())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)

