"""A finished case, read-only: how it went (each step with its date, from the license's history),
its outcome, and its checklist with the attachments, which still open.

Opened from the license page's 办理事项 tab (已办结) and from its history.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.operations import cases as case_ops
from app.storage.database import Store
from app.ui.checklist.checklist_view import ChecklistView
from app.ui.widgets.case_labels import case_status_label, case_title
from app.ui.widgets.event_texts import event_texts
from app.ui.widgets.form_widgets import hint_label


class CaseViewDialog(QDialog):
    def __init__(self, store: Store, case_id: int, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        case = case_ops.get_case(store, case_id)
        license = case_ops.license_of(store, case)
        title = case_title(case)
        self.setWindowTitle(self.tr("{name}（只读）— {number} {company}").format(
            name=title, number=license.number, company=license.company))
        self.resize(1280, 760)

        heading = QLabel(title, self)
        heading.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.status = QLabel(self.tr("状态：{status}").format(status=case_status_label(case.status)), self)
        self.status.setStyleSheet("font-weight: bold;")
        self.outcome = hint_label(self._outcome_text(case), self)
        self.outcome.setVisible(bool(self.outcome.text()))
        note = hint_label(self.tr("已办结的办理事项只供查看：清单、附件和办理经过都保留着，双击附件可以打开。"), self)

        self.steps = QTreeWidget(self)
        self.steps.setRootIsDecorated(False)
        self.steps.setHeaderLabels([self.tr("日期"), self.tr("办理经过")])
        self.steps.setAccessibleName(self.tr("办理经过"))
        self.steps.header().resizeSection(0, self.fontMetrics().averageCharWidth() * 12 + 12)
        lines = [(case.created_at[:10], 0, self.tr("在许可证管家中建立这项办理"))]
        events = case_ops.case_events(store, case)
        lines += [(event.event_date.isoformat(), 1, text) for event, text in zip(events, event_texts(events), strict=True)]
        for day, _order, text in sorted(lines, key=lambda line: line[:2]):
            self.steps.addTopLevelItem(QTreeWidgetItem([day, text]))
        self.checklist = ChecklistView(store, case_id, self, today=today, read_only=True)

        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.status)
        top.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.steps)
        splitter.addWidget(self.checklist)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        rows = min(self.steps.topLevelItemCount(), 8) + 1
        splitter.setSizes([self.steps.sizeHintForRow(0) * rows + self.steps.header().height() + 8, 520])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.outcome)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _outcome_text(self, case) -> str:
        outcome = case.outcome
        if case.status == "withdrawn":
            return self.tr("已于 {date} 撤回。原因：{reason}").format(
                date=outcome.get("withdrawn_on", ""), reason=outcome.get("withdrawn_reason", ""))
        if case.status == "approved" and case.procedure == "renewal":
            return self.tr("已于 {date} 获批：有效期至 {old} → {new}。").format(
                date=outcome.get("approved_on", ""), old=outcome.get("old_expiry", ""), new=outcome.get("new_expiry", ""))
        if case.status == "approved":
            return self.tr("已于 {date} 获批。").format(date=outcome.get("approved_on", ""))
        if case.status == "closed":
            text = self.tr("已于 {date} 办结。").format(date=outcome.get("closed_on", ""))
            return text + (" " + outcome["note"] if outcome.get("note") else "")
        return ""
