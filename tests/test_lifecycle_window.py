"""A whole renewal in the window, as a user goes through it: submitted in November, a 补正 notice,
resubmitted, approved in January with the new certificate's dates. Afterwards the dashboard, the
license page and the reminders still show that year's annual report (the first finding), and no
screen calls the submitted renewal missed (the second)."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from app.operations import cases as case_ops
from app.operations import licenses as license_ops
from app.ui.license import deadline_timeline as tl
from app.ui.main_window import MainWindow
from app.ui.procedures.correction_dialog import CorrectionDialog
from app.ui.wizard.approval_dialog import RenewalApprovalDialog
from app.ui.wizard.renewal_wizard import SUMMARY
from tests.test_renewal_wizard import choose_state, click, replace_text, tick_every_check
from tests.typing_helpers import type_text


class Clock:
    def __init__(self, day: date):
        self.day = day

    def __call__(self) -> date:
        return self.day


def timeline(window):
    tree = window.license_page().timeline.tree
    return {tree.topLevelItem(i).text(tl.WHAT): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}


def test_a_renewal_approved_in_january_keeps_that_years_report_everywhere(qtbot, store, valid_license_input,
                                                                          monkeypatch):
    clock = Clock(date(2026, 11, 20))
    saved = license_ops.add_license(store, valid_license_input, past_reports="filed", today=clock())
    window = MainWindow(store, today=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    # The license page, then the renewal wizard from its button.
    window.open_license(saved.id)
    wizard = window.open_procedure(saved.id, "renewal")
    qtbot.addWidget(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    click(qtbot, next_button)
    tick_every_check(qtbot, wizard)
    click(qtbot, next_button)
    click(qtbot, next_button)
    for row in range(wizard.checklist.model.rowCount()):
        choose_state(wizard.checklist, row, "已准备")
    click(qtbot, next_button)
    assert wizard.currentId() == SUMMARY
    summary = wizard.summary_page
    replace_text(summary.submitted_on, "2026-11-20")
    click(qtbot, summary.submit_button)
    assert "2026-11-20 提交" in summary.after_submission.text()

    # A 补正 notice five days later, answered three days after that.
    clock.day = wizard.today = date(2026, 11, 28)
    items = case_ops.case_items(store, wizard.case_id)

    def correction(dialog: CorrectionDialog):
        replace_text(dialog.notice_date, "2026-11-25")
        type_text(dialog.requested, "补充业务开展情况报告")
        dialog.check_item(items[9].id)
        click(qtbot, dialog.ok_button)
        return dialog.result()

    monkeypatch.setattr(CorrectionDialog, "exec", correction)
    click(qtbot, summary.correction_button)
    assert summary.submit_button.text() == "重新提交"
    replace_text(summary.submitted_on, "2026-11-28")
    click(qtbot, summary.submit_button)
    assert case_ops.get_case(store, wizard.case_id).status == "submitted"

    # After the legal last day (2026-12-14): submitted, never missed.
    clock.day = date(2026, 12, 20)
    window.refresh_all()
    row = next(r for r in window.dashboard.model._rows if r.license_id == saved.id)
    assert row.status != "overdue" and row.next_deadline.state != "missed"
    assert window.license_page().situation.isVisible()
    assert "等待发证机关决定" in window.license_page().situation.text()
    assert "已按补正通知补正" in window.license_page().situation.text()        # the notice came: not expected any more
    assert "一次告知补正" not in window.license_page().situation.text()

    # The new certificate arrives in January.
    clock.day = wizard.today = date(2027, 1, 20)

    def approve(dialog: RenewalApprovalDialog):
        type_text(dialog.new_issued, "2027-01-20")
        click(qtbot, dialog.fill_from_old)
        assert dialog.new_expiry.text() == "2032-03-14"
        click(qtbot, dialog.ok_button)
        return dialog.result()

    monkeypatch.setattr(RenewalApprovalDialog, "exec", approve)
    click(qtbot, summary.approve_button)
    assert case_ops.get_case(store, wizard.case_id).status == "approved"
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.result() == QDialog.DialogCode.Accepted or not wizard.isVisible()

    # A few days later: the 2027 report is still owed on every screen.
    clock.day = date(2027, 1, 25)
    window.refresh_all()
    license = license_ops.get_license(store, saved.id)
    assert (license.issued, license.expiry) == (date(2027, 1, 20), date(2032, 3, 14))
    # Five years on from the old expiry, as the approval dialog offered: no "more than 5 years".
    assert window.license_page().form.warning_text("expiry") == ""
    row = next(r for r in window.dashboard.model._rows if r.license_id == saved.id)
    assert row.next_deadline.key == "annual_report:2027" and row.next_deadline.date == date(2027, 3, 31)
    report = timeline(window)["2027年年报（报告2026年度）"]
    assert report.text(tl.STATE) == "报送期内"
    assert report.font(tl.WHAT).bold()                      # the next thing to do
    assert any("申请续期（有效期至 2027-03-14" in title and item.text(tl.STATE) == "已完成"
               for title, item in timeline(window).items())
    reminders = window.show_reminders()
    qtbot.addWidget(reminders)
    shown = [reminders.model.reminder(i) for i in range(reminders.model.rowCount())]
    assert [r.key for r in shown if r.license.id == saved.id] == ["annual_report:2027"]
    reminders.close()

    # And the report can be marked filed from the timeline.
    page = window.license_page()
    page.timeline.select_report(2027)
    page.timeline.filed_date.setDate(page.timeline.filed_date.minimumDate().addDays(20))
    qtbot.mouseClick(page.timeline.file_button, Qt.MouseButton.LeftButton)
    assert timeline(window)["2027年年报（报告2026年度）"].text(tl.STATE) == "已报送"
