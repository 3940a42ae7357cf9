"""Asked once, after the first license is saved: start at login, quietly, into the tray?"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.operations import autostart
from app.operations.settings import get_setting, set_setting
from app.storage.database import Store
from app.storage.errors import StorageError

ASKED_KEY = "autostart_asked"


def ask_autostart(parent: QWidget | None) -> bool | None:
    """Yes, no, or None when dismissed (a modal box; tests answer it instead)."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("AutostartQuestion", "开机自动启动"),
                      QCoreApplication.translate(
                          "AutostartQuestion", "要让许可证管家在开机登录后悄悄启动到托盘吗？"), parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "AutostartQuestion", "它不打开窗口，每天检查一次期限：有期限进入提醒期或已逾期时，在屏幕角落弹出通知。"
                             "这样即使没人打开软件，续期也不会错过。以后可在 设置 → 通知 中更改。"))
    yes = box.addButton(QCoreApplication.translate("AutostartQuestion", "开机自动启动"),
                        QMessageBox.ButtonRole.YesRole)
    no = box.addButton(QCoreApplication.translate("AutostartQuestion", "暂不"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is yes else False if clicked is no else None


def offer_once(parent: QWidget | None, store: Store) -> str | None:
    """Ask, unless asked before or already on; turn it on if wanted. Returns a line for the
    status bar (or None)."""
    try:
        if get_setting(store, ASKED_KEY):
            return None
        if autostart.status(store.path).on:
            set_setting(store, ASKED_KEY, "on already")
            return None
        answer = ask_autostart(parent)
        set_setting(store, ASKED_KEY, {True: "yes", False: "no", None: "dismissed"}[answer])
    except StorageError:
        return None
    if not answer:
        return None
    try:
        autostart.enable(store.path)
    except OSError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("AutostartQuestion", "开机自动启动"),
                            QCoreApplication.translate("AutostartQuestion", "无法写入开机启动项：{error}").format(
                                error=error.strerror or error))
        return None
    return QCoreApplication.translate("AutostartQuestion", "已开启开机自动启动（可在 设置 → 通知 中关闭）")
