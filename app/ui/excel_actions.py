"""Excel from the window: export a case's checklist, import it back (with a preview), export
the dashboard. Each action is a function a menu item or button can call; after an export the
user is offered to open the file or its folder (app.ui.widgets.export_done)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.checklist_import import ImportPlan
from app.domain.errors import ValidationError
from app.domain.file_names import proposed_name
from app.exports.errors import ExportError, ImportRefused
from app.operations import cases as case_ops
from app.operations import excel as excel_ops
from app.operations import licenses as license_ops
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.widgets import file_places
from app.ui.widgets.case_labels import case_status_label
from app.ui.widgets.export_done import tell_exported

if TYPE_CHECKING:
    from app.operations.cases import CaseRecord

ERROR_COLOUR = QColor("#9c0006")


def _excel_filter() -> str:
    return QCoreApplication.translate("ExcelActions", "Excel 工作簿 (*.xlsx)")


def checklist_file_name(store: Store, case: CaseRecord, *, today: date) -> str:
    """北京示例呼叫服务有限公司-续期材料清单-2026-12-05.xlsx; with the license's number after the
    company when the company holds another license too (two checklists, two names)."""
    license = license_ops.get_license(store, case.license_id)
    what = QCoreApplication.translate("ExcelActions", "{procedure}材料清单").format(
        procedure=excel_ops.short_title(case))
    if license is None:
        return proposed_name(what, today.isoformat(), suffix=".xlsx")
    shared = any(other.company == license.company and other.id != license.id
                 for other in license_ops.all_licenses(store))
    return proposed_name(license.company, license.number if shared else "", what, today.isoformat(), suffix=".xlsx")


def export_case_dialog(parent: QWidget | None, store: Store, case_id: int, *,
                       today: date | None = None) -> Path | None:
    """Ask where to save, write the checklist of ``case_id``; the path written, or None."""
    case = case_ops.get_case(store, case_id)
    title = QCoreApplication.translate("ExcelActions", "导出材料清单")
    if case is None:
        QMessageBox.warning(parent, title, QCoreApplication.translate("ExcelActions", "这个办理事项已不存在。"))
        return None
    chosen = file_places.ask_save_path(
        parent, file_places.CHECKLIST, caption=title, filter_text=_excel_filter(),
        file_name=checklist_file_name(store, case, today=today or date.today()))
    if chosen is None:
        return None
    try:
        written = excel_ops.export_case(store, case_id, chosen)
    except (ExportError, ValidationError, StorageError) as error:
        QMessageBox.warning(parent, QCoreApplication.translate("ExcelActions", "导出失败"), str(error))
        return None
    tell_exported(parent, written, title=QCoreApplication.translate("ExcelActions", "已导出"),
                  text=QCoreApplication.translate(
                      "ExcelActions", "材料清单已保存到：\n{path}\n\n发给同事填写；收回后用“导入员工填写的清单”导入。"
                  ).format(path=written))
    return written


def case_choice_label(case: CaseRecord) -> str:
    """A case as the list of a license's open cases names it: 续期（准备中）."""
    title = excel_ops.short_title(case)
    if case.procedure == "change" and case.context.get("trigger_date"):
        return QCoreApplication.translate("ExcelActions", "{title}（{date} 起算，{status}）").format(
            title=title, date=case.context["trigger_date"], status=case_status_label(case.status))
    return QCoreApplication.translate("ExcelActions", "{title}（{status}）").format(
        title=title, status=case_status_label(case.status))


def choose_case(parent: QWidget | None, cases: list[CaseRecord]) -> CaseRecord | None:
    """Which of a license's open cases to export (asked only when there are several)."""
    labels = [case_choice_label(case) for case in cases]
    choice, accepted = QInputDialog.getItem(
        parent, QCoreApplication.translate("ExcelActions", "导出材料清单"),
        QCoreApplication.translate("ExcelActions", "这张许可证有几项正在办理，导出哪一项的清单？"), labels, 0, False)
    return cases[labels.index(choice)] if accepted and choice in labels else None


def export_license_checklist_dialog(parent: QWidget | None, store: Store, license_id: int, *,
                                    today: date | None = None) -> Path | None:
    """The checklist of the license's case under way (asking which when several are)."""
    cases = case_ops.open_cases(store, license_id)
    if not cases:
        QMessageBox.information(parent, QCoreApplication.translate("ExcelActions", "导出材料清单"),
                                QCoreApplication.translate(
                                    "ExcelActions", "这张许可证没有正在办理的事项，还没有材料清单。\n\n"
                                    "在许可证页面点“开始续期”或“其他办理事项”开始办理后，就可以导出它的清单。"))
        return None
    case = cases[0] if len(cases) == 1 else choose_case(parent, cases)
    if case is None:
        return None
    return export_case_dialog(parent, store, case.id, today=today)


def export_dashboard_dialog(parent: QWidget | None, store: Store, *, today: date | None = None) -> Path | None:
    today = today or date.today()
    chosen = file_places.ask_save_path(
        parent, file_places.DASHBOARD, caption=QCoreApplication.translate("ExcelActions", "导出许可证一览"),
        file_name=proposed_name(QCoreApplication.translate("ExcelActions", "许可证一览"), today.isoformat(),
                                suffix=".xlsx"),
        filter_text=_excel_filter())
    if chosen is None:
        return None
    try:
        written = excel_ops.export_dashboard(store, chosen, today=today)
    except (ExportError, StorageError) as error:
        QMessageBox.warning(parent, QCoreApplication.translate("ExcelActions", "导出失败"), str(error))
        return None
    tell_exported(parent, written, title=QCoreApplication.translate("ExcelActions", "已导出"),
                  text=QCoreApplication.translate("ExcelActions", "许可证一览已保存到：\n{path}").format(path=written))
    return written


def import_checklist_dialog(parent: QWidget | None, store: Store, *, case_id: int | None = None) -> int | None:
    """Choose a staff-edited checklist, preview it, apply it on confirmation.

    With ``case_id``, a checklist of another case is refused. Returns the number of items
    changed, or None when nothing was imported.
    """
    every_file = QCoreApplication.translate("ExcelActions", "所有文件 (*)")
    chosen = file_places.ask_open_path(
        parent, file_places.CHECKLIST, caption=QCoreApplication.translate("ExcelActions", "导入员工填写的清单"),
        filter_text=_excel_filter() + ";;" + every_file)
    if chosen is None:
        return None
    try:
        plan = excel_ops.preview_import(store, chosen, expected_case_id=case_id)
    except (ImportRefused, StorageError) as error:
        QMessageBox.warning(parent, QCoreApplication.translate("ExcelActions", "不能导入"), str(error))
        return None
    dialog = ImportPreviewDialog(plan, file_name=chosen.name, parent=parent)
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
        for notice in plan.notices:           # Chinese data from the reader, as its errors are
            text += "\n" + self.tr("注意：{notice}").format(notice=notice)
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
