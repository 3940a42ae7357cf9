"""Commands on licenses: add one, list them with their next deadline."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from app.cli.common import Commands, open_database, today_of
from app.domain.license import SCOPES, license_warnings
from app.domain.status import STATUS_LABELS
from app.operations import licenses as license_ops


def register(commands: Commands) -> None:
    p = commands.add("add-license", "登记一张许可证，输出新记录的 id", cmd_add_license)
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

    p = commands.add("list", "列出全部许可证、下一个期限和剩余天数", cmd_list)
    p.add_argument("--today", help="按这一天计算（默认今天），YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="输出 JSON")


def cmd_add_license(args: argparse.Namespace, out: TextIO) -> int:
    raw = {"number": args.number, "company": args.company, "scope": args.scope,
           "issued": args.issued, "expiry": args.expiry, "credit_code": args.credit_code,
           "legal_rep": args.legal_rep, "capital_wan": args.capital, "authority": args.authority}
    store = open_database(args)
    try:
        saved = license_ops.add_license(store, raw, allow_legacy_number=args.legacy_number)
    finally:
        store.close()
    print(saved.id, file=out)
    # what the license form shows for a second look: saved all the same
    for warning in license_warnings(saved):
        print(f"请核对：{warning}（已保存）", file=sys.stderr)
    return 0


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    today = today_of(args)
    store = open_database(args)
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
