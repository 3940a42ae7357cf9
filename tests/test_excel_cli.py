from datetime import date

from openpyxl import load_workbook

from app.exports.checklist_layout import MAIN_SHEET
from app.main import main
from app.storage import cases as case_rows
from app.storage.database import open_store
from tests.excel_helpers import first_item_row, staff_edit


def run(capsys, *args):
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def add(capsys, db):
    return run(capsys, "add-license", "--db", db, "--number", "京B2-20190350", "--company", "北京示例呼叫服务有限公司",
               "--scope", "provincial", "--issued", "2022-03-15", "--expiry", "2027-03-14")


def test_export_opens_a_case_once_and_writes_the_checklist(capsys, db_path, tmp_path):
    add(capsys, db_path)
    out = tmp_path / "续期清单.xlsx"
    status, text, err = run(capsys, "export", "--db", db_path, "--license", "京B2-20190350",
                            "--procedure", "renewal", "--out", out)
    assert status == 0, err
    assert "已导出办理事项 #1（续期（延续），14 项材料）" in text
    assert load_workbook(out)[MAIN_SHEET].max_row == first_item_row(out) + 13
    status, text, _ = run(capsys, "export", "--db", db_path, "--license", "京B2-20190350",
                          "--procedure", "renewal", "--out", out)
    assert status == 0 and "#1" in text                                   # the open case, not a new one


def test_export_of_a_change_needs_its_kind_and_date(capsys, db_path, tmp_path):
    add(capsys, db_path)
    base = ["export", "--db", db_path, "--license", "京B2-20190350", "--procedure", "change",
            "--out", tmp_path / "变更.xlsx"]
    status, _, err = run(capsys, *base)
    assert status == 2 and "变更类型" in err
    status, _, err = run(capsys, *base, "--change-kind", "legal_rep")
    assert status == 2 and "起算日期" in err
    status, text, err = run(capsys, *base, "--change-kind", "legal_rep", "--trigger-date", "2026-11-02")
    assert status == 0 and "变更" in text, err
    status, text, _ = run(capsys, *base, "--change-kind", "legal_rep", "--trigger-date", "2026-11-02")
    assert "#1" in text                                                   # same kind and date: same case


def test_export_of_a_change_of_registered_address(capsys, db_path, tmp_path):
    add(capsys, db_path)
    out = tmp_path / "住所变更.xlsx"
    status, text, err = run(capsys, "export", "--db", db_path, "--license", "京B2-20190350", "--procedure",
                            "change", "--change-kind", "address", "--trigger-date", "2026-11-20", "--out", out)
    assert status == 0, err
    names = [row[1] for row in load_workbook(out)[MAIN_SHEET].iter_rows(min_row=first_item_row(out),
                                                                      values_only=True)]
    assert "新住所的场地证明（租赁协议或产权证明）" in names and "准予变更登记通知书" in names
    assert "新法定代表人身份证明及任命文件" not in names


def test_annual_report_export_uses_the_year(capsys, db_path, tmp_path):
    add(capsys, db_path)
    out = tmp_path / "年报.xlsx"
    status, _, err = run(capsys, "export", "--db", db_path, "--license", "京B2-20190350",
                         "--procedure", "annual-report", "--year", "2027", "--out", out)
    assert status == 0, err
    values = [v for row in load_workbook(out)[MAIN_SHEET].iter_rows(values_only=True) for v in row]
    assert "2027年年报截止" in values


def test_export_refusals(capsys, db_path, tmp_path):
    add(capsys, db_path)
    status, _, err = run(capsys, "export", "--db", db_path, "--license", "B2-99999999", "--procedure", "renewal",
                         "--out", tmp_path / "x.xlsx")
    assert status == 2 and "找不到编号为 B2-99999999 的许可证" in err
    status, _, err = run(capsys, "export", "--db", db_path, "--license", "京B2-20190350", "--procedure", "renewal",
                         "--out", tmp_path / "x.csv")
    assert status == 2 and ".xlsx" in err
    status, _, err = run(capsys, "export", "--db", db_path, "--license", "京B2-20190350", "--procedure", "renewal",
                         "--out", tmp_path / "no" / "x.xlsx")
    assert status == 1 and "文件夹不存在" in err and "Traceback" not in err


def test_import_dry_run_then_apply(capsys, db_path, tmp_path):
    add(capsys, db_path)
    out = tmp_path / "清单.xlsx"
    run(capsys, "export", "--db", db_path, "--license", "京B2-20190350", "--procedure", "renewal", "--out", out)
    first = first_item_row(out)
    staff_edit(out, {(first, "state"): "已准备", (first, "owner"): "王五"})
    status, text, _ = run(capsys, "import", "--db", db_path, out, "--dry-run")
    assert status == 0
    assert f"第 {first} 行 续期申请表" in text and "状态：未准备 → 已准备；负责人：（空） → 王五" in text
    assert "试运行" in text
    store = open_store(db_path)
    assert case_rows.items_for_case(store, 1)[0].state == "missing"
    store.close()
    status, text, _ = run(capsys, "import", "--db", db_path, out)
    assert status == 0 and "已导入 1 项修改" in text
    store = open_store(db_path)
    assert case_rows.items_for_case(store, 1)[0].state == "ready"
    store.close()


def test_import_with_an_invalid_row_exits_2_and_changes_nothing(capsys, db_path, tmp_path):
    add(capsys, db_path)
    out = tmp_path / "清单.xlsx"
    run(capsys, "export", "--db", db_path, "--license", "京B2-20190350", "--procedure", "renewal", "--out", out)
    first = first_item_row(out)
    staff_edit(out, {(first, "state"): "已准备", (first + 1, "due_date"): "明天"})
    status, text, _ = run(capsys, "import", "--db", db_path, out)
    assert status == 2
    assert f"第 {first + 1} 行“持证公司基本情况表” G 列（截止日期）" in text and "未导入任何内容" in text
    store = open_store(db_path)
    assert all(i.state == "missing" for i in case_rows.items_for_case(store, 1))
    store.close()


def test_import_of_something_else_is_refused(capsys, db_path, tmp_path):
    add(capsys, db_path)
    status, _, err = run(capsys, "import", "--db", db_path, db_path)
    assert status == 2 and "不是 Excel 工作簿" in err


def test_export_dashboard(capsys, db_path, tmp_path):
    add(capsys, db_path)
    out = tmp_path / "一览.xlsx"
    status, text, err = run(capsys, "export-dashboard", "--db", db_path, "--out", out, "--today", "2026-11-22")
    assert status == 0, err
    assert "已导出 1 张许可证的期限（按 2026-11-22 计算）" in text
    sheet = load_workbook(out).active
    assert sheet["B4"].value == "京B2-20190350"
    assert sheet["E4"].value.date() == date(2027, 3, 14)
