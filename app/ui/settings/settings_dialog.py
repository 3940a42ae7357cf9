"""Settings: 常规 (the data folder: shown, opened, moved; the language), 备份 (app.ui.settings.
backups_tab) and 通知 (app.ui.settings.notifications_tab).

Open it from the main window with ``SettingsDialog(store, parent).exec()``. Moving the data
folder, restoring a backup and putting back what a restore set aside replace the open
database, so the dialog files a restart request (app.ui.restart) and the start-up loop reopens
the window on the new data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import remember_data_dir
from app.operations import data_folder
from app.operations.settings import get_setting, set_setting
from app.paths import override_in_effect
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.restart import RestartRequest, request_restart

LANGUAGE_KEY = "language"
LANGUAGES = (("中文", "zh_CN"), ("English", "en"))   # shown as is: each in its own language
DEFAULT_LANGUAGE = "zh_CN"


def language_switched() -> str:
    """Said in the status bar once the window is open again, in the language switched to."""
    return QCoreApplication.translate("SettingsDialog", "已切换语言")


class SettingsDialog(QDialog):
    TABS = ("general", "backups", "notifications")

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.db_path = Path(store.path)
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(720)

        general = QWidget(self)
        column = QVBoxLayout(general)
        column.addWidget(self._folder_group())
        column.addWidget(self._language_group())
        column.addStretch(1)
        from app.ui.settings.backups_tab import BackupsTab
        from app.ui.settings.notifications_tab import NotificationsTab

        self.backups_tab = BackupsTab(store, self)
        self.backups_tab.leaving.connect(self.accept)
        self.notifications_tab = NotificationsTab(store, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, self.tr("常规"))
        self.tabs.addTab(self.backups_tab, self.tr("备份"))
        self.tabs.addTab(self.notifications_tab, self.tr("通知"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_tab(self, name: str) -> None:
        """"general", "backups" or "notifications"."""
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
