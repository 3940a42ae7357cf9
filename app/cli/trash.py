"""Putting mistakes right from the terminal: delete a license to the 回收站 and restore it,
empty the 回收站, archive an ended license and bring it back."""

from __future__ import annotations

import argparse
from typing import TextIO

from app.cli.common import Commands, confirm, find_license_or_fail, open_database
from app.operations import archive
from app.operations import trash as trash_ops
from app.operations.attachments import size_text


def register(commands: Commands) -> None:
    p = commands.add("delete-license", "删除一张许可证：连同它的办理事项、历史记录和附件移到回收站（删除前自动备份）",
                     cmd_delete_license)
    p.add_argument("--license", required=True, help="许可证编号")
    p.add_argument("--yes", action="store_true", help="不再询问（不加时在终端中询问；没有终端则不删除）")

    p = commands.add("restore-license", "从回收站恢复一张许可证，连同它的办理事项、历史记录和附件", cmd_restore_license)
    p.add_argument("--license", required=True, help="许可证编号")

    p = commands.add("empty-trash", "清空回收站：其中的许可证、办理事项和附件（含文件）彻底删除，不能恢复（之前自动备份）",
                     cmd_empty_trash)
    p.add_argument("--yes", action="store_true", help="不再询问（不加时在终端中询问；没有终端则不删除）")

    p = commands.add("archive-license", "归档一张已注销或已过期的许可证：不再出现在总览、提醒和日历中",
                     cmd_archive_license)
    p.add_argument("--license", required=True, help="许可证编号")

    p = commands.add("unarchive-license", "取消归档：许可证重新出现在总览和提醒中", cmd_unarchive_license)
    p.add_argument("--license", required=True, help="许可证编号")


def contents_text(contents: trash_ops.Contents) -> str:
    """What goes with a deletion, in words: 2 个办理事项、3 个附件（1.2 MB）、12 条历史记录"""
    parts = []
    if contents.cases:
        parts.append(f"{contents.cases} 个办理事项")
    if contents.attachments:
        parts.append(f"{contents.attachments} 个附件（{size_text(contents.attachment_bytes)}）")
    if contents.license_files:
        parts.append(f"{contents.license_files} 个证书文件")
    if contents.events:
        parts.append(f"{contents.events} 条历史记录")
    return "、".join(parts)


def cmd_delete_license(args: argparse.Namespace, out: TextIO) -> int:
    store = open_database(args)
    try:
        license = find_license_or_fail(store, args.license)
        goes = contents_text(trash_ops.license_contents(store, license.id))
        confirm(f"删除许可证 {license.number}（{license.company}）" + (f"，连同 {goes}" if goes else "")
                + "？它会移到回收站，可以恢复。", yes=args.yes)
        entry = trash_ops.delete_license(store, license.id)
    finally:
        store.close()
    print(f"已删除 {license.number}（{license.company}）" + (f"，连同 {goes}" if goes else "")
          + f"：已移到回收站，可用 restore-license 恢复。删除前的备份：{entry.backup}", file=out)
    return 0


def cmd_restore_license(args: argparse.Namespace, out: TextIO) -> int:
    store = open_database(args)
    try:
        license = trash_ops.restore_license(store, args.license)
        goes = contents_text(trash_ops.license_contents(store, license.id))
    finally:
        store.close()
    print(f"已恢复 {license.number}（{license.company}）" + (f"，连同 {goes}" if goes else "") + "。", file=out)
    return 0


def cmd_empty_trash(args: argparse.Namespace, out: TextIO) -> int:
    store = open_database(args)
    try:
        found = trash_ops.entries(store)
        if not found:
            print("回收站是空的。", file=out)
            return 0
        listed = "\n".join(f"  {trash_ops.KIND_LABELS[e.kind]}：{e.label}" for e in found)
        confirm(f"回收站中的 {len(found)} 项将彻底删除，不能恢复：\n{listed}\n确定吗？", yes=args.yes)
        emptied = trash_ops.empty_trash(store)
    finally:
        store.close()
    print(f"已彻底删除 {emptied.entries} 项（{emptied.files} 个附件文件，{size_text(emptied.bytes)}）。"
          f"之前的备份：{emptied.backup}", file=out)
    return 0


def cmd_archive_license(args: argparse.Namespace, out: TextIO) -> int:
    store = open_database(args)
    try:
        license = find_license_or_fail(store, args.license)
        archive.archive_license(store, license.id)
    finally:
        store.close()
    print(f"已归档 {license.number}（{license.company}）：不再出现在总览、提醒和日历中；"
          "list --archived 可查看，unarchive-license 可取消归档。", file=out)
    return 0


def cmd_unarchive_license(args: argparse.Namespace, out: TextIO) -> int:
    store = open_database(args)
    try:
        license = find_license_or_fail(store, args.license)
        archive.unarchive_license(store, license.id)
    finally:
        store.close()
    print(f"已取消归档 {license.number}（{license.company}）。", file=out)
    return 0


