"""Holiday schedules: import a year's official schedule from a file, list every year's source."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from app.cli.common import CliError, Commands, open_database, today_of


def register(commands: Commands) -> None:
    p = commands.add("holidays", "节假日安排：从文件导入某年的国务院安排，列出各年份的来源", _no_action)
    actions = p.add_subparsers(dest="holidays_action", metavar="ACTION")

    q = actions.add_parser("import", help="从 holiday-cn 的 JSON 文件或 .ics 日历文件导入一年的安排",
                           description="从 holiday-cn 的 JSON 文件或 .ics 日历文件导入一年的安排")
    q.add_argument("--db", default=argparse.SUPPRESS, help="数据库文件（默认：用户数据文件夹中的文件）")
    q.add_argument("file", metavar="FILE", help="holiday-cn 的 JSON 文件（如 2027.json）或 .ics 日历文件")
    q.add_argument("--accept-incomplete", action="store_true",
                   help="某年缺少七个法定节日中的某个时仍然导入（已核对过通知原文）")
    q.set_defaults(handler=cmd_import)

    q = actions.add_parser("list", help="列出各年份节假日安排的来源：内置、已录入、已导入或估算",
                           description="列出各年份节假日安排的来源：内置、已录入、已导入或估算")
    q.add_argument("--db", default=argparse.SUPPRESS, help="数据库文件（默认：用户数据文件夹中的文件）")
    q.add_argument("--today", help="从这一年起列出（默认今天），YYYY-MM-DD")
    q.add_argument("--json", action="store_true", help="输出 JSON")
    q.set_defaults(handler=cmd_list)


def _no_action(_args: argparse.Namespace, _out: TextIO) -> int:
    raise CliError("请指定操作：holidays import FILE 或 holidays list。")


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from app.operations import holidays as holiday_ops

    store = open_database(args)
    try:
        plan = holiday_ops.read_holiday_file(store, args.file)
        for line in holiday_ops.describe_plan(plan):
            print(line, file=out)
        if not plan.years:
            print(f"{plan.file_name} 中没有可导入的年份，未保存任何内容。", file=out)
            return 0
        if plan.incomplete and not args.accept_incomplete:
            lines = [holiday_ops.incomplete_message(year) for year in plan.incomplete]
            raise CliError("\n".join([*lines, "未保存任何内容。请对照国务院通知核对；确认无误后加 --accept-incomplete 再导入。"]))
        years = holiday_ops.import_holiday_file(store, plan, accept_incomplete=args.accept_incomplete)
    finally:
        store.close()
    shown = "、".join(str(year) for year in years)
    print(f"已导入 {shown} 年的节假日安排：用到{'这些' if len(years) > 1 else '这一'}年份的期限不再是估算。", file=out)
    return 0


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    from app.operations import holidays as holiday_ops

    today = today_of(args)
    store = open_database(args)
    try:
        rows = holiday_ops.holiday_years(store, today=today)
    finally:
        store.close()
    if args.json:
        payload = [{
            "year": row.year, "source": row.kind, "licenses": row.licenses,
            "holidays": len(row.schedule.holidays) if row.schedule else None,
            "workdays": len(row.schedule.workdays) if row.schedule else None,
            "note": row.schedule.note if row.schedule else "",
        } for row in rows]
        print(json.dumps(payload, ensure_ascii=False, indent=2), file=out)
        return 0
    for row in rows:
        parts = [f"{row.year} 年", holiday_ops.SOURCE_LABELS[row.kind]]
        if row.schedule is not None:
            parts.append(f"放假 {len(row.schedule.holidays)} 天，调休上班 {len(row.schedule.workdays)} 天")
            if row.schedule.note:
                parts.append(row.schedule.note)
        if row.licenses:
            parts.append(f"涉及 {row.licenses} 张许可证")
        print("  ".join(parts), file=out)
    return 0
