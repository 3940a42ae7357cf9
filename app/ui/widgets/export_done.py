"""After an export: where the file went, with 打开文件 and 打开所在文件夹.

``exported_box`` builds the message (a screenshot shows it without a click); ``ask_what_next``
asks it and is what tests replace (a real modal ``exec()`` would wait forever); ``tell_exported``
asks, then opens the file or its folder through QDesktopServices (the system's own program).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

OPEN_FILE = "file"
OPEN_FOLDER = "folder"


def exported_box(parent: QWidget | None, *, title: str, text: str) -> tuple[QMessageBox, dict[object, str]]:
    """The message, and its buttons with what each asks for (closing asks for nothing)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    open_file = box.addButton(QCoreApplication.translate("ExportDone", "打开文件"),
                              QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(QCoreApplication.translate("ExportDone", "打开所在文件夹"),
                                QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(QCoreApplication.translate("ExportDone", "关闭"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    return box, {open_file: OPEN_FILE, open_folder: OPEN_FOLDER}


def ask_what_next(parent: QWidget | None, *, title: str, text: str) -> str | None:
    """OPEN_FILE, OPEN_FOLDER or None (closed)."""
    box, choices = exported_box(parent, title=title, text=text)
    box.exec()
    return choices.get(box.clickedButton())


def tell_exported(parent: QWidget | None, path: Path, *, title: str, text: str) -> str | None:
    """Say where ``path`` was written; open it or its folder if asked. Returns the choice."""
    choice = ask_what_next(parent, title=title, text=text)
    if choice == OPEN_FILE:
        open_path(parent, path)
    elif choice == OPEN_FOLDER:
        open_path(parent, path.parent)
    return choice


def open_path(parent: QWidget | None, path: Path) -> bool:
    """Open a file or folder with the system's program for it; a message when none can."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    QMessageBox.warning(parent, QCoreApplication.translate("ExportDone", "无法打开"), QCoreApplication.translate(
        "ExportDone", "系统没有能打开它的程序：\n{path}\n\n文件已保存，可以在文件管理器中找到它。").format(path=path))
    return False
