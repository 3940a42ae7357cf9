"""Settings: the data folder (shown, opened, moved), backups (now, restore with a preview), language.

Open it from the main window with ``SettingsDialog(store, parent).exec()``. Moving the data
folder and restoring a backup replace the open database, so the dialog files a restart
request (app.ui.restart) and the start-up loop reopens the window on the new data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import remember_data_dir
from app.operations import backups, data_folder
from app.operations.backups import SCHEMA_VERSION, BackupInfo
from app.operations.settings import get_setting, set_setting
from app.paths import override_in_effect
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.restart import RestartRequest, request_restart

LANGUAGE_KEY = "language"
LANGUAGES = (("中文", "zh_CN"), ("English", "en"))   # shown as is: each in its own language
DEFAULT_LANGUAGE = "zh_CN"


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def language_switched() -> str:
    """Said in the status bar once the window is open again, in the language switched to."""
    return QCoreApplication.translate("SettingsDialog", "已切换语言")


class SettingsDialog(QDialog):
    TABS = ("general", "notifications")

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.db_path = Path(store.path)
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(720)

        general = QWidget(self)
        column = QVBoxLayout(general)
        column.addWidget(self._folder_group())
        column.addWidget(self._backup_group(), 1)
        column.addWidget(self._language_group())
        from app.ui.settings.notifications_tab import NotificationsTab

        self.notifications_tab = NotificationsTab(store, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, self.tr("常规"))
        self.tabs.addTab(self.notifications_tab, self.tr("通知"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh_backups()

    def show_tab(self, name: str) -> None:
        """"general" or "notifications"."""
        self.tabs.setCurrentIndex(self.TABS.index(name) if name in self.TABS else 0)

    # --- data folder ----------------------------------------------------------------------

    def _folder_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("数据文件夹"), self)
        self.folder_label = QLabel(str(self.db_path.parent), group)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.database_label = QLabel(self.tr("数据库文件：{name}").format(name=self.db_path.name), group)
        self.database_label.setStyleSheet("color: palette(placeholder-text);")
        self.open_folder_button = QPushButton(self.tr("打开文件夹"), group)
        self.open_folder_button.clicked.connect(self.open_data_folder)
        self.change_folder_button = QPushButton(self.tr("更改…"), group)
        self.change_folder_button.clicked.connect(self.change_data_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.open_folder_button)
        row.addWidget(self.change_folder_button)
        box = QVBoxLayout(group)
        box.addLayout(row)
        box.addWidget(self.database_label)
        override = override_in_effect(self.db_path)
        self.override_label = QLabel(group)
        self.override_label.setWordWrap(True)
        if override:
            self.override_label.setText(self.tr(
                "本次启动由 {source} 指定数据库。在这里更改的文件夹会立即使用，"
                "但下次启动时仍以 {source} 为准。").format(source=override))
            box.addWidget(self.override_label)
        return group

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db_path.parent)))

    def change_data_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择新的数据文件夹"),
                                                  str(self.db_path.parent.parent))
        if not chosen:
            return
        folder = Path(chosen)
        problem = data_folder.check_target(self.db_path, folder)
        if problem:
            QMessageBox.warning(self, self.tr("更改数据文件夹"), problem)
            return
        target = data_folder.target_database(folder)
        if target.exists():
            answer = QMessageBox.question(
                self, self.tr("更改数据文件夹"),
                self.tr("{folder} 中已经有许可证管家的数据库。\n\n改用那个数据库吗？当前的数据不会复制过去，"
                        "也不会被删除，仍留在 {old}。").format(folder=folder, old=self.db_path.parent),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            done = [self.tr("改用 {folder} 中的数据库").format(folder=folder)]
        else:
            answer = QMessageBox.question(
                self, self.tr("更改数据文件夹"),
                self.tr("把数据库和附件复制到\n{folder}\n并从此使用这个文件夹吗？\n\n"
                        "原文件夹中的数据和备份保持不动。许可证管家会重新打开窗口。").format(folder=folder),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                return
            try:
                target = data_folder.copy_data_to(self.db_path, folder)
            except StorageError as error:
                QMessageBox.critical(self, self.tr("更改数据文件夹"), str(error))
                return
            done = [self.tr("数据已复制到 {folder}，现在使用这个文件夹").format(folder=folder)]
        try:
            remember_data_dir(folder)
        except OSError as error:
            QMessageBox.warning(self, self.tr("更改数据文件夹"), self.tr(
                "本次会使用新文件夹，但无法记住这个选择（{error}）；下次启动仍会打开原来的文件夹。"
            ).format(error=error.strerror or error))
        request_restart(RestartRequest(db_path=target, done=done))
        self.accept()

    # --- backups --------------------------------------------------------------------------

    def _backup_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("备份"), self)
        intro = QLabel(self.tr("每天第一次启动时自动备份数据库和附件，升级数据格式前也会备份；最多保留 {keep} 份。")
                       .format(keep=backups.KEEP), group)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, group)
        self.table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("类型"), self.tr("许可证"), self.tr("大小")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.show_preview)
        self.preview = QLabel(group)
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setMinimumWidth(260)
        self.backup_now_button = QPushButton(self.tr("立即备份"), group)
        self.backup_now_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("恢复所选备份…"), group)
        self.restore_button.clicked.connect(self.restore_selected)
        self.status_label = QLabel(group)
        self.status_label.setWordWrap(True)

        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addWidget(self.preview, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_now_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.status_label, 1)
        box = QVBoxLayout(group)
        box.addWidget(intro)
        box.addLayout(middle, 1)
        box.addLayout(buttons)
        return group

    def refresh_backups(self) -> None:
        self.backups = backups.list_backups(self.db_path)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = (info.created_at.strftime("%Y-%m-%d %H:%M"), self._reason(info.reason),
                     str(info.license_count), human_size(info.size_bytes))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        self.show_preview()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def show_preview(self) -> None:
        info = self.selected_backup()
        self.restore_button.setEnabled(info is not None)
        if info is None:
            self.preview.setText(self.tr("还没有备份。") if not self.backups else "")
            return
        preview = backups.describe_backup(info, max_licenses=5)
        lines = [
            self.tr("<b>{when}</b>（{reason}）").format(when=info.created_at.strftime("%Y-%m-%d %H:%M:%S"),
                                                       reason=self._reason(info.reason)),
            self.tr("许可证 {licenses} 张，记录 {events} 条，附件 {files} 个").format(
                licenses=info.license_count, events=info.event_count, files=info.attachment_count),
            self.tr("数据格式 {schema}，程序版本 {version}，共 {size}").format(
                schema=info.schema_version, version=info.app_version, size=human_size(info.size_bytes)),
        ]
        for number, company, expiry in preview.licenses:
            lines.append(self.tr("· {number} {company}（有效期至 {expiry}）").format(
                number=number, company=company, expiry=expiry))
        if info.license_count > len(preview.licenses):
            lines.append(self.tr("……另有 {more} 张").format(more=info.license_count - len(preview.licenses)))
        if not preview.intact:
            lines.append("<span style='color:#b00020'>" + self.tr("这份备份已损坏，不能恢复：") +
                         "；".join(preview.problems[:2]) + "</span>")
        self.preview.setText("<br>".join(lines))

    def backup_now(self) -> None:
        try:
            made = backups.backup_now(self.db_path, reason=backups.MANUAL)
        except StorageError as error:
            QMessageBox.warning(self, self.tr("备份"), str(error))
            return
        self.refresh_backups()
        self.status_label.setText(self.tr("已备份：{when}").format(when=made.created_at.strftime("%H:%M:%S")))

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        if info.schema_version > SCHEMA_VERSION:
            QMessageBox.warning(self, self.tr("恢复备份"), self.tr(
                "这份备份来自更新版本的许可证管家（数据格式 {schema}），本程序无法打开。请先安装新版本。"
            ).format(schema=info.schema_version))
            return
        preview = backups.describe_backup(info, max_licenses=0)
        if not preview.intact:
            QMessageBox.warning(self, self.tr("恢复备份"), self.tr("这份备份已损坏，不能恢复：\n{problems}").format(
                problems="\n".join(preview.problems)))
            return
        answer = QMessageBox.question(
            self, self.tr("恢复备份"),
            self.tr("恢复 {when} 的备份吗？\n\n备份中有 {licenses} 张许可证、{events} 条记录、{files} 个附件"
                    "（数据格式 {schema}）。\n\n当前的数据库和附件不会删除：会先改名（加上日期时间）保留在"
                    "数据文件夹中。恢复后许可证管家会重新打开窗口。").format(
                when=info.created_at.strftime("%Y-%m-%d %H:%M"), licenses=info.license_count,
                events=info.event_count, files=info.attachment_count, schema=info.schema_version),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        request_restart(RestartRequest(db_path=self.db_path, restore=info))
        self.accept()

    def _reason(self, reason: str) -> str:
        return {
            backups.DAILY: self.tr("每日自动备份"),
            backups.MANUAL: self.tr("手动备份"),
            backups.MIGRATION: self.tr("升级数据格式前"),
            backups.BEFORE_DELETE: self.tr("删除前"),
            backups.BEFORE_EMPTYING: self.tr("清空回收站前"),
        }.get(reason, reason)

    # --- language -------------------------------------------------------------------------

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("语言"), self)
        self.language_combo = QComboBox(group)
        for label, code in LANGUAGES:
            self.language_combo.addItem(label, code)
        current = get_setting(self.store, LANGUAGE_KEY, DEFAULT_LANGUAGE)
        index = self.language_combo.findData(current)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.currentIndexChanged.connect(self.save_language)
        self.language_note = QLabel(self.tr("更改语言后，点“立即切换”重新打开窗口，或下次启动时生效。"), group)
        self.language_note.setStyleSheet("color: palette(placeholder-text);")
        self.language_note.setWordWrap(True)
        self.apply_language_button = QPushButton(self.tr("立即切换"), group)
        self.apply_language_button.setEnabled(False)
        self.apply_language_button.clicked.connect(self.apply_language)
        row = QHBoxLayout(group)
        row.addWidget(self.language_combo)
        row.addWidget(self.language_note, 1)
        row.addWidget(self.apply_language_button)
        return group

    def apply_language(self) -> None:
        """Reopen the window in the saved language (the start-up loop installs the translator)."""
        self.accept()
        request_restart(RestartRequest(db_path=self.store.path, done=[language_switched]))

    def save_language(self) -> None:
        code = self.language_combo.currentData()
        try:
            set_setting(self.store, LANGUAGE_KEY, code)
        except StorageError as error:
            QMessageBox.warning(self, self.tr("语言"), str(error))
            return
        self.language_note.setText(self.tr("已保存。点“立即切换”重新打开窗口，或下次启动时生效。"))
        self.apply_language_button.setEnabled(True)
