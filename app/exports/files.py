"""Writing an exported file all at once: a temporary file beside it, then a rename.

A reader (or Excel) sees the old file or the new one, never half of one, and a failure leaves
no partial file behind. Every exporter (Excel, .ics) writes through ``replace_atomically``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.exports.errors import ExportError

__all__ = ["ExportError", "replace_atomically", "write_atomically"]


def replace_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)``, flush it to disk, then rename it over ``target``.

    ``write`` may raise ExportError itself; an OSError from it or from the rename becomes an
    ExportError with a message for the user (a file held open by Excel: close it and retry).
    """
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"文件夹不存在：{folder}")
    if target.is_dir():
        raise ExportError(f"{target} 是一个文件夹，请另选文件名。")
    try:
        handle, temporary_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".partial", dir=folder)
    except PermissionError:
        raise ExportError(f"没有权限在文件夹 {folder} 中保存文件，请换一个文件夹。") from None
    except OSError as problem:
        raise ExportError(f"无法在文件夹 {folder} 中保存文件：{problem.strerror or problem}") from None
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        try:
            write(temporary)
            with temporary.open("rb+") as written:
                os.fsync(written.fileno())
        except OSError as problem:
            raise ExportError(f"保存 {target.name} 失败（{problem.strerror or problem}），"
                              "没有留下不完整的文件。") from None
        try:
            os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o644)
            os.replace(temporary, target)
        except PermissionError:
            raise ExportError(f"无法写入 {target.name}：这个文件可能正在 Excel 或其他程序中打开。"
                              "请先关闭它，再重新导出。") from None
        except OSError as problem:
            raise ExportError(f"无法写入 {target.name}（{problem.strerror or problem}），原文件未改动。") from None
    finally:
        temporary.unlink(missing_ok=True)
    return target


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through ``replace_atomically``."""
    return replace_atomically(Path(path), lambda temporary: temporary.write_bytes(data))
