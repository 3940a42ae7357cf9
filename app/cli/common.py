"""What every command shares: the errors it reports, its exit statuses, dates, the database."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TextIO

from app.domain.errors import FieldError, ValidationError
from app.domain.license import parse_date
from app.operations import Store, open_store
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


def open_database(args: argparse.Namespace) -> Store:
    return open_store(resolve_db_path(getattr(args, "db", None)))
