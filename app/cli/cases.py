"""Procedures (cases) from the terminal: start one, list them, and record each step with the
authority: submitted, a 补正 notice, resubmitted, approved (or done)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TextIO

from app.cli.common import (
    CliError,
    Commands,
    Handler,
    confirm,
    find_license_or_fail,
    open_database,
    option_date,
    warn,
)
from app.domain.cases import CASE_STATUSES, ITEM_STATES
from app.domain.catalogue import PROCEDURE_CLI_NAMES, default_catalogue
from app.domain.chinese_dates import day_text
from app.domain.deadlines import CHANGE_KINDS
from app.domain.errors import FieldError, ValidationError
from app.domain.text import first_of
from app.operations import cases as case_ops
from app.operations import obligations as obligation_ops
from app.operations import steps

PROCEDURE_NAMES = {procedure: name for name, procedure in PROCEDURE_CLI_NAMES.items()}


def register(commands: Commands) -> None:
    case = commands.add("case", "办理事项：开始、列出，并登记提交、补正、重新提交、批准", _no_step)
    steps_parsers = case.add_subparsers(dest="step", metavar="STEP")

    def step(name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        parser = steps_parsers.add_parser(name, help=help_text, description=help_text)
        parser.add_argument("--db", default=argparse.SUPPRESS, help="数据库文件（默认：用户数据文件夹中的文件）")
        parser.set_defaults(handler=handler)
        return parser

    p = step("start", "为一张许可证开始一个办理事项，输出它的编号（id）", cmd_start)
    p.add_argument("--license", required=True, help="许可证编号")
    p.add_argument("--procedure", required=True, choices=sorted(PROCEDURE_CLI_NAMES), help="办理事项")
    p.add_argument("--change-kind", choices=sorted(CHANGE_KINDS), help="变更类型（change 必填）：" + "，".join(
        f"{key}={label}" for key, (label, _trigger) in CHANGE_KINDS.items()))
    p.add_argument("--trigger-date", help="变更的起算日期（公司作出决定或工商变更登记之日）；注销：计划停止经营的日期")
    p.add_argument("--year", type=int, help="年报的报送年份（默认今年）")

    p = step("list", "列出办理事项：id、许可证、事项、状态", cmd_list)
    p.add_argument("--license", help="只看这张许可证（编号）")
    p.add_argument("--json", action="store_true", help="输出 JSON")

    p = step("submit", "登记材料已提交给发证机关（补正中的事项：登记重新提交）；还有未准备好的材料时先列出", cmd_submit)
    p.add_argument("--case", required=True, type=int, help="办理事项的 id")
    p.add_argument("--on", required=True, help="提交日期 YYYY-MM-DD")
    p.add_argument("--yes", action="store_true", help="还有未准备好的材料时也不询问（没有终端时只列出，照常登记）")

    p = step("correction", "登记收到补正通知：所涉材料回到“准备中”", cmd_correction)
    p.add_argument("--case", required=True, type=int, help="办理事项的 id")
    p.add_argument("--notice-date", required=True, help="补正通知的日期 YYYY-MM-DD")
    p.add_argument("--reply-by", help="通知要求的补正期限 YYYY-MM-DD（通知没写就不填）")
    p.add_argument("--items", help="补正涉及的材料序号，以逗号分隔，如 3,5")
    p.add_argument("--note", default="", help="补正要求（照抄通知）")

    p = step("resubmit", "登记补正后的材料已重新提交", cmd_resubmit)
    p.add_argument("--case", required=True, type=int, help="办理事项的 id")
    p.add_argument("--on", required=True, help="重新提交日期 YYYY-MM-DD")
    p.add_argument("--yes", action="store_true", help="还有未准备好的材料时也不询问")

    p = step("withdraw", "撤回一个办理事项（原因记入历史）：它所办的事重新列为待办，可以重新开始", cmd_withdraw)
    p.add_argument("--case", required=True, type=int, help="办理事项的 id")
    p.add_argument("--reason", required=True, help="撤回的原因")
    p.add_argument("--on", help="撤回日期 YYYY-MM-DD（默认今天）")

    p = step("take-back", "撤回记错的最后一步（提交、重新提交或补正通知），发证机关尚未答复时", cmd_take_back)
    p.add_argument("--case", required=True, type=int, help="办理事项的 id")

    p = step("approve", "登记批准（续期：新证的发证日期和有效期至；变更：变更后的信息）或办结", cmd_approve)
    p.add_argument("--case", required=True, type=int, help="办理事项的 id")
    p.add_argument("--on", required=True, help="批准（办结）日期 YYYY-MM-DD")
    p.add_argument("--new-issued", help="续期：新证书上的发证日期")
    p.add_argument("--new-expiry", help="续期：新证书上的有效期至")
    p.add_argument("--certificate", help="续期：新证书的扫描件或电子证照文件（随许可证保存）")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   help="变更：变更后的值，如 legal_rep=李四、company=新名称、capital=2000、address=...")


def _no_step(args: argparse.Namespace, out: TextIO) -> int:
    raise CliError("请指定一步：start、list、submit、correction、resubmit、approve、withdraw 或 take-back"
                   "（加 --help 查看用法）。")


def _title(case) -> str:
    name = default_catalogue().procedure(case.procedure).name
    if case.procedure == "change" and case.context.get("change_kind") in CHANGE_KINDS:
        return CHANGE_KINDS[case.context["change_kind"]][0]
    if case.procedure == "annual_report" and case.context.get("report_year"):
        return f"{case.context['report_year']}年年报"
    return name


def cmd_start(args: argparse.Namespace, out: TextIO) -> int:
    procedure = PROCEDURE_CLI_NAMES[args.procedure]
    trigger = option_date(args.trigger_date, "trigger_date", "--trigger-date")
    if args.change_kind and procedure != "change":
        raise CliError("--change-kind 只用于 --procedure change。")
    if trigger is not None and procedure not in ("change", "cancellation"):
        raise CliError("--trigger-date 只用于 change（起算日期）和 cancellation（计划停止经营的日期）。")
    if args.year is not None and procedure != "annual_report":
        raise CliError("--year 只用于 --procedure annual-report。")
    year = args.year or (date.today().year if procedure == "annual_report" else None)
    store = open_database(args)
    try:
        license = find_license_or_fail(store, args.license)
        case = case_ops.start_case(store, license.id, procedure, change_kind=args.change_kind,
                                   trigger_date=trigger, report_year=year)
    finally:
        store.close()
    print(case.id, file=out)
    return 0


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    from app.operations import licenses as license_ops

    store = open_database(args, writes=False)
    try:
        if args.license:
            chosen = [find_license_or_fail(store, args.license)]
        else:
            chosen = sorted(license_ops.all_licenses(store), key=lambda license: license.id)
        rows = [(license, case) for license in chosen for case in case_ops.all_cases(store, license.id)]
        titles = {case.id: _title(case) for _license, case in rows}
    finally:
        store.close()
    rows.sort(key=lambda pair: pair[1].id)
    if args.json:
        print(json.dumps([{"id": case.id, "license": license.number, "procedure": PROCEDURE_NAMES[case.procedure],
                           "state": case.status, "title": titles[case.id]} for license, case in rows],
                         ensure_ascii=False, indent=2), file=out)
        return 0
    if not rows:
        print("还没有办理事项。用 case start 开始一个。", file=out)
        return 0
    for license, case in rows:
        print(f"  #{case.id}  {license.number}  {titles[case.id]}  [{CASE_STATUSES.get(case.status, case.status)}]",
              file=out)
    return 0


def _report(store, case_id: int, out: TextIO, done: str) -> None:
    """What was recorded, and what the license now owes for this case (a warning when late)."""
    case = case_ops.get_case(store, case_id)
    print(f"#{case.id} {_title(case)}：{done}，现在的状态：{CASE_STATUSES.get(case.status, case.status)}。",
          file=out)
    license = case_ops.license_of(store, case)
    owed = obligation_ops.of_license(store, license, today=date.today())
    for item in owed.for_case(case.id):
        if item.state in ("pending", "overdue") and item.kind == "correction":
            moved = f"（通知写的期限 {day_text(item.due)}不是工作日）" if item.act_by != item.due else ""
            print(f"  补正应在 {day_text(item.act_by)}前重新提交{moved}。", file=out)
        if item.note and item.state != "done":
            warn(item.note)


def _ask_about_missing(store, case_id: int, *, yes: bool) -> None:
    """Materials still to prepare are listed; on a terminal the user is asked (not with --yes);
    without one the submission is recorded all the same (a script has decided)."""
    missing = steps.outstanding_items(store, case_id)
    if not missing:
        return
    shown, more = first_of(missing, 20)
    listed = "\n".join(f"  {item.position}. {item.name}（{ITEM_STATES[item.state]}）" for item in shown)
    if more:
        listed += f"\n  ……另有 {more} 项"
    question = f"还有 {len(missing)} 项材料没有标为已准备或不适用：\n{listed}\n仍然登记为已提交吗？"
    if yes or not sys.stdin.isatty():
        warn(question.replace("\n仍然登记为已提交吗？", "\n（照常登记）"))
        return
    confirm(question, yes=False)


def cmd_submit(args: argparse.Namespace, out: TextIO) -> int:
    store = open_database(args)
    try:
        if case_ops.get_case(store, args.case) is None:
            raise CliError(f"找不到 id 为 {args.case} 的办理事项。用 case list 查看。")
        _ask_about_missing(store, args.case, yes=args.yes)
        steps.submit(store, args.case, on=args.on)
        _report(store, args.case, out, "已登记提交")
    finally:
        store.close()
    return 0


def cmd_withdraw(args: argparse.Namespace, out: TextIO) -> int:
    store = open_database(args)
    try:
        if case_ops.get_case(store, args.case) is None:
            raise CliError(f"找不到 id 为 {args.case} 的办理事项。用 case list 查看。")
        case = steps.withdraw_case(store, args.case, reason=args.reason, on=args.on)
        print(f"#{case.id} {_title(case)}：已于 {case.outcome['withdrawn_on']} 撤回，原因已记入历史记录；"
              f"它要办的事重新列为待办，需要时用 case start 重新开始。", file=out)
    finally:
        store.close()
    return 0


def cmd_take_back(args: argparse.Namespace, out: TextIO) -> int:
    store = open_database(args)
    try:
        if case_ops.get_case(store, args.case) is None:
            raise CliError(f"找不到 id 为 {args.case} 的办理事项。用 case list 查看。")
        step = steps.last_step(store, args.case)
        steps.take_back(store, args.case)
        _report(store, args.case, out, f"已撤回 {step.text if step else '最后一步'}")
    finally:
        store.close()
    return 0


def _item_ids(store, case_id: int, text: str | None) -> list[int]:
    if not text:
        return []
    by_position = {item.position: item.id for item in case_ops.case_items(store, case_id)}
    ids = []
    for part in text.replace("，", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or int(part) not in by_position:
            raise ValidationError(FieldError("items", "--items",
                                             f"“{part[:20]}”不是这个办理事项的材料序号（1–{max(by_position, default=0)}）"))
        ids.append(by_position[int(part)])
    return ids


def cmd_correction(args: argparse.Namespace, out: TextIO) -> int:
    store = open_database(args)
    try:
        if case_ops.get_case(store, args.case) is None:
            raise CliError(f"找不到 id 为 {args.case} 的办理事项。用 case list 查看。")
        steps.record_correction(store, args.case, notice_date=args.notice_date, requested=args.note,
                                item_ids=_item_ids(store, args.case, args.items), reply_by=args.reply_by)
        _report(store, args.case, out, "已登记补正通知")
    finally:
        store.close()
    return 0


def cmd_resubmit(args: argparse.Namespace, out: TextIO) -> int:
    store = open_database(args)
    try:
        if case_ops.get_case(store, args.case) is None:
            raise CliError(f"找不到 id 为 {args.case} 的办理事项。用 case list 查看。")
        _ask_about_missing(store, args.case, yes=args.yes)
        steps.resubmit(store, args.case, on=args.on)
        _report(store, args.case, out, "已登记重新提交")
    finally:
        store.close()
    return 0


def _settings(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sign, value = pair.partition("=")
        if not sign or not name.strip():
            raise ValidationError(FieldError("set", "--set", f"应写成 字段=新值，如 legal_rep=李四，收到“{pair[:40]}”"))
        values[name.strip()] = value.strip()
    return values


def cmd_approve(args: argparse.Namespace, out: TextIO) -> int:
    store = open_database(args)
    try:
        case = case_ops.get_case(store, args.case)
        if case is None:
            raise CliError(f"找不到 id 为 {args.case} 的办理事项。用 case list 查看。")
        values = _settings(args.set)
        if case.procedure == "renewal":
            if values:
                raise CliError("续期的批准只需要 --new-issued 和 --new-expiry（新证书上的两个日期），不用 --set。")
            preview = steps.preview_renewal_approval(store, case.id, new_issued=args.new_issued,
                                                     new_expiry=args.new_expiry)
            steps.approve_renewal(store, case.id, approved_on=args.on, new_issued=args.new_issued,
                                  new_expiry=args.new_expiry, certificate=args.certificate)
            for warning in preview.warnings:
                warn(warning)
            done = "已登记批准（" + "；".join(f"{c.label} {c.old} → {c.new}" for c in preview.changes) + "）"
        elif args.new_issued or args.new_expiry or args.certificate:
            raise CliError("--new-issued、--new-expiry 和 --certificate 只用于续期。")
        elif case.procedure == "change":
            preview = steps.preview_change_approval(store, case.id, values=values)
            steps.approve_change(store, case.id, approved_on=args.on, values=values)
            shown = "；".join(f"{c.label} {c.old or '（空）'} → {c.new}" for c in preview.changes)
            done = f"已登记批准（{shown}）" if shown else "已登记批准"
        else:
            if values:
                raise CliError("--set 只用于变更。")
            steps.close_case(store, case.id, closed_on=args.on)
            done = "已登记报送" if case.procedure == "annual_report" else "已登记办结"
        _report(store, case.id, out, done)
    finally:
        store.close()
    return 0
