"""The renewal wizard driven end to end with clicks and typing, on a temporary database."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QWizard

from app.operations import cases as ops
from app.operations import licenses as license_ops
from app.operations import obligations
from app.storage.events import events_for
from app.ui.procedures.correction_dialog import CorrectionDialog
from app.ui.wizard.approval_dialog import RenewalApprovalDialog
from app.ui.wizard.renewal_wizard import (
    CHECKLIST,
    CHECKS,
    LICENSE,
    SUMMARY,
    TIMELINE,
    RenewalWizard,
)
from tests.typing_helpers import type_text

TODAY = date(2026, 11, 22)


@pytest.fixture
def license_id(store, valid_license_input):
    license_id = license_ops.add_license(store, valid_license_input).id
    for year in (2023, 2024, 2025, 2026):
        license_ops.record_annual_report(store, license_id, year=year, filed_on=date(year, 3, 1))
    return license_id


def open_wizard(qtbot, store, license_id, **connect):
    wizard = RenewalWizard(store, license_id, today=TODAY)
    qtbot.addWidget(wizard)
    for signal, slot in connect.items():
        getattr(wizard, signal).connect(slot)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_next(qtbot, wizard):
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def replace_text(widget, text):
    widget.selectAll()
    widget.del_()
    type_text(widget, text)


def tick_every_check(qtbot, wizard):
    for box in wizard.checks_page.ticks.values():
        if not box.isChecked():
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def to_checklist(qtbot, wizard):
    click_next(qtbot, wizard)
    tick_every_check(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == CHECKLIST


def choose_state(view, row, label):
    view.table.selectRow(row)
    view.editor.state.setCurrentIndex(view.editor.state.findText(label))


def test_a_whole_renewal_from_the_license_to_an_approved_new_expiry(qtbot, store, license_id, monkeypatch):
    wizard = open_wizard(qtbot, store, license_id)
    assert wizard.currentId() == LICENSE
    page = wizard.license_page
    assert page.inputs["number"].text() == "京B2-20190350" and page.inputs["capital_wan"].text() == "150"

    # Page 1: a bad phone is named next to the field and keeps the wizard on the page.
    phone = page.inputs["contact_phone"]
    type_text(phone, "call me")
    assert "电话号码" in page.messages["contact_phone"].text()
    click_next(qtbot, wizard)
    assert wizard.currentId() == LICENSE
    assert license_ops.get_license(store, license_id).contact_phone == ""
    replace_text(phone, "010-87654321")
    assert page.problem_text("contact_phone") == ""
    click_next(qtbot, wizard)
    assert wizard.currentId() == CHECKS
    assert license_ops.get_license(store, license_id).contact_phone == "010-87654321"

    # Page 2: every check with its source; warnings must be ticked before 下一步.
    checks = wizard.checks_page
    states = {r.id: r.state for r in checks.results}
    assert states["license_valid"] == "passed" and states["annual_reports"] == "passed"
    assert set(checks.ticks) == {r.id for r in checks.results if r.state not in ("passed", "info")}
    assert states["chinese_id"] == "confirm" and "chinese_id" in checks.ticks
    assert states["foreign_ownership"] == "info" and "foreign_ownership" not in checks.ticks
    assert all(r.source for r in checks.results)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    tick_every_check(qtbot, wizard)
    assert next_button.isEnabled()
    assert set(ops.get_case(store, wizard.case_id).acknowledged) == set(checks.ticks)
    click_next(qtbot, wizard)

    # Page 3: the dates, estimates marked, and the meaning of 90 working days.
    assert wizard.currentId() == TIMELINE
    text = wizard.timeline_page.explanation.text()
    assert "90 个工作日" in text and "调休" in text and "2026-12-14" in text
    owed = obligations.of_license(store, license_ops.get_license(store, license_id), today=TODAY)
    safe = next(m.day for m in owed.milestones if m.key == "renewal_safe_date")
    assert safe.isoformat() in text
    assert "估算" in wizard.timeline_page.estimate_note.text()       # 2027's holidays are not known
    # A date already passed (the safe date, 2026-10-29) is grey, not the green of a date still ahead.
    from app.ui.wizard.timeline_bar import PASSED
    from app.ui.wizard.timeline_page import COLOURS

    dates = [wizard.timeline_page.table.itemAtPosition(row, 0).widget()
             for row in range(wizard.timeline_page.table.rowCount())
             if wizard.timeline_page.table.itemAtPosition(row, 0) is not None]
    safe_label = next(label for label in dates if label.text().startswith(safe.isoformat()))
    assert safe < TODAY and PASSED.name() in safe_label.styleSheet()
    assert COLOURS["renewal_safe_date"].name() not in safe_label.styleSheet()
    click_next(qtbot, wizard)

    # Page 4: tick everything, one item not applicable with its reason.
    view = wizard.checklist
    assert view.progress.text() == "0/14 已准备"
    choose_state(view, 2, "不适用")
    type_text(view.editor.reason, "公司只有一个股东")
    qtbot.keyClick(view.editor.reason, Qt.Key.Key_Return)
    assert wizard.currentId() == CHECKLIST          # Enter saved the reason, it did not turn the page
    for row in range(14):
        if row != 2:
            choose_state(view, row, "已准备")
    assert view.progress.text() == "13/13 已准备（另有 1 项不适用）"
    assert ops.case_items(store, wizard.case_id)[2].na_reason == "公司只有一个股东"
    click_next(qtbot, wizard)

    # Page 5: nothing missing, no exporter connected, submit, then approval.
    assert wizard.currentId() == SUMMARY
    summary = wizard.summary_page
    assert summary.missing_title.text() == "所有适用的材料都已准备好。"
    assert not summary.export_button.isEnabled() and "尚未接入" in summary.export_button.toolTip()
    replace_text(summary.submitted_on, "2026-11-20")
    click(qtbot, summary.submit_button)
    assert ops.get_case(store, wizard.case_id).status == "submitted"
    assert summary.outcome_box.isVisible() and not summary.submit_box.isVisible()
    assert "2026-11-20 提交" in summary.after_submission.text() and "第五十条" in summary.after_submission.text()
    wizard.today = date(2027, 1, 8)                      # the new certificate arrives in January

    def approve(dialog: RenewalApprovalDialog):
        assert dialog.preview.text().startswith("填好两个日期后")
        type_text(dialog.new_issued, "2027-01-08")
        click(qtbot, dialog.fill_from_old)                # 顺延 five years from the old expiry
        assert dialog.new_expiry.text() == "2032-03-14"
        assert "有效期至：2027-03-14 → 2032-03-14" in dialog.preview.text()
        assert dialog.warnings.text() == ""
        click(qtbot, dialog.ok_button)
        return dialog.result()

    monkeypatch.setattr(RenewalApprovalDialog, "exec", approve)
    click(qtbot, summary.approve_button)
    license = license_ops.get_license(store, license_id)
    assert (license.issued, license.expiry) == (date(2027, 1, 8), date(2032, 3, 14))
    assert ops.get_case(store, wizard.case_id).status == "approved"
    approved = next(e for e in events_for(store, license_id) if e.kind == "renewal_approved")
    assert "2027-03-14 → 2032-03-14" in approved.summary and "2022-03-15 → 2027-01-08" in approved.summary
    assert "2032-03-14" in summary.history.text()
    owed = obligations.of_license(store, license, today=date(2027, 1, 8))
    assert owed.find("annual_report:2027").state == "pending"        # the year's report is still owed
    assert not summary.outcome_box.isVisible()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert not wizard.isVisible()

    # 开始续期 again: the approved renewal opens read-only, or the next one starts.
    from app.ui.procedures import procedure_dialog
    from app.ui.procedures.case_view_dialog import CaseViewDialog

    asked = []
    monkeypatch.setattr(procedure_dialog, "ask_about_finished_renewal",
                        lambda parent, case: asked.append(case.id) or procedure_dialog.VIEW)
    shown = procedure_dialog.open_procedure(store, license_id, "renewal", today=TODAY)
    qtbot.addWidget(shown)
    assert asked == [wizard.case_id] and isinstance(shown, CaseViewDialog)
    assert "2032-03-14" in shown.outcome.text() and shown.checklist.editor.read_only
    assert shown.steps.topLevelItemCount() >= 3                       # started, submitted, approved
    shown.close()
    monkeypatch.setattr(procedure_dialog, "ask_about_finished_renewal", lambda parent, case: procedure_dialog.START_NEW)
    following = procedure_dialog.open_procedure(store, license_id, "renewal", today=TODAY)
    qtbot.addWidget(following)
    assert following.case_id != wizard.case_id and following.currentId() == LICENSE
    following.close()


def test_closing_and_reopening_resumes_at_the_same_step_with_everything_kept(qtbot, store, license_id):
    wizard = open_wizard(qtbot, store, license_id)
    to_checklist(qtbot, wizard)
    choose_state(wizard.checklist, 0, "已准备")
    wizard.checklist.table.selectRow(4)
    type_text(wizard.checklist.editor.owner, "王五")          # typed, Enter not pressed
    type_text(wizard.checklist.editor.note, "原件在保险柜")
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert not wizard.isVisible()

    again = open_wizard(qtbot, store, license_id)
    assert again.case_id == wizard.case_id
    assert again.currentId() == CHECKLIST
    items = ops.case_items(store, again.case_id)
    assert items[0].state == "ready" and (items[4].owner, items[4].note) == ("王五", "原件在保险柜")
    assert again.checklist.progress.text() == "1/14 已准备"
    click(qtbot, again.button(QWizard.WizardButton.BackButton))
    assert again.currentId() == TIMELINE
    click(qtbot, again.button(QWizard.WizardButton.BackButton))
    assert all(box.isChecked() for box in again.checks_page.ticks.values())


def test_resume_stops_at_the_self_check_when_a_new_problem_needs_ticking(qtbot, store, license_id):
    wizard = open_wizard(qtbot, store, license_id)
    to_checklist(qtbot, wizard)
    wizard.close()
    ops.start_case(store, license_id, "change", change_kind="capital", trigger_date=date(2026, 11, 1))
    again = open_wizard(qtbot, store, license_id)
    assert again.currentId() == CHECKS
    assert "no_open_change" in again.checks_page.ticks
    assert not again.button(QWizard.WizardButton.NextButton).isEnabled()


def test_not_applicable_without_a_reason_is_refused(qtbot, store, license_id):
    wizard = open_wizard(qtbot, store, license_id)
    to_checklist(qtbot, wizard)
    view = wizard.checklist
    choose_state(view, 5, "不适用")
    qtbot.keyClick(view.editor.reason, Qt.Key.Key_Return)
    assert view.editor.reason_message.isVisible()
    assert "必须写明原因" in view.editor.reason_message.text()
    item = ops.case_items(store, wizard.case_id)[5]
    assert item.state == "missing" and item.na_reason == ""
    assert view.progress.text() == "0/14 已准备"
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert ops.case_items(store, wizard.case_id)[5].state == "missing"


def test_a_correction_round_reopens_the_items_then_the_renewal_is_approved(qtbot, store, license_id, monkeypatch):
    wizard = open_wizard(qtbot, store, license_id)
    to_checklist(qtbot, wizard)
    items = ops.case_items(store, wizard.case_id)
    for row in range(14):
        choose_state(wizard.checklist, row, "已准备")
    click_next(qtbot, wizard)
    summary = wizard.summary_page
    click(qtbot, summary.submit_button)
    assert ops.get_case(store, wizard.case_id).submitted_on == TODAY

    wizard.today = date(2026, 11, 30)

    def fill_in(dialog: CorrectionDialog):
        click(qtbot, dialog.ok_button)                               # nothing filled: refused
        assert "补正要求" in dialog.items_message.message()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert ops.get_case(store, wizard.case_id).status == "submitted"
        replace_text(dialog.notice_date, "2026-12-28")               # not yet: refused
        type_text(dialog.requested, "补充 2025 年呼叫量数据")
        dialog.check_item(items[9].id)
        click(qtbot, dialog.ok_button)
        assert "还没到" in dialog.date_message.message()
        replace_text(dialog.notice_date, "2026-11-28")
        type_text(dialog.reply_by, "2026-12-13")                    # a Sunday
        click(qtbot, dialog.ok_button)
        return dialog.result()

    monkeypatch.setattr(CorrectionDialog, "exec", fill_in)
    click(qtbot, summary.correction_button)
    case = ops.get_case(store, wizard.case_id)
    assert case.status == "correction"
    assert case.outcome["corrections"][0]["requested"] == "补充 2025 年呼叫量数据"
    assert "补正通知 2026-11-28" in summary.history.text()
    assert "2026-12-11 前重新提交" in summary.after_submission.text()          # the Friday before, and why
    assert "通知写的期限 2026-12-13 不是工作日" in summary.after_submission.text()
    assert summary.submit_button.text() == "重新提交"

    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    view = wizard.checklist
    assert view.progress.text() == "13/14 已准备"
    view.only_outstanding.click()
    assert view.visible_item_ids() == [items[9].id]
    assert "补充 2025 年呼叫量数据" in view.model.entry(9).item.note
    view.table.selectRow(0)
    view.editor.state.setCurrentIndex(view.editor.state.findText("已准备"))
    assert view.visible_item_ids() == []
    click_next(qtbot, wizard)
    replace_text(summary.submitted_on, "2026-11-27")               # before the notice: refused
    click(qtbot, summary.submit_button)
    assert "不能早于补正通知日期 2026-11-28" in summary.submit_message.text()
    replace_text(summary.submitted_on, "2026-11-30")
    click(qtbot, summary.submit_button)
    assert ops.get_case(store, wizard.case_id).status == "submitted"

    wizard.today = date(2027, 1, 8)

    def approve(dialog: RenewalApprovalDialog):
        type_text(dialog.new_issued, "2027-01-08")
        type_text(dialog.new_expiry, "2027-03-01")                  # not later than the old expiry
        assert "应晚于原有效期至 2027-03-14" in dialog.expiry_message.text()
        click(qtbot, dialog.ok_button)
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert license_ops.get_license(store, license_id).expiry == date(2027, 3, 14)
        click(qtbot, dialog.fill_from_issue)                        # 重新计算 five years from the new issue date
        assert dialog.new_expiry.text() == "2032-01-07"
        click(qtbot, dialog.ok_button)
        return dialog.result()

    monkeypatch.setattr(RenewalApprovalDialog, "exec", approve)
    click(qtbot, summary.approve_button)
    assert license_ops.get_license(store, license_id).expiry == date(2032, 1, 7)
    kinds = [e.kind for e in events_for(store, license_id)]
    assert "correction_notice" in kinds and "renewal_approved" in kinds


def test_export_button_asks_the_connected_exporter(qtbot, store, license_id):
    asked = []
    wizard = open_wizard(qtbot, store, license_id, export_requested=asked.append)
    to_checklist(qtbot, wizard)
    click_next(qtbot, wizard)
    button = wizard.summary_page.export_button
    assert button.isEnabled()
    click(qtbot, button)
    assert asked == [wizard.case_id]


def test_a_bad_license_edit_is_named_next_to_its_field_and_nothing_is_saved(qtbot, store, license_id):
    wizard = open_wizard(qtbot, store, license_id)
    page = wizard.license_page
    replace_text(page.inputs["expiry"], "2021-01-01")                # before the issue date
    assert "应晚于发证日期" in page.problem_text("expiry")              # said as it is typed
    click_next(qtbot, wizard)
    assert wizard.currentId() == LICENSE
    assert "应晚于发证日期" in page.problem_text("expiry")
    assert license_ops.get_license(store, license_id).expiry == date(2027, 3, 14)


def test_the_first_key_pressed_on_step_1_does_not_replace_the_license_number(qtbot, store, license_id):
    wizard = open_wizard(qtbot, store, license_id)
    number = wizard.license_page.inputs["number"]
    qtbot.waitUntil(lambda: number.hasFocus() and not number.hasSelectedText())
    qtbot.keyClicks(number, "7")
    assert number.text() == "京B2-201903507"
