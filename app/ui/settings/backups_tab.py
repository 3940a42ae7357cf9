"""设置 → 备份: the backups beside the data (now, to a folder or USB stick as one file, restore
one with a preview, restore from such a file), and the data each restore set aside, which can be
put back.

Restoring and putting back replace the open database: the tab files a restart request
(app.ui.restart) and emits ``leaving``; the dialog then closes and the start-up loop reopens
the window on the data put in place.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.file_names import proposed_name
from app.operations import backups
from app.operations.backups import BackupInfo, SetAside
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.restart import RestartRequest, request_restart
from app.ui.widgets import file_places
from app.ui.widgets.export_done import tell_exported
from app.ui.widgets.form_widgets import hint_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def _table(parent: QWidget, headers: list[str], *, stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + 10)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], *, right: tuple[int, ...]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in right:
                item.setTextAlignment(RIGHT)
            table.setItem(row, column, item)


class BackupsTab(QWidget):
    leaving = Signal()          # a restart was requested: the dialog closes

    def __init__(self, store: Store, parent=None, *, now=datetime.now):
        super().__init__(parent)
        self.store = store
        self.db_path = Path(store.path)
        self.now = now
        self.backups: list[BackupInfo] = []
        self.copies: list[SetAside] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self._backup_group(), 1)
        layout.addWidget(self._set_aside_group())
        self.refresh_backups()
        self.refresh_set_aside()

    # --- backups --------------------------------------------------------------------------

    def _backup_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("备份"), self)
        intro = QLabel(self.tr("每天第一次启动时自动备份数据库和附件，升级数据格式前也会备份；最多保留 {keep} 份，"
                               "都在数据文件夹的 backups 中。“备份到…”把一份完整的备份另存为一个文件，"
                               "放到您选的文件夹或 U 盘。").format(keep=backups.KEEP), group)
        intro.setWordWrap(True)
        self.table = _table(group, [self.tr("时间"), self.tr("类型"), self.tr("许可证"), self.tr("大小")], stretch=1)
        self.table.itemSelectionChanged.connect(self.show_preview)
        self.preview = QLabel(group)
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setMinimumWidth(260)
        self.backup_now_button = QPushButton(self.tr("立即备份"), group)
        self.backup_now_button.clicked.connect(self.backup_now)
        self.backup_to_button = QPushButton(self.tr("备份到…"), group)
        self.backup_to_button.setToolTip(self.tr("另存一份完整的备份（一个 .zip 文件）到其他文件夹或 U 盘"))
        self.backup_to_button.clicked.connect(self.backup_to)
        self.restore_button = QPushButton(self.tr("恢复所选备份…"), group)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("从文件恢复…"), group)
        self.restore_file_button.setToolTip(self.tr("选择用“备份到…”保存的 .zip 文件，检查无误后恢复"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.status_label = QLabel(group)
        self.status_label.setWordWrap(True)

        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addWidget(self.preview, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_now_button)
        buttons.addWidget(self.backup_to_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.restore_file_button)
        buttons.addWidget(self.restore_button)
        box = QVBoxLayout(group)
        box.addWidget(intro)
        box.addLayout(middle, 1)
        box.addLayout(buttons)
        return group

    def refresh_backups(self) -> None:
        self.backups = backups.list_backups(self.db_path)
        _fill(self.table, [(info.created_at.strftime("%Y-%m-%d %H:%M"), self._reason(info.reason),
                            str(info.license_count), human_size(info.size_bytes)) for info in self.backups],
              right=(2, 3))
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
            self._contents(info),
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

    def _contents(self, info: BackupInfo) -> str:
        return self.tr("许可证 {licenses} 张，记录 {events} 条，附件 {files} 个").format(
            licenses=info.license_count, events=info.event_count, files=info.attachment_count)

    def backup_now(self) -> None:
        try:
            made = backups.backup_now(self.db_path, reason=backups.MANUAL)
        except StorageError as error:
            QMessageBox.warning(self, self.tr("备份"), str(error))
            return
        self.refresh_backups()
        self.status_label.setText(self.tr("已备份：{when}").format(when=made.created_at.strftime("%H:%M:%S")))

    def backup_to(self) -> Path | None:
        """A backup now, written as one file where the user says (a folder, a USB stick)."""
        now = self.now()
        target = file_places.ask_save_path(
            self, file_places.BACKUP, caption=self.tr("备份到"),
            file_name=proposed_name(self.tr("许可证管家备份"), now.strftime("%Y-%m-%d-%H%M"), suffix=backups.FILE_SUFFIX),
            filter_text=self.tr("许可证管家备份 (*.zip)"))
        if target is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            made, written = backups.backup_to_file(self.db_path, target, now=now)
        except StorageError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("备份到"), str(error))
            return None
        QApplication.restoreOverrideCursor()
        self.refresh_backups()
        self.status_label.setText(self.tr("已备份：{when}").format(when=made.created_at.strftime("%H:%M:%S")))
        tell_exported(self, written, title=self.tr("已备份"), text=self.tr(
            "已把完整的备份（{contents}）保存到：\n{path}\n\n这一个文件就是全部数据。需要时在“设置 → 备份”中"
            "点“从文件恢复…”选择它；在另一台电脑上也可以这样恢复。").format(contents=self._contents(made), path=written))
        return written

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        if self._too_new(info):
            return
        preview = backups.describe_backup(info, max_licenses=0)
        if not preview.intact:
            QMessageBox.warning(self, self.tr("恢复备份"), self.tr("这份备份已损坏，不能恢复：\n{problems}").format(
                problems="\n".join(preview.problems)))
            return
        if self._ask_restore(info, source=""):
            self._leave(RestartRequest(db_path=self.db_path, restore=info))

    def restore_from_file(self) -> None:
        """A backup file (from 备份到…, on this computer or another), checked, then restored."""
        source = file_places.ask_open_path(
            self, file_places.BACKUP, caption=self.tr("从文件恢复"),
            filter_text=self.tr("许可证管家备份 (*.zip)") + ";;" + self.tr("所有文件 (*)"))
        if source is None:
            return
        try:
            info = backups.read_file(source)
        except StorageError as error:
            QMessageBox.warning(self, self.tr("从文件恢复"), str(error))
            return
        if self._too_new(info) or not self._ask_restore(info, source=source.name):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            unpacked = backups.unpack_checked(source, self.db_path)
        except StorageError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("从文件恢复"), str(error))
            self.refresh_backups()
            return
        QApplication.restoreOverrideCursor()
        self._leave(RestartRequest(db_path=self.db_path, restore=unpacked))

    def _too_new(self, info: BackupInfo) -> bool:
        """Told when the backup comes from a newer version, which this one cannot open."""
        if info.schema_version <= backups.SCHEMA_VERSION:
            return False
        QMessageBox.warning(self, self.tr("恢复备份"), self.tr(
            "这份备份来自更新版本的许可证管家（数据格式 {schema}），本程序无法打开。请先安装新版本。"
        ).format(schema=info.schema_version))
        return True

    def _ask_restore(self, info: BackupInfo, *, source: str) -> bool:
        where = self.tr("文件 {name} 中").format(name=source) if source else ""
        answer = QMessageBox.question(
            self, self.tr("恢复备份"),
            self.tr("恢复{where} {when} 的备份吗？\n\n备份中有 {licenses} 张许可证、{events} 条记录、{files} 个附件"
                    "（数据格式 {schema}）。\n\n当前的数据库和附件不会删除：会先改名（加上日期时间）保留在"
                    "数据文件夹中，恢复错了可以在这里改回。恢复后许可证管家会重新打开窗口。").format(
                where=where, when=info.created_at.strftime("%Y-%m-%d %H:%M"), licenses=info.license_count,
                events=info.event_count, files=info.attachment_count, schema=info.schema_version),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _reason(self, reason: str) -> str:
        return {
            backups.DAILY: self.tr("每日自动备份"),
            backups.MANUAL: self.tr("手动备份"),
            backups.COPIED: self.tr("备份到其他位置"),
            backups.MIGRATION: self.tr("升级数据格式前"),
            backups.BEFORE_DELETE: self.tr("删除前"),
            backups.BEFORE_EMPTYING: self.tr("清空回收站前"),
        }.get(reason, reason)

    # --- the data set aside by a restore --------------------------------------------------

    def _set_aside_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("恢复前保留的数据"), self)
        explain = hint_label(self.tr("恢复备份时，当时的数据不会删除，而是改名保留在数据文件夹中。恢复错了，"
                                     "选中一份点“改回这份数据…”；当前的数据同样会改名保留，可以再改回来。"), group)
        explain.setWordWrap(True)
        self.set_aside_table = _table(group, [self.tr("时间"), self.tr("保留的是"), self.tr("许可证"),
                                              self.tr("附件"), self.tr("大小")], stretch=1)
        self.set_aside_table.itemSelectionChanged.connect(self._set_aside_selected)
        rows = self.set_aside_table.verticalHeader().defaultSectionSize()      # room for 4, then it scrolls
        self.set_aside_table.setFixedHeight(self.set_aside_table.horizontalHeader().sizeHint().height()
                                            + 4 * rows + 2 * self.set_aside_table.frameWidth())
        self.put_back_button = QPushButton(self.tr("改回这份数据…"), group)
        self.put_back_button.clicked.connect(self.put_back_selected)
        self.set_aside_empty = hint_label(self.tr("还没有恢复过备份。"), group)
        row = QHBoxLayout()
        row.addWidget(self.set_aside_empty, 1)
        row.addWidget(self.put_back_button)
        box = QVBoxLayout(group)
        box.addWidget(explain)
        box.addWidget(self.set_aside_table)
        box.addLayout(row)
        return group

    def refresh_set_aside(self) -> None:
        self.copies = backups.list_set_aside(self.db_path)
        rows = []
        for copy in self.copies:
            licenses = copy.license_count()
            rows.append((copy.set_aside_at.strftime("%Y-%m-%d %H:%M"), self._label(copy.label),
                         "—" if licenses is None else str(licenses), str(copy.attachment_count),
                         human_size(copy.size_bytes)))
        _fill(self.set_aside_table, rows, right=(2, 3, 4))
        self.set_aside_empty.setText("" if self.copies else self.tr("还没有恢复过备份。"))
        if self.copies:
            self.set_aside_table.selectRow(0)
        self._set_aside_selected()

    def _label(self, label: str) -> str:
        return {backups.BEFORE_RESTORE: self.tr("恢复备份前的数据"),
                backups.BEFORE_UNDO: self.tr("改回前的数据")}.get(label, label)

    def selected_copy(self) -> SetAside | None:
        rows = self.set_aside_table.selectionModel().selectedRows()
        return self.copies[rows[0].row()] if rows else None

    def _set_aside_selected(self) -> None:
        self.put_back_button.setEnabled(self.selected_copy() is not None)

    def put_back_selected(self) -> None:
        copy = self.selected_copy()
        if copy is None:
            return
        licenses = copy.license_count()
        answer = QMessageBox.question(
            self, self.tr("改回这份数据"),
            self.tr("把数据改回 {when} 保留的{label}吗？\n\n其中有 {licenses} 张许可证、{files} 个附件。"
                    "当前的数据不会删除：同样改名保留在数据文件夹中，之后也可以再改回来。"
                    "许可证管家会重新打开窗口。").format(
                when=copy.set_aside_at.strftime("%Y-%m-%d %H:%M"), label=self._label(copy.label),
                licenses="?" if licenses is None else licenses, files=copy.attachment_count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._leave(RestartRequest(db_path=self.db_path, put_back=copy))

    def _leave(self, request: RestartRequest) -> None:
        request_restart(request)
        self.leaving.emit()
