from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.operations import excel as excel_ops
from app.storage import cases as case_rows
from app.ui import excel_actions
from app.ui.excel_actions import ImportPreviewDialog
from tests.excel_helpers import first_item_row, renewal_case, staff_edit


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(("info", title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(("warning", title, text)))
    return shown


def choose_save(monkeypatch, path):
    asked = []

    def fake(parent, caption, directory, filter_text):
        asked.append((caption, directory, filter_text))
        return (str(path) if path else "", filter_text)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def choose_open(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))


def test_export_case_dialog_suggests_a_name_and_writes(qtbot, store, tmp_path, monkeypatch, export_question):
    case, _items = renewal_case(store)
    asked = choose_save(monkeypatch, tmp_path / "清单")                    # no suffix typed
    written = excel_actions.export_case_dialog(None, store, case.id, today=date(2026, 11, 22))
    assert written == tmp_path / "清单.xlsx" and written.exists()
    assert asked[0][1].endswith("北京示例呼叫服务有限公司-续期材料清单-2026-11-22.xlsx")
    assert "*.xlsx" in asked[0][2]
    assert export_question.asked[0][0] == "已导出" and str(written) in export_question.asked[0][1]


def test_export_cancelled_writes_nothing(qtbot, store, tmp_path, monkeypatch, messages):
    case, _items = renewal_case(store)
    choose_save(monkeypatch, None)
    assert excel_actions.export_case_dialog(None, store, case.id) is None
    assert messages == [] and list(tmp_path.glob("*.xlsx")) == []


def test_export_to_a_file_held_open_shows_the_message(qtbot, store, tmp_path, monkeypatch, messages):
    case, _items = renewal_case(store)
    choose_save(monkeypatch, tmp_path / "x.xlsx")

    def held_open(source, target):
        raise PermissionError(13, "denied")

    monkeypatch.setattr("os.replace", held_open)
    assert excel_actions.export_case_dialog(None, store, case.id) is None
    assert messages[0][0] == "warning" and "正在 Excel 或其他程序中打开" in messages[0][2]


def test_export_dashboard_dialog(qtbot, store, tmp_path, monkeypatch, export_question):
    renewal_case(store)
    choose_save(monkeypatch, tmp_path / "一览.xlsx")
    written = excel_actions.export_dashboard_dialog(None, store, today=date(2026, 11, 22))
    assert written.exists() and str(written) in export_question.asked[0][1]


def _exported_and_edited(store, tmp_path, edits):
    case, items = renewal_case(store)
    path = excel_ops.export_case(store, case.id, tmp_path / "清单.xlsx")
    first = first_item_row(path)
    staff_edit(path, {(first + row, key): value for (row, key), value in edits.items()})
    return case, items, path


def _click_when_shown(qtbot, button_name: str):
    def click():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportPreviewDialog)
        qtbot.mouseClick(getattr(dialog, button_name), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_import_preview_then_import(qtbot, store, tmp_path, monkeypatch, messages):
    case, items, path = _exported_and_edited(store, tmp_path, {(0, "state"): "已准备", (1, "owner"): "王五"})
    choose_open(monkeypatch, path)
    _click_when_shown(qtbot, "import_button")
    assert excel_actions.import_checklist_dialog(None, store, case_id=case.id) == 2
    assert case_rows.get_item(store, items[0].id).state == "ready"
    assert messages[-1][0] == "info" and "2 项" in messages[-1][2]


def test_import_cancelled_in_the_preview_changes_nothing(qtbot, store, tmp_path, monkeypatch, messages):
    case, items, path = _exported_and_edited(store, tmp_path, {(0, "state"): "已准备"})
    choose_open(monkeypatch, path)
    _click_when_shown(qtbot, "cancel_button")
    assert excel_actions.import_checklist_dialog(None, store) is None
    assert case_rows.items_for_case(store, case.id) == items and messages == []


def test_refused_file_is_a_message(qtbot, store, tmp_path, monkeypatch, messages):
    not_a_workbook = tmp_path / "x.xlsx"
    not_a_workbook.write_text("hello")
    choose_open(monkeypatch, not_a_workbook)
    assert excel_actions.import_checklist_dialog(None, store) is None
    assert messages[0][0] == "warning" and "不是 Excel 工作簿" in messages[0][2]


def test_preview_with_errors_cannot_import(qtbot, store, tmp_path):
    case, items, path = _exported_and_edited(store, tmp_path, {(0, "state"): "已准备", (2, "due_date"): "下周"})
    plan = excel_ops.preview_import(store, path)
    dialog = ImportPreviewDialog(plan, file_name=path.name)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "有错误，不能导入"
    assert "1 处错误" in dialog.summary.text()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == f"{items[2].name}：G 列（截止日期）"
    assert dialog.table.item(1, 2).text() == "状态：未准备 → 已准备"
