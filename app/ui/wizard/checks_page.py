"""Renewal wizard, page 2: the precondition self-check, each result with its source.

A failed check or one the records cannot decide is never silent: it must be ticked as seen
(acknowledge_checks stores the ticks) before 下一步 is enabled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.eligibility import CheckResult
from app.domain.source_codes import source_legend
from app.operations import cases as ops
from app.ui.license.license_form import scope_labels
from app.ui.widgets.form_widgets import HINT_STYLE

BADGE_STYLES = {
    "passed": "background: #e3f2e6; color: #1e7a34;",
    "failed": "background: #fde2e1; color: #a61b1b;",
    "warning": "background: #fff1cc; color: #8a5a00;",
    "confirm": "background: #e8eefc; color: #2851a3;",
    "info": "background: #eeeeee; color: #444444;",
}


def check_detail(result: CheckResult) -> str:
    """What a check found, in the language shown (in Chinese, word for word the domain's
    detail); the catalogue's own detail (an information only) as it is."""
    if result.wording is None:
        return result.detail
    key, values = result.wording
    n = int(values.get("days", values.get("count", 0)))
    templates = {
        "valid_until": QCoreApplication.translate("ChecksPage", "有效期至 {expiry}，还有 %n 天", "", n),
        "expired": QCoreApplication.translate("ChecksPage", "许可证已于 {expiry} 到期，不能续期，只能重新申请"),
        "no_renewal_owed": QCoreApplication.translate(
            "ChecksPage", "已决定不再续期（或许可证已注销）：这张许可证没有待办的续期"),
        "renewal_submitted": QCoreApplication.translate("ChecksPage", "续期申请已提交"),
        "renewal_missed": QCoreApplication.translate("ChecksPage", "续期法定最后一日 {legal} 已过：逾期未申请的不予续期"),
        "act_by_passed": QCoreApplication.translate(
            "ChecksPage", "实际最后提交日 {last} 已过（法定最后一日 {legal} 不是工作日）"),
        "safe_date_passed": QCoreApplication.translate(
            "ChecksPage", "已过安全日期 {safe}（按 90 个工作日计），请在 {last} 之前提交"),
        "days_to_act_by": QCoreApplication.translate("ChecksPage", "距实际最后提交日 {last} 还有 %n 天", "", n),
        "capital_unknown": QCoreApplication.translate("ChecksPage", "许可证上未登记注册资本；{scope}要求不低于 {minimum} 万元"),
        "capital_enough": QCoreApplication.translate("ChecksPage", "注册资本 {capital} 万元，不低于 {minimum} 万元"),
        "capital_short": QCoreApplication.translate("ChecksPage", "注册资本 {capital} 万元，低于{scope}要求的 {minimum} 万元"),
        "no_report_due": QCoreApplication.translate("ChecksPage", "还没有到期的年报"),
        "reports_missing": QCoreApplication.translate("ChecksPage", "以下年度的年报未登记为已报送：{years} 年（报送年份）"),
        "reports_filed": QCoreApplication.translate("ChecksPage", "{years} 年的年报均已报送"),
        "open_changes": QCoreApplication.translate(
            "ChecksPage", "有 %n 个变更尚未办结，应先办完变更再申请续期", "", n),
        "no_open_change": QCoreApplication.translate("ChecksPage", "没有未办结的变更"),
        "confirm": QCoreApplication.translate("ChecksPage", "无法从记录中判断，请确认"),
    }
    if key not in templates:
        return result.detail
    filled = {name: QCoreApplication.translate("ChecksPage", "、").join(map(str, value))
              if isinstance(value, tuple) else value for name, value in values.items()}
    if "scope" in filled:
        filled["scope"] = scope_labels().get(filled["scope"], filled["scope"])
    return templates[key].format(**filled)


class ChecksPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("第 2 步：续期前提自查"))
        self.setSubTitle(self.tr("逐项对照续期的前提条件。不通过或需要确认的项目请逐一勾选，表示您已看到并会处理；"
                                 "勾选后才能继续。"))
        self.results: list[CheckResult] = []
        self.ticks: dict[str, QCheckBox] = {}
        self.summary = QLabel(self)
        self.summary.setStyleSheet("font-weight: bold;")
        self.recheck = QPushButton(self.tr("重新检查"), self)
        self.recheck.clicked.connect(lambda: self.initializePage())
        self.rows = QWidget(self)
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.rows)
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addStretch(1)
        top.addWidget(self.recheck)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def state_label(self, state: str) -> str:
        return {"passed": self.tr("通过"), "failed": self.tr("不通过"), "confirm": self.tr("需要确认"),
                "warning": self.tr("注意"), "info": self.tr("说明")}[state]

    def _badge_width(self, badge: QLabel) -> int:
        """The width the widest state's words take in a badge (its padding included)."""
        widest = max(badge.fontMetrics().horizontalAdvance(self.state_label(s)) for s in BADGE_STYLES)
        return widest + badge.sizeHint().width() - badge.fontMetrics().horizontalAdvance(badge.text()) + 4

    def initializePage(self) -> None:  # noqa: N802
        wizard = self.wizard()
        self.results = ops.check_renewal(wizard.store, wizard.license_id, today=wizard.today)
        acknowledged = set(ops.get_case(wizard.store, wizard.case_id).acknowledged)
        while self.rows_layout.count():
            old = self.rows_layout.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        self.ticks = {}
        for result in self.results:
            self.rows_layout.addWidget(self._row(result, ticked=result.id in acknowledged))
        self.rows_layout.addStretch(1)
        counts = {state: sum(1 for r in self.results if r.state == state) for state in BADGE_STYLES}
        parts = [self.tr("{n} 项{state}").format(n=n, state=self.state_label(s)) for s, n in counts.items() if n]
        self.summary.setText(self.tr("共 {total} 项：").format(total=len(self.results)) + self.tr("，").join(parts))
        self.completeChanged.emit()

    def _row(self, result: CheckResult, *, ticked: bool) -> QWidget:
        frame = QFrame(self.rows)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        badge = QLabel(self.state_label(result.state), frame)
        badge.setStyleSheet(BADGE_STYLES[result.state] + " padding: 2px 8px; border-radius: 3px;")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setFixedWidth(max(76, self._badge_width(badge)))     # every badge as wide, in any language
        name = QLabel(result.name, frame)
        name.setWordWrap(True)
        name.setStyleSheet("font-weight: bold;")
        detail = QLabel(check_detail(result), frame)
        detail.setWordWrap(True)
        source = QLabel(self.tr("来源：{source}").format(source=result.source), frame)
        source.setToolTip(source_legend(result.source))
        source.setWordWrap(True)
        source.setStyleSheet(HINT_STYLE)
        grid.addWidget(badge, 0, 0)
        grid.addWidget(name, 0, 1)
        grid.addWidget(detail, 1, 1)
        grid.addWidget(source, 2, 1)
        if result.needs_acknowledgement:
            text = self.tr("已核实属实") if result.state == "confirm" else self.tr("已知悉，我会处理")
            tick = QCheckBox(text, frame)
            tick.setChecked(ticked)
            tick.toggled.connect(self._ticked)
            grid.addWidget(tick, 0, 2)
            self.ticks[result.id] = tick
        return frame

    def _ticked(self, _checked: bool) -> None:
        wizard = self.wizard()
        ops.acknowledge_checks(wizard.store, wizard.case_id,
                               [check_id for check_id, box in self.ticks.items() if box.isChecked()])
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.results) and all(box.isChecked() for box in self.ticks.values())
