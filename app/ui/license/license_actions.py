"""Archiving and deleting a license, asked first: shared by the license page, the dashboard's
right-click menu and Delete key, and the window's 许可证 menu."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import ValidationError
from app.operations import archive as archive_ops
from app.operations import licenses as license_ops
from app.operations import trash as trash_ops
from app.operations.attachments import size_text
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.widgets import confirmations


def goes_with(contents: trash_ops.Contents) -> str:
    """What goes with a license, in words: 2 个办理事项、3 个附件（1.2 MB）、12 条历史记录"""
    parts = []
    if contents.cases:
        parts.append(QCoreApplication.translate("LicenseActions", "%n 个办理事项", "", contents.cases))
    if contents.attachments:
        parts.append(QCoreApplication.translate("LicenseActions", "%n 个附件", "", contents.attachments)
                     + f"（{size_text(contents.attachment_bytes)}）")
    if contents.license_files:
        parts.append(QCoreApplication.translate("LicenseActions", "%n 个证书文件", "", contents.license_files))
    if contents.events:
        parts.append(QCoreApplication.translate("LicenseActions", "%n 条历史记录", "", contents.events))
    return QCoreApplication.translate("LicenseActions", "、").join(parts)


def delete_license(parent: QWidget | None, store: Store, license_id: int) -> str | None:
    """Ask, then move the license to the 回收站 (after a backup). What to tell the user when it
    went, None when it did not (the reason already shown)."""
    license = license_ops.get_license(store, license_id)
    if license is None:
        return None
    contents = trash_ops.license_contents(store, license_id)
    what = QCoreApplication.translate("LicenseActions", "删除许可证 {number}（{company}）？").format(
        number=license.number, company=license.company)
    if contents.open_cases:
        what += "\n" + QCoreApplication.translate("LicenseActions", "其中 %n 个办理事项还在进行中。", "", contents.open_cases)
    if not confirmations.confirm_deletion(parent, title=QCoreApplication.translate("LicenseActions", "删除许可证"),
                                          what=what, goes_with=goes_with(contents)):
        return None
    try:
        trash_ops.delete_license(store, license_id)
    except (ValidationError, StorageError) as error:
        QMessageBox.critical(parent, QCoreApplication.translate("LicenseActions", "没有删除"), str(error))
        return None
    return QCoreApplication.translate("LicenseActions", "已把 {number} 移到回收站（许可证 → 回收站 可以恢复）。").format(
        number=license.number)


def archive_license(parent: QWidget | None, store: Store, license_id: int, *, today: date) -> str | None:
    """Ask, then archive; what to tell the user, None when it was not archived (said why)."""
    license = license_ops.get_license(store, license_id)
    if license is None:
        return None
    refused = archive_ops.refusal(store, license, today=today)
    if refused:
        QMessageBox.information(parent, QCoreApplication.translate("LicenseActions", "不能归档"), refused)
        return None
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("LicenseActions", "归档"),
        QCoreApplication.translate(
            "LicenseActions", "归档 {number}（{company}）？归档后它不再显示在总览、提醒和日历中；历史记录都保留，"
                              "在总览中搜索仍能找到，随时可以取消归档。").format(number=license.number,
                                                                             company=license.company),
        buttons.Yes | buttons.Cancel, buttons.Cancel)
    if answer != buttons.Yes:
        return None
    try:
        archive_ops.archive_license(store, license_id, today=today)
    except (ValidationError, StorageError) as error:
        QMessageBox.critical(parent, QCoreApplication.translate("LicenseActions", "没有归档"), str(error))
        return None
    return QCoreApplication.translate("LicenseActions", "已归档 {number}：在总览中选“已归档”或搜索可以找到。").format(
        number=license.number)


def unarchive_license(parent: QWidget | None, store: Store, license_id: int, *, today: date) -> str | None:
    try:
        license = archive_ops.unarchive_license(store, license_id, today=today)
    except (ValidationError, StorageError) as error:
        QMessageBox.critical(parent, QCoreApplication.translate("LicenseActions", "没有取消归档"), str(error))
        return None
    return QCoreApplication.translate("LicenseActions", "已取消归档 {number}：重新显示在总览和提醒中。").format(
        number=license.number)
