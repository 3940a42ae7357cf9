"""What each license owes (its obligations), and the steps that are not a procedure: a 年报
filed, a decision not to renew."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TextIO

from app.cli.common import (
    ESTIMATE_NOTE,
    Commands,
    distance_text,
    find_license_or_fail,
    open_database,
    option_date,
    today_of,
)
from app.domain.chinese_dates import day_text
from app.domain.license import License
from app.domain.obligations import OPEN_STATES, STATE_LABELS, Obligation
from app.operations import obligations as obligation_ops


def register(commands: Commands) -> None:
    p = commands.add("obligations", "每张许可证还要办的事（待办、已提交、已逾期、已错过），按最后可办理日排列",
                     cmd_obligations)
    p.add_argument("--license", help="只看这张许可证（编号）")
    p.add_argument("--today", help="按这一天计算（默认今天），YYYY-MM-DD")
    p.add_argument("--all", action="store_true", help="也列出已完成的")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = commands.add("report-filed", "记录一年的年报已报送", cmd_report_filed)
    p.add_argument("--license", required=True, help="许可证编号")
    p.add_argument("--year", required=True, type=int, help="报送年份（报告上一年度），如 2027")
    p.add_argument("--on", required=True, help="报送日期 YYYY-MM-DD")

    p = commands.add("decide", "决定不再续期（改为报告注销），或撤回这个决定", cmd_decide)
    p.add_argument("--license", required=True, help="许可证编号")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--not-renewing", action="store_true", help="不再续期：到期前 90 日报告注销并做好用户善后")
    which.add_argument("--renewing", action="store_true", help="撤回“不再续期”的决定，仍要续期")
    p.add_argument("--on", required=True, help="作出决定的日期 YYYY-MM-DD")
    p.add_argument("--stop-date", help="计划停止经营的日期（默认：有效期至）")


def obligation_json(license: License, item: Obligation) -> dict:
    return {"license": license.number, "kind": item.kind, "year": item.year, "title": item.title,
            "due": item.due.isoformat(), "act_by": item.act_by.isoformat(), "state": item.state,
            "estimated": item.estimated, "source": item.source, "case": item.case}


def print_obligation(license: License | None, item: Obligation, *, today: date, out: TextIO) -> None:
    """Two or three lines: the day to act by, its state and distance, what it is; the legal day
    when that is later; what follows, when there is something to say."""
    mark = "（估算）" if item.estimated else ""
    owner = f"  {license.number}  {license.company}" if license is not None else ""
    print(f"  {day_text(item.act_by)}{mark}  [{STATE_LABELS[item.state]}]  {distance_text(item.act_by, today)}"
          f"{owner}", file=out)
    print(f"      {item.title}", file=out)
    if item.act_by != item.due:
        print(f"      法定最后一日 {day_text(item.due)}不是工作日，最后可办理日为 {day_text(item.act_by)}", file=out)
    if item.note:
        print(f"      {item.note}", file=out)


def cmd_obligations(args: argparse.Namespace, out: TextIO) -> int:
    today = today_of(args)
    store = open_database(args, writes=False)
    try:
        if args.license:
            license = find_license_or_fail(store, args.license)
            owed = [(license, obligation_ops.of_license(store, license, today=today))]
        else:
            owed = obligation_ops.of_all(store, today=today)
    finally:
        store.close()
    rows = sorted(((license, item) for license, found in owed for item in found.items
                   if args.all or item.state in OPEN_STATES),
                  key=lambda pair: (pair[1].act_by, pair[0].number, pair[1].key))
    if args.json:
        print(json.dumps([obligation_json(license, item) for license, item in rows], ensure_ascii=False, indent=2),
              file=out)
        return 0
    if not rows:
        print(f"按 {today.isoformat()} 计算，没有{'任何' if args.all else '待办的'}事项。", file=out)
        return 0
    print(f"按 {today.isoformat()} 计算，{len(rows)} 项：", file=out)
    for license, item in rows:
        print_obligation(license, item, today=today, out=out)
    if any(item.estimated for _license, item in rows):
        print(ESTIMATE_NOTE, file=out)
    return 0


def cmd_report_filed(args: argparse.Namespace, out: TextIO) -> int:
    from app.operations import licenses as license_ops

    filed_on = option_date(args.on, "on", "--on")
    store = open_database(args)
    try:
        license = find_license_or_fail(store, args.license)
        license_ops.record_annual_report(store, license.id, year=args.year, filed_on=filed_on)
    finally:
        store.close()
    print(f"已记录：{license.number} 的 {args.year} 年年报于 {filed_on.isoformat()} 报送。", file=out)
    return 0


def cmd_decide(args: argparse.Namespace, out: TextIO) -> int:
    from app.operations import steps

    store = open_database(args)
    try:
        license = find_license_or_fail(store, args.license)
        if args.not_renewing:
            steps.decide_not_renewing(store, license.id, on=args.on, stop_date=args.stop_date)
            owed = obligation_ops.of_license(store, license, today=date.today())
        else:
            steps.decide_renewing(store, license.id, on=args.on)
            owed = None
    finally:
        store.close()
    if owed is not None:
        report = owed.find("cancellation")
        print(f"已记录：{license.number} 不再续期。应在 {day_text(report.act_by)}前报告注销并做好用户善后"
              f"（法定最后一日 {report.due.isoformat()}）。", file=out)
    else:
        print(f"已记录：{license.number} 仍要续期；续期申请重新列为待办。", file=out)
    return 0
