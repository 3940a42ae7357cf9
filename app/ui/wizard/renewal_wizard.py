"""The renewal wizard, started from a license: RenewalWizard(store, license_id, parent).

It works on the license's renewal under way, or starts one; a finished renewal is shown
read-only elsewhere (app.ui.procedures.case_view_dialog). Everything is saved as it is entered,
so closing at any step loses nothing; the step reached is stored with the case and the wizard
opens there again. Connect ``export_requested(case_id)`` to an exporter before showing the
wizard; without one the export button stays disabled.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWizard, QWizardPage

from app.operations import cases as ops
from app.operations import licenses as license_ops
from app.storage.database import Store
from app.ui.checklist.checklist_view import ChecklistView
from app.ui.wizard.checks_page import ChecksPage
from app.ui.wizard.license_page import LicensePage
from app.ui.wizard.summary_page import SummaryPage
from app.ui.wizard.timeline_page import TimelinePage

LICENSE, CHECKS, TIMELINE, CHECKLIST, SUMMARY = range(5)


class ChecklistPage(QWizardPage):
    """Page 4: the materials checklist of the case."""

    def __init__(self, view: ChecklistView, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("第 4 步：材料清单"))
        self.setSubTitle(self.tr("逐项准备：选中一项后在右侧修改状态、负责人、截止日期、备注和附件，改动立即保存。"
                                 "不需要的材料标为“不适用”并写明原因。"))
        self.view = view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)

    def initializePage(self) -> None:  # noqa: N802
        self.view.reload()

    def validatePage(self) -> bool:  # noqa: N802
        return self.view.can_leave()


class RenewalWizard(QWizard):
    export_requested = Signal(int)          # case id

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
    def export_connected(self) -> bool:
        meta = self.metaObject()
        return self.isSignalConnected(meta.method(meta.indexOfSignal("export_requested(int)")))

    def flush(self) -> None:
        """Save whatever is typed but not yet saved."""
        self.checklist.flush()

    def case_changed(self) -> None:
        self.checklist.reload()

    def done(self, result: int) -> None:
        if self.currentId() == CHECKLIST and not self.checklist.can_leave():
            return
        self.flush()
        super().done(result)
