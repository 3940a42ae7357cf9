"""The license form as a first-time user meets it: the summary follows the fixes, the checks
across fields come as the user types, and nothing moves when a message or a warning appears."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.operations import licenses as license_ops
from app.ui.main_window import MainWindow
from app.ui.wizard.renewal_wizard import RenewalWizard
from tests.ui_helpers import clear_and_type, type_text

TODAY = date(2026, 11, 22)


@pytest.fixture(autouse=True)
def no_questions(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def window(qtbot, store, valid_license_input):
    license_ops.add_license(store, valid_license_input)
    window = MainWindow(store, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def new_form_page(window):
    window.new_license()
    return window.license_page()


def places(form: QWidget, widgets) -> dict[str, QRect]:
    """Where each field is, in the form's coordinates."""
    return {name: QRect(widget.mapTo(form, QPoint(0, 0)), widget.size()) for name, widget in widgets.items()}


def test_the_summary_follows_the_fixes(qtbot, window):
    page = new_form_page(window)
    form = page.form
    type_text(qtbot, form.editors["number"], "粤B2-20120564")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.note() == "未保存：有 3 处需要修改，见各栏下方的红字。"       # company, issued, expiry
    type_text(qtbot, form.editors["company"], "广州新公司有限公司")
    assert page.message.note() == "未保存：有 2 处需要修改，见各栏下方的红字。"
    type_text(qtbot, form.editors["issued"], "2023-06-01")
    assert page.message.note() == "未保存：有 1 处需要修改，见各栏下方的红字。"
    type_text(qtbot, form.editors["expiry"], "2021-06-01")                  # there, but before the issue
    assert page.message.note() == "未保存：有 1 处需要修改，见各栏下方的红字。"
    clear_and_type(qtbot, form.editors["expiry"], "2028-05-31")
    assert form.problem_count() == 0
    assert page.message.note() == "都已改好：点“保存”（Ctrl+S）保存。"
    qtbot.keyClick(form.editors["expiry"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.message.note() == "已保存。"
    assert license_ops.find_license(window.store, "粤B2-20120564") is not None


def test_the_checks_across_fields_come_as_the_user_types(qtbot, window):
    page = new_form_page(window)
    form = page.form
    type_text(qtbot, form.editors["issued"], "2023-06-01")
    type_text(qtbot, form.editors["expiry"], "2023-05-01")
    assert form.error_text("expiry") == "应晚于发证日期 2023-06-01"              # before any 保存
    assert form.error_text("company") == ""                                       # not touched: not shouted at
    type_text(qtbot, form.editors["number"], "京B2-20250350")
    assert "晚于发证日期 2023-06-01" in form.error_text("number")              # its year after the issue
    scope = form.editors["scope"]
    scope.setFocus()
    qtbot.keyClick(scope, Qt.Key.Key_Down)                                       # 全网 for a 京 number
    assert "许可范围应为 地网" in form.error_text("scope")


def test_nothing_moves_when_messages_and_warnings_appear(qtbot, window):
    page = new_form_page(window)
    form = page.form
    before = places(form, form.editors)
    form_place = form.mapTo(page, QPoint(0, 0))
    type_text(qtbot, form.editors["number"], "B2-2011019")                      # half typed
    type_text(qtbot, form.editors["number"], "6")                               # 全网: its scope follows
    type_text(qtbot, form.editors["credit_code"], "123")
    type_text(qtbot, form.editors["capital_wan"], "50")                          # a warning
    type_text(qtbot, form.editors["issued"], "2023-06-01")                       # the expiry suggestion
    assert form.expiry_suggestion.isVisible()
    type_text(qtbot, form.editors["expiry"], "2029-06-01")                       # a warning (over 5 years)
    type_text(qtbot, form.editors["contact_phone"], "call")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)               # and every required field
    assert form.error_text("credit_code") and form.error_text("contact_phone") and form.error_text("company")
    assert form.warning_text("capital_wan").startswith("注册资本 50 万元低于全网")
    assert form.warning_text("expiry").startswith("有效期超过 5 年")
    assert page.message.note().startswith("未保存")
    assert places(form, form.editors) == before
    assert form.mapTo(page, QPoint(0, 0)) == form_place
    clear_and_type(qtbot, form.editors["number"], "辽B-2-4-20080039")         # the old form: its box
    assert form.legacy_box.isVisible()
    assert places(form, form.editors) == before


def test_each_warning_sits_at_its_field(qtbot, window, store):
    page = window.license_page()
    window.open_license(license_ops.all_licenses(store)[0].id)
    form = page.form
    clear_and_type(qtbot, form.editors["capital_wan"], "50")
    note = form.errors["capital_wan"]
    assert note.note() == "注册资本 50 万元低于地网（省内）要求的 100 万元，续期时会被审查"
    field = form.editors["capital_wan"]
    assert 0 <= note.mapTo(form, QPoint(0, 0)).y() - field.mapTo(form, QPoint(0, field.height())).y() < 8
    clear_and_type(qtbot, form.editors["capital_wan"], "150")
    assert form.warning_text("capital_wan") == "" and note.note() == ""


def test_the_suggested_expiry_is_taken_with_the_keyboard(qtbot, window):
    page = new_form_page(window)
    form = page.form
    form.editors["issued"].setFocus()
    type_text(qtbot, form.editors["issued"], "2023-06-01")
    qtbot.keyClick(form.editors["issued"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.editors["expiry"]
    qtbot.keyClick(form.editors["expiry"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.expiry_suggestion
    qtbot.keyClick(form.expiry_suggestion, Qt.Key.Key_Return)
    assert form.values()["expiry"] == "2028-06-01"
    assert not form.expiry_suggestion.isVisible()


def test_the_wizards_license_page_keeps_still_and_checks_across_fields(qtbot, store, valid_license_input):
    license_id = license_ops.add_license(store, valid_license_input).id
    wizard = RenewalWizard(store, license_id, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.license_page
    before = places(page, page.inputs)
    clear_and_type(qtbot, page.inputs["expiry"], "2021-01-01")
    clear_and_type(qtbot, page.inputs["capital_wan"], "50")
    clear_and_type(qtbot, page.inputs["contact_phone"], "call")
    assert page.problem_text("expiry") == "应晚于发证日期 2022-03-15"
    assert page.messages["capital_wan"].note().startswith("注册资本 50 万元低于")
    assert places(page, page.inputs) == before


def test_the_warnings_say_in_chinese_what_the_domain_says(qapp, valid_license_input):
    from app.domain.license import parse_license, warnings_of
    from app.ui import i18n
    from app.ui.license.license_form import warning_text

    assert i18n.install_translator(qapp, i18n.SOURCE_LANGUAGE)
    for scope, number in (("provincial", "京B2-20190350"), ("national", "B2-20110196")):
        license = parse_license({**valid_license_input, "number": number, "scope": scope, "capital_wan": "50",
                                 "expiry": "2028-03-14"})
        warnings = warnings_of(license)
        assert [w.kind for w in warnings] == ["low_capital", "long_term"]
        assert [warning_text(w) for w in warnings] == [w.text for w in warnings]


def test_a_term_renewed_five_years_on_from_the_old_expiry_is_not_too_long():
    """The new certificate is dated the day of approval; its term may run five years on from the
    old expiry, more than five years from its own date of issue."""
    from app.domain.license import warnings_while_typing

    raw = {"issued": "2026-12-05", "expiry": "2032-03-14"}
    assert [w.kind for w in warnings_while_typing(raw)] == ["long_term"]
    assert warnings_while_typing(raw, renewed_from=date(2027, 3, 14)) == []
    assert [w.kind for w in warnings_while_typing({**raw, "expiry": "2033-03-14"},
                                                  renewed_from=date(2027, 3, 14))] == ["long_term"]
