"""Backups from the terminal: make one (also as one file to keep elsewhere), list them with the
data restores set aside, restore one (from such a file too), and undo a restore.

Restoring and undoing replace the database file itself, which may be one that cannot be opened
(that is when a restore is needed): they check that no window holds it instead of opening it.
A file that is not a whole backup is invalid input (exit status 2, nothing changed)."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TextIO

from app.cli.common import CliError, Commands, confirm, open_database
from app.operations import backups
from app.operations.window_lock import refuse_while_window_holds
from app.paths import resolve_db_path

DB_HELP = "数据库文件（默认：用户数据文件夹中的文件）"


def register(commands: Commands) -> None:
    p = commands.add("backup", "备份：立即备份（可另存为一个文件），列出备份和恢复前保留的数据，恢复，撤销恢复",
                     _no_action)
    actions = p.add_subparsers(dest="backup_action", metavar="ACTION")

    q = _action(actions, "create", "立即备份数据库和附件；加 --to 时另存为一个 .zip 文件（文件夹或 U 盘）", cmd_create)
    q.add_argument("--to", metavar="PATH", help="保存到这个 .zip 文件，或这个文件夹中（文件名自动生成）")

    _action(actions, "list", "列出数据文件夹中的备份，以及每次恢复前保留的数据", cmd_list)

    q = _action(actions, "restore", "从备份文件（.zip）或备份文件夹恢复：先逐个核对 SHA-256，当前数据改名保留",
                cmd_restore)
    q.add_argument("source", metavar="SOURCE", help="用 backup create --to 保存的 .zip 文件，或一个备份文件夹")
    q.add_argument("--yes", action="store_true", help="不再询问（不加时在终端中询问；没有终端则不恢复）")

    q = _action(actions, "undo-restore", "撤销恢复：把最近一次恢复前保留的数据改回来（当前数据同样改名保留）",
                cmd_undo_restore)
    q.add_argument("--copy", metavar="NAME", help="改回这一份（backup list 列出的文件名；默认最近的一份）")
    q.add_argument("--yes", action="store_true", help="不再询问（不加时在终端中询问；没有终端则不改回）")


def _action(actions, name: str, help_text: str, handler) -> argparse.ArgumentParser:
    q = actions.add_parser(name, help=help_text, description=help_text)
    q.add_argument("--db", default=argparse.SUPPRESS, help=DB_HELP)
    q.set_defaults(handler=handler)
    return q


def _no_action(_args: argparse.Namespace, _out: TextIO) -> int:
    raise CliError("请指定操作：backup create、backup list、backup restore SOURCE 或 backup undo-restore。")


def _contents(info: backups.BackupInfo) -> str:
    return f"许可证 {info.license_count} 张，记录 {info.event_count} 条，附件 {info.attachment_count} 个"


def cmd_create(args: argparse.Namespace, out: TextIO) -> int:
    if not resolve_db_path(getattr(args, "db", None)).exists():
        raise CliError(f"找不到数据库 {resolve_db_path(getattr(args, 'db', None))}，没有可备份的数据。")
    store = open_database(args, writes=False)          # a database of ours; only read
    db_path = Path(store.path)
    store.close()
    now = datetime.now()
    if args.to is None:
        made = backups.backup_now(db_path, reason=backups.MANUAL, now=now)
        print(f"已备份（{_contents(made)}）：{made.folder}", file=out)
        return 0
    target = Path(args.to)
    if target.is_dir():
        from app.domain.file_names import proposed_name

        target = target / proposed_name("许可证管家备份", now.strftime("%Y-%m-%d-%H%M"), suffix=backups.FILE_SUFFIX)
    elif target.suffix.lower() != backups.FILE_SUFFIX:
        raise CliError(f"--to 应是一个文件夹或 .zip 文件：{target}")
    made, written = backups.backup_to_file(db_path, target, now=now)
    print(f"已备份（{_contents(made)}）并保存为一个文件：{written}", file=out)
    print(f"恢复：backup restore \"{written}\"", file=out)
    return 0


def cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    db_path = resolve_db_path(getattr(args, "db", None))
    found = backups.list_backups(db_path)
    folder = backups.backups_folder(db_path).resolve()
    print(f"备份（{folder}）：{len(found)} 份" if found else "还没有备份。", file=out)
    for info in found:
        print(f"  {info.created_at:%Y-%m-%d %H:%M}  {info.reason_label}  {_contents(info)}  {info.folder.name}",
              file=out)
    copies = backups.list_set_aside(db_path)
    if copies:
        print(f"恢复前保留的数据：{len(copies)} 份（可用 backup undo-restore 改回）", file=out)
    for copy in copies:
        licenses = copy.license_count()
        what = "恢复备份前的数据" if copy.label == backups.BEFORE_RESTORE else "改回前的数据"
        print(f"  {copy.set_aside_at:%Y-%m-%d %H:%M}  {what}  许可证 {'?' if licenses is None else licenses} 张，"
              f"附件 {copy.attachment_count} 个  {copy.database.name}", file=out)
    return 0


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    db_path = resolve_db_path(getattr(args, "db", None))
    source = Path(args.source)
    if not source.exists():
        raise CliError(f"找不到 {source}。")
    try:
        info = backups.read_backup_folder(source) if source.is_dir() else backups.read_file(source)
        backups.check_restorable(info)
    except backups.BackupFileRefused as refused:
        raise CliError(f"{refused}\n未恢复，数据没有改动。") from None
    refuse_while_window_holds(db_path)
    confirm(f"用 {info.created_at:%Y-%m-%d %H:%M} 的备份（{_contents(info)}）替换 {db_path} 吗？"
            "当前的数据会改名保留，可用 backup undo-restore 改回。", yes=args.yes)
    refuse_while_window_holds(db_path)
    try:
        result = backups.restore_from_file(source, db_path)
    except backups.BackupFileRefused as refused:
        raise CliError(f"{refused}\n未恢复，数据没有改动。") from None
    print(f"已恢复 {info.created_at:%Y-%m-%d %H:%M} 的备份（{_contents(info)}），每个文件的 SHA-256 均已核对。",
          file=out)
    for moved in result.set_aside:
        print(f"  原数据已改名保留：{moved.name}", file=out)
    return 0


def cmd_undo_restore(args: argparse.Namespace, out: TextIO) -> int:
    db_path = resolve_db_path(getattr(args, "db", None))
    copies = backups.list_set_aside(db_path)
    if args.copy:
        copies = [c for c in copies if args.copy in (c.database.name, c.database.stem)]
        if not copies:
            raise CliError(f"没有名为 {args.copy} 的保留数据：用 backup list 查看。")
    if not copies:
        raise CliError("没有恢复前保留的数据可以改回（还没有恢复过备份）。")
    copy = copies[0]
    refuse_while_window_holds(db_path)
    confirm(f"把数据改回 {copy.set_aside_at:%Y-%m-%d %H:%M} 保留的那一份（{copy.database.name}）吗？"
            "当前的数据同样改名保留。", yes=args.yes)
    refuse_while_window_holds(db_path)
    moved = backups.put_back(copy, db_path)
    print(f"已改回 {copy.set_aside_at:%Y-%m-%d %H:%M} 保留的数据（{copy.database.name}）。", file=out)
    for path in moved:
        print(f"  原数据已改名保留：{path.name}", file=out)
    return 0
