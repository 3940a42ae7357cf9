"""The licenses as a Qt table model (no widget per row)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from app.domain.license import SCOPES
from app.domain.status import STATUS_LABELS, LicenseOverview

HEADERS = ("公司名称", "许可证编号", "范围", "有效期至", "下一期限", "期限日期", "剩余天数", "状态")


class LicenseTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[LicenseOverview] = []

    def set_rows(self, rows: list[LicenseOverview]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> LicenseOverview:
        return self._rows[index]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        lic, nxt = row.license, row.next_deadline
        return (lic.company, lic.number, SCOPES[lic.scope], lic.expiry.isoformat(), nxt.label,
                nxt.date.isoformat() + ("（估算）" if nxt.estimated else ""), str(row.days_left),
                STATUS_LABELS[row.status])[index.column()]
