"""Renewal wizard, page 3: the dates that matter, and what "90 working days" means here."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWizardPage

from app.domain.obligations import DONE, LicenseObligations
from app.domain.rules import default_rules
from app.domain.source_codes import source_legend
from app.domain.workdays import WorkdayCalendar
from app.operations import holidays as holiday_ops
from app.operations import licenses as license_ops
from app.operations import obligations as obligation_ops
from app.ui.widgets.form_widgets import HINT_STYLE, WARNING_STYLE, hint_label, weekday_name
from app.ui.widgets.obligation_titles import title_of
from app.ui.wizard.timeline_bar import PASSED, Marker, TimelineBar

COLOURS = {"prepare_from": QColor("#5f6368"), "renewal_safe_date": QColor("#1e7a34"),
           "renewal_last_working_day": QColor("#b3261e"), "renewal_legal_deadline": QColor("#8a1c1c"),
           "expiry": QColor("#202124")}


class Shown(NamedTuple):
    """One date on this page: a key of COLOURS, its label, day, source, and whether estimated."""

    key: str
    label: str
    date: date
    source: str
    estimated: bool


class TimelinePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("第 3 步：时间线"))
        self.setSubTitle(self.tr("续期相关的日期。按安全日期安排准备最稳妥；法定最后一日之后提出的续期申请不予受理。"))
        self.bar = TimelineBar(self)
        self.table = QGridLayout()
        self.table.setHorizontalSpacing(16)
        self.table.setColumnStretch(1, 2)
        self.table.setColumnStretch(3, 3)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setFrameShape(QFrame.Shape.StyledPanel)
        self.explanation.setStyleSheet("padding: 8px; background: #f6f8fb;")
        self.estimate_note = hint_label("", self, style=WARNING_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addLayout(self.table)
        layout.addWidget(self.estimate_note)
        layout.addWidget(self.explanation)
        layout.addStretch(1)

    # ------------------------------------------------------------------ text
    def short_label(self, key: str) -> str:
        return {"prepare_from": self.tr("开始准备"), "renewal_safe_date": self.tr("安全日期"),
                "renewal_last_working_day": self.tr("实际最后提交日"),
                "renewal_legal_deadline": self.tr("法定最后一日"), "expiry": self.tr("有效期至")}[key]

    def day_text(self, day: date) -> str:
        return self.tr("{date}（{weekday}）").format(date=day.isoformat(), weekday=weekday_name(day))

    def distance_text(self, day: date, today: date) -> str:
        days = (day - today).days
        if days > 0:
            return self.tr("还有 %n 天", "", days)
        if days == 0:
            return self.tr("就是今天")
        return self.tr("已过 %n 天", "", -days)

    # ------------------------------------------------------------------ page
    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        license = license_ops.get_license(wizard.store, wizard.license_id)
        calendar = holiday_ops.load_calendar(wizard.store)
        today = wizard.today
        owed = obligation_ops.of_license(wizard.store, license, today=today, calendar=calendar)
        shown = self.shown_dates(owed)
        self._fill_table(shown, today)
        self.bar.set_markers([Marker(d.date, self.short_label(d.key), COLOURS[d.key], d.estimated) for d in shown],
                             today=today, today_label=self.tr("今天 {date}").format(date=today.isoformat()))
        first = min((d.date for d in shown), default=license.expiry)
        years = sorted({y for y in range(first.year, license.expiry.year + 1) if calendar.is_estimated_year(y)})
        if years:
            self.estimate_note.setText(self.tr(
                "* 估算：{years} 年的国务院节假日安排尚未公布（或程序尚未收录），这几年暂按周末和法定节假日"
                "（含春节、劳动节、国庆节的惯常长假）估算，宁早勿晚；安排公布后录入或导入即可得到准确日期。").format(years=self.tr("、").join(map(str, years))))
        self.estimate_note.setVisible(bool(years))
        self.explanation.setText(self.explain(owed, expiry=license.expiry, calendar=calendar, today=today))

    def shown_dates(self, owed: LicenseObligations) -> list[Shown]:
        """The planning dates, the renewal's day to act by and legal last day, and the expiry:
        all read from what the license owes (app.domain.obligations)."""
        shown = [Shown(m.key, title_of(m), m.day, m.source, m.estimated) for m in owed.milestones]
        renewal = next((o for o in owed.items if o.kind == "renewal" and o.state != DONE), None)
        if renewal is not None:
            if renewal.act_by != renewal.due:
                shown.append(Shown("renewal_last_working_day", self.tr("续期实际最后提交日（法定最后一日或其前最后一个工作日）"),
                                   renewal.act_by, renewal.source, renewal.estimated))
            shown.append(Shown("renewal_legal_deadline", title_of(renewal), renewal.due, renewal.source, False))
        expiry = next(o for o in owed.items if o.kind == "expiry")
        shown.append(Shown("expiry", title_of(expiry), expiry.due, expiry.source, False))
        return sorted(shown, key=lambda d: d.date)

    def _fill_table(self, shown: list[Shown], today: date) -> None:
        while self.table.count():
            widget = self.table.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for row, deadline in enumerate(shown):
            when = QLabel(self.day_text(deadline.date) + (" *" if deadline.estimated else ""), self)
            colour = PASSED if deadline.date < today else COLOURS[deadline.key]     # passed: no "fine" green
            when.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")
            label = QLabel(deadline.label, self)
            label.setWordWrap(True)
            distance = QLabel(self.distance_text(deadline.date, today), self)
            source = QLabel(deadline.source, self)
            source.setToolTip(source_legend(deadline.source))
            source.setStyleSheet(HINT_STYLE)
            source.setWordWrap(True)
            for column, widget in enumerate((when, label, distance, source)):
                self.table.addWidget(widget, row, column)

    def explain(self, owed: LicenseObligations, *, expiry: date, calendar: WorkdayCalendar, today: date) -> str:
        rules = default_rules()
        renewal = next((o for o in owed.items if o.kind == "renewal" and o.state != DONE), None)
        if renewal is None:
            return self.tr("这张许可证已决定不再续期（或已注销）：没有要办的续期。要改变主意，"
                           "在许可证页面的“其他办理事项”中撤回“不再续期”的决定。")
        legal, last = renewal.due, renewal.act_by
        parts = [self.tr(
            "“到期前 {days} 日”（《电信业务经营许可管理办法》第二十七条）按日历天数计算：有效期至 {expiry}，"
            "法定最后一日是 {legal}。").format(days=rules.renewal_notice_days, expiry=expiry.isoformat(),
                                         legal=self.day_text(legal))]
        if last != legal:
            parts.append(self.tr("这一天不是工作日，系统无法当天提交，实际最后提交日是 {last}。").format(
                last=self.day_text(last)))
        safe = next((m.day for m in owed.milestones if m.key == "renewal_safe_date"), None)
        if safe is None:
            parts.append(self.tr("续期申请已提交：以上日期供核对，接下来在第 5 步登记补正通知或批准结果。"))
            return "\n\n".join(parts)
        parts.append(self.tr(
            "有的办事指南写作“到期日之前的 {n} 个工作日”。这里的工作日按国务院办公厅公布的节假日安排计算："
            "周六、周日和法定节假日不算，调休上班的周六、周日算工作日。从有效期至往前数 {n} 个工作日是 {safe}，"
            "比法定最后一日早 {gap} 天。本程序建议以这个安全日期为准，留出补正的时间"
            "（离到期不足 {late} 日才补正，可能来不及）。").format(
                n=rules.renewal_safe_working_days, safe=self.day_text(safe), gap=(legal - safe).days,
                late=rules.renewal_late_correction_days))
        if today < safe:
            parts.append(self.tr("今天（{today}）到安全日期还有 {work} 个工作日（{days} 个日历日）。").format(
                today=today.isoformat(), work=calendar.workdays_between(today, safe), days=(safe - today).days))
        elif today <= last:
            parts.append(self.tr(
                "今天（{today}）已过安全日期；从今天到实际最后提交日（含这一天）还有 {work} 个工作日，请尽快提交。").format(
                    today=today.isoformat(), work=calendar.workdays_between(today, last + timedelta(days=1))))
        else:
            parts.append(self.tr("今天（{today}）已过续期的最后提交日。").format(today=today.isoformat()))
        return "\n\n".join(parts)
