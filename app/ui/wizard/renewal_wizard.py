"""The renewal wizard, started from a license: RenewalWizard(store, license_id, parent).

It works on the license's renewal under way, or starts one; a finished renewal is shown
read-only elsewhere (app.ui.procedures.case_view_dialog). Everything is saved as it is entered
(the license's details on 下一步: closing with them edited asks first), so closing at any step
loses nothing; the step reached is stored with the case and the wizard
opens there again. Connect ``export_requested(case_id)`` to an exporter and
``import_requested(case_id)`` to an importer before showing the wizard; without them the
Excel buttons (export on steps 4 and 5, Ctrl+E; import on step 4, Ctrl+I) stay disabled.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWizard, QWizardPage

from app.domain.cases import OPEN_STATUSES
from app.operations import cases as ops
from app.operations import licenses as license_ops
from app.storage.database import Store
from app.ui.checklist.checklist_view import ChecklistView
from app.ui.widgets import shortcuts
from app.ui.widgets.excel_requests import ExcelRequests
from app.ui.widgets.form_widgets import hint_label
from app.ui.wizard.checks_page import ChecksPage
from app.ui.wizard.license_page import LicensePage
from app.ui.wizard.summary_page import SummaryPage
from app.ui.wizard.timeline_page import TimelinePage

LICENSE, CHECKS, TIMELINE, CHECKLIST, SUMMARY = range(5)


class ChecklistPage(QWizardPage):
    """Page 4: the materials checklist of the case, with its Excel export and import."""

    def __init__(self, view: ChecklistView, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("第 4 步：材料清单"))
        self.setSubTitle(self.tr("逐项准备：选中一项后在右侧修改状态、负责人、截止日期、备注和附件，改动立即保存。"
                                 "不需要的材料标为“不适用”并写明原因。"))
        self.view = view
        self.export_button = QPushButton(self.tr("导出 Excel 清单…"), self)
        self.export_button.setShortcut(QKeySequence(shortcuts.EXPORT_CHECKLIST))
        self.export_button.clicked.connect(self._export)
        self.import_button = QPushButton(self.tr("导入员工填写的清单…"), self)
        self.import_button.setShortcut(QKeySequence(shortcuts.IMPORT_CHECKLIST))
        self.import_button.clicked.connect(self._import)
        self.excel_note = hint_label("", self)
        excel_row = QHBoxLayout()
        excel_row.addWidget(self.export_button)
        excel_row.addWidget(self.import_button)
        excel_row.addWidget(self.excel_note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view, 1)
        layout.addLayout(excel_row)

    def initializePage(self) -> None:  # noqa: N802
        self.view.reload()
        self.update_excel_buttons()

    def showEvent(self, event) -> None:  # noqa: N802
        self.update_excel_buttons()
        super().showEvent(event)

    def validatePage(self) -> bool:  # noqa: N802
        return self.view.can_leave()

    def update_excel_buttons(self) -> None:
        wizard = self.wizard()
        if wizard is None:
            return
        exporting, importing = wizard.export_connected(), wizard.import_connected()
        case = ops.get_case(wizard.store, wizard.case_id)
        importing = importing and case is not None and case.status in OPEN_STATUSES
        self.export_button.setEnabled(exporting)
        self.import_button.setEnabled(importing)
        self.export_button.setToolTip(self.tr("把这份清单导出为 Excel 文件，发给同事填写（{keys}）").format(
            keys=shortcuts.shown(shortcuts.EXPORT_CHECKLIST)))
        self.import_button.setToolTip(self.tr("同事填好后，把表格导入回来：先预览每一处修改（{keys}）").format(
            keys=shortcuts.shown(shortcuts.IMPORT_CHECKLIST)))
        self.excel_note.setText(self.tr("发给同事填写状态、负责人、截止日期和备注；收回后导入，改动逐项显示，确认后才写入。")
                                if exporting else self.tr("（Excel 导出功能尚未接入，暂时无法导出）"))

    def _export(self) -> None:
        wizard = self.wizard()
        wizard.flush()
        wizard.export_requested.emit(wizard.case_id)

    def _import(self) -> None:
        wizard = self.wizard()
        if not self.view.can_leave():
            return
        wizard.flush()
        wizard.import_requested.emit(wizard.case_id)
        wizard.case_changed()


class RenewalWizard(ExcelRequests, QWizard):
    export_requested = Signal(int)          # case id
    import_requested = Signal(int)          # case id: import a staff-edited checklist into it

    def __init__(self, store: Store, license_id: int, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.license_id = license_id
        self.today = today or date.today()
        case = ops.open_case(store, license_id, "renewal") or ops.start_case(store, license_id, "renewal")
        self.case_id = case.id
        license = license_ops.get_license(store, license_id)
        self.setWindowTitle(self.tr("续期向导 — {number} {company}").format(
            number=license.number, company=license.company))
        self.resize(1280, 760)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("关闭"))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            self.tr("随时可以关闭：填写的内容都已保存，下次从这一步继续"))

        self.license_page = LicensePage(self)
        self.checks_page = ChecksPage(self)
        self.timeline_page = TimelinePage(self)
        self.checklist = ChecklistView(store, self.case_id, today=self.today)
        self.checklist_page = ChecklistPage(self.checklist, self)
        self.summary_page = SummaryPage(self)
        for page_id, page in ((LICENSE, self.license_page), (CHECKS, self.checks_page),
                              (TIMELINE, self.timeline_page), (CHECKLIST, self.checklist_page),
                              (SUMMARY, self.summary_page)):
            self.setPage(page_id, page)

        self._resuming = True
        self.restart()
        self._resume(case.wizard_step)
        self._resuming = False
        self.currentIdChanged.connect(self._step_changed)

    # ------------------------------------------------------------------ resuming
    def _resume(self, step: int) -> None:
        """Walk forward to ``step``, stopping early at a page that is not complete."""
        while self.currentId() < step:
            before = self.currentId()
            if not self.currentPage().isComplete():
                break
            self.next()
            if self.currentId() == before:
                break

    def _step_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        ops.set_wizard_step(self.store, self.case_id, page_id)
        if page_id == CHECKLIST:
            self.checklist.reload()
        elif page_id == SUMMARY:
            self.summary_page.refresh()

    # ------------------------------------------------------------------ shared
    def flush(self) -> None:
        """Save whatever is typed but not yet saved."""
        self.checklist.flush()

    def case_changed(self) -> None:
        self.checklist.reload()

    def done(self, result: int) -> None:
        if self.currentId() == CHECKLIST and not self.checklist.can_leave():
            return
        if self.currentId() == LICENSE and not self.license_page.can_leave():
            return
        self.flush()
        super().done(result)
