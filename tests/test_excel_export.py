import os
import zipfile
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from app.domain.cases import ITEM_STATES
from app.domain.catalogue import PROCEDURES
from app.exports.checklist_layout import COLUMNS, MAIN_SHEET, META_SHEET, SOURCES_SHEET, letter
from app.exports.errors import ExportError
from app.exports.xlsx import display_width, fitted_width
from app.operations import cases as cases_ops
from app.operations import excel as excel_ops
from app.operations import licenses as license_ops
from app.operations import obligations
from app.storage import cases as case_rows
from app.storage.settings import get_setting
from tests.excel_helpers import LICENSE, first_item_row, renewal_case

NOW = datetime(2026, 11, 22, 9, 30)


@pytest.fixture
def exported(store, tmp_path):
    case, items = renewal_case(store)
    cases_ops.update_item(store, items[0].id, owner="王五", due_date="2026-01-05", note="已盖章\n待法人签字")
    cases_ops.update_item(store, items[1].id, state="not_applicable", na_reason="公司只有一个股东")
    cases_ops.update_item(store, items[2].id, state="ready", owner="=HYPERLINK(\"http://x\")",
                          note="+86 10 1234", due_date="2026-12-01")
    cases_ops.update_item(store, items[3].id, owner="@SUM(A1)", note="-1\t注意")
    path = excel_ops.export_case(store, case.id, tmp_path / "清单.xlsx", now=NOW)
    return case, case_rows.items_for_case(store, case.id), path


def test_one_row_per_material_with_the_issue_columns(exported):
    case, items, path = exported
    sheet = load_workbook(path)[MAIN_SHEET]
    first = first_item_row(path)
    assert [c.value for c in sheet[first - 1]] == ["序号", "材料名称", "说明", "形式要求", "状态", "负责人",
                                                   "截止日期", "备注", "来源", "盖章/签字", "签收"]
    rows = list(sheet.iter_rows(min_row=first, values_only=True))
    assert len(rows) == len(items) == 14
    assert [r[1] for r in rows] == [i.name for i in items]
    assert rows[0][4] == "未准备" and rows[0][5] == "王五" and rows[0][7] == "已盖章\n待法人签字"
    assert rows[0][6] == datetime(2026, 1, 5)                      # a real date, not text
    assert sheet.cell(first, 7).number_format == "yyyy-mm-dd"
    assert rows[1][4] == "不适用" and "不适用原因：公司只有一个股东" in rows[1][2]
    assert rows[0][3] == "原件、法定代表人签字、公章" and rows[0][9] == "盖章 □\n签字 □"
    assert rows[0][8] == "办事指南" and rows[1][8] == "S0、S2"


def test_header_block_names_company_license_procedure_deadlines_and_time(exported, store):
    _case, _items, path = exported
    sheet = load_workbook(path)[MAIN_SHEET]
    values = [v for row in sheet.iter_rows(max_row=first_item_row(path) - 2, values_only=True) for v in row if v]
    assert "续期（延续）材料清单" in values
    assert LICENSE["company"] in values and LICENSE["number"] in values
    assert "续期申请法定最后一日" in values and "续期安全日期" in values
    owed = obligations.of_license(store, license_ops.find_license(store, LICENSE["number"]), today=NOW.date())
    renewal = next(o for o in owed.items if o.kind == "renewal")
    safe = next(m for m in owed.milestones if m.key == "renewal_safe_date")
    assert datetime.combine(renewal.due, datetime.min.time()) in values
    assert datetime.combine(safe.day, datetime.min.time()) in values
    assert NOW in values


def test_status_dropdown_date_and_length_validation(exported):
    _case, items, path = exported
    sheet = load_workbook(path)[MAIN_SHEET]
    first, last = first_item_row(path), first_item_row(path) + len(items) - 1
    rules = {dv.type: dv for dv in sheet.data_validations.dataValidation}
    assert rules["list"].formula1 == '"' + ",".join(ITEM_STATES.values()) + '"'
    assert str(rules["list"].sqref) == f"E{first}:E{last}"
    assert rules["list"].showErrorMessage
    assert rules["date"].operator == "between" and str(rules["date"].sqref) == f"G{first}:G{last}"
    lengths = {str(dv.sqref): dv.formula1 for dv in sheet.data_validations.dataValidation if dv.type == "textLength"}
    assert lengths == {f"F{first}:F{last}": "50", f"H{first}:H{last}": "2000"}


def test_print_settings(exported):
    _case, _items, path = exported
    sheet = load_workbook(path)[MAIN_SHEET]
    first = first_item_row(path)
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9                     # A4
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f"${first - 1}:${first - 1}"
    assert sheet.oddFooter.center.text == "第 &P 页 / 共 &N 页"
    assert sheet.freeze_panes == f"A{first}"


def test_protection_leaves_only_status_owner_date_and_note_editable(exported):
    _case, _items, path = exported
    workbook = load_workbook(path)
    sheet = workbook[MAIN_SHEET]
    assert sheet.protection.sheet and not sheet.protection.formatColumns
    assert workbook.security.lockStructure
    first = first_item_row(path)
    unlocked = {key for key, *_rest in COLUMNS if not sheet[f"{letter(key)}{first}"].protection.locked}
    assert unlocked == {"state", "owner", "due_date", "note"}
    assert all(cell.protection.locked for row in sheet.iter_rows(max_row=first - 1) for cell in row)
    assert sheet[f"B{first}"].style == "lk 单元格" and sheet[f"F{first}"].style == "lk 可填写"


def test_overdue_rows_are_highlighted_by_a_formula_against_today(exported):
    _case, items, path = exported
    sheet = load_workbook(path)[MAIN_SHEET]
    first = first_item_row(path)
    rules = [(str(r.sqref), rule) for r in sheet.conditional_formatting for rule in r.rules]
    overdue = [rule for ref, rule in rules if ref == f"A{first}:K{first + len(items) - 1}" and rule.stopIfTrue]
    assert overdue, rules
    formula = overdue[0].formula[0]
    assert f"$G{first}<TODAY()" in formula and '"已准备"' in formula and '"不适用"' in formula


def test_the_sources_sheet_names_each_source_by_its_title(exported):
    _case, _items, path = exported
    rows = list(load_workbook(path)[SOURCES_SHEET].iter_rows(min_row=2, values_only=True))
    titles = dict(rows)
    assert titles["S0"] == "呼叫中心许可证续期与办理问答（咨询机构页面）"
    assert not any(".txt" in str(title) for title in titles.values())


def test_hidden_sheet_holds_case_database_and_item_ids(exported, store):
    case, items, path = exported
    workbook = load_workbook(path)
    assert workbook.sheetnames == [MAIN_SHEET, SOURCES_SHEET, META_SHEET]
    meta = workbook[META_SHEET]
    assert meta.sheet_state == "veryHidden"
    pairs = {row[0]: row[1] for row in meta.iter_rows(values_only=True) if row[0] and len(row) > 1}
    assert pairs["case_id"] == case.id
    assert pairs["database_id"] == get_setting(store, "database_id") == excel_ops.database_identity(store)
    text = "".join(row[0] for row in meta.iter_rows(values_only=True) if isinstance(row[0], str)
                   and row[0].startswith("[["))
    import json

    entries = json.loads(text)
    assert [e[1] for e in entries] == [i.id for i in items]
    assert [e[0] for e in entries] == list(range(first_item_row(path), first_item_row(path) + len(items)))


def test_database_identity_is_made_once(store):
    first = excel_ops.database_identity(store)
    assert len(first) == 36 and excel_ops.database_identity(store) == first


def test_document_properties(exported):
    _case, _items, path = exported
    props = load_workbook(path).properties
    assert props.creator == "许可证管家"
    assert props.title == f"{LICENSE['company']} 续期（延续）材料清单"
    assert LICENSE["number"] in props.subject
    assert props.created == NOW


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\")", "@SUM(A1)", "+86 10 1234", "-1\t注意", "#N/A",
                                  "=1+1", "\t缩进", "'引号"])
def test_text_that_looks_like_a_formula_is_written_as_text(store, tmp_path, text):
    case, items = renewal_case(store)
    cases_ops.update_item(store, items[0].id, owner=text[:50].replace("\t", " ").strip() or "x", note=text)
    path = excel_ops.export_case(store, case.id, tmp_path / "x.xlsx")
    cell = load_workbook(path)[MAIN_SHEET].cell(first_item_row(path), 8)
    assert cell.value == text.strip() and cell.data_type == "s"
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert not [f for f in _formulas(xml) if not f.endswith("-TODAY()")]


def _formulas(xml: str) -> list[str]:
    import re

    return re.findall(r"<f>(.*?)</f>", xml)


def test_risky_text_cells_carry_the_quote_prefix(exported):
    _case, _items, path = exported
    sheet = load_workbook(path)[MAIN_SHEET]
    first = first_item_row(path)
    owner = sheet.cell(first + 2, 6)
    assert owner.value.startswith("=HYPERLINK") and owner.data_type == "s" and owner.quotePrefix
    assert not sheet.cell(first, 6).quotePrefix                   # plain text keeps no apostrophe


def test_every_procedure_exports_with_its_deadlines(store, tmp_path):
    license = license_ops.add_license(store, dict(LICENSE))
    options = {"change": {"change_kind": "legal_rep", "trigger_date": date(2026, 11, 2)},
               "annual_report": {"report_year": 2027}}
    labels = {"renewal": "续期申请法定最后一日", "change": "法定代表人变更申请最后一日",
              "annual_report": "2027年年报截止", "cancellation": "报告注销法定最后一日",
              "replacement": "许可证到期", "new_application": "这一办理事项没有法定期限"}
    for procedure in PROCEDURES:
        case = cases_ops.start_case(store, license.id, procedure, **options.get(procedure, {}))
        path = excel_ops.export_case(store, case.id, tmp_path / f"{procedure}.xlsx")
        sheet = load_workbook(path)[MAIN_SHEET]
        values = [v for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)]
        assert labels[procedure] in values, (procedure, values[:20])
        count = len(case_rows.items_for_case(store, case.id))
        assert sheet.max_row == first_item_row(path) + count - 1


def test_column_widths_count_chinese_characters_twice():
    assert display_width("营业执照") == 8 and display_width("ABC") == 3 and display_width("甲\nABCDEFGHIJ") == 10
    assert fitted_width(["营业执照副本"], header="状态", minimum=6, maximum=40) == 14
    assert fitted_width(["很" * 100], header="说明", minimum=6, maximum=40) == 40


def test_widths_in_the_file_fit_the_names(exported):
    _case, items, path = exported
    sheet = load_workbook(path)[MAIN_SHEET]
    widest_name = max(display_width(i.name) for i in items)
    assert sheet.column_dimensions["B"].width == min(widest_name + 2, 26)
    assert sheet.column_dimensions["A"].width == 6


def test_long_text_wraps_and_rows_are_tall_enough(exported):
    _case, _items, path = exported
    sheet = load_workbook(path)[MAIN_SHEET]
    first = first_item_row(path)
    assert sheet.cell(first, 3).alignment.wrap_text
    assert sheet.row_dimensions[first].height >= 2 * 13       # two lines of 10 pt text


def test_dashboard_export(store, tmp_path):
    license_ops.add_license(store, dict(LICENSE))
    license_ops.add_license(store, {**LICENSE, "number": "B2-20110196", "company": "全网示例有限公司",
                                   "scope": "national", "issued": "2021-12-01", "expiry": "2026-11-30"})
    path = excel_ops.export_dashboard(store, tmp_path / "一览.xlsx", today=date(2026, 11, 22), now=NOW)
    workbook = load_workbook(path)
    sheet = workbook.active
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    headers = [c.value for c in sheet[3]]
    assert headers[:5] == ["公司名称", "许可证编号", "许可范围", "发证日期", "有效期至"]
    by_number = {r[1]: dict(zip(headers, r, strict=True)) for r in rows}
    national = by_number["B2-20110196"]
    assert national["有效期至"] == datetime(2026, 11, 30) and national["状态"] == "已逾期"
    assert national["期限日期"] == datetime(2026, 9, 1) and national["剩余天数"] == -82
    assert national["下一期限"].startswith("申请续期")          # missed: the license ends on 2026-11-30
    assert by_number["京B2-20190350"]["下一次年报截止"] == datetime(2027, 3, 31)
    assert sheet.protection.sheet and workbook.security.lockStructure
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$3:$3"
    assert sheet.oddFooter.center.text == "第 &P 页 / 共 &N 页"
    assert workbook.properties.creator == "许可证管家"
    assert any('"已逾期"' in rule.formula[0] for r in sheet.conditional_formatting for rule in r.rules)


def test_a_target_held_open_elsewhere_gets_a_message_and_keeps_the_old_file(exported, store, monkeypatch):
    case, _items, path = exported
    before = path.read_bytes()

    def held_open(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", held_open)
    with pytest.raises(ExportError, match="正在 Excel 或其他程序中打开"):
        excel_ops.export_case(store, case.id, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir() if p.suffix != ".sqlite3" and "sqlite3" not in p.name) == [
        path.name]


def test_a_failure_while_writing_leaves_no_half_file(store, tmp_path, monkeypatch):
    case, _items = renewal_case(store)
    from openpyxl.workbook.workbook import Workbook

    def disk_full(self, filename):
        with open(filename, "wb") as handle:
            handle.write(b"PK\x03\x04 partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", disk_full)
    target = tmp_path / "out" / "x.xlsx"
    target.parent.mkdir()
    with pytest.raises(ExportError, match="没有留下不完整的文件"):
        excel_ops.export_case(store, case.id, target)
    assert list(target.parent.iterdir()) == []


def test_missing_folder_is_named(store, tmp_path):
    case, _items = renewal_case(store)
    with pytest.raises(ExportError, match="文件夹不存在"):
        excel_ops.export_case(store, case.id, tmp_path / "nowhere" / "x.xlsx")
