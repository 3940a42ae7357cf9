"""Keys that do the same in every window that has the action: the main window's Excel menu,
the renewal wizard's steps 4 and 5, a procedure's window (each modal over the main window, so
each binds its own)."""

from __future__ import annotations

EXPORT_CHECKLIST = "Ctrl+E"     # 导出 Excel 清单
IMPORT_CHECKLIST = "Ctrl+I"     # 导入员工填写的清单


def shown(keys: str) -> str:
    """``keys`` as this platform writes them (⌘E on macOS), for a tooltip."""
    from PySide6.QtGui import QKeySequence

    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
