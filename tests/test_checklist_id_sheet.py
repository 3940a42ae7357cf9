"""The checklist's id sheet (许可证管家数据) through what other programs do to it: shown, renamed,
edited, deleted, copied from another file, and a save in LibreOffice (when it is installed).

Whatever happened, an import either does exactly what staff entered or is refused with a
Chinese message; nothing is ever imported against the wrong rows.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils.protection import hash_password

from app.exports.checklist_layout import IDENTITY_PROPERTY, MAIN_SHEET, META_PASSWORD, META_SHEET
from app.exports.errors import ImportRefused
from app.main import main
from app.operations import cases as cases_ops
from app.operations import excel as excel_ops
from app.storage import cases as case_rows
from app.ui.excel_actions import ImportPreviewDialog
from tests.excel_helpers import first_item_row, renewal_case, staff_edit

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def checklist(store, tmp_path):
    case, items = renewal_case(store)
    path = excel_ops.export_case(store, case.id, tmp_path / "清单.xlsx")
    return case, items, path, first_item_row(path)


def change_workbook(path: Path, change) -> Path:
    """Open as an editor would, change something, save (the workbook protection set aside as a
    user who turned it off would)."""
    workbook = load_workbook(path)
    workbook.security.lockStructure = False
    change(workbook)
    workbook.save(path)
    return path


def refused(store, path: Path) -> str:
    before = store.query("SELECT group_concat(id || state || owner || note) FROM case_items")
    with pytest.raises(ImportRefused) as refusal:
        excel_ops.preview_import(store, path)
    assert store.query("SELECT group_concat(id || state || owner || note) FROM case_items") == before
    return str(refusal.value)


def id_sheet_rows(path: Path) -> dict:
    sheet = load_workbook(path)[META_SHEET]
    return {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row[0] and len(row) > 1}


def test_the_id_sheet_is_very_hidden_protected_with_a_password_and_sealed(checklist):
    case, _items, path, _first = checklist
    workbook = load_workbook(path)
    assert workbook.security.lockStructure                                   # Excel and WPS honour it
    sheet = workbook[META_SHEET]
    assert sheet.sheet_state == "veryHidden"
    assert sheet.protection.sheet and sheet.protection.password == hash_password(META_PASSWORD)
    assert workbook[MAIN_SHEET].protection.sheet and not workbook[MAIN_SHEET].protection.password
    pairs = id_sheet_rows(path)
    assert "请勿修改、改名或删除" in pairs["notice"] and len(pairs["checksum"]) == 64
    identity = json.loads(next(p.value for p in workbook.custom_doc_props if p.name == IDENTITY_PROPERTY))
    assert identity == {"case_id": case.id, "database_id": pairs["database_id"], "checksum": pairs["checksum"]}


def test_an_id_sheet_shown_as_libreoffice_leaves_it_imports_without_a_word(store, checklist):
    _case, items, path, first = checklist
    staff_edit(path, {(first, "owner"): "王五"})
    change_workbook(path, lambda wb: setattr(wb[META_SHEET], "sheet_state", "hidden"))
    plan = excel_ops.preview_import(store, path)
    assert plan.ok and plan.notices == () and [r.after.owner for r in plan.changed_rows] == ["王五"]


def test_an_id_sheet_unhidden_imports_with_a_notice(store, checklist):
    _case, items, path, first = checklist
    staff_edit(path, {(first, "owner"): "王五"})
    change_workbook(path, lambda wb: setattr(wb[META_SHEET], "sheet_state", "visible"))
    plan, applied = excel_ops.import_checklist(store, path)
    assert applied == 1 and case_rows.get_item(store, items[0].id).owner == "王五"
    assert plan.notices == ("隐藏的识别信息工作表“许可证管家数据”已被取消隐藏（可在表格软件中把它重新隐藏）；内容经校验完好，照常导入。",)


def test_an_id_sheet_renamed_is_found_by_what_it_says(store, checklist):
    _case, items, path, first = checklist
    staff_edit(path, {(first + 1, "state"): "已准备"})
    change_workbook(path, lambda wb: setattr(wb[META_SHEET], "title", "Sheet3"))
    plan, applied = excel_ops.import_checklist(store, path)
    assert applied == 1 and case_rows.get_item(store, items[1].id).state == "ready"
    assert "被改名为“Sheet3”" in plan.notices[0]


@pytest.mark.parametrize("edit", ["case_id", "rows", "row_count", "checksum"])
def test_an_edited_id_sheet_is_refused(store, checklist, edit):
    _case, _items, path, first = checklist
    staff_edit(path, {(first, "owner"): "王五"})

    def change(workbook):
        sheet = workbook[META_SHEET]
        cells = list(sheet.iter_rows())
        if edit == "rows":
            piece = next(row[0] for row in cells if isinstance(row[0].value, str) and row[0].value.startswith("[["))
            piece.value = piece.value.replace('"missing"', '"ready"', 1)      # a plausible, wrong change
        else:
            cell = next(row[1] for row in cells if row[0].value == edit)
            cell.value = 2 if edit == "case_id" else 3 if edit == "row_count" else "0" * 64

    change_workbook(path, change)
    assert "被改动过" in refused(store, path)


def test_a_deleted_id_sheet_is_named(store, checklist):
    _case, _items, path, _first = checklist
    change_workbook(path, lambda wb: wb.remove(wb[META_SHEET]))
    message = refused(store, path)
    assert "识别信息工作表“许可证管家数据”已被删除" in message and "重新导出" in message


def test_an_id_sheet_from_another_checklist_is_refused(store, checklist, tmp_path):
    case, _items, path, first = checklist
    other = cases_ops.start_case(store, case.license_id, "annual_report", report_year=2027)
    other_path = excel_ops.export_case(store, other.id, tmp_path / "年报.xlsx")
    their_identity = next(p.value for p in load_workbook(other_path).custom_doc_props if p.name == IDENTITY_PROPERTY)

    def swap(workbook):       # this file's id sheet, another file's identity: one of them was copied in
        next(p for p in workbook.custom_doc_props if p.name == IDENTITY_PROPERTY).value = their_identity

    change_workbook(path, swap)
    assert "可能是从另一份清单复制来的" in refused(store, path)


def test_a_renamed_main_sheet_is_named(store, checklist):
    _case, _items, path, _first = checklist
    change_workbook(path, lambda wb: setattr(wb[MAIN_SHEET], "title", "清单（已填）"))
    assert "找不到工作表“材料清单”" in refused(store, path)


def test_a_checklist_exported_before_the_checksum_still_imports(store, checklist):
    _case, items, path, first = checklist
    staff_edit(path, {(first, "owner"): "王五"})

    def make_old(workbook):
        sheet = workbook[META_SHEET]
        for row in sheet.iter_rows():
            if row[0].value in ("checksum", "notice"):
                row[0].value = row[1].value = None
        workbook.custom_doc_props.props.clear()

    change_workbook(path, make_old)
    plan, applied = excel_ops.import_checklist(store, path)
    assert applied == 1 and plan.notices == ()


def test_the_preview_and_the_command_line_say_what_was_noticed(qtbot, store, checklist, db_path, capsys):
    _case, _items, path, first = checklist
    staff_edit(path, {(first, "owner"): "王五"})
    change_workbook(path, lambda wb: setattr(wb[META_SHEET], "sheet_state", "visible"))
    dialog = ImportPreviewDialog(excel_ops.preview_import(store, path), file_name=path.name)
    qtbot.addWidget(dialog)
    assert "注意：隐藏的识别信息工作表“许可证管家数据”已被取消隐藏" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    store.close()
    assert main(["import", "--db", str(db_path), str(path), "--dry-run"]) == 0
    assert "注意：隐藏的识别信息工作表“许可证管家数据”已被取消隐藏" in capsys.readouterr().out


# ---------------------------------------------------------------------- LibreOffice
def libreoffice_save(source: Path, folder: Path) -> Path:
    """Open ``source`` in LibreOffice and save it as .xlsx again (its own profile, never the user's)."""
    out = folder / "saved-by-libreoffice"
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless", "--norestore",
         "--calc", "--convert-to", "xlsx", "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=180)
    saved = out / source.name
    assert done.returncode == 0 and saved.exists(), done.stderr
    return saved


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_checklist_saved_by_libreoffice_comes_back_exactly(store, tmp_path, monkeypatch):
    case, items = renewal_case(store)
    # Notes with spaces, lines and formula-like text, and the id sheet's JSON cut into small
    # pieces: many cells start or end with a space, and each must come back to the character.
    monkeypatch.setattr("app.exports.excel_checklist.META_CHUNK", 997)
    for index, item in enumerate(items[:12]):
        cases_ops.update_item(store, item.id, note=f"  第{index}项 =SUM(A1) \n" + "说明 " * 200 + " ",
                              owner="王五" if index % 2 else "")
    path = excel_ops.export_case(store, case.id, tmp_path / "清单.xlsx")
    assert _pieces(path) > 5
    first = first_item_row(path)
    staff_edit(path, {(first, "state"): "已准备", (first + 12, "owner"): "赵六", (first + 13, "note"): "下周补"})

    saved = libreoffice_save(path, tmp_path)
    workbook = load_workbook(saved)
    # What LibreOffice does: the id sheet is no longer veryHidden and the structure is unlocked;
    # the sheet protection (with its password) and the identity property are kept.
    assert workbook[META_SHEET].sheet_state in ("hidden", "veryHidden")
    assert workbook[META_SHEET].protection.password.upper() == hash_password(META_PASSWORD)   # as 8edb
    assert any(p.name == IDENTITY_PROPERTY for p in workbook.custom_doc_props)

    plan = excel_ops.preview_import(store, saved)
    assert plan.ok and plan.notices == ()
    assert {(r.row, tuple(str(c) for c in r.changes)) for r in plan.changed_rows} == {
        (first, ("状态：未准备 → 已准备",)), (first + 12, ("负责人：（空） → 赵六",)),
        (first + 13, ("备注：（空） → 下周补",))}
    assert excel_ops.apply_import(store, plan) == 3

    # Then staff show the sheet in LibreOffice and edit it, or delete it: refused, nothing written.
    shown = change_workbook(saved, lambda wb: setattr(wb[META_SHEET], "sheet_state", "visible"))
    assert excel_ops.preview_import(store, shown).notices
    edited = change_workbook(shutil.copy(saved, tmp_path / "edited.xlsx"),
                             lambda wb: setattr(wb[META_SHEET]["B4"], "value", 99))     # the case id
    assert "被改动过" in refused(store, edited)


def _pieces(path: Path) -> int:
    sheet = load_workbook(path)[META_SHEET]
    rows = [row[0] for row in sheet.iter_rows(values_only=True)]
    return len(rows) - rows.index("rows") - 1
