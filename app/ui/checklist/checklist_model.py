"""The items of a case as a Qt table model, and the filter that keeps only what is still missing.

Both are fed with ``set_rows()`` and tested without a window; editing happens in the
checklist view's side panel, which saves through the case operations and feeds the rows back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.cases import ChecklistEntry, progress

COLUMNS = ("position", "name", "forms", "state", "owner", "due_date", "note", "attachments", "sources")
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1

STATE_COLOURS = {"ready": QColor("#1e7a34"), "in_progress": QColor("#8a5a00"),
                 "not_applicable": QColor("#7a7a7a"), "missing": QColor("#a61b1b")}
OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_FOREGROUND = QColor("#a61b1b")
STALE_BACKGROUND = QColor("#fff1cc")


class ChecklistModel(QAbstractTableModel):
    def __init__(self, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self._rows: list[ChecklistEntry] = []
        self.today = today or date.today()
        self._headers = (self.tr("序号"), self.tr("材料名称"), self.tr("形式要求"), self.tr("状态"),
                         self.tr("负责人"), self.tr("截止日期"), self.tr("备注"), self.tr("附件"),
                         self.tr("来源"))
        self._state_labels = {"missing": self.tr("未准备"), "in_progress": self.tr("准备中"),
                              "ready": self.tr("已准备"), "not_applicable": self.tr("不适用")}

    # ------------------------------------------------------------------ rows
    def set_rows(self, rows: list[ChecklistEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> ChecklistEntry:
        return self._rows[row]

    def entries(self) -> list[ChecklistEntry]:
        return list(self._rows)

    def row_of(self, item_id: int) -> int | None:
        return next((r for r, e in enumerate(self._rows) if e.item.id == item_id), None)

    def progress_text(self) -> str:
        done = progress(e.item for e in self._rows)
        text = self.tr("{ready}/{applicable} 已准备").format(ready=done.ready, applicable=done.applicable)
        if done.not_applicable:
            text += self.tr("（另有 {n} 项不适用）").format(n=done.not_applicable)
        return text

    def state_label(self, state: str) -> str:
        return self._state_labels[state]

    # ------------------------------------------------------------------ Qt
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(entry, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("position", "attachments"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ITEM_ID_ROLE:
            return entry.item.id
        return None

    def _display(self, entry: ChecklistEntry, column: str) -> str:
        item = entry.item
        if column == "position":
            return str(item.position)
        if column == "name":
            return item.name + (" ※" if item.freshness_note else "")
        if column == "forms":
            return self.tr("、").join(item.forms)
        if column == "state":
            return self._state_labels[item.state]
        if column == "owner":
            return item.owner
        if column == "due_date":
            return item.due_date.isoformat() if item.due_date else ""
        if column == "note":
            return item.note.splitlines()[0] if item.note else ""
        if column == "attachments":
            return str(entry.attachments) if entry.attachments else ""
        return entry.sources_text

    def _tooltip(self, entry: ChecklistEntry, column: str) -> str | None:
        item = entry.item
        if column == "name":
            parts = [item.description]
            if item.freshness_note:
                parts.append(self.tr("时效要求：{note}").format(note=item.freshness_note))
            return "\n".join(p for p in parts if p)
        if column == "state" and item.state == "not_applicable":
            return self.tr("不适用原因：{reason}").format(reason=item.na_reason)
        if column == "due_date" and entry.is_overdue(self.today):
            return self.tr("已逾期 %n 天", "", (self.today - item.due_date).days)
        if column == "note" and item.note:
            return item.note
        if column == "attachments" and entry.freshness_warning:
            return entry.freshness_warning
        if column == "sources":
            return entry.sources_text
        return None

    def _foreground(self, entry: ChecklistEntry, column: str) -> QBrush | None:
        if column == "state":
            return QBrush(STATE_COLOURS[entry.item.state])
        if column == "due_date" and entry.is_overdue(self.today):
            return QBrush(OVERDUE_FOREGROUND)
        return None

    def _background(self, entry: ChecklistEntry, column: str) -> QBrush | None:
        if column == "due_date" and entry.is_overdue(self.today):
            return QBrush(OVERDUE_BACKGROUND)
        if column == "attachments" and entry.freshness_warning:
            return QBrush(STALE_BACKGROUND)
        return None


class OutstandingFilter(QSortFilterProxyModel):
    """Passes every row, or with ``set_only_outstanding(True)`` only 未准备 and 准备中 items."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._only_outstanding = False

    def set_only_outstanding(self, value: bool) -> None:
        if value == self._only_outstanding:
            return
        if hasattr(self, "beginFilterChange"):          # Qt ≥ 6.10
            self.beginFilterChange()
            self._only_outstanding = value
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._only_outstanding = value
            self.invalidateRowsFilter()

    @property
    def only_outstanding(self) -> bool:
        return self._only_outstanding

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        if not self._only_outstanding:
            return True
        return self.sourceModel().entry(source_row).item.state in ("missing", "in_progress")
