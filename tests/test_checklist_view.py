"""The checklist model without a window, and the checklist view driven with clicks and typing."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.operations import cases as ops
from app.operations import licenses as license_ops
from app.ui.checklist.checklist_model import (
    COLUMNS,
    OVERDUE_BACKGROUND,
    ChecklistModel,
    OutstandingFilter,
)
from app.ui.checklist.checklist_view import ChecklistView
from tests.typing_helpers import type_text

TODAY = date(2026, 11, 22)


@pytest.fixture
def case_id(store, valid_license_input):
    license_id = license_ops.add_license(store, valid_license_input).id
    return ops.start_case(store, license_id, "renewal").id


def cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, COLUMNS.index(column)).data(role)


def test_model_shows_items_progress_sources_and_overdue_dates(store, case_id):
    items = ops.case_items(store, case_id)
    ops.update_item(store, items[0].id, state="ready", owner="王五")
    ops.update_item(store, items[1].id, state="not_applicable", na_reason="只有一个股东")
    ops.update_item(store, items[2].id, due_date="2026-11-01", note="找财务\n第二行")
    model = ChecklistModel(today=TODAY)
    model.set_rows(ops.checklist(store, case_id, today=TODAY))
    assert model.rowCount() == 14 and model.columnCount() == 9
    assert model.headerData(1, Qt.Orientation.Horizontal) == "材料名称"
    assert model.progress_text() == "1/13 已准备（另有 1 项不适用）"
    assert cell(model, 0, "state") == "已准备" and cell(model, 0, "owner") == "王五"
    assert cell(model, 1, "state", Qt.ItemDataRole.ToolTipRole) == "不适用原因：只有一个股东"
    assert cell(model, 2, "due_date") == "2026-11-01"
    assert cell(model, 2, "due_date", Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert cell(model, 2, "due_date", Qt.ItemDataRole.ToolTipRole) == "已逾期 21 天"
    assert cell(model, 2, "note") == "找财务"
    assert cell(model, 0, "due_date", Qt.ItemDataRole.BackgroundRole) is None
    assert "电信业务经营许可管理办法" not in cell(model, 0, "sources")
    assert "公开的办事指南" in cell(model, 0, "sources")
    assert "在线填写" in cell(model, 0, "name", Qt.ItemDataRole.ToolTipRole)
    last = model.rowCount() - 1
    assert cell(model, last, "name").endswith("※")
    assert "30 日内" in cell(model, last, "name", Qt.ItemDataRole.ToolTipRole)


def test_filter_keeps_only_what_is_still_missing(store, case_id):
    items = ops.case_items(store, case_id)
    ops.update_item(store, items[0].id, state="ready")
    ops.update_item(store, items[1].id, state="in_progress")
    model = ChecklistModel(today=TODAY)
    model.set_rows(ops.checklist(store, case_id, today=TODAY))
    proxy = OutstandingFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 14
    proxy.set_only_outstanding(True)
    assert proxy.rowCount() == 13
    assert proxy.index(0, COLUMNS.index("state")).data() == "准备中"


@pytest.fixture
def view(qtbot, store, case_id):
    widget = ChecklistView(store, case_id, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def replace_text(widget, text):
    widget.selectAll()
    widget.del_()
    type_text(widget, text)


def choose_state(qtbot, view, label):
    combo = view.editor.state
    combo.setCurrentIndex(combo.findText(label))


def test_ticking_an_item_saves_it_and_moves_the_progress(qtbot, store, case_id, view):
    assert view.progress.text() == "0/14 已准备"
    with qtbot.waitSignal(view.changed):
        choose_state(qtbot, view, "已准备")
    first = ops.case_items(store, case_id)[0]
    assert first.state == "ready"
    assert view.progress.text() == "1/14 已准备"
    view.only_outstanding.click()
    assert first.id not in view.visible_item_ids() and len(view.visible_item_ids()) == 13


def test_owner_due_date_and_note_are_saved_as_typed(qtbot, store, case_id, view):
    first = ops.case_items(store, case_id)[0]
    type_text(view.editor.owner, "王五")
    qtbot.keyClick(view.editor.owner, Qt.Key.Key_Return)
    type_text(view.editor.due, "2026-12-01")
    qtbot.keyClick(view.editor.due, Qt.Key.Key_Return)
    type_text(view.editor.note, "原件在行政部")
    qtbot.waitUntil(lambda: ops.case_items(store, case_id)[0].note == "原件在行政部")
    saved = ops.case_items(store, case_id)[0]
    assert (saved.owner, saved.due_date) == ("王五", date(2026, 12, 1))
    assert not view.editor.due_hint.isVisible()
    replace_text(view.editor.due, "2026-11-20")
    qtbot.keyClick(view.editor.due, Qt.Key.Key_Return)
    assert view.editor.due_hint.text() == "已逾期 2 天"
    assert view.model.entry(0).item.owner == "王五"
    assert first.owner == ""


def test_bad_due_date_is_named_next_to_the_field_and_kept(qtbot, store, case_id, view):
    type_text(view.editor.due, "下周五")
    qtbot.keyClick(view.editor.due, Qt.Key.Key_Return)
    assert view.editor.due_message.isVisible()
    assert "日期格式" in view.editor.due_message.message()
    assert view.editor.due.text() == "下周五"
    assert ops.case_items(store, case_id)[0].due_date is None


def test_not_applicable_without_a_reason_is_refused_then_saved_with_one(qtbot, store, case_id, view):
    choose_state(qtbot, view, "不适用")
    assert view.editor.reason.isVisible()
    assert view.editor.reason_message.isVisible()
    assert "必须写明原因" in view.editor.reason_message.text()
    assert ops.case_items(store, case_id)[0].state == "missing"
    qtbot.keyClick(view.editor.reason, Qt.Key.Key_Return)
    assert ops.case_items(store, case_id)[0].state == "missing"
    type_text(view.editor.reason, "线上申请不需要书面申请")
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(view.editor.reason, Qt.Key.Key_Return)
    saved = ops.case_items(store, case_id)[0]
    assert (saved.state, saved.na_reason) == ("not_applicable", "线上申请不需要书面申请")
    assert not view.editor.reason_message.isVisible()
    assert view.progress.text() == "0/13 已准备（另有 1 项不适用）"


def test_attaching_a_file_copies_it_and_counts_it(qtbot, store, case_id, view, tmp_path, monkeypatch):
    scan = tmp_path / "营业执照.pdf"
    scan.write_bytes(b"%PDF scan")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(scan)], ""))
    view.table.selectRow(3)
    item_id = view.current_item_id()
    qtbot.mouseClick(view.editor.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.editor.attachments.count() == 1)
    assert view.model.entry(3).attachments == 1
    assert cell(view.model, 3, "attachments") == "1"
    stored = ops.item_attachments(store, item_id)[0]
    assert ops.attachment_path(store, stored).read_bytes() == b"%PDF scan" and scan.exists()


def test_a_missing_file_is_reported_next_to_the_attachments(qtbot, store, case_id, view, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(tmp_path / "gone.pdf")], ""))
    qtbot.mouseClick(view.editor.attach_button, Qt.MouseButton.LeftButton)
    assert "找不到文件" in view.editor.attach_message.text()
    assert view.editor.attachments.count() == 0


def test_a_note_being_typed_is_saved_when_another_item_is_chosen(qtbot, store, case_id, view):
    type_text(view.editor.note, "等股东签字")
    view.table.selectRow(5)
    assert ops.case_items(store, case_id)[0].note == "等股东签字"
    assert view.editor.note.toPlainText() == ""


def test_a_change_made_elsewhere_reaches_the_editor_and_is_not_overwritten(qtbot, store, case_id, view):
    first = ops.case_items(store, case_id)[0]
    ops.update_item(store, first.id, owner="钱七", note="补正：加盖公章", state="in_progress")
    view.reload()
    assert view.editor.owner.text() == "钱七" and view.editor.note.toPlainText() == "补正：加盖公章"
    assert view.editor.state.currentText() == "准备中"
    view.table.selectRow(3)
    kept = ops.case_items(store, case_id)[0]
    assert (kept.owner, kept.note, kept.state) == ("钱七", "补正：加盖公章", "in_progress")


def test_what_the_user_is_typing_survives_a_reload(qtbot, store, case_id, view):
    type_text(view.editor.note, "还在写")
    view.reload()
    assert view.editor.note.toPlainText() == "还在写"
    view.flush()
    assert ops.case_items(store, case_id)[0].note == "还在写"
