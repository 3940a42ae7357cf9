"""The terminal front door: the same operations as the GUI, without Qt.

Each module of this package adds its commands (``register``) with the handler that runs them;
``run`` calls the handler and turns the app's errors into a message and an exit status.
The Excel and calendar operations (openpyxl, icalendar) are imported by the commands that use
them, so that opening the window, which builds this parser too, does not pay for them.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from typing import TextIO

from app.cli import (
    autostart,
    backups,
    cases,
    deadlines,
    excel,
    holidays,
    licenses,
    notify,
    obligations,
    reminders,
    trash,
)
from app.cli.common import EXIT_INVALID, EXIT_STORAGE, CliError, Commands
from app.domain.errors import ValidationError
from app.exports.errors import ExportError, ImportRefused
from app.operations.database import EXIT_ALREADY_RUNNING
from app.storage.errors import DatabaseInUse, StorageError

COMMAND_MODULES = (licenses, trash, obligations, cases, deadlines, reminders, excel, holidays, notify,
                   autostart, backups)
MAX_MESSAGE_LINE = 2000
EXIT_INTERRUPTED = 130          # as a shell reports Ctrl+C


def add_subcommands(parser: argparse.ArgumentParser) -> None:
    commands = Commands(parser.add_subparsers(dest="command", metavar="COMMAND"))
    for module in COMMAND_MODULES:
        module.register(commands)


def run(args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = ClosablePipe(out or sys.stdout)
    err = err or sys.stderr
    try:
        return args.handler(args, out)
    except ValidationError as error:
        _say(err, "输入有误，未写入任何内容：", *(f"  {item}" for item in error.errors))
        return EXIT_INVALID
    except CliError as error:
        _say(err, str(error))
        return error.status
    except DatabaseInUse as error:
        _say(err, str(error))
        return EXIT_ALREADY_RUNNING
    except StorageError as error:
        _say(err, f"数据库错误：{error}")
        return EXIT_STORAGE
    except ExportError as error:
        _say(err, f"导出失败：{error}")
        return EXIT_STORAGE
    except ImportRefused as error:
        _say(err, f"不能导入，未写入任何内容：{error}")
        return EXIT_INVALID
    except KeyboardInterrupt:
        _say(err, "已中断。")
        return EXIT_INTERRUPTED
    except Exception as error:      # a fault of the program itself: said in a line, not dumped
        _say(err, f"出现意外错误，操作已中止（{type(error).__name__}：{str(error)[:300]}）。"
                  "每次保存都是完整写入或完全不写，已保存的数据不受影响。")
        return EXIT_STORAGE
    finally:
        out.flush()


def _say(err: TextIO, *lines: str) -> None:
    """Print a message; a line that quotes something huge is cut (the rest would only bury it)."""
    for line in lines:
        print(line if len(line) <= MAX_MESSAGE_LINE else f"{line[:MAX_MESSAGE_LINE]}…（共 {len(line)} 个字符）",
              file=err)


class ClosablePipe:
    """The output of a command, which may be a pipe closed before all was read
    (``license-keeper import … | head``). What the command did stands, and its exit status
    says so; what could not be printed is dropped, without a traceback."""

    def __init__(self, stream: TextIO):
        self._stream = stream
        self.closed_early = False

    def write(self, text: str) -> int:
        if not self.closed_early:
            try:
                self._stream.write(text)
            except BrokenPipeError:
                self._closed()
        return len(text)

    def flush(self) -> None:
        if not self.closed_early:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._closed()

    def _closed(self) -> None:
        self.closed_early = True
        # Python flushes stdout once more at exit: send that to nowhere instead.
        with contextlib.suppress(AttributeError, OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
