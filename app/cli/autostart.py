"""Start at login into the tray: on, off, and whether it is on (per user, no administrator rights)."""

from __future__ import annotations

import argparse
import subprocess
from typing import TextIO

from app.cli.common import CliError, Commands
from app.paths import resolve_db_path

EXIT_NOT_WRITTEN = 1


def register(commands: Commands) -> None:
    p = commands.add("autostart", "开机登录时在托盘中悄悄启动（不开窗口），每天检查期限并提醒", cmd_autostart)
    p.add_argument("action", choices=("on", "off", "status"), help="on 开启，off 关闭，status 查看")


def cmd_autostart(args: argparse.Namespace, out: TextIO) -> int:
    from app.operations import autostart

    db_path = resolve_db_path(getattr(args, "db", None))
    if args.action == "on":
        try:
            state = autostart.enable(db_path)
        except OSError as error:
            raise CliError(f"无法写入开机启动项（{error.strerror or error}），没有开启。",
                           status=EXIT_NOT_WRITTEN) from None
        print(f"已开启开机自动启动：登录后在托盘中启动，每天检查期限。\n  启动项：{state.where}", file=out)
        print(f"  启动命令：{_command_text(state.command)}", file=out)
        return 0
    if args.action == "off":
        try:
            removed = autostart.disable()
        except OSError as error:
            raise CliError(f"无法删除开机启动项（{error.strerror or error}）。", status=EXIT_NOT_WRITTEN) from None
        state = autostart.status(db_path)
        if removed:
            print(f"已关闭开机自动启动（已删除 {state.where}）。", file=out)
        elif state.foreign:
            print(f"{state.where} 不是许可证管家写的，没有动它。开机自动启动没有开启。", file=out)
        else:
            print("开机自动启动本来就没有开启，没有改动。", file=out)
        return 0
    state = autostart.status(db_path)
    if not state.on:
        print("开机自动启动：未开启（用 autostart on 开启，或在 设置 → 通知 中勾选）。", file=out)
        if state.foreign:
            print(f"  注意：{state.where} 不是许可证管家写的。", file=out)
        return 0
    print(f"开机自动启动：已开启\n  启动项：{state.where}\n  启动命令：{_command_text(state.command)}", file=out)
    if not state.current:
        print("  启动的不是现在这个程序（程序可能移动或更新过）：用 autostart on 更新。", file=out)
    return 0


def _command_text(command: list[str]) -> str:
    return command[0] if len(command) == 1 else subprocess.list2cmdline(command)
