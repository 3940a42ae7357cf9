"""Renewal wizard, page 5: what is still missing, the export, submission and the outcome.

The case moves 准备中 → 已提交 → (补正中 → 已提交)* → 已批准; each step is one operation and the
page shows only the actions the current status allows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.domain.cases import ITEM_STATES, outstanding, progress
from app.domain.errors import ValidationError
from app.operations import cases as ops
from app.operations import holidays as holiday_ops
from app.operations import obligations as obligation_ops
from app.operations import steps
from app.storage.errors import StorageError
from app.ui.license.situation import situation
from app.ui.procedures.correction_dialog import CorrectionDialog
from app.ui.widgets import confirmations, shortcuts
from app.ui.widgets.case_labels import case_status_label, item_state_label
from app.ui.widgets.form_widgets import HINT_STYLE, DateField, FieldMessage, hint_label
from app.ui.wizard.approval_dialog import RenewalApprovalDialog


class SummaryPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("第 5 步：汇总与后续"))
        self.setSubTitle(self.tr("看看还缺什么，导出清单给同事，提交后在这里登记补正通知或批准结果。"))
        self.status = QLabel(self)
        self.status.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.missing_title = QLabel(self)
        self.missing = QTreeWidget(self)         # takes the room the page has (see refresh)
        self.missing.setRootIsDecorated(False)
        self.missing.setAlternatingRowColors(True)
        self.missing.setUniformRowHeights(True)
        self.missing.setHeaderLabels([self.tr("序号"), self.tr("材料"), self.tr("状态"), self.tr("负责人"),
                                      self.tr("截止日期")])
        self.missing.setAccessibleName(self.tr("还缺的材料"))
        self.missing.setToolTip(self.tr("双击一项，回到第 4 步修改它"))
        self.missing.itemDoubleClicked.connect(self._open_missing)
        header = self.missing.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        widths = {0: [self.tr("序号"), "99"], 2: [self.tr("状态"), *(item_state_label(s) for s in ITEM_STATES)],
                  3: [self.tr("负责人"), "王五王五王五"], 4: [self.tr("截止日期"), "2026-12-01" + self.tr("（已逾期）")]}
        for column, texts in widths.items():
            header.resizeSection(column, max(map(metrics.horizontalAdvance, texts)) + 24)

        self.export_button = QPushButton(self.tr("导出 Excel 清单…"), self)
        self.export_button.setShortcut(QKeySequence(shortcuts.EXPORT_CHECKLIST))
        self.export_button.clicked.connect(self._export)
        self.export_note = hint_label("", self)
        self.export_note.setWordWrap(False)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.export_note, 1)

        self.submit_box = QGroupBox(self.tr("提交"), self)
        self.submitted_on = _date_field(self)
        self.submit_message = FieldMessage(self)
        self.submit_button = QPushButton(self.tr("标记为已提交"), self)
        self.submit_button.clicked.connect(self.submit)
        submit_row = QHBoxLayout()
        submit_row.addWidget(QLabel(self.tr("提交日期"), self))
        submit_row.addWidget(self.submitted_on)
        submit_row.addWidget(self.submit_button)
        submit_row.addStretch(1)
        submit_layout = QVBoxLayout(self.submit_box)
        submit_layout.addLayout(submit_row)
        submit_layout.addWidget(self.submit_message)

        self.after_submission = hint_label("", self)
        self.outcome_box = QGroupBox(self.tr("登记结果"), self)
        self.correction_button = QPushButton(self.tr("收到补正通知…"), self)
        self.correction_button.clicked.connect(self.record_correction)
        self.approve_button = QPushButton(self.tr("登记批准结果…"), self)
        self.approve_button.clicked.connect(self.approve)
        correction_row = QHBoxLayout()
        correction_row.addWidget(self.correction_button)
        correction_row.addWidget(hint_label(self.tr("所涉材料回到“准备中”，补齐后重新提交。"), self), 1)
        approve_row = QHBoxLayout()
        approve_row.addWidget(self.approve_button)
        approve_row.addWidget(hint_label(self.tr("取得新证后，按新证书上的发证日期和有效期至登记；登记前会先显示许可证将怎样更新。"),
                                         self), 1)
        outcome_layout = QVBoxLayout(self.outcome_box)
        outcome_layout.addLayout(correction_row)
        outcome_layout.addLayout(approve_row)
        self.history = hint_label("", self)

        self.take_back_button = QPushButton(self.tr("撤回上一步…"), self)
        self.take_back_button.clicked.connect(self.take_back)
        self.withdraw_button = QPushButton(self.tr("撤回续期…"), self)
        self.withdraw_button.setToolTip(self.tr("不再办理这次续期：办理结束，原因记入历史；需要时可以重新开始"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.put_right_message = FieldMessage(self)
        put_right = QHBoxLayout()
        put_right.addWidget(self.take_back_button)
        put_right.addWidget(self.withdraw_button)
        put_right.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.missing_title)
        layout.addWidget(self.missing, 1)
        layout.addLayout(export_row)
        layout.addSpacing(8)
        layout.addWidget(self.submit_box)
        layout.addWidget(self.after_submission)
        layout.addWidget(self.outcome_box)
        layout.addWidget(self.history)
        self._room = layout.count()
        layout.addStretch(0)                    # the room when nothing is missing (the list hidden)
        layout.addWidget(self.put_right_message)
        layout.addLayout(put_right)
        self._layout = layout

    # ------------------------------------------------------------------ showing
    def initializePage(self) -> None:  # noqa: N802
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        self.update_export_button()
        super().showEvent(event)

    def update_export_button(self) -> None:
        wizard = self.wizard()
        connected = wizard is not None and wizard.export_connected()
        self.export_button.setEnabled(connected)
        self.export_button.setToolTip(
            self.tr("把这份清单导出为 Excel 文件，发给同事填写") if connected
            else self.tr("本窗口尚未接入 Excel 导出功能，暂时无法导出"))
        self.export_note.setText(self.tr("把清单导出为 Excel 文件，发给同事填写") if connected
                                 else self.tr("（Excel 导出功能尚未接入，暂时无法导出）"))

    def refresh(self) -> None:
        wizard = self.wizard()
        case = ops.get_case(wizard.store, wizard.case_id)
        items = ops.case_items(wizard.store, wizard.case_id)
        done = progress(items)
        self.status.setText(self.tr("当前状态：{status}　　{progress}").format(
            status=case_status_label(case.status), progress=self.tr("{ready}/{applicable} 已准备").format(
                ready=done.ready, applicable=done.applicable)))
        left = outstanding(items)
        self.missing.clear()
        if left:
            self.missing_title.setText(self.tr("还缺 {n} 项材料：").format(n=len(left)))
            self.missing.addTopLevelItems([self._missing_row(item) for item in left])
        else:
            self.missing_title.setText(self.tr("所有适用的材料都已准备好。"))
        if case.status == "approved":
            self.missing_title.setText(self.tr("续期已办结。") if not left else
                                       self.tr("续期已办结；清单中有 {n} 项当时未标为已准备：").format(n=len(left)))
        self.missing.setVisible(bool(left))
        self._layout.setStretch(self._room, 0 if left else 1)
        self.update_export_button()

        status = case.status
        self.submit_box.setVisible(status in ("open", "correction"))
        self.submit_button.setText(self.tr("重新提交") if status == "correction" else self.tr("标记为已提交"))
        if not self.submitted_on.text():
            self.submitted_on.setText(wizard.today.isoformat())
        self.outcome_box.setVisible(status in ("submitted", "correction"))
        self.correction_button.setEnabled(status == "submitted")
        self.correction_button.setToolTip("" if status == "submitted" else self.tr("重新提交后才能登记下一次补正"))
        self.after_submission.setText(self._submission_text(case))
        self.after_submission.setVisible(case.submitted_on is not None)
        self.history.setText(self._history_text(case))
        self.history.setVisible(bool(self.history.text()))
        step = steps.last_step(wizard.store, wizard.case_id)
        self.take_back_button.setVisible(step is not None)
        if step is not None:
            self.take_back_button.setToolTip(self.tr("记错了？撤回 {step} 的记录（发证机关尚未答复时）").format(
                step=step.text))
        self.withdraw_button.setVisible(status in ("open", "submitted", "correction"))
        self.history.setStyleSheet(HINT_STYLE if status != "approved" else "color: #1e7a34; font-weight: bold;")

    def _missing_row(self, item) -> QTreeWidgetItem:
        due = ""
        if item.due_date:
            due = item.due_date.isoformat()
            if item.is_overdue(self.wizard().today):
                due += self.tr("（已逾期）")
        row = QTreeWidgetItem([str(item.position), item.name, item_state_label(item.state), item.owner, due])
        row.setData(0, Qt.ItemDataRole.UserRole, item.id)
        if item.description:
            row.setToolTip(1, item.description)
        return row

    def _open_missing(self, row: QTreeWidgetItem, _column: int) -> None:
        """Back to step 4, on the item double-clicked."""
        wizard = self.wizard()
        wizard.back()
        wizard.checklist.select_item(row.data(0, Qt.ItemDataRole.UserRole))

    def _submission_text(self, case) -> str:
        if case.submitted_on is None:
            return ""
        if case.status == "approved":
            return self.tr("已于 {date} 提交。").format(date=case.submitted_on.isoformat())
        wizard = self.wizard()
        license = ops.license_of(wizard.store, case)
        calendar = holiday_ops.load_calendar(wizard.store)
        owed = obligation_ops.of_license(wizard.store, license, today=wizard.today, calendar=calendar)
        told = situation(owed, expiry=license.expiry, submitted_on=case.submitted_on, today=wizard.today,
                         calendar=calendar)
        lines = [told.text] if told is not None else [self.tr("已于 {date} 提交。").format(
            date=case.submitted_on.isoformat())]
        for item in owed.for_case(case.id):
            if item.kind == "correction" and item.state in ("pending", "overdue"):
                line = self.tr("补正材料应在 {date} 前重新提交。").format(date=item.act_by.isoformat())
                if item.act_by != item.due:         # the notice's day is not a working day: say why it moved
                    line += self.tr("（通知写的期限 {due} 不是工作日，取其前最后一个工作日。）").format(
                        due=item.due.isoformat())
                lines.append(line + item.note)
        return "\n".join(lines)

    def _history_text(self, case) -> str:
        lines = []
        for correction in case.outcome.get("corrections", []):
            lines.append(self.tr("补正通知 {date}：{requested}（{n} 项材料）").format(
                date=correction["notice_date"], requested=correction["requested"], n=len(correction["item_ids"])))
        if case.status == "approved":
            lines.append(self.tr("续期已于 {date} 获批：有效期至 {old} → {new}。许可证和它的记录已更新。").format(
                date=case.outcome["approved_on"], old=case.outcome["old_expiry"], new=case.outcome["new_expiry"]))
            if case.outcome.get("new_issued"):
                lines.append(self.tr("新证的发证日期：{date}；往年和今年的年报照常报送。").format(
                    date=case.outcome["new_issued"]))
        return "\n".join(lines)

    # ------------------------------------------------------------------ actions
    def _export(self) -> None:
        self.wizard().export_requested.emit(self.wizard().case_id)

    def submit(self) -> None:
        wizard = self.wizard()
        wizard.flush()
        case = ops.get_case(wizard.store, wizard.case_id)
        if not confirmations.confirm_submission(self, steps.outstanding_items(wizard.store, wizard.case_id),
                                                resubmission=case.status == "correction"):
            self.submit_message.show_message(self.tr("未登记：先补齐材料，或确认后再登记。"))
            return
        try:
            steps.submit(wizard.store, wizard.case_id, on=self.submitted_on.text(), today=wizard.today)
        except ValidationError as error:
            self.submit_message.show_message(str(error))
            return
        except StorageError as error:
            self.submit_message.show_message(str(error))
            return
        self.submit_message.show_message(None)
        wizard.case_changed()
        self.refresh()

    def record_correction(self) -> None:
        wizard = self.wizard()
        dialog = CorrectionDialog(wizard.store, wizard.case_id, self, today=wizard.today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            wizard.case_changed()
            self.refresh()

    def approve(self) -> None:
        wizard = self.wizard()
        dialog = RenewalApprovalDialog(wizard.store, wizard.case_id, self, today=wizard.today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            wizard.case_changed()
            self.refresh()


    def take_back(self) -> None:
        wizard = self.wizard()
        step = steps.last_step(wizard.store, wizard.case_id)
        if step is None or not confirmations.confirm_take_back(self, step.text):
            return
        try:
            steps.take_back(wizard.store, wizard.case_id, today=wizard.today)
        except (ValidationError, StorageError) as error:
            self.put_right_message.show_message(str(error))
            return
        self.put_right_message.show_message(None)
        wizard.case_changed()
        self.refresh()

    def withdraw(self) -> None:
        from app.ui.procedures.withdraw_dialog import WithdrawDialog

        wizard = self.wizard()
        wizard.flush()
        if WithdrawDialog(wizard.store, wizard.case_id, self, today=wizard.today).exec():
            wizard.accept()


def _date_field(parent) -> DateField:
    field = DateField(parent=parent)
    field.setFixedWidth(130)
    return field
