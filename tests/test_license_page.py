"""The license page: every field editable with its problem shown as the user types, saving
once, the unsaved-changes question, the timeline, the history, cases, the renewal button."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressBar

from app.domain.license import LABELS
from app.operations import cases as case_ops
from app.operations import licenses as license_ops
from app.operations import obligations
from app.storage import licenses
from app.ui.license import deadline_timeline as tl
from app.ui.license.license_page import LicensePage
from app.ui.main_window import MainWindow
from tests.ui_helpers import clear_and_type, type_text

TODAY = date(2026, 11, 22)


@pytest.fixture
def saved(store, valid_license_input):
    return license_ops.add_license(store, valid_license_input)


@pytest.fixture(autouse=True)
def no_unexpected_questions(monkeypatch):
    """A question nobody expected would block the test: fail instead."""
    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected question: {args[1:3]}")
    monkeypatch.setattr(QMessageBox, "question", unexpected)


@pytest.fixture
def window(qtbot, store, saved):
    window = MainWindow(store, today=lambda: TODAY)
    qtbot.addWidget(window, before_close_func=lambda w: w.license_page().form.mark_clean())
    window.show()
    qtbot.waitUntil(lambda: window.setup_finished)       # the menus' shortcuts, after the first paint
    window.open_license(saved.id)
    return window


@pytest.fixture
def page(window) -> LicensePage:
    return window.license_page()


def event_count(store) -> int:
    return store.query("SELECT count(*) FROM events")[0][0]


def test_every_field_is_shown_and_editable(page, saved):
    assert set(page.form.editors) == set(LABELS)
    values = page.form.values()
    assert values["number"] == saved.number and values["company"] == saved.company
    assert values["issued"] == "2022-03-15" and values["capital_wan"] == "150"
    assert all(editor.isEnabled() for editor in page.form.editors.values())
    assert not page.form.is_dirty()


def test_a_problem_shows_next_to_its_field_as_the_user_types(qtbot, page, store):
    code = page.form.editors["credit_code"]
    clear_and_type(qtbot, code, "91110108MA01ABCD1")
    assert "18 位" in page.form.error_text("credit_code")
    assert page.form.errors["credit_code"].isVisible()
    type_text(qtbot, code, "X")
    assert "校验位" in page.form.error_text("credit_code")
    qtbot.keyClick(code, Qt.Key.Key_Backspace)
    type_text(qtbot, code, "E")
    assert page.form.error_text("credit_code") == ""
    assert page.form.is_dirty() is False          # typed back to what was saved


def test_save_writes_once_and_bad_input_writes_nothing(qtbot, page, store, saved):
    before = event_count(store)
    clear_and_type(qtbot, page.form.editors["expiry"], "2021-01-01")       # before 发证日期
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "应晚于发证日期" in page.form.error_text("expiry")
    assert "未保存" in page.message.text()
    assert licenses.get_license(store, saved.id) == saved and event_count(store) == before

    clear_and_type(qtbot, page.form.editors["expiry"], "2027-03-14")
    clear_and_type(qtbot, page.form.editors["legal_rep"], "李四")
    qtbot.keyClick(page.form.editors["legal_rep"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert licenses.get_license(store, saved.id).legal_rep == "李四"
    assert event_count(store) == before + 1
    assert page.message.text() == "已保存。"
    assert not page.form.is_dirty()


def test_errors_from_saving_land_next_to_their_fields(qtbot, page, store, saved, valid_license_input):
    license_ops.add_license(store, {**valid_license_input, "number": "京B2-20190351", "company": "另一家公司"})
    clear_and_type(qtbot, page.form.editors["number"], "京B2-20190351")      # taken by another license
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "已属于另一张许可证" in page.form.error_text("number")
    assert licenses.get_license(store, saved.id).number == saved.number


def test_scope_that_contradicts_the_number_is_named_at_scope(qtbot, page):
    scope = page.form.editors["scope"]
    scope.setFocus()
    qtbot.keyClick(scope, Qt.Key.Key_Down)                      # 全网 for a 京 number
    assert "地网" in page.form.error_text("scope")


def test_a_legacy_number_needs_a_confirmation(qtbot, page, store, saved):
    clear_and_type(qtbot, page.form.editors["number"], "辽B-2-4-20080039")
    assert "旧式编号" in page.form.error_text("number")
    box = page.form.legacy_box
    assert box.isVisible()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().topLeft() + box.rect().center() / 4)
    assert box.isChecked()
    assert page.form.error_text("number") == ""
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = licenses.get_license(store, saved.id)
    assert stored.number == "辽B-2-4-20080039" and stored.legacy_number


def test_unsaved_changes_are_asked_about_when_leaving(qtbot, window, page, store, saved, unsaved_license_question):
    answers = unsaved_license_question.answers
    clear_and_type(qtbot, page.form.editors["company"], "北京新名称有限公司")

    answers.append("stay")
    qtbot.keyClick(page.form.editors["company"], Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is page and page.form.values()["company"] == "北京新名称有限公司"

    answers.append("discard")
    qtbot.keyClick(page.form.editors["company"], Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.dashboard
    assert licenses.get_license(store, saved.id).company == saved.company

    window.open_license(saved.id)
    clear_and_type(qtbot, page.form.editors["company"], "北京新名称有限公司")
    answers.append("save")
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.dashboard
    assert licenses.get_license(store, saved.id).company == "北京新名称有限公司"
    assert window.model.row(0).company == "北京新名称有限公司"


def test_closing_the_window_with_unsaved_changes_asks(qtbot, window, page, unsaved_license_question):
    unsaved_license_question.answer = "stay"
    clear_and_type(qtbot, page.form.editors["address"], "北京市朝阳区")
    assert window.close() is False
    assert window.isVisible() and unsaved_license_question.asked == 1
    unsaved_license_question.answer = "discard"
    assert window.close() is True


def test_adding_a_license_by_typing(qtbot, window, store):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.license_page()
    assert page.license_id is None and QApplication.focusWidget() is page.form.editors["number"]
    # nothing to start a procedure for until the license is saved
    assert not (page.renewal_button.isVisible() or page.procedures_button.isVisible() or page.more_button.isVisible())
    type_text(qtbot, page.form.editors["number"], "粤B2-20120564")
    assert page.form.values()["scope"] == "provincial"              # suggested from the number
    assert "广东省通信管理局" in page.form.editors["authority"].placeholderText()
    type_text(qtbot, page.form.editors["company"], "广州新公司有限公司")
    type_text(qtbot, page.form.editors["issued"], "2023-06-01")
    suggestion = page.form.expiry_suggestion
    assert suggestion.isVisible() and "2028-06-01" in suggestion.text()
    qtbot.mouseClick(suggestion, Qt.MouseButton.LeftButton)
    assert page.form.values()["expiry"] == "2028-06-01"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    added = license_ops.find_license(store, "粤B2-20120564")
    assert added is not None and added.authority == "广东省通信管理局"
    assert page.license_id == added.id and page.tabs.isVisible() and page.procedures_button.isVisible()
    assert "登记许可证" in page.history.topLevelItem(0).text(1)
    assert window.model.total_count() == 2


def test_a_new_license_with_nothing_typed_names_every_required_field(qtbot, window, store):
    window.new_license()
    page = window.license_page()
    assert page.form.error_text("number") == ""                    # not shouted at before typing
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    for name in ("number", "company", "scope", "issued", "expiry"):
        assert page.form.error_text(name), name
    assert license_ops.license_count(store) == 1


def test_tab_moves_through_the_fields_in_order(qtbot, page):
    first = page.form.editors["number"]
    first.setFocus()
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    editors = page.form.editors
    assert order == [editors["company"], editors["credit_code"], editors["legal_rep"], editors["address"]]


def timeline_rows(page):
    tree = page.timeline.tree
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def test_the_timeline_has_every_deadline_with_its_source(page):
    rows = timeline_rows(page)
    texts = [row.text(tl.WHAT) for row in rows]
    for fragment in ("开始准备续期", "续期安全日期", "申请续期", "不再续期的，同一日前报告注销", "许可证到期"):
        assert any(fragment in t for t in texts), fragment
    assert [t for t in texts if "年报" in t] == [f"{y}年年报（报告{y - 1}年度）" for y in range(2023, 2028)]
    dates = [row.data(tl.DATE, tl.KIND_ROLE + 1) for row in rows]
    assert dates == sorted(dates)
    legal = next(row for row in rows if "申请续期" in row.text(tl.WHAT))
    assert "第二十七条" in legal.toolTip(tl.WHAT)
    assert legal.text(tl.DATE) == "2026-12-14（周一）"
    assert legal.text(tl.STATE) == "待办"
    safe = next(row for row in rows if "续期安全日期" in row.text(tl.WHAT))
    assert safe.text(tl.DATE).endswith("（估算）")                  # counts back through 2027
    assert "2027" in safe.toolTip(tl.DATE) and "估算" in safe.toolTip(tl.DATE)
    current = page.timeline.tree.currentItem()
    assert current.font(tl.WHAT).bold() and "申请续期" in current.text(tl.WHAT)


def test_an_annual_report_is_marked_filed_from_the_timeline(qtbot, page, store, saved):
    page.timeline.select_report(2026)
    assert page.timeline.file_button.isEnabled()
    qtbot.mouseClick(page.timeline.file_button, Qt.MouseButton.LeftButton)
    owed = obligations.of_license(store, saved, today=TODAY)
    assert [o.year for o in owed.annual_reports() if o.state == "done"] == [2026]
    row = next(r for r in timeline_rows(page) if r.text(tl.WHAT).startswith("2026年年报"))
    assert row.text(tl.STATE).startswith("已报送")
    assert "2026" in page.message.text()
    page.timeline.select_report(2027)                               # its window opens in January
    assert not page.timeline.file_button.isEnabled()


def test_the_history_lists_events(page, store, saved):
    items = [page.history.topLevelItem(i).text(1) for i in range(page.history.topLevelItemCount())]
    assert items == ["登记许可证 京B2-20190350"]


def test_no_open_cases_is_said_plainly(page):
    assert page.open_cases() == []
    label = page.cases.findChild(QLabel, "noCases")
    assert label is not None and "没有进行中的办理事项" in label.text()


def test_open_cases_show_their_progress_and_dates(page, store, saved):
    case = case_ops.start_case(store, saved.id, "change", change_kind="capital", trigger_date=date(2026, 11, 20))
    total = len(case_ops.case_items(store, case.id))
    page.open_license(saved.id)
    bar = page.cases.findChild(QProgressBar)
    assert (bar.value(), bar.maximum()) == (0, total)
    assert page.tabs.tabText(1) == "办理事项（1）"
    change = next(row for row in timeline_rows(page) if "注册资本变更" in row.text(tl.WHAT))
    assert change.text(tl.DATE) == "2026-12-18（周五）"             # 30 days end on Sunday 12-20
    assert "2026-12-20" in change.toolTip(tl.WHAT)


def test_start_renewal_emits_the_license_id(qtbot, window, page, saved):
    with qtbot.waitSignal(window.renewal_requested, timeout=1000) as blocker:
        qtbot.mouseClick(page.renewal_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [saved.id]


def test_each_license_opens_at_the_top_of_its_form(qtbot, window, page, saved):
    window.resize(900, 420)                                  # a form taller than the window
    qtbot.waitUntil(lambda: page.form_scroll.verticalScrollBar().maximum() > 0)
    page.form_scroll.verticalScrollBar().setValue(page.form_scroll.verticalScrollBar().maximum())
    window.show_dashboard()
    window.open_license(saved.id)
    assert page.form_scroll.verticalScrollBar().value() == 0
