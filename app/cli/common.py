"""What every command shares: the errors it reports, its exit statuses, dates, the database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import TextIO

from app.domain.errors import FieldError, ValidationError
from app.domain.license import parse_date
from app.domain.text import shown
from app.operations import Store
from app.operations.database import open_to_read, open_to_write
from app.paths import resolve_db_path

EXIT_INVALID = 2
EXIT_STORAGE = 1
ESTIMATE_NOTE = ("（估算）：该年份的国务院节假日安排尚未收录，按周末和法定节假日"
                 "（含春节、劳动节、国庆节的惯常长假）估算，调休上班日未计；在“节假日安排”中录入，"
                 "或用 holidays import 导入当年安排后，估算标记会消失。")

Handler = Callable[[argparse.Namespace, TextIO], int]


class CliError(Exception):
    """A problem to print for the user, with the exit status to use."""

    def __init__(self, message: str, status: int = EXIT_INVALID):
        super().__init__(message)
        self.status = status


class Commands:
    """Where a command module adds its commands: each with its help, ``--db`` and its handler."""

    def __init__(self, subparsers):
        self._subparsers = subparsers

    def add(self, name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        parser = self._subparsers.add_parser(name, help=help_text, description=help_text)
        parser.add_argument("--db", default=argparse.SUPPRESS, help="数据库文件（默认：用户数据文件夹中的文件）")
        parser.set_defaults(handler=handler)
        return parser


def option_date(value: str | None, field: str, label: str) -> date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as problem:
        raise ValidationError(FieldError(field, label, str(problem))) from None


def today_of(args: argparse.Namespace) -> date:
    return option_date(getattr(args, "today", None), "today", "--today") or date.today()


def open_database(args: argparse.Namespace, *, writes: bool = True) -> Store:
    """The database of ``--db`` (or the default one), for a command that ``writes`` to it or not.

    While a window holds the database, a command that writes is refused as a second window
    is (the same message, exit status 4); one that only reads runs, and any write it comes
    to make after all is refused the same way. A reading command also works in a data folder
    it may not write to, or on a full disk (app.operations.database).
    """
    path = resolve_db_path(getattr(args, "db", None))
    return open_to_write(path) if writes else open_to_read(path)




def distance_text(day: date, today: date) -> str:
    """还有 N 天 / 就是今天 / 已过 N 天"""
    days = (day - today).days
    if days > 0:
        return f"还有 {days} 天"
    if days == 0:
        return "就是今天"
    return f"已过 {-days} 天"


def warn(message: str) -> None:
    """Something worth a second look that did not stop the command (it still did its work)."""
    print(f"注意：{message}", file=sys.stderr)


def confirm(question: str, *, yes: bool) -> None:
    """Ask before something that needs a yes (``--yes`` gives it): on a terminal the question is
    asked; without one nothing is done (exit status 2)."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise CliError(f"{question}\n没有终端可以询问，因此什么也没有做：确认后加 --yes 再运行。")
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    try:
        answer = input().strip().lower()
    except EOFError:
        answer = ""
    if answer not in ("y", "yes", "是"):
        raise CliError("已取消，什么也没有做。")


def find_license_or_fail(store: Store, number: str):
    from app.operations import licenses as license_ops

    license = license_ops.find_license(store, number)
    if license is None and license_ops.in_trash(store, number):
        raise CliError(f"编号为 {shown(number)} 的许可证在回收站中：先用 restore-license 恢复它。")
    if license is None:
        raise CliError(f"找不到编号为 {shown(number)} 的许可证。先用 list 查看已登记的编号。")
    return license
