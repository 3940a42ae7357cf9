"""The terminal front door: the same operations as the GUI, without Qt."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from app.domain.catalogue import PROCEDURE_CLI_NAMES, default_catalogue
from app.domain.deadlines import CHANGE_KINDS, LicenseDeadlines, compute_deadlines
from app.domain.errors import FieldError, ValidationError
from app.domain.license import LABELS, SCOPES, parse_date, parse_scope
from app.domain.status import STATUS_LABELS
from app.domain.workdays import WorkdayCalendar
from app.exports.errors import ExportError, ImportRefused
from app.operations import holidays as holiday_ops
from app.operations import licenses as license_ops
from app.operations import open_store
from app.paths import resolve_db_path
from app.storage.errors import StorageError

if TYPE_CHECKING:
    from app.domain.checklist_import import ImportPlan

# The Excel and calendar operations (openpyxl, icalendar) are imported by the commands that use
# them, so that opening the window, which builds this parser too, does not pay for them.

COMMANDS = ("add-license", "list", "deadlines", "reminders", "ics", "export", "import", "export-dashboard")
EXIT_INVALID = 2
EXIT_STORAGE = 1
ESTIMATE_NOTE = ("（估算）：该年份的国务院节假日安排尚未收录，按“周一至周五为工作日”估算；"
                 "在“节假日安排”中录入当年安排后，估算标记会消失。")


class CliError(Exception):
    """A problem to print for the user, with the exit status to use."""

    def __init__(self, message: str, status: int = EXIT_INVALID):
        super().__init__(message)
        self.status = status


def add_subcommands(parser: argparse.ArgumentParser) -> None:
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")

    def sub(name: str, help_text: str) -> argparse.ArgumentParser:
        p = subparsers.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--db", default=argparse.SUPPRESS, help="数据库文件（默认：用户数据文件夹中的文件）")
        return p

    p = sub("add-license", "登记一张许可证，输出新记录的 id")
    p.add_argument("--number", required=True, help="经营许可证编号，如 B2-20110196 或 京B2-20190350")
    p.add_argument("--company", required=True, help="公司名称")
    p.add_argument("--scope", required=True, help="national（全网）或 provincial（地网）")
    p.add_argument("--issued", required=True, help="发证日期 YYYY-MM-DD")
    p.add_argument("--expiry", required=True, help="有效期至 YYYY-MM-DD")
    p.add_argument("--credit-code", default="", help="统一社会信用代码（18 位）")
    p.add_argument("--legal-rep", default="", help="法定代表人")
    p.add_argument("--capital", default="", help="注册资本，万元")
    p.add_argument("--authority", default="", help="发证机关（默认按编号推断）")
    p.add_argument("--legacy-number", action="store_true", help="确认编号为旧式格式（如 辽B-2-4-20080039）")

    p = sub("list", "列出全部许可证、下一个期限和剩余天数")
    p.add_argument("--today", help="按这一天计算（默认今天），YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = sub("deadlines", "一张许可证的全部法定期限")
    p.add_argument("--license", help="已登记许可证的编号")
    p.add_argument("--expiry", help="有效期至 YYYY-MM-DD（不查数据库时）")
    p.add_argument("--issued", help="发证日期（默认：有效期至减 5 年）")
    p.add_argument("--scope", help="national 或 provincial")
    p.add_argument("--today", help="按这一天计算（默认今天）")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = sub("export", "把一个办理事项的材料清单导出为 Excel（没有未办结的就新开一个）")
    p.add_argument("--license", required=True, help="已登记许可证的编号")
    p.add_argument("--procedure", required=True, choices=sorted(PROCEDURE_CLI_NAMES), help="办理事项")
    p.add_argument("--out", required=True, help="要写入的 .xlsx 文件")
    p.add_argument("--change-kind", choices=sorted(CHANGE_KINDS),
                   help="变更类型（--procedure change 时必填）：" + "，".join(
                       f"{key}={label}" for key, (label, _trigger) in CHANGE_KINDS.items()))
    p.add_argument("--trigger-date", help="变更的起算日期 YYYY-MM-DD：公司作出决定或工商变更登记之日")
    p.add_argument("--year", type=int, help="年报的报送年份（默认今年）")

    p = sub("import", "导入员工填写过的 Excel 清单：先显示每一行的修改，全部无误才写入")
    p.add_argument("file", help="许可证管家导出的 .xlsx 清单")
    p.add_argument("--dry-run", action="store_true", help="只显示将要做的修改，不写入")

    p = sub("export-dashboard", "把全部许可证及其期限导出为 Excel")
    p.add_argument("--out", required=True, help="要写入的 .xlsx 文件")
    p.add_argument("--today", help="按这一天计算剩余天数（默认今天），YYYY-MM-DD")

    p = sub("reminders", "已进入提醒范围（各许可证的提醒提前天数内）的期限")
    p.add_argument("--today", help="按这一天计算（默认今天），YYYY-MM-DD")

    p = sub("ics", "把全部许可证的期限导出为日历文件（.ics，可导入 Outlook、钉钉、企业微信）")
    p.add_argument("--out", required=True, help="要写入的 .ics 文件")
    p.add_argument("--today", help="只导出这一天及以后的期限（默认今天），YYYY-MM-DD")


def run(args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    handler = {"add-license": cmd_add_license, "list": cmd_list, "deadlines": cmd_deadlines,
               "reminders": cmd_reminders, "ics": cmd_ics,
               "export": cmd_export, "import": cmd_import, "export-dashboard": cmd_export_dashboard}[args.command]
    try:
        return handler(args, out)
    except ValidationError as error:
        print("输入有误，未写入任何内容：", file=err)
        for item in error.errors:
            print(f"  {item}", file=err)
        return EXIT_INVALID
    except CliError as error:
        print(str(error), file=err)
        return error.status
    except StorageError as error:
        print(f"数据库错误：{error}", file=err)
        return EXIT_STORAGE
    except ExportError as error:
        print(f"导出失败：{error}", file=err)
        return EXIT_STORAGE
    except ImportRefused as error:
        print(f"不能导入，未写入任何内容：{error}", file=err)
        return EXIT_INVALID


def _option_date(value: str | None, field: str, label: str) -> date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as problem:
        raise ValidationError(FieldError(field, label, str(problem))) from None


def _today(args: argparse.Namespace) -> date:
    return _option_date(getattr(args, "today", None), "today", "--today") or date.today()


def _open(args: argparse.Namespace):
    return open_store(resolve_db_path(getattr(args, "db", None)))


def cmd_add_license(args: argparse.Namespace, out: TextIO) -> int:
    raw = {"number": args.number, "company": args.company, "scope": args.scope,
           "issued": args.issued, "expiry": args.expiry, "credit_code": args.credit_code,
           "legal_rep": args.legal_rep, "capital_wan": args.capital, "authority": args.authority}
    store = _open(args)
    try:
        saved = license_ops.add_license(store, raw, allow_legacy_number=args.legacy_number)
    finally:
        store.close()
    print(saved.id, file=out)
    return 0


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    today = _today(args)
    store = _open(args)
    try:
        rows = license_ops.overviews(store, today=today)
    finally:
        store.close()
    if args.json:
        payload = [{
            "id": row.license.id, "number": row.license.number, "company": row.license.company,
            "scope": row.license.scope, "expiry": row.license.expiry.isoformat(),
            "next_deadline": {"key": row.next_deadline.key, "label": row.next_deadline.label,
                              "date": row.next_deadline.date.isoformat(),
                              "estimated": row.next_deadline.estimated},
            "days_left": row.days_left, "status": row.status,
        } for row in rows]
        print(json.dumps(payload, ensure_ascii=False, indent=2), file=out)
        return 0
    if not rows:
        print("还没有登记许可证。用 add-license 添加一张。", file=out)
        return 0
    print(f"按 {today.isoformat()} 计算：", file=out)
    for row in rows:
        lic, nxt = row.license, row.next_deadline
        mark = "（估算）" if nxt.estimated else ""
        print(f"[{lic.id}] {lic.number}  {lic.company}  {SCOPES[lic.scope]}  有效期至 {lic.expiry.isoformat()}",
              file=out)
        print(f"     下一期限：{nxt.label} {nxt.date.isoformat()}{mark}  "
              f"剩余 {row.days_left} 天  [{STATUS_LABELS[row.status]}]", file=out)
    return 0


def cmd_deadlines(args: argparse.Namespace, out: TextIO) -> int:
    today = _today(args)
    filed: set[int] = set()
    if args.license:
        if args.expiry or args.issued or args.scope:
            raise CliError("--license 与 --expiry/--issued/--scope 不能同时使用：已登记的许可证自带这些信息。")
        store = _open(args)
        try:
            license = license_ops.find_license(store, args.license)
            if license is None:
                raise CliError(f"找不到编号为 {args.license} 的许可证。先用 list 查看已登记的编号。")
            calendar = holiday_ops.load_calendar(store)
            filed = license_ops.filed_years_for(store, license.id)
        finally:
            store.close()
        deadlines = license_ops.deadlines_for(license, calendar)
        title = f"{license.number}  {license.company}  {SCOPES[license.scope]}"
    else:
        if not args.expiry or not args.scope:
            raise CliError("请给出 --license 编号，或同时给出 --expiry 和 --scope。")
        expiry = _option_date(args.expiry, "expiry", LABELS["expiry"])
        issued = _option_date(args.issued, "issued", LABELS["issued"])
        try:
            scope = parse_scope(args.scope)
        except ValueError as problem:
            raise ValidationError(FieldError("scope", LABELS["scope"], str(problem))) from None
        if issued and issued >= expiry:
            raise ValidationError(FieldError("expiry", LABELS["expiry"], f"应晚于发证日期 {issued.isoformat()}"))
        deadlines = compute_deadlines(expiry=expiry, issued=issued, calendar=WorkdayCalendar())
        title = f"有效期至 {expiry.isoformat()}  {SCOPES[scope]}"
    if args.json:
        print(json.dumps(deadlines_json(deadlines), ensure_ascii=False, indent=2), file=out)
    else:
        print_deadlines(deadlines, title=title, today=today, filed=filed, out=out)
    return 0


def deadlines_json(deadlines: LicenseDeadlines) -> dict:
    return {
        "expiry": deadlines.expiry.isoformat(),
        "renewal_legal_deadline": deadlines.renewal_legal_deadline.date.isoformat(),
        "renewal_last_working_day": deadlines.renewal_last_working_day.date.isoformat(),
        "renewal_safe_date": deadlines.renewal_safe_date.date.isoformat(),
        "prepare_from": deadlines.prepare_from.date.isoformat(),
        "cancellation_deadline": deadlines.cancellation_deadline.date.isoformat(),
        "estimated": deadlines.estimated,
        "annual_reports": [{
            "year": r.year, "window_start": r.window_start.isoformat(),
            "due": r.due.isoformat(), "grace_until": r.grace_until.isoformat(),
        } for r in deadlines.annual_reports],
    }


def print_deadlines(deadlines: LicenseDeadlines, *, title: str, today: date, filed: set[int],
                    out: TextIO) -> None:
    print(title, file=out)
    print(f"按 {today.isoformat()} 计算", file=out)
    for item in deadlines.renewal_deadlines():
        mark = "（估算）" if item.estimated else ""
        print(f"  {item.date.isoformat()}{mark}  {item.label}  还有 {item.days_left(today)} 天", file=out)
        print(f"      依据：{item.source}", file=out)
    print("  年报（每年第一季度报送上一年度情况）：", file=out)
    for report in deadlines.annual_reports:
        state = {"filed": "已报送", "not_open": "未开始", "open": "报送期内", "grace": "已逾期（4月限期补报）",
                 "missed": "已错过"}[report.state(today, filed=report.year in filed)]
        print(f"    {report.label}：{report.window_start.isoformat()} 起，{report.due.isoformat()} 截止，"
              f"补报至 {report.grace_until.isoformat()}  [{state}]", file=out)
    if deadlines.annual_reports:
        print(f"      依据：{deadlines.annual_reports[0].source}", file=out)
    if deadlines.estimated:
        print(ESTIMATE_NOTE, file=out)


def _xlsx_target(value: str) -> Path:
    target = Path(value).expanduser()
    if target.suffix.lower() != ".xlsx":
        raise ValidationError(FieldError("out", "--out", f"应为 .xlsx 文件，收到“{value}”"))
    return target


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    procedure = PROCEDURE_CLI_NAMES[args.procedure]
    target = _xlsx_target(args.out)
    trigger = _option_date(args.trigger_date, "trigger_date", "--trigger-date")
    if procedure != "change" and (args.change_kind or args.trigger_date):
        raise CliError("--change-kind 和 --trigger-date 只用于 --procedure change。")
    year = args.year or (date.today().year if procedure == "annual_report" else None)
    store = _open(args)
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
    for row in plan.changed_rows:
        print(f"  {row}", file=out)
    if plan.errors:
        print(f"有 {len(plan.errors)} 处错误，未导入任何内容：", file=out)
        for error in plan.errors:
            print(f"  {error}", file=out)


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    store = _open(args)
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
    today = _today(args)
    target = _xlsx_target(args.out)
    store = _open(args)
    try:
        from app.operations import excel as excel_ops

        path = excel_ops.export_dashboard(store, target, today=today)
        count = len(license_ops.overviews(store, today=today))
    finally:
        store.close()
    print(f"已导出 {count} 张许可证的期限（按 {today.isoformat()} 计算）：{path}", file=out)
    return 0


def cmd_reminders(args: argparse.Namespace, out: TextIO) -> int:
    today = _today(args)
    store = _open(args)
    try:
        from app.operations import reminders as reminder_ops

        reminders = reminder_ops.due_reminders(store, today)
    finally:
        store.close()
    if not reminders:
        print(f"按 {today.isoformat()} 计算，没有进入提醒范围的期限。", file=out)
        return 0
    print(f"按 {today.isoformat()} 计算，{len(reminders)} 个期限已进入提醒范围：", file=out)
    for reminder in reminders:
        lic, item = reminder.license, reminder.deadline
        mark = "（估算）" if reminder.estimated else ""
        if reminder.overdue and item.annual_year is not None:
            when = f"已逾期 {-reminder.days_left} 天，{reminder.open_until.isoformat()} 前可限期补报"
        elif reminder.overdue:
            when = (f"已逾期 {-reminder.days_left} 天：未在法定期限内申请续期，"
                    f"{reminder.open_until.isoformat()} 到期后不得继续经营")
        else:
            when = f"还有 {reminder.days_left} 天（提前 {reminder.lead_time} 天提醒）"
        print(f"  {item.date.isoformat()}{mark}  {when}  {lic.number}  {lic.company}", file=out)
        print(f"      {item.label}", file=out)
    return 0


def cmd_ics(args: argparse.Namespace, out: TextIO) -> int:
    today = _today(args)
    target = Path(args.out).expanduser()
    if target.suffix.lower() != ".ics":
        raise ValidationError(FieldError("out", "--out", f"日历文件应以 .ics 结尾，收到“{target.name}”"))
    store = _open(args)
    try:
        from app.operations import reminders as reminder_ops

        count = reminder_ops.export_calendar(store, target, today=today)
    finally:
        store.close()
    print(f"已导出 {count} 个期限（{today.isoformat()} 及以后）到 {target}", file=out)
    return 0
