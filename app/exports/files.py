"""Writing an exported file all at once: a temporary file beside it, then a rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class ExportError(Exception):
    """Writing an export failed; ``str(error)`` is meant for the user and nothing was replaced."""


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new one, never half."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"文件夹 {folder} 不存在，无法导出到 {path.name}。")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    except OSError as exc:
        raise ExportError(f"无法在 {folder} 中写入文件：{exc.strerror or exc}") from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportError(f"无法写入 {path}：{exc.strerror or exc}（原文件未改动）") from exc
    return path
