"""The terminal front door: the same operations as the GUI, without Qt.

Each module of this package adds its commands (``register``) with the handler that runs them;
``run`` calls the handler and turns the app's errors into a message and an exit status.
The Excel and calendar operations (openpyxl, icalendar) are imported by the commands that use
them, so that opening the window, which builds this parser too, does not pay for them.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from app.cli import deadlines, excel, holidays, licenses, reminders
from app.cli.common import EXIT_INVALID, EXIT_STORAGE, CliError, Commands
from app.domain.errors import ValidationError
from app.exports.errors import ExportError, ImportRefused
from app.storage.errors import StorageError

COMMAND_MODULES = (licenses, deadlines, reminders, excel, holidays)


def add_subcommands(parser: argparse.ArgumentParser) -> None:
    commands = Commands(parser.add_subparsers(dest="command", metavar="COMMAND"))
    for module in COMMAND_MODULES:
        module.register(commands)


def run(args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        return args.handler(args, out)
    except ValidationError as error:
        print("输入有误，未写入任何内容：", file=err)
        for item in error.errors:
            print(f"  {item}", file=err)
        return EXIT_INVALID
    except CliError as error:
        print(str(error), file=err)
        return error.status
    except StorageError as error:
        print(f"数据库错误：{error}", file=err)
        return EXIT_STORAGE
    except ExportError as error:
        print(f"导出失败：{error}", file=err)
        return EXIT_STORAGE
    except ImportRefused as error:
        print(f"不能导入，未写入任何内容：{error}", file=err)
        return EXIT_INVALID
