"""Excel: a procedure's checklist out and back in, and the dashboard as a workbook."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from app.cli.common import EXIT_INVALID, CliError, Commands, open_database, option_date, today_of
from app.domain.catalogue import PROCEDURE_CLI_NAMES, default_catalogue
from app.domain.deadlines import CHANGE_KINDS
from app.domain.errors import FieldError, ValidationError
from app.domain.text import shown
from app.operations import licenses as license_ops

if TYPE_CHECKING:
    from app.domain.checklist_import import ImportPlan


def register(commands: Commands) -> None:
    p = commands.add("export", "把一个办理事项的材料清单导出为 Excel（没有未办结的就新开一个）", cmd_export)
    p.add_argument("--license", required=True, help="已登记许可证的编号")
    p.add_argument("--procedure", required=True, choices=sorted(PROCEDURE_CLI_NAMES), help="办理事项")
    p.add_argument("--out", required=True, help="要写入的 .xlsx 文件")
    p.add_argument("--change-kind", choices=sorted(CHANGE_KINDS),
                   help="变更类型（--procedure change 时必填）：" + "，".join(
                       f"{key}={label}" for key, (label, _trigger) in CHANGE_KINDS.items()))
    p.add_argument("--trigger-date", help="变更的起算日期 YYYY-MM-DD：公司作出决定或工商变更登记之日")
    p.add_argument("--year", type=int, help="年报的报送年份（默认今年）")

    p = commands.add("import", "导入员工填写过的 Excel 清单：先显示每一行的修改，全部无误才写入", cmd_import)
    p.add_argument("file", help="许可证管家导出的 .xlsx 清单")
    p.add_argument("--dry-run", action="store_true", help="只显示将要做的修改，不写入")

    p = commands.add("export-dashboard", "把全部许可证及其期限导出为 Excel", cmd_export_dashboard)
    p.add_argument("--out", required=True, help="要写入的 .xlsx 文件")
    p.add_argument("--today", help="按这一天计算剩余天数（默认今天），YYYY-MM-DD")


def _xlsx_target(value: str) -> Path:
    target = Path(value).expanduser()
    if target.suffix.lower() != ".xlsx":
        raise ValidationError(FieldError("out", "--out", f"应为 .xlsx 文件，收到“{shown(value)}”"))
    return target


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    procedure = PROCEDURE_CLI_NAMES[args.procedure]
    target = _xlsx_target(args.out)
    trigger = option_date(args.trigger_date, "trigger_date", "--trigger-date")
    if procedure != "change" and (args.change_kind or args.trigger_date):
        raise CliError("--change-kind 和 --trigger-date 只用于 --procedure change。")
    year = args.year or (date.today().year if procedure == "annual_report" else None)
    store = open_database(args, writes=False)     # writes only to open a case, if none is open
    try:
        from app.operations import cases as case_ops
        from app.operations import excel as excel_ops

        case = excel_ops.case_for_export(store, args.license, procedure, change_kind=args.change_kind,
                                         trigger_date=trigger, report_year=year)
        path = excel_ops.export_case(store, case.id, target)
        count = len(case_ops.case_items(store, case.id))
    finally:
        store.close()
    name = default_catalogue().procedure(case.procedure).name
    print(f"已导出办理事项 #{case.id}（{name}，{count} 项材料）：{path}", file=out)
    return 0


def print_plan(plan: ImportPlan, *, out: TextIO) -> None:
    for notice in plan.notices:
        print(f"注意：{notice}", file=out)
    for row in plan.changed_rows:
        print(f"  {row}", file=out)
    if plan.errors:
        print(f"有 {len(plan.errors)} 处错误，未导入任何内容：", file=out)
        for error in plan.errors:
            print(f"  {error}", file=out)


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    store = open_database(args, writes=not args.dry_run)
    try:
        from app.operations import excel as excel_ops

        plan, applied = excel_ops.import_checklist(store, Path(args.file), dry_run=args.dry_run)
    finally:
        store.close()
    print(f"读取 {plan.rows_read} 行：{len(plan.changed_rows)} 项有修改，{plan.unchanged} 项未改动", file=out)
    print_plan(plan, out=out)
    if plan.errors:
        return EXIT_INVALID
    if args.dry_run:
        print(f"试运行：以上 {len(plan.changed_rows)} 项修改没有写入。", file=out)
    elif applied:
        print(f"已导入 {applied} 项修改（记入每项材料的修改历史，来源：Excel）。", file=out)
    else:
        print("没有需要导入的修改。", file=out)
    return 0


def cmd_export_dashboard(args: argparse.Namespace, out: TextIO) -> int:
    today = today_of(args)
    target = _xlsx_target(args.out)
    store = open_database(args, writes=False)
    try:
        from app.operations import excel as excel_ops

        path = excel_ops.export_dashboard(store, target, today=today)
        count = license_ops.license_count(store)
    finally:
        store.close()
    print(f"已导出 {count} 张许可证的期限（按 {today.isoformat()} 计算）：{path}", file=out)
    return 0
