"""Commands on licenses: add one, list them with their next thing to do, show one whole."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TextIO

from app.cli.common import (
    Commands,
    distance_text,
    find_license_or_fail,
    open_database,
    today_of,
    warn,
)
from app.domain.chinese_dates import day_text
from app.domain.license import LABELS, SCOPES, License, capital_text, license_warnings
from app.domain.obligations import STATE_LABELS
from app.domain.status import STATUS_LABELS
from app.operations import archive
from app.operations import licenses as license_ops
from app.operations import obligations as obligation_ops
from app.operations.licenses import PAST_REPORTS


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
    p.add_argument("--past-reports", choices=PAST_REPORTS,
                   help="登记之前各年度的年报：filed（都已报送）或 unfiled（有未报送的，之后逐年用 report-filed 记录）")

    p = commands.add("list", "列出全部许可证、下一件要办的事和剩余天数", cmd_list)
    p.add_argument("--today", help="按这一天计算（默认今天），YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--archived", action="store_true", help="只列出已归档的许可证")
    shown.add_argument("--deleted", action="store_true", help="只列出回收站中的许可证（可用 restore-license 恢复）")

    p = commands.add("show", "一张许可证的全部信息和它的历史记录", cmd_show)
    p.add_argument("--license", required=True, help="许可证编号")
    p.add_argument("--json", action="store_true", help="输出 JSON")


def cmd_add_license(args: argparse.Namespace, out: TextIO) -> int:
    raw = {"number": args.number, "company": args.company, "scope": args.scope,
           "issued": args.issued, "expiry": args.expiry, "credit_code": args.credit_code,
           "legal_rep": args.legal_rep, "capital_wan": args.capital, "authority": args.authority}
    store = open_database(args)
    try:
        saved = license_ops.add_license(store, raw, allow_legacy_number=args.legacy_number,
                                        past_reports=args.past_reports)
        unasked = [] if args.past_reports else license_ops.past_report_years(store, saved, today=date.today())
    finally:
        store.close()
    print(saved.id, file=out)
    # what the license form shows for a second look: saved all the same
    for warning in license_warnings(saved):
        print(f"请核对：{warning}（已保存）", file=sys.stderr)
    if unasked:
        warn(f"{'、'.join(map(str, unasked))} 年的年报没有记录为已报送，现在列为“已错过”。已报送的，"
             f"用 report-filed 逐年记录；或重新登记时加 --past-reports filed。")
    return 0


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    today = today_of(args)
    if args.deleted:
        return _list_deleted(args, out)
    store = open_database(args, writes=False)
    try:
        if args.archived:
            rows = archive.archived_overviews(store, today=today)
            archived = 0
        else:
            rows = obligation_ops.overviews(store, today=today)
            archived = archive.archived_count(store)
    finally:
        store.close()
    if args.json:
        payload = [{
            "id": row.license.id, "number": row.license.number, "company": row.license.company,
            "scope": row.license.scope, "expiry": row.license.expiry.isoformat(),
            "next_deadline": {"key": row.next_deadline.key, "label": row.next_deadline.label,
                              "date": row.next_deadline.date.isoformat(), "state": row.next_deadline.state,
                              "estimated": row.next_deadline.estimated},
            "days_left": row.days_left, "status": row.status,
        } for row in rows]
        print(json.dumps(payload, ensure_ascii=False, indent=2), file=out)
        return 0
    if not rows:
        print("没有已归档的许可证。" if args.archived else "还没有登记许可证。用 add-license 添加一张。", file=out)
        if archived:
            print(f"另有 {archived} 张已归档：list --archived 查看。", file=out)
        return 0
    print(f"按 {today.isoformat()} 计算" + ("（已归档的许可证）" if args.archived else "") + "：", file=out)
    for row in rows:
        lic, nxt = row.license, row.next_deadline
        mark = "（估算）" if nxt.estimated else ""
        print(f"[{lic.id}] {lic.number}  {lic.company}  {SCOPES[lic.scope]}  有效期至 {lic.expiry.isoformat()}",
              file=out)
        state = f"（{STATE_LABELS[nxt.state]}）" if nxt.hard and nxt.state != "pending" else ""
        print(f"     下一件事：{nxt.label}{state}  {day_text(nxt.date)}{mark}  "
              f"{distance_text(nxt.date, today)}  [{STATUS_LABELS[row.status]}]", file=out)
    if archived:
        print(f"另有 {archived} 张已归档：list --archived 查看。", file=out)
    return 0


def _list_deleted(args: argparse.Namespace, out: TextIO) -> int:
    from app.cli.trash import contents_text
    from app.operations import trash as trash_ops

    store = open_database(args, writes=False)
    try:
        found = [(e, license_ops.deleted_license(store, e.license_id))
                 for e in trash_ops.entries(store) if e.kind == trash_ops.LICENSE]
    finally:
        store.close()
    if args.json:
        print(json.dumps([{"id": lic.id, "number": lic.number, "company": lic.company,
                           "expiry": lic.expiry.isoformat(), "deleted_at": entry.deleted_at,
                           "cases": entry.contents.cases, "attachments": entry.contents.attachments}
                          for entry, lic in found], ensure_ascii=False, indent=2), file=out)
        return 0
    if not found:
        print("回收站中没有许可证。", file=out)
        return 0
    print("回收站中的许可证（restore-license 恢复，empty-trash 彻底删除）：", file=out)
    for entry, lic in found:
        goes = contents_text(entry.contents)
        print(f"[{lic.id}] {lic.number}  {lic.company}  有效期至 {lic.expiry.isoformat()}  "
              f"删除于 {entry.deleted_at.replace('T', ' ')}" + (f"  （{goes}）" if goes else ""), file=out)
    return 0


def license_json(license: License) -> dict:
    values = {name: getattr(license, name) for name in LABELS}
    values.update(issued=license.issued.isoformat(), expiry=license.expiry.isoformat(),
                  capital_wan=capital_text(license.capital_wan) if license.capital_wan is not None else None,
                  lead_times=list(license.lead_times))
    return {"id": license.id, **values, "legacy_number": license.legacy_number, "is_example": license.is_example}


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    from app.operations import cases as case_ops
    from app.operations import license_files

    store = open_database(args, writes=False)
    try:
        license = find_license_or_fail(store, args.license)
        history = license_ops.history(store, license.id)
        cases = case_ops.all_cases(store, license.id)
        files = license_files.files_of(store, license.id)
    finally:
        store.close()
    if args.json:
        print(json.dumps({
            "license": license_json(license),
            "history": [{"date": e.event_date.isoformat(), "kind": e.kind, "summary": e.summary, "detail": e.detail,
                         "recorded_at": e.created_at} for e in reversed(history)],
            "cases": [{"id": c.id, "procedure": c.procedure, "state": c.status} for c in reversed(cases)],
            "files": [{"kind": f.kind, "name": f.original_name, "sha256": f.sha256, "size": f.size,
                       "added_at": f.added_at} for f in files],
        }, ensure_ascii=False, indent=2), file=out)
        return 0
    print(f"{license.number}  {license.company}", file=out)
    for name, value in license_json(license).items():
        if name in LABELS and value not in (None, "", []):
            shown = "、".join(map(str, value)) if isinstance(value, list) else value
            print(f"  {LABELS[name]}：{SCOPES.get(shown, shown) if name == 'scope' else shown}", file=out)
    for kept in files:
        print(f"  {license_files.KIND_LABELS.get(kept.kind, kept.kind)}：{kept.original_name}（{kept.added_at[:10]}）",
              file=out)
    print("历史记录：", file=out)
    for event in reversed(history):
        print(f"  {event.event_date.isoformat()}  {event.summary}", file=out)
    return 0
