"""Reminders within each license's lead times, and every deadline as a calendar file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from app.cli.common import Commands, open_database, today_of
from app.domain.chinese_dates import day_text
from app.domain.digest import line_of, when_text
from app.domain.errors import FieldError, ValidationError
from app.domain.text import shown


def register(commands: Commands) -> None:
    p = commands.add("reminders", "已进入提醒范围（各许可证的提醒提前天数内）的期限", cmd_reminders)
    p.add_argument("--today", help="按这一天计算（默认今天），YYYY-MM-DD")

    p = commands.add("ics", "把全部许可证的期限导出为日历文件（.ics，可导入 Outlook、钉钉、企业微信）", cmd_ics)
    p.add_argument("--out", required=True, help="要写入的 .ics 文件")
    p.add_argument("--today", help="只导出这一天及以后的期限（默认今天），YYYY-MM-DD")


def cmd_reminders(args: argparse.Namespace, out: TextIO) -> int:
    today = today_of(args)
    store = open_database(args, writes=False)
    try:
        from app.operations import reminders as reminder_ops

        reminders = reminder_ops.due_reminders(store, today)
    finally:
        store.close()
    if not reminders:
        print(f"按 {today.isoformat()} 计算，没有进入提醒范围的期限。", file=out)
        return 0
    print(f"按 {today.isoformat()} 计算，{len(reminders)} 件事已进入提醒范围或已逾期：", file=out)
    for reminder in reminders:
        lic, item = reminder.license, reminder.deadline
        mark = "（估算）" if reminder.estimated else ""
        print(f"  {day_text(item.date)}{mark}  {when_text(line_of(reminder))}  {lic.number}  {lic.company}", file=out)
        print(f"      {item.label}", file=out)
        if reminder.note:
            print(f"      {reminder.note}", file=out)
    return 0


def cmd_ics(args: argparse.Namespace, out: TextIO) -> int:
    today = today_of(args)
    target = Path(args.out).expanduser()
    if target.suffix.lower() != ".ics":
        raise ValidationError(FieldError("out", "--out", f"日历文件应以 .ics 结尾，收到“{shown(target.name)}”"))
    store = open_database(args, writes=False)
    try:
        from app.operations import reminders as reminder_ops

        count = reminder_ops.export_calendar(store, target, today=today)
    finally:
        store.close()
    print(f"已导出 {count} 个期限（{today.isoformat()} 及以后）到 {target}", file=out)
    return 0
