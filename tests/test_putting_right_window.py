"""Every mistake can be put right in the window: delete (Delete key, right-click, menus) to the
回收站 and restore; archive and find again; withdraw a case and look at it finished; the submit
confirmation; take back a step; undo an item edit; 不适用 without a reason keeps its item."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.operations import archive, steps
from app.operations import cases as case_ops
from app.operations import licenses as license_ops
from app.operations import trash as trash_ops
from app.paths import attachments_folder
from app.ui.license.license_page import LicensePage
from app.ui.main_window import MainWindow
from app.ui.procedures.case_view_dialog import CaseViewDialog
from app.ui.procedures.procedure_dialog import ProcedureDialog
from app.ui.procedures.withdraw_dialog import WithdrawDialog
from app.ui.trash.trash_dialog import TrashDialog
from app.ui.widgets import confirmations
from tests.typing_helpers import type_text

TODAY = date(2026, 12, 5)
ENDED = {"number": "苏B2-20170456", "company": "苏州旧呼叫有限公司", "scope": "provincial",
         "issued": "2017-06-01", "expiry": "2022-05-31"}


class Answers:
    """Stand-ins for the modal questions: what was asked, and the answer given."""

    def __init__(self, answer=True):
        self.answer = answer
        self.asked = []

    def __call__(self, *args, **kwargs):
        self.asked.append((args, kwargs))
        return self.answer


@pytest.fixture
def deletion(monkeypatch):
    answers = Answers()
    monkeypatch.setattr(confirmations, "confirm_deletion", answers)
    return answers


@pytest.fixture
def window(qtbot, store, valid_license_input):
    license_ops.add_license(store, valid_license_input, past_reports="filed", today=TODAY)
    license_ops.add_license(store, ENDED, past_reports="filed", today=TODAY)
    shown = MainWindow(store, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.dashboard.finish_setup()
    return shown


def numbers(window):
    model = window.dashboard.model
    return sorted(model.row(i).number for i in range(model.rowCount()))


def select(window, number):
    model = window.dashboard.model
    row = next(i for i in range(model.rowCount()) if model.row(i).number == number)
    window.dashboard.table.setCurrentIndex(model.index(row, 0))
    return row


def test_the_delete_key_moves_a_license_to_the_trash_and_it_comes_back(qtbot, store, window, deletion):
    table = window.dashboard.table
    select(window, ENDED["number"])
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)

    (args, kwargs), = deletion.asked
    assert ENDED["number"] in kwargs["what"] and "历史记录" in kwargs["goes_with"]
    assert numbers(window) == ["京B2-20190350"]
    assert "回收站" in window.statusBar().currentMessage()

    deletion.answer = False                                  # asked, and cancelled: nothing happens
    select(window, "京B2-20190350")
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert numbers(window) == ["京B2-20190350"]

    trash = window.show_trash()
    qtbot.addWidget(trash)
    assert isinstance(trash, TrashDialog) and trash.model.rowCount() == 1
    assert ENDED["company"] in trash.model.entry(0).label
    trash.table.selectRow(0)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.model.rowCount() == 0 and trash.empty_note.isVisible()
    assert numbers(window) == ["京B2-20190350", ENDED["number"]]
    trash.close()


def test_the_right_click_menu_archives_and_a_search_finds_the_license(qtbot, store, window, monkeypatch):
    row = select(window, ENDED["number"])
    actions = [a.text() for a in window.dashboard.row_menu(row).actions() if a.text()]
    assert actions == ["打开", "归档…", "删除…"]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    next(a for a in window.dashboard.row_menu(row).actions() if a.text() == "归档…").trigger()

    assert archive.is_archived(store, license_ops.find_license(store, ENDED["number"]).id)
    assert numbers(window) == ["京B2-20190350"]
    page = window.dashboard
    type_text(page.filter_edit, "苏州")
    assert numbers(window) == [ENDED["number"]]
    assert page.model.index(0, 0).data().startswith("〔已归档〕")
    assert "另有 1 张已归档" in page.count_label.text()
    page.filter_edit.clear()
    assert numbers(window) == ["京B2-20190350"]
    page.status_filter.setCurrentIndex(page.status_filter.findText("已归档"))
    assert numbers(window) == [ENDED["number"]]
    menu = [a.text() for a in page.row_menu(0).actions() if a.text()]
    assert menu == ["打开", "取消归档", "删除…"]
    next(a for a in page.row_menu(0).actions() if a.text() == "取消归档").trigger()
    page.status_filter.setCurrentIndex(0)
    assert numbers(window) == ["京B2-20190350", ENDED["number"]]


def test_only_archived_licenses_left_still_show_the_dashboard(qtbot, store, window):
    ended = license_ops.find_license(store, ENDED["number"])
    archive.archive_license(store, ended.id, today=TODAY)
    trash_ops.delete_license(store, license_ops.find_license(store, "京B2-20190350").id, backup=False)
    window.refresh()
    assert window.stack.currentWidget() is window.dashboard and numbers(window) == []
    type_text(window.dashboard.filter_edit, "苏B2")
    assert numbers(window) == [ENDED["number"]]


@pytest.fixture
def page(qtbot, store, window):
    license = license_ops.find_license(store, "京B2-20190350")
    window.open_license(license.id)
    shown = window.license_page()
    assert isinstance(shown, LicensePage)
    return shown


def test_a_case_withdrawn_from_the_license_page_is_listed_finished_and_opens_read_only(
        qtbot, store, page, monkeypatch, deletion):
    license = license_ops.find_license(store, "京B2-20190350")
    case = case_ops.start_case(store, license.id, "renewal")
    first = case_ops.case_items(store, case.id)[0]
    case_ops.update_item(store, first.id, due_date="2026-11-01")          # overdue by today
    page.refresh_details()
    assert page.findChild(type(page.save_button), f"case-menu-{case.id}") is not None

    def withdraw(dialog: WithdrawDialog):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)      # no reason: refused
        assert "撤回原因" in dialog.reason_message.text()
        type_text(dialog.reason, "误开的续期")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(WithdrawDialog, "exec", withdraw)
    assert page.withdraw_case(case.id)
    assert page.open_cases() == []
    finished = page.finished_cases()
    assert [(f.case_id, f.status) for f in finished] == [(case.id, "已撤回")] and finished[0].deletable
    assert page.findChild(type(page.save_button), f"view-{case.id}") is not None
    history = page.history
    line = next(history.topLevelItem(i) for i in range(history.topLevelItemCount())
                if "误开的续期" in history.topLevelItem(i).text(1))

    history.itemDoubleClicked.emit(line, 1)
    view = page.findChild(CaseViewDialog)
    assert view is not None and view.isVisible()
    qtbot.addWidget(view)
    assert "误开的续期" in view.outcome.text() and view.checklist.editor.read_only
    assert not view.checklist.editor.state.isEnabled() and not view.checklist.editor.attach_button.isVisible()
    view.checklist.select_item(first.id)
    assert view.checklist.editor.due.text() == "2026-11-01"
    assert view.checklist.editor.due_hint.message() in (None, "")          # finished: no "已逾期"
    view.close()

    assert page.delete_case(case.id)
    assert page.finished_cases() == [] and trash_ops.entries(store)[0].case_id == case.id
    assert "项材料的清单" in deletion.asked[0][1]["goes_with"]


def test_the_license_page_deletes_its_license_and_goes_back(qtbot, store, window, page, deletion):
    license_id = page.license_id
    page.delete_action.trigger()
    assert window.stack.currentWidget() is window.dashboard
    assert license_ops.get_license(store, license_id) is None and numbers(window) == [ENDED["number"]]


@pytest.fixture
def dialog(qtbot, store, valid_license_input):
    license = license_ops.add_license(store, {**valid_license_input, "number": "沪B2-20180123"},
                                      past_reports="filed", today=TODAY)
    case = case_ops.start_case(store, license.id, "cancellation", trigger_date=date(2027, 3, 14))
    shown = ProcedureDialog(store, case.id, today=TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_submitting_with_materials_missing_lists_them_and_asks(qtbot, store, dialog, submission_question):
    submission_question.answer = False
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    missing = submission_question.asked[0]
    assert len(missing) == len(case_ops.case_items(store, dialog.case_id))
    assert case_ops.get_case(store, dialog.case_id).status == "open"
    assert "未登记" in dialog.action_message.text()

    submission_question.answer = True
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    assert case_ops.get_case(store, dialog.case_id).status == "submitted"


def test_the_submit_question_names_each_missing_material(store, dialog):
    items = case_ops.case_items(store, dialog.case_id)
    box, yes = confirmations.submission_box(dialog, items)
    assert f"还有 {len(items)} 项材料" in box.text()
    assert f"1. {items[0].name}（未准备）" in box.text()
    assert yes.text() == "仍然登记为已提交"
    box.deleteLater()


def test_a_submission_recorded_by_mistake_is_taken_back(qtbot, store, dialog, monkeypatch):
    steps.submit(store, dialog.case_id, on="2026-12-01", today=TODAY)
    dialog.refresh()
    assert dialog.take_back_button.isVisibleTo(dialog) and "2026-12-01" in dialog.take_back_button.toolTip()
    monkeypatch.setattr(confirmations, "confirm_take_back", Answers())
    qtbot.mouseClick(dialog.take_back_button, Qt.MouseButton.LeftButton)
    assert case_ops.get_case(store, dialog.case_id).status == "open"
    assert not dialog.take_back_button.isVisibleTo(dialog)
    assert dialog.action_button.text() == "标记为已提交"


def test_ctrl_z_undoes_the_last_item_edit(qtbot, store, dialog):
    view = dialog.checklist
    first = case_ops.case_items(store, dialog.case_id)[0]
    view.table.selectRow(0)
    view.editor.state.setCurrentIndex(view.editor.state.findText("已准备"))
    type_text(view.editor.owner, "王五")
    view.editor.owner.editingFinished.emit()
    assert case_ops.case_items(store, dialog.case_id)[0].owner == "王五"
    assert "负责人" in view.editor.undo_button.toolTip()

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert case_ops.case_items(store, dialog.case_id)[0].owner == "" and view.editor.owner.text() == ""
    qtbot.mouseClick(view.editor.undo_button, Qt.MouseButton.LeftButton)
    assert case_ops.case_items(store, dialog.case_id)[0] == first
    assert view.editor.state.currentText() == "未准备" and not view.editor.undo_button.isEnabled()


def test_not_applicable_without_a_reason_keeps_the_item(qtbot, store, dialog):
    view = dialog.checklist
    view.table.selectRow(1)
    second = view.current_item_id()
    view.editor.state.setCurrentIndex(view.editor.state.findText("不适用"))
    view.table.selectRow(3)
    assert view.current_item_id() == second
    assert "请先写明原因" in view.editor.reason_message.text()
    dialog.reject()
    assert dialog.isVisible()                                   # closing would drop it too
    type_text(view.editor.reason, "已在另一事项中提交")
    view.table.selectRow(3)
    assert view.current_item_id() != second
    assert case_ops.case_items(store, dialog.case_id)[1].state == "not_applicable"


def test_a_wrong_attachment_goes_to_the_trash_with_the_delete_key(qtbot, store, dialog, deletion, tmp_path):
    scan = tmp_path / "错的扫描件.pdf"
    scan.write_bytes(b"%PDF wrong")
    item = case_ops.case_items(store, dialog.case_id)[0]
    attached = case_ops.attach_file(store, item.id, scan)
    view = dialog.checklist
    view.reload()
    view.select_item(item.id)
    editor = view.editor
    editor.show_entry(view.model.entry(0), reload=True)
    assert editor.attachments.count() == 1
    editor.attachments.setFocus()
    editor.attachments.setCurrentRow(0)
    qtbot.keyClick(editor.attachments, Qt.Key.Key_Delete)

    assert "错的扫描件.pdf" in deletion.asked[0][1]["what"]
    assert editor.attachments.count() == 0 and "回收站" in editor.attach_message.text()
    assert case_ops.item_attachments(store, item.id) == []
    assert (attachments_folder(store.path) / attached.stored_name).is_file()      # until emptied


def test_one_more_than_the_list_shows_is_listed_rather_than_counted(store, dialog):
    """Never "另有 1 项": that line could have named the material itself."""
    from dataclasses import replace

    items = case_ops.case_items(store, dialog.case_id)
    many = [replace(items[0], position=n, name=f"材料{n}") for n in range(1, confirmations.SHOWN_ITEMS + 2)]
    box, _yes = confirmations.submission_box(dialog, many)
    assert f"{confirmations.SHOWN_ITEMS + 1}. 材料{confirmations.SHOWN_ITEMS + 1}" in box.text()
    assert "另有" not in box.text()
    box.deleteLater()
    more = [*many, replace(items[0], position=99, name="材料99")]
    box, _yes = confirmations.submission_box(dialog, more)
    assert "……另有 2 项" in box.text() and "材料99" not in box.text()
    box.deleteLater()
