import json
import shutil
import string
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from app.domain.cases import apply_item_changes
from app.domain.errors import ValidationError
from app.exports.checklist_layout import COLUMN_INDEX, MAIN_SHEET, META_SHEET
from app.exports.errors import ImportRefused
from app.exports.excel_checklist import as_read_back
from app.operations import cases as cases_ops
from app.operations import excel as excel_ops
from app.operations import licenses as license_ops
from app.operations import open_store, steps
from app.storage import cases as case_rows
from tests.excel_helpers import first_item_row, renewal_case, staff_edit


@pytest.fixture
def checklist(store, tmp_path):
    case, items = renewal_case(store)
    path = excel_ops.export_case(store, case.id, tmp_path / "清单.xlsx")
    return case, items, path, first_item_row(path)


def test_staff_edits_come_back_with_history(store, checklist):
    case, items, path, first = checklist
    staff_edit(path, {(first, "state"): "已准备", (first, "owner"): "王五", (first, "due_date"): datetime(2026, 12, 1),
                      (first + 1, "note"): "等法人回来签字", (first + 1, "due_date"): "2026/12/15",
                      (first + 2, "state"): "不适用", (first + 2, "note"): "公司只有一个股东"})
    plan = excel_ops.preview_import(store, path)
    assert plan.ok and plan.rows_read == 14 and plan.unchanged == 11
    first_row = plan.changed_rows[0]
    assert first_row.row == first and first_row.name == items[0].name
    assert [str(c) for c in first_row.changes] == ["状态：未准备 → 已准备", "负责人：（空） → 王五",
                                                   "截止日期：（空） → 2026-12-01"]
    assert case_rows.get_item(store, items[0].id) == items[0]          # a preview writes nothing
    assert excel_ops.apply_import(store, plan) == 3
    after = {i.id: i for i in case_rows.items_for_case(store, case.id)}
    assert after[items[0].id].state == "ready" and after[items[0].id].due_date == date(2026, 12, 1)
    assert after[items[1].id].due_date == date(2026, 12, 15) and after[items[1].id].note == "等法人回来签字"
    assert after[items[2].id].state == "not_applicable" and after[items[2].id].na_reason == "公司只有一个股东"
    history = case_rows.item_history(store, items[0].id)
    assert {h.origin for h in history} == {"excel"} and {h.field for h in history} == {"state", "owner", "due_date"}
    again = excel_ops.preview_import(store, path)                       # importing twice changes nothing
    assert again.ok and again.changed_rows == ()


def test_one_bad_row_refuses_everything_and_names_row_and_column(store, checklist):
    case, items, path, first = checklist
    staff_edit(path, {(first, "state"): "已准备", (first + 3, "state"): "做完了", (first + 4, "due_date"): "下周五",
                      (first + 5, "owner"): "张" * 51, (first + 6, "state"): "不适用"})
    plan, applied = excel_ops.import_checklist(store, path)
    assert applied == 0 and not plan.ok
    messages = [str(e) for e in plan.errors]
    assert messages[0].startswith(f"第 {first + 3} 行“{items[3].name}” E 列（状态）：应为 未准备、准备中、已准备、不适用 之一")
    assert messages[1].startswith(f"第 {first + 4} 行“{items[4].name}” G 列（截止日期）：日期格式应为 YYYY-MM-DD")
    assert messages[2].startswith(f"第 {first + 5} 行“{items[5].name}” F 列（负责人）：过长")
    assert messages[3] == f"第 {first + 6} 行“{items[6].name}” H 列（备注）：标为“不适用”时请在备注中写明原因"
    assert case_rows.items_for_case(store, case.id) == items
    with pytest.raises(ValidationError):
        excel_ops.apply_import(store, plan)
    assert case_rows.items_for_case(store, case.id) == items


def test_control_characters_and_formulas_in_cells_are_errors(store, checklist):
    case, items, path, first = checklist
    workbook = load_workbook(path)
    sheet = workbook[MAIN_SHEET]
    sheet.cell(first, COLUMN_INDEX["due_date"]).value = "=TODAY()+7"          # a live formula
    sheet.cell(first + 1, COLUMN_INDEX["owner"]).value = 1001                  # a number is fine as text
    pasted = sheet.cell(first + 2, COLUMN_INDEX["due_date"])
    pasted.value, pasted.number_format = 46000, "General"                   # pasted over with a plain number
    sheet.cell(first + 3, COLUMN_INDEX["owner"]).value = "王五\n李四"                # Alt+Enter in Excel
    workbook.save(path)
    plan = excel_ops.preview_import(store, path)
    messages = [str(e) for e in plan.errors]
    assert messages == [f"第 {first} 行“{items[0].name}” G 列（截止日期）：是公式（=TODAY()+7），请直接填写日期",
                        f"第 {first + 2} 行“{items[2].name}” G 列（截止日期）：应为日期，收到数字 46000；请填写如 2026-12-01 的日期",
                        f"第 {first + 3} 行“{items[3].name}” F 列（负责人）：含有不可见的控制字符或换行"]
    assert [r.after.owner for r in plan.changed_rows] == ["1001"]


def test_a_change_made_in_the_app_after_export_is_not_overwritten(store, checklist):
    case, items, path, first = checklist
    cases_ops.update_item(store, items[0].id, owner="李四")                  # in the app, after export
    cases_ops.update_item(store, items[1].id, note="程序里写的")
    staff_edit(path, {(first, "owner"): "王五", (first + 1, "state"): "准备中"})
    plan = excel_ops.preview_import(store, path)
    assert [str(e) for e in plan.errors] == [
        f"第 {first} 行“{items[0].name}” F 列（负责人）：导出后已在程序里改为“李四”，表格里又改为“王五”：请确认后在程序里修改，或重新导出"]
    # Row 2's note was left alone in the sheet: the app's newer note stays, the state comes in.
    staff_edit(path, {(first, "owner"): ""})
    plan = excel_ops.preview_import(store, path)
    assert plan.ok and [(r.row, [c.field for c in r.changes]) for r in plan.changed_rows] == [(first + 1, ["state"])]
    excel_ops.apply_import(store, plan)
    assert case_rows.get_item(store, items[1].id).note == "程序里写的"
    assert case_rows.get_item(store, items[0].id).owner == "李四"


def test_items_changed_between_preview_and_apply_are_refused(store, checklist):
    case, items, path, first = checklist
    staff_edit(path, {(first, "state"): "已准备"})
    plan = excel_ops.preview_import(store, path)
    cases_ops.update_item(store, items[0].id, note="刚刚改的")
    with pytest.raises(ValidationError, match="预览之后又被修改过"):
        excel_ops.apply_import(store, plan)
    assert case_rows.get_item(store, items[0].id).state == "missing"


def test_moved_rows_are_detected_by_the_material_name(store, checklist):
    case, items, path, first = checklist
    workbook = load_workbook(path)
    sheet = workbook[MAIN_SHEET]
    sheet.protection.sheet = False
    a, b = sheet.cell(first, 2), sheet.cell(first + 1, 2)
    a.value, b.value = b.value, a.value
    workbook.save(path)
    plan = excel_ops.preview_import(store, path)
    assert [e.row for e in plan.errors] == [first, first + 1]
    assert "行可能被移动、插入或删除" in plan.errors[0].message and plan.errors[0].column == "B"


def _refused(store, path, fragment, **options):
    with pytest.raises(ImportRefused, match=fragment):
        excel_ops.preview_import(store, path, **options)


def test_a_workbook_from_another_database_is_refused(store, checklist, tmp_path):
    _case, _items, path, first = checklist
    staff_edit(path, {(first, "state"): "已准备"})
    other = open_store(tmp_path / "other.sqlite3")
    try:
        renewal_case(other)
        _refused(other, path, "另一个数据库")
        assert all(i.state == "missing" for i in case_rows.items_for_case(other, 1))
    finally:
        other.close()


def test_a_workbook_from_another_case_is_refused(store, checklist):
    case, _items, path, first = checklist
    license = license_ops.find_license(store, "京B2-20190350")
    other = cases_ops.start_case(store, license.id, "annual_report", report_year=2027)
    _refused(store, path, "属于另一个办理事项", expected_case_id=other.id)
    assert excel_ops.preview_import(store, path, expected_case_id=case.id).ok


def test_a_closed_case_is_refused(store, checklist):
    case, _items, path, _first = checklist
    steps.submit(store, case.id, on="2026-11-20", today=date(2026, 11, 22))
    steps.approve_renewal(store, case.id, approved_on="2026-11-22", new_issued="2026-11-22", new_expiry="2032-03-14",
                          today=date(2026, 11, 22))
    _refused(store, path, "已办结")


def test_not_a_workbook(store, tmp_path):
    text = tmp_path / "清单.xlsx"
    text.write_text("序号,材料名称\n1,营业执照", encoding="utf-8")
    _refused(store, text, "不是 Excel 工作簿")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500)
    _refused(store, old, "旧版 .xls")
    _refused(store, tmp_path / "missing.xlsx", "找不到文件")


def test_a_truncated_file_is_damaged(store, checklist, tmp_path):
    _case, _items, path, _first = checklist
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    _refused(store, cut, "已损坏")


def test_a_zip_that_is_not_a_workbook_is_damaged(store, tmp_path):
    import zipfile

    fake = tmp_path / "fake.xlsx"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("hello.txt", "hi")
    _refused(store, fake, "已损坏")


def test_hidden_sheet_removed(store, checklist, tmp_path):
    _case, _items, path, _first = checklist
    workbook = load_workbook(path)
    workbook.security.lockStructure = False
    del workbook[META_SHEET]
    workbook.save(path)
    _refused(store, path, "识别信息工作表“许可证管家数据”已被删除")


def test_hidden_sheet_tampered(store, checklist):
    _case, _items, path, _first = checklist
    workbook = load_workbook(path)
    meta = workbook[META_SHEET]
    for row in meta.iter_rows():
        if isinstance(row[0].value, str) and row[0].value.startswith("[["):
            row[0].value = row[0].value[:-5]
    workbook.save(path)
    _refused(store, path, "识别信息")


def test_a_plain_workbook_is_not_ours(store, tmp_path):
    from openpyxl import Workbook

    plain = tmp_path / "plain.xlsx"
    workbook = Workbook()
    workbook.active.append(["序号", "材料名称"])
    workbook.save(plain)
    _refused(store, plain, "不是许可证管家导出的清单")


def test_a_file_saved_by_the_app_twice_keeps_working(store, checklist, tmp_path):
    """Excel re-saves with shared strings; the reader does not depend on inline strings."""
    _case, items, path, first = checklist
    copy = tmp_path / "copy.xlsx"
    shutil.copy(path, copy)
    staff_edit(copy, {(first, "owner"): "王五"})
    staff_edit(copy, {(first + 1, "owner"): "赵六"})
    plan = excel_ops.preview_import(store, copy)
    assert [r.after.owner for r in plan.changed_rows] == ["王五", "赵六"]


def _accepted(field: str, text: str) -> bool:
    """Stored as typed (not refused, nothing stripped)."""
    try:
        item = apply_item_changes(case_rows.CaseItem(id=1, case_id=1, material_id="m", position=1, name="n",
                                                     description="", forms=(), sources=()), {field: text})
    except ValidationError:
        return False
    return getattr(item, field) == text and text != ""


FREE_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(
    list("=+-@\t\r\n#'\"" + string.ascii_letters)), max_size=60)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                                                  HealthCheck.function_scoped_fixture])
@given(owner=FREE_TEXT.filter(lambda t: _accepted("owner", t)), note=FREE_TEXT.filter(lambda t: _accepted("note", t)))
def test_free_text_round_trips_as_text_never_a_formula(store, tmp_path_factory, owner, note):
    folder = tmp_path_factory.mktemp("round")
    license = license_ops.find_license(store, "京B2-20190350") or license_ops.add_license(
        store, {"number": "京B2-20190350", "company": "北京示例呼叫服务有限公司", "scope": "provincial",
                "issued": "2022-03-15", "expiry": "2027-03-14"})
    case = cases_ops.open_or_start_case(store, license.id, "renewal")
    items = case_rows.items_for_case(store, case.id)
    cases_ops.update_item(store, items[0].id, owner=owner, note=note)
    path = excel_ops.export_case(store, case.id, folder / "x.xlsx")
    first = first_item_row(path)
    sheet = load_workbook(path)[MAIN_SHEET]
    for column, expected in (("owner", owner), ("note", note)):
        cell = sheet.cell(first, COLUMN_INDEX[column])
        assert cell.data_type == "s" and cell.value == _as_excel_reads(expected)
    # Staff type the same texts into the next row: they come back exactly, as text.
    staff_edit(path, {(first + 1, "owner"): owner, (first + 1, "note"): note})
    plan = excel_ops.preview_import(store, path)
    assert plan.ok, [str(e) for e in plan.errors]
    assert [r.before.id for r in plan.changed_rows] == [items[1].id]       # the exported row is untouched
    excel_ops.apply_import(store, plan)
    again = case_rows.get_item(store, items[1].id)
    assert again.owner == owner and again.note == _as_excel_reads(note)
    cases_ops.update_item(store, items[1].id, owner="", note="")


def _as_excel_reads(text: str) -> str:
    return as_read_back(text)


def test_exported_values_in_the_hidden_sheet_are_json(checklist):
    _case, items, path, _first = checklist
    meta = load_workbook(path)[META_SHEET]
    text = "".join(r[0] for r in meta.iter_rows(values_only=True) if isinstance(r[0], str) and r[0].startswith("[["))
    assert json.loads(text)[0][2:] == [items[0].name, "missing", "", "", ""]
