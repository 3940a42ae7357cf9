"""Group robots (企业微信, 钉钉, 飞书) and the daily digest, for a scheduled task or cron."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from app.cli.common import Commands, open_database, today_of, warn
from app.domain.chinese_dates import day_text
from app.paths import resolve_db_path

EXIT_NOT_SENT = 1


def register(commands: Commands) -> None:
    p = commands.add("notify", "群通知：企业微信、钉钉、飞书群机器人，每天一份期限摘要", _missing_action)
    actions = p.add_subparsers(dest="notify_action", metavar="ACTION")
    add = _action(actions, "add", "添加一个群机器人", cmd_add)
    add.add_argument("--kind", required=True, help="wecom（企业微信）、dingtalk（钉钉）或 feishu（飞书）")
    add.add_argument("--url", required=True, help="机器人的 Webhook 地址")
    add.add_argument("--secret", default="", help="钉钉的加签密钥（SEC 开头）或飞书的签名校验密钥")
    add.add_argument("--license", nargs="+", action="extend", metavar="NUMBER",
                     help="只提醒这些许可证（可写多个；不写则提醒全部许可证，包括以后添加的）")
    add.add_argument("--name", default="", help="机器人的名称（默认：企业微信群、钉钉群、飞书群）")

    listing = _action(actions, "list", "列出群机器人、它们提醒的许可证和上次发送的结果", cmd_list)
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")

    remove = _action(actions, "remove", "删除一个群机器人（及其发送记录和保存的密钥）", cmd_remove)
    remove.add_argument("--id", required=True, type=int, help="机器人的编号（见 notify list）")

    send = _action(actions, "send", "给每个机器人发送今天的摘要：新进入提醒期的、已逾期或已错过的，每项每个阶段只发一次",
                   cmd_send)
    send.add_argument("--today", help="按这一天计算（默认今天），YYYY-MM-DD")
    send.add_argument("--dry-run", action="store_true", help="只显示要发送的内容，不发送，也不记录")

    trial = _action(actions, "test", "给一个机器人发一条测试消息", cmd_test)
    trial.add_argument("--id", required=True, type=int, help="机器人的编号（见 notify list）")


def _action(actions, name: str, help_text: str, handler) -> argparse.ArgumentParser:
    parser = actions.add_parser(name, help=help_text, description=help_text)
    parser.add_argument("--db", default=argparse.SUPPRESS, help="数据库文件（默认：用户数据文件夹中的文件）")
    parser.set_defaults(handler=handler)
    return parser


def _missing_action(args: argparse.Namespace, out: TextIO) -> int:
    from app.cli.common import CliError

    raise CliError("请写出要做什么：notify add、list、remove、send 或 test（notify --help 查看说明）")


def cmd_add(args: argparse.Namespace, out: TextIO) -> int:
    from app.notify.formats import KIND_LABELS, SECRET_LABELS, check_robot
    from app.operations import notifications, robot_secrets

    address = check_robot(args.kind, args.url, args.secret)      # before opening anything
    store = open_database(args)
    try:
        license_ids = notifications.license_ids_of(store, args.license)
        robot = notifications.add_robot(store, kind=address.kind, url=address.url, secret=address.secret,
                                        license_ids=license_ids, name=args.name)
        covered = notifications.covered_numbers(store, robot)
    finally:
        store.close()
    print(f"已添加群机器人 {robot.id}：{robot.name}（{KIND_LABELS[robot.kind]}，{robot.address_shown}），"
          f"提醒{'全部许可证（包括以后添加的）' if robot.all_licenses else '、'.join(covered)}。", file=out)
    print(robot_secrets.place_text(robot.secret_place, store.path) + "。", file=out)
    if address.kind != "wecom" and not address.secret:
        warn(f"没有填写{SECRET_LABELS[address.kind]}：机器人的安全设置须为“自定义关键词”"
             "（关键词可设为“许可证”，每条消息都含这个词）或 IP 白名单，否则消息会被拒绝。")
    print(f"用 notify test --id {robot.id} 发一条测试消息。", file=out)
    return 0


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    from app.notify.formats import KIND_LABELS
    from app.operations import notifications, robot_secrets

    store = open_database(args, writes=False)
    try:
        robots = [(robot, notifications.covered_numbers(store, robot)) for robot in notifications.robots(store)]
    finally:
        store.close()
    if args.json:
        rows = [{"id": r.id, "kind": r.kind, "name": r.name, "address": r.address_shown, "host": r.host,
                 "licenses": "all" if r.all_licenses else numbers, "secret_kept_in": r.secret_place,
                 "last_attempt_on": r.last_attempt_on.isoformat() if r.last_attempt_on else None,
                 "last_ok": r.last_ok, "last_message": r.last_message} for r, numbers in robots]
        print(json.dumps(rows, ensure_ascii=False, indent=2), file=out)
        return 0
    if not robots:
        print("还没有群机器人。用 notify add 添加，或在 设置 → 通知 中添加。", file=out)
        return 0
    for robot, numbers in robots:
        print(f"{robot.id}  {robot.name}（{KIND_LABELS[robot.kind]}）  {robot.address_shown}", file=out)
        print(f"    提醒：{'全部许可证' if robot.all_licenses else '、'.join(numbers) or '（所选许可证已不存在）'}",
              file=out)
        print(f"    {robot_secrets.place_text(robot.secret_place, store.path)}", file=out)
        if robot.last_attempt_on is not None:
            result = "成功" if robot.last_ok else "失败"
            print(f"    上次发送：{robot.last_attempt_on.isoformat()} {result}：{robot.last_message}", file=out)
    return 0


def cmd_remove(args: argparse.Namespace, out: TextIO) -> int:
    from app.operations import notifications

    store = open_database(args)
    try:
        robot = notifications.remove_robot(store, args.id)
    finally:
        store.close()
    print(f"已删除群机器人 {robot.id}：{robot.name}（{robot.address_shown}）。", file=out)
    return 0


def cmd_send(args: argparse.Namespace, out: TextIO) -> int:
    from app.operations.window_lock import window_holding

    today = today_of(args)
    if args.dry_run:
        return _dry_run(args, out, today)
    path = resolve_db_path(getattr(args, "db", None))
    if path.exists() and window_holding(path) is not None:
        print("许可证管家正在运行（窗口或托盘中）并使用这个数据库：群通知由它每天发送，这里没有发送。"
              "要看今天的摘要，加 --dry-run。", file=out)
        return 0
    from app.operations import notifications

    store = open_database(args)
    try:
        outcomes = notifications.send_digests(store, today)
    finally:
        store.close()
    if not outcomes:
        print("还没有群机器人，没有发送。用 notify add 添加。", file=out)
        return 0
    for outcome in outcomes:
        robot = outcome.robot
        if not outcome.digest:
            print(f"{robot.name}（{robot.id}）：{notifications.NOTHING_NEW}，没有发送。", file=out)
            continue
        sent_keys = set()
        for part in outcome.parts:
            if len(sent_keys) >= outcome.sent:
                break
            sent_keys.update(part.keys)
        if outcome.sent:
            print(f"{robot.name}（{robot.id}）：已发送 {outcome.sent} 项：", file=out)
            for line in outcome.digest.lines:
                if line.key in sent_keys:
                    print(f"  {day_text(line.act_by)}  {line.number}  {line.company}：{line.what}", file=out)
        if outcome.problem:
            print(f"{robot.name}（{robot.id}）：发送失败：{outcome.problem}", file=out)
    return EXIT_NOT_SENT if any(not o.ok for o in outcomes) else 0


def _dry_run(args: argparse.Namespace, out: TextIO, today) -> int:
    from app.notify.formats import KIND_LABELS, digest_messages
    from app.operations import notifications

    store = open_database(args, writes=False)
    try:
        pending = notifications.pending_digests(store, today)
    finally:
        store.close()
    if not pending:
        print("还没有群机器人。用 notify add 添加。", file=out)
        return 0
    for robot, digest in pending:
        if not digest:
            print(f"== {robot.name}（{robot.id}，{KIND_LABELS[robot.kind]}）：{notifications.NOTHING_NEW}", file=out)
            continue
        parts = digest_messages(robot.kind, digest)
        print(f"== {robot.name}（{robot.id}，{KIND_LABELS[robot.kind]}）：将发送 {len(digest.keys)} 项，"
              f"{len(parts)} 条消息（--dry-run：没有发送）", file=out)
        for part in parts:
            print(part.message.markdown, file=out)
            print(file=out)
    return 0


def cmd_test(args: argparse.Namespace, out: TextIO) -> int:
    from app.operations import notifications
    from app.operations.robot_secrets import SecretMissing

    store = open_database(args, writes=False)
    try:
        robot = notifications.existing_robot(store, args.id)
        try:
            delivery = notifications.send_trial(store, robot.id)
        except SecretMissing as error:
            print(f"没有发送：{error}", file=out)
            return EXIT_NOT_SENT
    finally:
        store.close()
    if delivery.ok:
        print(f"已发送测试消息到 {robot.name}（{robot.address_shown}），请到群里查看。", file=out)
        return 0
    print(f"测试消息没有发出：{delivery.problem}", file=out)
    return EXIT_NOT_SENT
