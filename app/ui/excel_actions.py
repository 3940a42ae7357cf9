"""Excel from the window: export a case's checklist, import it back (with a preview), export
the dashboard. Each action is a function a menu item or button can call."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalogue import default_catalogue
from app.domain.checklist_import import ImportPlan
from app.domain.errors import ValidationError
from app.exports.errors import ExportError, ImportRefused
from app.operations import cases as case_ops
from app.operations import excel as excel_ops
from app.operations import licenses as license_ops
from app.storage.database import Store
from app.storage.errors import StorageError

ERROR_COLOUR = QColor("#9c0006")
_UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|\s]+')


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _file_name(*parts: str) -> str:
    return _UNSAFE_IN_NAME.sub("_", "_".join(p for p in parts if p)) + ".xlsx"


def _with_suffix(path: str) -> Path:
    return Path(path if path.lower().endswith(".xlsx") else path + ".xlsx")


def _excel_filter() -> str:
    return QCoreApplication.translate("ExcelActions", "Excel 工作簿 (*.xlsx)")


def export_case_dialog(parent: QWidget | None, store: Store, case_id: int, *,
                       today: date | None = None) -> Path | None:
    """Ask where to save, write the checklist of ``case_id``; the path written, or None."""
    case = case_ops.get_case(store, case_id)
    if case is None:
        QMessageBox.warning(parent, QCoreApplication.translate("ExcelActions", "导出材料清单"),
                            QCoreApplication.translate("ExcelActions", "这个办理事项已不存在。"))
        return None
    license = license_ops.get_license(store, case.license_id)
    procedure = default_catalogue().procedure(case.procedure).name
    checklist = QCoreApplication.translate("ExcelActions", "材料清单")
    suggested = documents_folder() / _file_name(license.number, procedure, checklist,
                                                (today or date.today()).isoformat())
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExcelActions", "导出材料清单"), str(suggested), _excel_filter())
    if not chosen:
        return None
    try:
        written = excel_ops.export_case(store, case_id, _with_suffix(chosen))
    except (ExportError, ValidationError, StorageError) as error:
        QMessageBox.warning(parent, QCoreApplication.translate("ExcelActions", "导出失败"), str(error))
        return None
    QMessageBox.information(
        parent, QCoreApplication.translate("ExcelActions", "已导出"),
        QCoreApplication.translate("ExcelActions", "材料清单已保存到：\n{path}").format(path=written))
    return written


def export_dashboard_dialog(parent: QWidget | None, store: Store, *, today: date | None = None) -> Path | None:
    today = today or date.today()
    overview = QCoreApplication.translate("ExcelActions", "许可证一览")
    suggested = documents_folder() / _file_name(overview, today.isoformat())
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExcelActions", "导出许可证一览"), str(suggested), _excel_filter())
    if not chosen:
        return None
    try:
        written = excel_ops.export_dashboard(store, _with_suffix(chosen), today=today)
    except (ExportError, StorageError) as error:
        QMessageBox.warning(parent, QCoreApplication.translate("ExcelActions", "导出失败"), str(error))
        return None
    QMessageBox.information(
        parent, QCoreApplication.translate("ExcelActions", "已导出"),
        QCoreApplication.translate("ExcelActions", "许可证一览已保存到：\n{path}").format(path=written))
    return written


def import_checklist_dialog(parent: QWidget | None, store: Store, *, case_id: int | None = None) -> int | None:
    """Choose a staff-edited checklist, preview it, apply it on confirmation.

    With ``case_id``, a checklist of another case is refused. Returns the number of items
    changed, or None when nothing was imported.
    """
    every_file = QCoreApplication.translate("ExcelActions", "所有文件 (*)")
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ExcelActions", "导入员工填写的清单"), str(documents_folder()),
        _excel_filter() + ";;" + every_file)
    if not chosen:
        return None
    try:
        plan = excel_ops.preview_import(store, Path(chosen), expected_case_id=case_id)
    except (ImportRefused, StorageError) as error:
        QMessageBox.warning(parent, QCoreApplication.translate("ExcelActions", "不能导入"), str(error))
        return None
    dialog = ImportPreviewDialog(plan, file_name=Path(chosen).name, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        changed = excel_ops.apply_import(store, plan)
    except (ValidationError, StorageError) as error:
        QMessageBox.warning(parent, QCoreApplication.translate("ExcelActions", "导入失败"), str(error))
        return None
    QMessageBox.information(
        parent, QCoreApplication.translate("ExcelActions", "已导入"),
        QCoreApplication.translate("ExcelActions", "已导入 %n 项材料的修改。", "", changed))
    return changed


class ImportPreviewDialog(QDialog):
    """Row by row, what an import would change, or what is wrong; import only when all is right."""

    def __init__(self, plan: ImportPlan, *, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("导入清单预览"))
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary(file_name))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("行"), self.tr("材料 / 单元格"), self.tr("修改或问题")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 240)
        self._fill()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self._import_label(), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(plan.ok and bool(plan.changed_rows))
        self.cancel_button = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _summary(self, file_name: str) -> str:
        plan = self.plan
        text = self.tr("文件 {name}：读取 {rows} 行，{changed} 项有修改，{same} 项未改动。").format(
            name=file_name, rows=plan.rows_read, changed=len(plan.changed_rows), same=plan.unchanged)
        if plan.errors:
            text += self.tr("\n有 %n 处错误（红色）：改正表格后重新导入。全部无误之前不会写入任何内容。", "",
                            len(plan.errors))
        elif not plan.changed_rows:
            text += self.tr("\n没有需要导入的修改。")
        return text

    def _import_label(self) -> str:
        if self.plan.errors:
            return self.tr("有错误，不能导入")
        if not self.plan.changed_rows:
            return self.tr("没有修改")
        return self.tr("导入 %n 项修改", "", len(self.plan.changed_rows))

    def _fill(self) -> None:
        lines: list[tuple[str, str, str, bool]] = []
        for error in self.plan.errors:
            column = self.tr("{column} 列").format(column=error.column) if error.column else ""
            what = self.tr("{column}（{label}）").format(column=column, label=error.label) if error.label else column
            if error.material:
                what = self.tr("{material}：{cell}").format(material=error.material, cell=what) if what else error.material
            lines.append((str(error.row or ""), what, error.message, True))
        for row in self.plan.changed_rows:
            lines.append((str(row.row), row.name, "\n".join(str(change) for change in row.changes), False))
        self.table.setRowCount(len(lines))
        brush = QBrush(ERROR_COLOUR)
        for index, (row, name, text, is_error) in enumerate(lines):
            for column, value in enumerate((row, name, text)):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if is_error:
                    item.setForeground(brush)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        self.table.setCurrentItem(None)
