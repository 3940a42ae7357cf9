"""The 回收站 (许可证 → 回收站…): every deletion, to restore whole or to remove for good.

Emptying it, or removing one entry, is the explicit second step after a deletion; both ask first
and take a backup before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.domain.errors import ValidationError
from app.operations import trash as trash_ops
from app.operations.attachments import size_text
from app.storage.database import Store
from app.storage.errors import StorageError
from app.ui.trash.trash_model import CONTENTS, DELETED, KIND, NAME, TrashModel
from app.ui.widgets import confirmations
from app.ui.widgets.form_widgets import ERROR_STYLE, HINT_STYLE, hint_label

SAVED_STYLE = "color: #1d6432;"


class TrashDialog(QDialog):
    trash_changed = Signal()        # something came back, or went for good

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("回收站"))
        self.resize(1120, 460)
        explain = hint_label(self.tr(
            "删除的许可证、办理事项和附件都留在这里，可以原样恢复（连同它们的办理事项、历史记录和附件文件）。"
            "清空回收站后才真正删除，之前会自动备份一次。"), self)
        self.model = TrashModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("回收站中的内容"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        width = self.fontMetrics().averageCharWidth()
        for column, chars in ((DELETED, 18), (CONTENTS, 34)):
            self.table.setColumnWidth(column, width * chars + 16)
        self.table.setColumnWidth(KIND, max(map(self.fontMetrics().horizontalAdvance, self.model.kind_labels())) + 24)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.restore())

        self.empty_note = QLabel(self.tr("回收站是空的。"), self)
        self.empty_note.setStyleSheet(HINT_STYLE)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.restore_button = QPushButton(self.tr("恢复"), self)
        self.restore_button.setToolTip(self.tr("原样恢复所选的一项（双击也可以）"))
        self.restore_button.clicked.connect(self.restore)
        self.erase_button = QPushButton(self.tr("彻底删除…"), self)
        self.erase_button.clicked.connect(self.erase)
        self.empty_button = QPushButton(self.tr("清空回收站…"), self)
        self.empty_button.clicked.connect(self.empty)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addSpacing(16)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        current = self.table.currentIndex().row()
        self.model.set_rows(trash_ops.entries(self.store))
        count = self.model.rowCount()
        self.empty_note.setVisible(count == 0)
        if count:
            self.table.selectRow(min(max(current, 0), count - 1))
        self._update_buttons()

    def selected(self) -> trash_ops.TrashEntry | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.restore_button.setEnabled(entry is not None and not entry.blocked)
        self.restore_button.setToolTip(entry.blocked if entry is not None and entry.blocked
                                       else self.tr("原样恢复所选的一项（双击也可以）"))
        self.erase_button.setEnabled(entry is not None)
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ actions
    def restore(self) -> bool:
        entry = self.selected()
        if entry is None:
            return False
        try:
            trash_ops.restore(self.store, entry.id)
        except (ValidationError, StorageError) as error:
            self._say(str(error), ERROR_STYLE)
            return False
        self._say(self.tr("已恢复：{name}").format(name=entry.label), SAVED_STYLE)
        self.reload()
        self.trash_changed.emit()
        return True

    def erase(self) -> bool:
        entry = self.selected()
        if entry is None or not confirmations.confirm_erasing(self, count=1, everything=False):
            return False
        return self._erased(lambda: trash_ops.erase_entry(self.store, entry.id))

    def empty(self) -> bool:
        count = self.model.rowCount()
        if not count or not confirmations.confirm_erasing(self, count=count, everything=True):
            return False
        return self._erased(lambda: trash_ops.empty_trash(self.store))

    def _erased(self, work) -> bool:
        from PySide6.QtWidgets import QApplication

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            emptied = work()
        except (ValidationError, StorageError) as error:
            self._say(str(error), ERROR_STYLE)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._say(self.tr("已彻底删除 %n 项", "", emptied.entries)
                  + self.tr("（{files} 个附件文件，{size}）。之前已自动备份。").format(
                      files=emptied.files, size=size_text(emptied.bytes)), SAVED_STYLE)
        self.reload()
        self.trash_changed.emit()
        return True
