"""The 回收站's entries as a Qt table model, fed with ``set_rows()`` (tested without a window)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from app.operations.attachments import size_text
from app.operations.trash import ATTACHMENT, CASE, LICENSE, TrashEntry

KIND, NAME, DELETED, CONTENTS, RESTORABLE = range(5)
BLOCKED_COLOUR = QColor("#8a5a00")


class TrashModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[TrashEntry] = []
        self._headers = (self.tr("类型"), self.tr("名称"), self.tr("删除时间"), self.tr("一并删除的内容"),
                         self.tr("能否恢复"))
        self._kinds = {LICENSE: self.tr("许可证"), CASE: self.tr("办理事项"), ATTACHMENT: self.tr("附件")}

    def kind_labels(self) -> list[str]:
        """The words of the type column, its header among them (for its width)."""
        return [self._headers[KIND], *self._kinds.values()]

    def set_rows(self, rows: list[TrashEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> TrashEntry:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return entry.label
        if role == Qt.ItemDataRole.ToolTipRole and column == RESTORABLE and entry.blocked:
            return entry.blocked
        if role == Qt.ItemDataRole.ForegroundRole and column == RESTORABLE and entry.blocked:
            return BLOCKED_COLOUR
        return None

    def _display(self, entry: TrashEntry, column: int) -> str:
        if column == KIND:
            return self._kinds.get(entry.kind, entry.kind)
        if column == NAME:
            return entry.label
        if column == DELETED:
            return entry.deleted_at.replace("T", " ")[:16]
        if column == CONTENTS:
            return self.contents_text(entry)
        if entry.blocked:
            return entry.blocked.rpartition("：")[2]        # the way forward: 先恢复许可证 (the whole on hover)
        return self.tr("可以恢复")

    def contents_text(self, entry: TrashEntry) -> str:
        contents, parts = entry.contents, []
        if entry.kind == CASE and contents.items:
            parts.append(self.tr("%n 项材料", "", contents.items))
        if entry.kind == LICENSE and contents.cases:
            parts.append(self.tr("%n 个办理事项", "", contents.cases))
        if entry.kind != ATTACHMENT and contents.attachments:
            parts.append(self.tr("%n 个附件", "", contents.attachments))
        if entry.kind == LICENSE and contents.events:
            parts.append(self.tr("%n 条历史记录", "", contents.events))
        if contents.attachment_bytes:
            parts.append(size_text(contents.attachment_bytes))
        return self.tr("、").join(parts)
