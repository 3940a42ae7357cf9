"""Entry point: no subcommand opens the GUI, a subcommand runs the CLI."""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

from app import __version__
from app.paths import resolve_db_path

if TYPE_CHECKING:
    import argparse


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from app import cli

    parser = argparse.ArgumentParser(
        prog="license-keeper",
        description="许可证管家：呼叫中心业务（B24）增值电信业务经营许可证的期限、续期清单与记录。"
                    "不带子命令时打开窗口。",
    )
    parser.add_argument("--db", help="数据库文件（默认在用户数据文件夹中；环境变量 LICENSE_KEEPER_DB 亦可指定）")
    parser.add_argument("--tray", action="store_true",
                        help="在托盘中启动，不开窗口（开机自动启动用）：每天检查期限并提醒")
    parser.add_argument("--smoke-test", action="store_true",
                        help="打开主窗口，待事件循环转一圈后以 0 退出（用于 CI 与安装包检查）")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    cli.add_subcommands(parser)
    return parser


def ensure_std_streams() -> None:
    """Give a program without a console somewhere to print.

    Started as a windowed program (the installed app on Windows), Python has no stdout or
    stderr: they are None and any write to them fails. Such output then goes nowhere.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def plain_gui_arguments(argv: list[str]) -> dict | None:
    """``--db FILE`` / ``--smoke-test`` / ``--tray`` only (how a double-click, or the start at
    login, starts the app), else None.

    Such a start skips building the command-line parser: argparse and the command modules are
    then never imported, which the start-up time would pay for nothing.
    """
    options: dict = {"db": None, "smoke_test": False, "tray": False}
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token == "--smoke-test":
            options["smoke_test"] = True
        elif token == "--tray":
            options["tray"] = True
        elif token == "--db" and rest and not rest[0].startswith("-"):
            options["db"] = rest.pop(0)
        elif token.startswith("--db=") and len(token) > 5:
            options["db"] = token[5:]
        else:
            return None
    return options


def main(argv: list[str] | None = None) -> int:
    ensure_std_streams()
    argv = sys.argv[1:] if argv is None else argv
    plain = plain_gui_arguments(argv)
    if plain is not None:
        # No garbage collection until the window shows (app.ui.application turns it back on):
        # the objects a start creates (modules, classes, Qt's wrappers, the dashboard's rows)
        # live as long as the window, and collections during the start would go over them
        # some fifty times, about 10 ms of a start of 200 ms.
        gc.disable()
        try:
            from app.ui.application import run_gui

            return run_gui(db_path=resolve_db_path(plain["db"]), smoke_test=plain["smoke_test"],
                           tray=plain["tray"])
        finally:
            gc.enable()
    args = build_parser().parse_args(argv)
    if args.command:
        from app import cli

        return cli.run(args)
    from app.ui.application import run_gui

    return run_gui(db_path=resolve_db_path(args.db), smoke_test=args.smoke_test, tray=args.tray)


if __name__ == "__main__":
    sys.exit(main())
