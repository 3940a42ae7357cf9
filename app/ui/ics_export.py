"""Export every deadline to an .ics calendar file, asking where to save it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import operations_reminders
from app.exports.files import ExportError
from app.storage.database import Store
from app.storage.errors import StorageError


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarExport", text)


def default_target() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = QCoreApplication.translate("CalendarExport", "许可证期限") + ".ics"
    return Path(folder or Path.home()) / name


def export_calendar_interactively(parent: QWidget | None, store: Store, *,
                                  today: date | None = None) -> Path | None:
    """Ask for a file, write the calendar, say how it went; the file written, or None."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("CalendarExport", "导出到日历"), str(default_target()),
        QCoreApplication.translate("CalendarExport", "日历文件 (*.ics)"))
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".ics":
        target = target.with_name(target.name + ".ics")
    today = today or date.today()
    try:
        count = operations_reminders.export_calendar(store, target, today=today)
    except (ExportError, StorageError) as error:
        QMessageBox.critical(parent, QCoreApplication.translate("CalendarExport", "导出失败"), str(error))
        return None
    QMessageBox.information(
        parent, QCoreApplication.translate("CalendarExport", "已导出"),
        QCoreApplication.translate(
            "CalendarExport",
            "已把 {count} 个期限导出到：\n{path}\n\n可在 Outlook、钉钉、企业微信等日历中导入这个文件；"
            "以后重新导出再导入，会更新这些日程而不会重复。").format(count=count, path=target))
    return target
