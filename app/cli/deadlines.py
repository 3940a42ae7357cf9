"""The deadlines of a stored license, or of any expiry date without a database."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TextIO

from app.cli.common import ESTIMATE_NOTE, CliError, Commands, open_database, option_date, today_of
from app.domain.deadlines import LicenseDeadlines, compute_deadlines
from app.domain.errors import FieldError, ValidationError
from app.domain.license import LABELS, SCOPES, parse_scope
from app.domain.text import shown
from app.domain.workdays import WorkdayCalendar
from app.operations import holidays as holiday_ops
from app.operations import licenses as license_ops


def register(commands: Commands) -> None:
    p = commands.add("deadlines", "一张许可证的全部法定期限", cmd_deadlines)
    p.add_argument("--license", help="已登记许可证的编号")
    p.add_argument("--expiry", help="有效期至 YYYY-MM-DD（不查数据库时）")
    p.add_argument("--issued", help="发证日期（默认：有效期至减 5 年）")
    p.add_argument("--scope", help="national 或 provincial")
    p.add_argument("--today", help="按这一天计算（默认今天）")
    p.add_argument("--json", action="store_true", help="输出 JSON")


def cmd_deadlines(args: argparse.Namespace, out: TextIO) -> int:
    today = today_of(args)
    filed: set[int] = set()
    if args.license:
        if args.expiry or args.issued or args.scope:
            raise CliError("--license 与 --expiry/--issued/--scope 不能同时使用：已登记的许可证自带这些信息。")
        store = open_database(args, writes=False)
        try:
            license = license_ops.find_license(store, args.license)
            if license is None:
                raise CliError(f"找不到编号为 {shown(args.license)} 的许可证。先用 list 查看已登记的编号。")
            calendar = holiday_ops.load_calendar(store)
            filed = license_ops.filed_years_for(store, license.id)
        finally:
            store.close()
        deadlines = license_ops.deadlines_for(license, calendar)
        title = f"{license.number}  {license.company}  {SCOPES[license.scope]}"
    else:
        if not args.expiry or not args.scope:
            raise CliError("请给出 --license 编号，或同时给出 --expiry 和 --scope。")
        expiry = option_date(args.expiry, "expiry", LABELS["expiry"])
        issued = option_date(args.issued, "issued", LABELS["issued"])
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
