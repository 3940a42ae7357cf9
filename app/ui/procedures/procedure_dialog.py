"""Every procedure other than renewal: its deadline, the same checklist view, and a simple flow.

年报: mark it filed with its date (the filing is recorded). 变更, 注销, 补办, 新申请: mark
submitted with a date, record a 补正 notice when one comes, then the approval (a change: with its
new values, which go on the license) or mark it done with a date and a note.

``open_procedure(store, license_id, procedure, parent)`` is the entry point for the license
page: it resumes the open case of that procedure, or asks the needed questions and starts one;
for ``"renewal"`` it opens the renewal wizard.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.cases import OPEN_STATUSES
from app.domain.catalogue import default_catalogue
from app.domain.errors import ValidationError
from app.operations import cases as ops
from app.operations import licenses as license_ops
from app.operations import steps
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.checklist.checklist_view import ChecklistView
from app.ui.procedures.start_dialog import StartProcedureDialog
from app.ui.widgets import confirmations, shortcuts
from app.ui.widgets.case_labels import case_status_label, procedure_name
from app.ui.widgets.excel_requests import ExcelRequests
from app.ui.widgets.form_widgets import (
    ERROR_STYLE,
    DateField,
    FieldMessage,
    FormLineEdit,
    hint_label,
    weekday_name,
)
from app.ui.widgets.obligation_titles import change_kind_labels, title_of


class ProcedureDialog(ExcelRequests, QDialog):
    export_requested = Signal(int)          # case id
    import_requested = Signal(int)          # case id: import a staff-edited checklist into it

    def __init__(self, store: Store, case_id: int, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.today = today or date.today()
        case = ops.get_case(store, case_id)
        self.procedure = case.procedure
        license = license_ops.get_license(store, case.license_id)
        info = default_catalogue().procedure(case.procedure)
        self.setWindowTitle(self.tr("{name} — {number} {company}").format(
            name=self._title(case), number=license.number, company=license.company))
        self.resize(1280, 720)

        heading = QLabel(self._title(case), self)
        heading.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.status = QLabel(self)
        self.status.setStyleSheet("font-weight: bold;")
        self.deadline = QLabel(self)
        self.deadline.setWordWrap(True)
        self.checklist = ChecklistView(store, case_id, self, today=self.today)

        self.export_button = QPushButton(self.tr("导出 Excel 清单…"), self)
        self.export_button.setShortcut(QKeySequence(shortcuts.EXPORT_CHECKLIST))
        self.export_button.clicked.connect(self.export_checklist)
        self.import_button = QPushButton(self.tr("导入员工填写的清单…"), self)
        self.import_button.setShortcut(QKeySequence(shortcuts.IMPORT_CHECKLIST))
        self.import_button.clicked.connect(self.import_checklist)
        self.export_note = hint_label("", self)
        self.export_note.setWordWrap(False)
        self.action_date = DateField(self.today, self)
        self.action_date.setFixedWidth(130)
        self.action_label = QLabel(self)
        self.outcome_note = FormLineEdit(self)
        self.outcome_note.setPlaceholderText(self.tr("结果说明（可不填），如：已取得变更后的许可证"))
        self.action_button = QPushButton(self)
        self.action_button.clicked.connect(self.act)
        self.action_message = FieldMessage(self)
        self.correction_button = QPushButton(self.tr("收到补正通知…"), self)
        self.correction_button.clicked.connect(self.record_correction)
        self.take_back_button = QPushButton(self.tr("撤回上一步…"), self)
        self.take_back_button.clicked.connect(self.take_back)
        self.withdraw_button = QPushButton(self.tr("撤回办理…"), self)
        self.withdraw_button.setToolTip(self.tr("不再办理这件事：办理结束，原因记入历史，可以重新开始"))
        self.withdraw_button.clicked.connect(self.withdraw)
        close = QPushButton(self.tr("关闭"), self)
        close.setToolTip(self.tr("随时可以关闭：改动都已保存"))
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.status)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_note)
        actions.addWidget(self.withdraw_button)
        actions.addWidget(self.take_back_button)
        actions.addStretch(1)
        actions.addWidget(self.correction_button)
        actions.addWidget(self.action_label)
        actions.addWidget(self.action_date)
        actions.addWidget(self.outcome_note)
        actions.addWidget(self.action_button)
        actions.addSpacing(16)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint_label(info.summary, self))
        layout.addWidget(self.deadline)
        layout.addWidget(self.checklist, 1)
        layout.addWidget(self.action_message)
        layout.addLayout(actions)
        self.refresh()

    def _title(self, case) -> str:
        if case.procedure == "annual_report" and case.context.get("report_year"):
            year = int(case.context["report_year"])
            return self.tr("{year} 年年报（报告 {previous} 年度）").format(year=year, previous=year - 1)
        if case.procedure == "change" and case.context.get("change_kind") in change_kind_labels():
            return change_kind_labels()[case.context["change_kind"]]
        return procedure_name(case.procedure)

    # ------------------------------------------------------------------ showing
    def showEvent(self, event) -> None:  # noqa: N802
        self.update_export_button()
        super().showEvent(event)

    def update_export_button(self) -> None:
        connected = self.export_connected()
        self.export_button.setEnabled(connected)
        self.export_button.setToolTip(self.tr("把这份清单导出为 Excel 文件，发给同事填写（{keys}）").format(
            keys=shortcuts.shown(shortcuts.EXPORT_CHECKLIST)) if connected
                                      else self.tr("本窗口尚未接入 Excel 导出功能，暂时无法导出"))
        self.export_note.setText("" if connected else self.tr("（Excel 导出功能尚未接入）"))
        case = ops.get_case(self.store, self.case_id)
        importing = self.import_connected() and case is not None and case.status in OPEN_STATUSES
        self.import_button.setVisible(self.import_connected())
        self.import_button.setEnabled(importing)
        self.import_button.setToolTip(self.tr("同事填好后，把表格导入回来：先预览每一处修改（{keys}）").format(
            keys=shortcuts.shown(shortcuts.IMPORT_CHECKLIST)))

    def export_checklist(self) -> None:
        self.checklist.flush()
        self.export_requested.emit(self.case_id)

    def import_checklist(self) -> None:
        if not self.checklist.can_leave():
            return
        self.checklist.flush()
        self.import_requested.emit(self.case_id)
        self.checklist.reload()
        self.refresh()

    def refresh(self) -> None:
        case = ops.get_case(self.store, self.case_id)
        self.status.setText(self.tr("状态：{status}").format(status=case_status_label(case.status)))
        self._show_deadline(case)
        self._show_action(case)
        self.update_export_button()

    def _show_deadline(self, case) -> None:
        obligation = ops.case_obligation(self.store, case, today=self.today)
        if obligation is None:
            self.deadline.setVisible(False)
            return
        days = (obligation.act_by - self.today).days
        when = (self.tr("还有 %n 天", "", days) if days > 0 else self.tr("就是今天") if days == 0
                else self.tr("已过 %n 天", "", -days))
        legal = "" if obligation.act_by == obligation.due else self.tr("；法定最后一日 {date}（{weekday}）不是工作日").format(
            date=obligation.due.isoformat(), weekday=weekday_name(obligation.due))
        text = self.tr("期限：{label} — 最后可办理日 {date}（{weekday}）{legal}，{when}{estimated}。来源：{source}").format(
            label=title_of(obligation), date=obligation.act_by.isoformat(), weekday=weekday_name(obligation.act_by),
            legal=legal, when=when, estimated=self.tr("（估算）") if obligation.estimated else "",
            source=obligation.source)
        if obligation.note and obligation.state != "done":
            text += "\n" + obligation.note
        self.deadline.setText(text)
        open_case = case.status in ("open", "submitted", "correction")
        self.deadline.setStyleSheet(ERROR_STYLE if days < 0 and open_case and obligation.state != "submitted" else "")
        self.deadline.setVisible(True)

    def _show_action(self, case) -> None:
        status = case.status
        finished = status not in ("open", "submitted", "correction")
        self.outcome_note.setVisible(False)
        self.correction_button.setVisible(status == "submitted" and self.procedure != "annual_report")
        self.withdraw_button.setVisible(not finished)
        step = steps.last_step(self.store, self.case_id)
        self.take_back_button.setVisible(step is not None)
        if step is not None:
            self.take_back_button.setToolTip(self.tr("记错了？撤回 {step} 的记录（发证机关尚未答复时）").format(
                step=step.text))
        if finished:
            closed = case.outcome.get("closed_on") or case.outcome.get("approved_on") or case.closed_at or ""
            self.action_label.setText(self.tr("已于 {date} 办结").format(date=closed)
                                      if self.procedure != "annual_report"
                                      else self.tr("已于 {date} 报送").format(date=closed))
            for widget in (self.action_date, self.action_button):
                widget.setVisible(False)
            return
        for widget in (self.action_date, self.action_button):
            widget.setVisible(True)
        if self.procedure == "annual_report":
            self.action_label.setText(self.tr("报送日期"))
            self.action_button.setText(self.tr("标记为已报送"))
        elif status == "correction":
            self.action_label.setText(self.tr("重新提交日期"))
            self.action_button.setText(self.tr("标记为已重新提交"))
        elif status == "open":
            self.action_label.setText(self.tr("提交日期"))
            self.action_button.setText(self.tr("标记为已提交"))
        elif self.procedure == "change":
            self.action_label.setText("")
            self.action_date.setVisible(False)
            self.action_button.setText(self.tr("登记批准…"))
        else:
            self.action_label.setText(self.tr("办结日期"))
            self.action_button.setText(self.tr("标记为已办结"))
            self.outcome_note.setVisible(True)

    # ------------------------------------------------------------------ acting
    def act(self) -> None:
        self.checklist.flush()
        case = ops.get_case(self.store, self.case_id)
        if self.procedure == "change" and case.status == "submitted":
            from app.ui.procedures.change_approval_dialog import ChangeApprovalDialog

            if ChangeApprovalDialog(self.store, self.case_id, self, today=self.today).exec():
                self.action_message.show_message(None)
                self.refresh()
            return
        if not (self.procedure != "annual_report" and case.status == "submitted") and \
                not confirmations.confirm_submission(self, steps.outstanding_items(self.store, self.case_id),
                                                     resubmission=case.status == "correction",
                                                     filing=self.procedure == "annual_report"):
            self.action_message.show_message(self.tr("未登记：先补齐材料，或确认后再登记。"))
            return
        try:
            if self.procedure == "annual_report" or case.status == "submitted":
                steps.close_case(self.store, self.case_id, closed_on=self.action_date.text(), today=self.today,
                                 outcome_note=self.outcome_note.text().strip())
            else:
                steps.submit(self.store, self.case_id, on=self.action_date.text(), today=self.today)
        except ValidationError as error:
            self.action_message.show_message(str(error))
            return
        except StorageError as error:
            self.action_message.show_message(str(error))
            return
        self.action_message.show_message(None)
        self.refresh()

    def record_correction(self) -> None:
        from app.ui.procedures.correction_dialog import CorrectionDialog

        if CorrectionDialog(self.store, self.case_id, self, today=self.today).exec():
            self.checklist.reload()
            self.refresh()

    def take_back(self) -> None:
        step = steps.last_step(self.store, self.case_id)
        if step is None or not confirmations.confirm_take_back(self, step.text):
            return
        try:
            steps.take_back(self.store, self.case_id, today=self.today)
        except (ValidationError, StorageError) as error:
            self.action_message.show_message(str(error))
            return
        self.action_message.show_message(None)
        self.checklist.reload()
        self.refresh()

    def withdraw(self) -> None:
        from app.ui.procedures.withdraw_dialog import WithdrawDialog

        self.checklist.flush()
        if WithdrawDialog(self.store, self.case_id, self, today=self.today).exec():
            self.accept()

    def done(self, result: int) -> None:
        if not self.checklist.can_leave():
            return
        super().done(result)


# ---------------------------------------------------------------------- entry point
def open_procedure(store: Store, license_id: int, procedure: str, parent: QWidget | None = None, *,
                   today: date | None = None, on_export: Callable[[int], None] | None = None,
                   on_import: Callable[[int], None] | None = None) -> QDialog | None:
    """Resume the open case of ``procedure`` for the license, or ask and start one; show it.

    Returns the dialog (the renewal wizard for ``"renewal"``), shown window-modal and not
    blocking, or None when the user cancelled the questions. ``on_export(case_id)`` and
    ``on_import(case_id)`` are connected to the dialog's Excel buttons before it is shown (the
    dialog reads its checklist again after an import).
    """
    if procedure == "renewal":
        from app.ui.wizard.renewal_wizard import RenewalWizard

        finished = ops.renewal_case_for(store, license_id)
        if finished is not None and finished.status not in OPEN_STATUSES:
            choice = ask_about_finished_renewal(parent, finished)
            if choice is None:
                return None
            if choice == VIEW:
                return open_case_view(store, finished.id, parent, today=today)
        dialog: QDialog = RenewalWizard(store, license_id, parent, today=today)
    else:
        case = _case_to_open(store, license_id, procedure, parent, today=today)
        if case is None:
            return None
        dialog = ProcedureDialog(store, case.id, parent, today=today)
    if on_export is not None:
        dialog.export_requested.connect(on_export)
    if on_import is not None:
        dialog.import_requested.connect(on_import)
    dialog.open()
    return dialog


def open_case_view(store: Store, case_id: int, parent: QWidget | None = None, *,
                   today: date | None = None) -> QDialog:
    """A finished case, read-only, shown window-modal and not blocking."""
    from app.ui.procedures.case_view_dialog import CaseViewDialog

    dialog = CaseViewDialog(store, case_id, parent, today=today)
    dialog.open()
    return dialog


VIEW, START_NEW = "view", "new"


def ask_about_finished_renewal(parent: QWidget | None, case) -> str | None:
    """开始续期 after a renewal was approved for the current term: look at that one (VIEW) or prepare
    the next (START_NEW); None when cancelled."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ProcedureDialog", "续期已办结"),
                      QCoreApplication.translate("ProcedureDialog", "这张许可证的续期已于 {date} 获批，有效期至 {expiry}。")
                      .format(date=case.outcome.get("approved_on", ""), expiry=case.outcome.get("new_expiry", "")),
                      parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "ProcedureDialog", "可以查看那次续期（清单、附件和办理经过，只读），或为下一次续期开始准备。"))
    view = box.addButton(QCoreApplication.translate("ProcedureDialog", "查看已办结的续期"),
                         QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton(QCoreApplication.translate("ProcedureDialog", "开始下一次续期"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("ProcedureDialog", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(view)
    box.exec()
    clicked = box.clickedButton()
    if clicked is view:
        return VIEW
    return START_NEW if clicked is new else None


def _case_to_open(store: Store, license_id: int, procedure: str, parent, *, today: date | None):
    if procedure == "change":
        open_changes = [c for c in ops.open_cases(store, license_id) if c.procedure == "change"]
        if open_changes:
            chosen = _choose_change(open_changes, parent)
            if chosen is not False:
                return chosen
    else:
        existing = ops.open_case(store, license_id, procedure)
        if existing is not None:
            return existing
    asking = StartProcedureDialog(store, license_id, procedure, parent, today=today)
    if asking.exec() != QDialog.DialogCode.Accepted:
        return None
    return asking.case


def _choose_change(open_changes, parent):
    """The open change case the user picks, False to start a new one, None when cancelled."""
    change = QCoreApplication.translate("ProcedureDialog", "变更")
    labels = []
    for case in open_changes:
        kind = change_kind_labels().get(case.context.get("change_kind"), change)
        labels.append(QCoreApplication.translate("ProcedureDialog", "继续：{kind}（{date} 起算，{status}）").format(
            kind=kind, date=case.context.get("trigger_date", ""), status=case_status_label(case.status)))
    new = QCoreApplication.translate("ProcedureDialog", "开始一项新的变更…")
    choice, accepted = QInputDialog.getItem(
        parent, change, QCoreApplication.translate("ProcedureDialog", "这张许可证有未办结的变更："),
        [*labels, new], 0, False)
    if not accepted:
        return None
    if choice == new:
        return False
    return open_changes[labels.index(choice)]
