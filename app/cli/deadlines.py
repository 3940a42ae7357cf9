"""The deadlines of a stored license (its annual reports as it owes them), or of any expiry date
without a database."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TextIO

from app.cli.common import (
    ESTIMATE_NOTE,
    CliError,
    Commands,
    distance_text,
    find_license_or_fail,
    open_database,
    option_date,
    today_of,
)
from app.domain.chinese_dates import day_text
from app.domain.deadlines import LicenseDeadlines, compute_deadlines
from app.domain.errors import FieldError, ValidationError
from app.domain.license import LABELS, SCOPES, parse_scope
from app.domain.obligations import STATE_LABELS, Obligation, obligations_of
from app.domain.workdays import WorkdayCalendar
from app.operations import holidays as holiday_ops
from app.operations import obligations as obligation_ops


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
    if args.license:
        if args.expiry or args.issued or args.scope:
            raise CliError("--license 与 --expiry/--issued/--scope 不能同时使用：已登记的许可证自带这些信息。")
        store = open_database(args, writes=False)
        try:
            license = find_license_or_fail(store, args.license)
            calendar = holiday_ops.load_calendar(store)
            owed = obligation_ops.of_license(store, license, today=today, calendar=calendar)
        finally:
            store.close()
        deadlines = compute_deadlines(expiry=license.expiry, issued=license.issued, calendar=calendar)
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
        calendar = WorkdayCalendar()
        deadlines = compute_deadlines(expiry=expiry, issued=issued, calendar=calendar)
        owed = obligations_of(issued=deadlines.issued, expiry=expiry, calendar=calendar, today=today)
        title = f"有效期至 {expiry.isoformat()}  {SCOPES[scope]}"
    reports = owed.annual_reports()
    if args.json:
        print(json.dumps(deadlines_json(deadlines, reports), ensure_ascii=False, indent=2), file=out)
    else:
        print_deadlines(deadlines, reports, title=title, today=today, out=out)
    return 0


def deadlines_json(deadlines: LicenseDeadlines, reports: list[Obligation]) -> dict:
    return {
        "expiry": deadlines.expiry.isoformat(),
        "renewal_legal_deadline": deadlines.renewal_legal_deadline.date.isoformat(),
        "renewal_last_working_day": deadlines.renewal_last_working_day.date.isoformat(),
        "renewal_safe_date": deadlines.renewal_safe_date.date.isoformat(),
        "prepare_from": deadlines.prepare_from.date.isoformat(),
        "cancellation_deadline": deadlines.cancellation_deadline.date.isoformat(),
        "estimated": deadlines.estimated,
        "annual_reports": [{
            "year": r.year, "window_start": r.opens.isoformat(), "due": r.due.isoformat(),
            "act_by": r.act_by.isoformat(), "grace_until": r.until.isoformat(), "state": r.state,
            "estimated": r.estimated,
        } for r in reports],
    }


def print_deadlines(deadlines: LicenseDeadlines, reports: list[Obligation], *, title: str, today: date,
                    out: TextIO) -> None:
    print(title, file=out)
    print(f"按 {today.isoformat()} 计算", file=out)
    for item in deadlines.renewal_deadlines():
        mark = "（估算）" if item.estimated else ""
        print(f"  {day_text(item.date)}{mark}  {item.label}  {distance_text(item.date, today)}", file=out)
        print(f"      依据：{item.source}", file=out)
    print("  年报（每年第一季度报送上一年度情况）：", file=out)
    for report in reports:
        mark = "（估算）" if report.estimated else ""
        act_by = "" if report.act_by == report.due else f"（不是工作日，最后可办理日 {day_text(report.act_by)}{mark}）"
        print(f"    {report.title}：{report.opens.isoformat()} 起，{day_text(report.due)}截止{act_by}，"
              f"补报至 {report.until.isoformat()}  [{STATE_LABELS[report.state]}]", file=out)
    if reports:
        print(f"      依据：{reports[0].source}", file=out)
    if deadlines.estimated or any(r.estimated for r in reports):
        print(ESTIMATE_NOTE, file=out)
