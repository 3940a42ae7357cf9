"""The other procedures: questions at the start, the same checklist, and their simple flows."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QInputDialog

from app.operations import cases as ops
from app.operations import licenses as license_ops
from app.operations import obligations
from app.storage.events import events_for
from app.ui.procedures.procedure_dialog import ProcedureDialog, open_procedure
from app.ui.procedures.start_dialog import StartProcedureDialog
from app.ui.wizard.renewal_wizard import RenewalWizard
from tests.typing_helpers import type_text

TODAY = date(2026, 11, 22)


@pytest.fixture
def license_id(store, valid_license_input):
    return license_ops.add_license(store, valid_license_input).id


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, box):
    """Click a check box on its indicator (its middle may lie past the end of its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def replace_text(widget, text):
    widget.selectAll()
    widget.del_()
    type_text(widget, text)


def answer_with(monkeypatch, qtbot, answer):
    """Drive the start dialog with ``answer(dialog)`` instead of running it modally."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        answer(dialog)
        return dialog.result()

    monkeypatch.setattr(StartProcedureDialog, "exec", run)
    return seen


def open_it(qtbot, store, license_id, procedure, **options):
    options.setdefault("today", TODAY)
    dialog = open_procedure(store, license_id, procedure, **options)
    if dialog is not None:
        qtbot.addWidget(dialog)
        qtbot.waitExposed(dialog)
    return dialog


def filed_years(store, license_id, today) -> set[int]:
    owed = obligations.of_license(store, license_ops.get_license(store, license_id), today=today)
    return {o.year for o in owed.annual_reports() if o.state == "done"}


def test_annual_report_of_a_year_is_marked_filed_with_its_date(qtbot, store, license_id, monkeypatch):
    def answer(dialog):
        assert dialog.year.value() == 2027                     # February: this year's report
        assert "2027-03-31 截止" in dialog.outlook.text()
        click(qtbot, dialog.ok_button)

    answer_with(monkeypatch, qtbot, answer)
    dialog = open_it(qtbot, store, license_id, "annual_report", today=date(2027, 2, 25))
    assert isinstance(dialog, ProcedureDialog)
    assert "2027 年年报" in dialog.windowTitle()
    assert "2027-03-31" in dialog.deadline.text()
    assert dialog.checklist.model.rowCount() >= 5
    assert dialog.action_button.text() == "标记为已报送"
    replace_text(dialog.action_date, "2027-02-20")
    click(qtbot, dialog.action_button)
    assert filed_years(store, license_id, date(2027, 2, 25)) == {2027}
    assert "已于 2027-02-20 报送" in dialog.action_label.text()
    assert not dialog.action_button.isVisible()


def test_a_bad_filing_date_is_named_and_nothing_is_recorded(qtbot, store, license_id, monkeypatch):
    answer_with(monkeypatch, qtbot, lambda d: click(qtbot, d.ok_button))
    dialog = open_it(qtbot, store, license_id, "annual_report")
    replace_text(dialog.action_date, "2027-02-30")
    click(qtbot, dialog.action_button)
    assert "报送日期" in dialog.action_message.text() and "没有这一天" in dialog.action_message.text()
    assert filed_years(store, license_id, date(2027, 2, 25)) == set()


def test_change_kind_and_trigger_date_give_its_deadline(qtbot, store, license_id, monkeypatch):
    def answer(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("legal_rep"))
        assert dialog.trigger_label.text() == "工商变更登记之日"
        click(qtbot, dialog.ok_button)                         # no date yet: refused by start_case
        assert "起算日期" in dialog.trigger_message.text() and dialog.case is None
        type_text(dialog.trigger, "2026-11-10")
        assert "2026-12-10" in dialog.outlook.text()
        click(qtbot, dialog.ok_button)

    answer_with(monkeypatch, qtbot, answer)
    dialog = open_it(qtbot, store, license_id, "change")
    assert dialog.windowTitle().startswith("法定代表人变更")
    assert "2026-12-10" in dialog.deadline.text() and "还有 18 天" in dialog.deadline.text()
    names = [e.item.material_id for e in dialog.checklist.model.entries()]
    assert "new_legal_rep_docs" in names and "capital_proof" not in names


def test_an_impossible_trigger_date_is_refused_next_to_the_field(qtbot, store, license_id, monkeypatch):
    def answer(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("shareholders"))
        type_text(dialog.trigger, "2026-13-01")
        assert dialog.trigger_message.isVisible()
        click(qtbot, dialog.ok_button)
        assert dialog.result() == 0 and dialog.case is None
        dialog.reject()

    answer_with(monkeypatch, qtbot, answer)
    assert open_it(qtbot, store, license_id, "change") is None
    assert ops.open_cases(store, license_id) == []


def test_an_open_change_is_resumed_or_a_new_one_started(qtbot, store, license_id, monkeypatch):
    first = ops.start_case(store, license_id, "change", change_kind="capital", trigger_date=date(2026, 11, 1))
    asked = answer_with(monkeypatch, qtbot, lambda d: pytest.fail("no questions when resuming"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, *a: (items[0], True))
    dialog = open_it(qtbot, store, license_id, "change")
    assert dialog.case_id == first.id and asked == []
    dialog.close()

    def answer(start):
        start.kind.setCurrentIndex(start.kind.findData("business"))
        type_text(start.trigger, "2026-11-20")
        click(qtbot, start.ok_button)

    answer_with(monkeypatch, qtbot, answer)
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, *a: (items[-1], True))
    second = open_it(qtbot, store, license_id, "change")
    assert second.case_id != first.id
    assert len([c for c in ops.open_cases(store, license_id) if c.procedure == "change"]) == 2


def test_new_application_asks_about_age_and_foreign_capital(qtbot, store, license_id, monkeypatch):
    def answer(dialog):
        tick(qtbot, dialog.younger)
        tick(qtbot, dialog.foreign)
        click(qtbot, dialog.ok_button)

    answer_with(monkeypatch, qtbot, answer)
    dialog = open_it(qtbot, store, license_id, "new_application")
    names = {e.item.material_id for e in dialog.checklist.model.entries()}
    assert {"capital_verification", "foreign_investment_opinion"} <= names
    assert "audit_report" not in names
    assert not dialog.deadline.isVisible()


def test_cancellation_is_submitted_then_closed_with_a_note(qtbot, store, license_id, monkeypatch):
    def answer(dialog):
        assert "2026-12-14" in dialog.outlook.text()          # 90 days before 有效期至 when no stop date
        type_text(dialog.trigger, "2026-12-31")
        assert "2026-10-02" in dialog.outlook.text()
        click(qtbot, dialog.ok_button)

    answer_with(monkeypatch, qtbot, answer)
    dialog = open_it(qtbot, store, license_id, "cancellation")
    assert "最后可办理日 2026-09-30（周三）" in dialog.deadline.text() and "已过 53 天" in dialog.deadline.text()
    assert "法定最后一日 2026-10-02（周五）不是工作日" in dialog.deadline.text()
    assert dialog.action_button.text() == "标记为已提交"
    click(qtbot, dialog.action_button)
    assert ops.get_case(store, dialog.case_id).status == "submitted"
    assert dialog.action_button.text() == "标记为已办结" and dialog.outcome_note.isVisible()
    type_text(dialog.outcome_note, "证书已交回")
    click(qtbot, dialog.action_button)
    assert ops.get_case(store, dialog.case_id).status == "closed"
    closed = next(e for e in events_for(store, license_id) if e.kind == "cancellation_closed")
    assert "证书已交回" in closed.summary


def test_replacement_resumes_its_open_case_without_asking_again(qtbot, store, license_id, monkeypatch):
    answer_with(monkeypatch, qtbot, lambda d: click(qtbot, d.ok_button))
    first = open_it(qtbot, store, license_id, "replacement")
    first.checklist.editor.state.setCurrentIndex(first.checklist.editor.state.findText("已准备"))
    first.close()
    answer_with(monkeypatch, qtbot, lambda d: pytest.fail("no questions when resuming"))
    again = open_it(qtbot, store, license_id, "replacement")
    assert again.case_id == first.case_id
    assert again.checklist.progress.text().startswith("1/")


def test_export_is_offered_only_when_an_exporter_is_connected(qtbot, store, license_id, monkeypatch):
    answer_with(monkeypatch, qtbot, lambda d: click(qtbot, d.ok_button))
    plain = open_it(qtbot, store, license_id, "replacement")
    assert not plain.export_button.isEnabled() and "尚未接入" in plain.export_note.text()
    plain.close()
    asked = []
    connected = open_it(qtbot, store, license_id, "replacement", on_export=asked.append)
    assert connected.export_button.isEnabled()
    click(qtbot, connected.export_button)
    assert asked == [connected.case_id]


def test_renewal_opens_the_wizard(qtbot, store, license_id):
    wizard = open_it(qtbot, store, license_id, "renewal")
    assert isinstance(wizard, RenewalWizard)
    assert ops.open_case(store, license_id, "renewal").id == wizard.case_id
