"""What a user typed is not thrown away without a word: a dialog closed with something entered
asks first (放弃 / 继续填写) — by Escape, by its 取消 button, by the window's close button —
and the renewal wizard's first step asks, as the license page does, before its edits are left."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from app.operations import cases as ops
from app.operations import licenses as license_ops
from app.ui.license.not_renewing_dialog import NotRenewingDialog
from app.ui.procedures.change_approval_dialog import ChangeApprovalDialog
from app.ui.procedures.correction_dialog import CorrectionDialog
from app.ui.procedures.start_dialog import StartProcedureDialog
from app.ui.procedures.withdraw_dialog import WithdrawDialog
from app.ui.settings.holidays_dialog import PasteScheduleDialog
from app.ui.settings.robot_dialog import RobotDialog
from app.ui.widgets import file_places
from app.ui.wizard.approval_dialog import RenewalApprovalDialog
from app.ui.wizard.renewal_wizard import CHECKLIST, LICENSE, RenewalWizard
from tests.ui_helpers import clear_and_type, type_text

TODAY = date(2026, 11, 22)


@pytest.fixture
def license_id(store, valid_license_input):
    return license_ops.add_license(store, valid_license_input).id


@pytest.fixture
def renewal_id(store, license_id):
    return ops.start_case(store, license_id, "renewal").id


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def escape(qtbot, dialog):
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)


# ---------------------------------------------------------------------------- the 补正 dialog
def test_escape_in_the_correction_dialog_asks_before_dropping_what_was_typed(
        qtbot, store, renewal_id, discard_question):
    dialog = shown(qtbot, CorrectionDialog(store, renewal_id, today=TODAY))
    type_text(qtbot, dialog.requested, "补充 2025 年呼叫量数据")
    first = dialog.items.item(0)
    rect = dialog.items.visualItemRect(first)
    qtbot.mouseClick(dialog.items.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 10, rect.center().y()))           # its tick box
    assert first.checkState() == Qt.CheckState.Checked

    discard_question.answer = False                                             # 继续填写
    escape(qtbot, dialog)
    assert discard_question.asked == [dialog]
    assert dialog.isVisible()
    assert dialog.requested.toPlainText() == "补充 2025 年呼叫量数据"
    assert first.checkState() == Qt.CheckState.Checked

    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)                         # 取消: asked too
    assert len(discard_question.asked) == 2 and dialog.isVisible()
    assert dialog.close() is False                                              # the window's ✕ too
    assert len(discard_question.asked) == 3 and dialog.isVisible()

    discard_question.answer = True                                              # 放弃
    escape(qtbot, dialog)
    assert not dialog.isVisible()
    assert ops.get_case(store, renewal_id).outcome.get("corrections") in (None, [])


def test_a_dialog_left_as_it_appeared_closes_without_asking(qtbot, store, renewal_id, discard_question):
    dialog = shown(qtbot, CorrectionDialog(store, renewal_id, today=TODAY))
    type_text(qtbot, dialog.requested, "x")
    qtbot.keyClick(dialog.requested, Qt.Key.Key_Backspace)                      # typed, then taken back
    escape(qtbot, dialog)
    assert not dialog.isVisible() and discard_question.asked == []


# ---------------------------------------------------------------------------- every such dialog
def _withdraw(store, license_id, renewal_id):
    return WithdrawDialog(store, renewal_id, today=TODAY), lambda qtbot, d: type_text(qtbot, d.reason, "材料有误")


def _not_renewing(store, license_id, renewal_id):
    license = license_ops.get_license(store, license_id)
    return (NotRenewingDialog(store, license, today=TODAY),
            lambda qtbot, d: clear_and_type(qtbot, d.stop_date, "2027-01-31"))


def _change_approval(store, license_id, renewal_id):
    case = ops.start_case(store, license_id, "change", change_kind="legal_rep", trigger_date=date(2026, 11, 1))
    return (ChangeApprovalDialog(store, case.id, today=TODAY),
            lambda qtbot, d: type_text(qtbot, d.editors["legal_rep"], "李四"))


def _renewal_approval(store, license_id, renewal_id):
    return (RenewalApprovalDialog(store, renewal_id, today=TODAY),
            lambda qtbot, d: type_text(qtbot, d.new_issued, "2027-01-08"))


def _robot(store, license_id, renewal_id):
    return RobotDialog(store), lambda qtbot, d: type_text(qtbot, d.url_edit, "https://qyapi.weixin.qq.com/x")


def _start_change(store, license_id, renewal_id):
    return (StartProcedureDialog(store, license_id, "change", today=TODAY),
            lambda qtbot, d: type_text(qtbot, d.trigger, "2026-11-01"))


def _paste_schedule(store, license_id, renewal_id):
    return PasteScheduleDialog(2027), lambda qtbot, d: type_text(qtbot, d.text_edit, "2027-02-10 休")


DIALOGS = [_withdraw, _not_renewing, _change_approval, _renewal_approval, _robot, _start_change, _paste_schedule]


@pytest.mark.parametrize("make", DIALOGS, ids=lambda make: make.__name__.strip("_"))
def test_each_dialog_asks_only_when_something_was_entered(qtbot, store, license_id, renewal_id,
                                                          discard_question, make):
    untouched, _fill = make(store, license_id, renewal_id)
    shown(qtbot, untouched)
    escape(qtbot, untouched)
    assert not untouched.isVisible() and discard_question.asked == []

    dialog, fill = make(store, license_id, renewal_id)
    shown(qtbot, dialog)
    fill(qtbot, dialog)
    discard_question.answer = False
    escape(qtbot, dialog)
    assert discard_question.asked == [dialog] and dialog.isVisible()
    assert dialog.close() is False and dialog.isVisible()
    discard_question.answer = True
    assert dialog.close() is True and not dialog.isVisible()


def test_a_certificate_picked_counts_as_entered(qtbot, store, renewal_id, discard_question, monkeypatch, tmp_path):
    certificate = tmp_path / "新证.pdf"
    certificate.write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(file_places, "ask_open_path", lambda *a, **k: Path(certificate))
    dialog = shown(qtbot, RenewalApprovalDialog(store, renewal_id, today=TODAY))
    dialog.choose_certificate()
    discard_question.answer = False
    escape(qtbot, dialog)
    assert discard_question.asked == [dialog] and dialog.isVisible()


# ---------------------------------------------------------------------------- the wizard's first step
@pytest.fixture
def wizard(qtbot, store, license_id):
    wizard = RenewalWizard(store, license_id, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == LICENSE
    return wizard


def close_button(wizard):
    return wizard.button(QWizard.WizardButton.CancelButton)


def test_closing_the_wizard_with_a_license_edit_asks_and_can_stay(qtbot, store, license_id, wizard,
                                                                   unsaved_license_question):
    field = wizard.license_page.inputs["legal_rep"]
    clear_and_type(qtbot, field, "李四")
    unsaved_license_question.answer = "stay"
    qtbot.mouseClick(close_button(wizard), Qt.MouseButton.LeftButton)           # 关闭
    escape(qtbot, wizard)                                                       # Escape
    assert wizard.close() is False                                              # the window's ✕
    assert unsaved_license_question.asked == 3
    assert wizard.isVisible() and field.text() == "李四"
    assert license_ops.get_license(store, license_id).legal_rep == "张三"


def test_closing_the_wizard_saves_the_edit_as_next_does(qtbot, store, license_id, wizard, unsaved_license_question):
    clear_and_type(qtbot, wizard.license_page.inputs["legal_rep"], "李四")
    unsaved_license_question.answer = "save"
    qtbot.mouseClick(close_button(wizard), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert license_ops.get_license(store, license_id).legal_rep == "李四"


def test_closing_the_wizard_refuses_to_save_a_bad_edit_and_stays(qtbot, store, license_id, wizard,
                                                                 unsaved_license_question):
    page = wizard.license_page
    clear_and_type(qtbot, page.inputs["expiry"], "2021-01-01")                  # before the issue date
    unsaved_license_question.answer = "save"
    escape(qtbot, wizard)
    assert wizard.isVisible() and wizard.currentId() == LICENSE
    assert "应晚于发证日期" in page.problem_text("expiry")
    assert license_ops.get_license(store, license_id).expiry == date(2027, 3, 14)
    unsaved_license_question.answer = "discard"
    assert wizard.close() is True
    assert license_ops.get_license(store, license_id).expiry == date(2027, 3, 14)


def test_closing_the_wizard_with_nothing_edited_asks_nothing(qtbot, wizard, unsaved_license_question):
    qtbot.mouseClick(close_button(wizard), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible() and unsaved_license_question.asked == 0


# ---------------------------------------------------------------------------- the checklist's rows
def test_a_refused_row_change_puts_the_tables_highlight_back(qtbot, store, license_id, wizard):
    from tests.test_renewal_wizard import tick_every_check

    wizard.button(QWizard.WizardButton.NextButton).click()
    tick_every_check(qtbot, wizard)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == CHECKLIST
    view = wizard.checklist
    view.table.selectRow(2)
    editing = view.current_item_id()
    view.editor.state.setCurrentIndex(view.editor.state.findText("不适用"))    # no reason yet

    target = view.table.visualRect(view.filter.index(5, 1)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=target)

    def back_on_the_item_edited():
        assert view.current_item_id() == editing
        assert view.table.currentIndex().row() == 2
        assert [index.row() for index in view.table.selectionModel().selectedRows()] == [2]

    qtbot.waitUntil(back_on_the_item_edited)
    message = view.editor.reason_message
    assert message.isVisible() and "原因" in message.message()
    view.editor.state.setCurrentIndex(view.editor.state.findText("未准备"))    # changed back: free to go
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert view.table.currentIndex().row() == 5 and view.current_item_id() != editing


def test_closing_the_main_window_asks_the_open_wizard_first(qtbot, store, license_id, unsaved_license_question):
    """The main window closes the windows open over it as their close buttons would."""
    from app.ui.main_window import MainWindow

    window = MainWindow(store, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wizard = window.open_procedure(license_id, "renewal")
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    clear_and_type(qtbot, wizard.license_page.inputs["legal_rep"], "李四")
    unsaved_license_question.answer = "stay"
    assert window.close() is False
    assert window.isVisible() and wizard.isVisible() and unsaved_license_question.asked == 1
    unsaved_license_question.answer = "save"
    assert window.close() is True
    assert license_ops.get_license(store, license_id).legal_rep == "李四"
