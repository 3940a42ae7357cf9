"""The dashboard's licenses as a Qt table model: no widget per row, sorted and filtered here.

Sorting and filtering are done on the Python rows (real dates and integers as sort keys)
rather than through a QSortFilterProxyModel, whose per-row calls back into Python would cost
far more with thousands of licenses.

Archived licenses (``set_archived_rows``) are off the dashboard: they show, marked 已归档, only
to a search by text or when the status filter asks for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex

from app.domain.status import LicenseStatus
from app.ui.widgets import status_style
from app.ui.widgets.deadline_titles import short_title, short_title_samples

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

COMPANY, NUMBER, SCOPE, EXPIRY, NEXT, NEXT_DATE, DAYS_LEFT, STATUS = range(8)
COLUMN_COUNT = 8
ALL_STATUSES = "all"
NEEDS_ACTION = "attention"      # overdue, or due within 90 days
ARCHIVED = "archived"           # the archived licenses only
_RANK = {status: rank for rank, status in enumerate(status_style.STATUS_ORDER)}

# Qt's values as plain ints (Qt.ItemDataRole.*, AlignRight | AlignVCenter): the first use of any
# member of PySide6's Qt namespace builds the Python enums of the whole namespace (~100 enums,
# 15-20 ms), which a start should not pay before its first paint. ``role`` arrives as an int.
_Display, _ToolTip, _Background, _Foreground, _Alignment = 0, 3, 8, 9, 7
_RIGHT = 0x0002 | 0x0080

SORT_KEYS: dict[int, Callable[[LicenseStatus], object]] = {
    COMPANY: lambda r: (r.company, r.number),
    NUMBER: attrgetter("number"),
    SCOPE: lambda r: (r.scope, r.days_left),
    EXPIRY: lambda r: (r.expiry, r.number),
    NEXT: lambda r: (r.next_deadline.key, r.days_left),
    NEXT_DATE: lambda r: (r.next_deadline.date, r.number),
    DAYS_LEFT: attrgetter("days_left", "number"),
    STATUS: lambda r: (_RANK[r.status], r.days_left, r.number),
}


class LicenseTableModel(QAbstractTableModel):
    """All rows are kept; ``visible`` holds the positions shown, in the current sort order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[LicenseStatus] = []
        self._in_use = 0                     # the rows before this position are in use, the others archived
        self._order: list[int] = []          # every row, sorted
        self._visible: list[int] = []        # the sorted rows that pass the filter
        self._haystacks: list[str] | None = None
        self._sort_column, self._descending = DAYS_LEFT, False
        self._text, self._status = "", ALL_STATUSES
        self._headers = (self.tr("公司名称"), self.tr("许可证编号"), self.tr("许可范围"),
                         self.tr("有效期至"), self.tr("下一期限"), self.tr("期限日期"),
                         self.tr("剩余天数"), self.tr("状态"))
        self._scopes = {"national": self.tr("全网"), "provincial": self.tr("地网")}
        self._example_tag = self.tr("〔示例〕")
        self._archived_tag = self.tr("〔已归档〕")
        self._archived_status = self.tr("已归档")
        self._estimate_tag = self.tr("（估算）")
        self._next_titles: dict[str, str] = {}      # deadline key → its short title

    # ------------------------------------------------------------------ feeding
    def set_rows(self, rows: Iterable[LicenseStatus], archived: Iterable[LicenseStatus] = ()) -> None:
        """The licenses in use, and the archived ones (shown only to a search, see ``set_filter``)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._in_use = len(self._rows)
        self._rows += archived
        self._haystacks = None
        self._order = self._sorted_positions()
        self._visible = self._filtered(self._order)
        self.endResetModel()

    def set_archived_rows(self, rows: Iterable[LicenseStatus]) -> None:
        self.set_rows(self._rows[:self._in_use], rows)

    def wants_archived(self) -> bool:
        """Whether the filter shows archived licenses (a text is searched for, or they are asked for)."""
        return bool(self._text) or self._status == ARCHIVED

    def is_archived(self, index: int) -> bool:
        """Whether the row shown at ``index`` is an archived license."""
        return self._visible[index] >= self._in_use

    def set_filter(self, text: str = "", status: str = ALL_STATUSES) -> None:
        """Show the rows whose company or number contains ``text`` and whose status matches; the
        archived licenses only to a text, or when ``status`` is ARCHIVED."""
        text = text.strip().casefold()
        if (text, status) == (self._text, self._status):
            return
        self._text, self._status = text, status
        self.beginResetModel()
        self._visible = self._filtered(self._order)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        from PySide6.QtCore import Qt  # (on first use: see the note on the roles above)

        if column not in SORT_KEYS:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        self._order = self._sorted_positions()
        self._visible = self._filtered(self._order)
        self.layoutChanged.emit()

    def _sorted_positions(self) -> list[int]:
        keys = list(map(SORT_KEYS[self._sort_column], self._rows))
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=self._descending)

    def _filtered(self, positions: list[int]) -> list[int]:
        rows, text, status, in_use = self._rows, self._text, self._status, self._in_use
        if status == ARCHIVED:
            positions = [i for i in positions if i >= in_use]
        elif not text and in_use < len(rows):
            positions = [i for i in positions if i < in_use]
        if status == NEEDS_ACTION:
            positions = [i for i in positions if rows[i].status != "ok"]
        elif status not in (ALL_STATUSES, ARCHIVED):
            positions = [i for i in positions if rows[i].status == status]
        if text:
            if self._haystacks is None:
                self._haystacks = [f"{r.company}\n{r.number}".casefold() for r in rows]
            hay = self._haystacks
            positions = [i for i in positions if text in hay[i]]
        return list(positions)

    # ------------------------------------------------------------------ reading
    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        from PySide6.QtCore import Qt

        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return self._sort_column, order

    def headers(self) -> tuple[str, ...]:
        """The column titles. The view's header shows them from an item model (DashboardPage):
        this model has no Python headerData, which Qt would call with an argument that builds
        the Python enums of the whole Qt namespace."""
        return self._headers

    def row(self, index: int) -> LicenseStatus:
        """The row shown at ``index`` (after sorting and filtering)."""
        return self._rows[self._visible[index]]

    def total_count(self) -> int:
        """The licenses in use (the archived ones are not counted)."""
        return self._in_use

    def shown_in_use(self) -> int:
        """How many of the rows shown are licenses in use."""
        return sum(1 for position in self._visible if position < self._in_use)

    def example_count(self) -> int:
        return sum(1 for r in self._rows[:self._in_use] if r.is_example)

    def row_of_license(self, license_id: int) -> int | None:
        for shown, position in enumerate(self._visible):
            if self._rows[position].license_id == license_id:
                return shown
        return None

    def width_samples(self) -> dict[int, list[str]]:
        """The widest texts each column but the company's shows (its header among them)."""
        day = "2027-03-14"
        samples = {NUMBER: ["京B2-20190350号"], SCOPE: list(self._scopes.values()), EXPIRY: [day],
                   NEXT: short_title_samples(), NEXT_DATE: [day + self._estimate_tag],
                   DAYS_LEFT: [status_style.days_text(-1000), status_style.days_text(1000)],
                   STATUS: [status_style.status_label(s) for s in status_style.STATUS_ORDER]}
        return {column: [self._headers[column], *texts] for column, texts in samples.items()}

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index, role=_Display):
        if role == _Display:
            position = self._visible[index.row()]
            if position >= self._in_use:
                return self._display_archived(self._rows[position], index.column())
            return self._display(self._rows[position], index.column())
        if role == _Background:
            if index.column() == STATUS and self._visible[index.row()] < self._in_use:
                return status_style.status_background(self._rows[self._visible[index.row()]].status)
            return None
        if role == _Foreground:
            if self._visible[index.row()] >= self._in_use:
                return status_style.ARCHIVED_COLOUR
            column = index.column()
            if column in (DAYS_LEFT, STATUS):
                return status_style.status_foreground(self._rows[self._visible[index.row()]].status)
            if column == NEXT_DATE and self._rows[self._visible[index.row()]].next_deadline.estimated:
                return status_style.ESTIMATE_COLOUR
            return None
        if role == _Alignment:
            return _RIGHT if index.column() == DAYS_LEFT else None
        if role == _ToolTip:
            return self._tooltip(self._rows[self._visible[index.row()]], index.column())
        return None

    def _display(self, row: LicenseStatus, column: int) -> str:
        if column == COMPANY:
            return f"{self._example_tag}{row.company}" if row.is_example else row.company
        if column == NUMBER:
            return row.number
        if column == SCOPE:
            return self._scopes.get(row.scope, row.scope)
        if column == EXPIRY:
            return row.expiry.isoformat()
        if column == NEXT:
            deadline = row.next_deadline
            title = self._next_titles.get(deadline.key)
            if title is None:
                title = self._next_titles[deadline.key] = short_title(deadline)
            return title
        if column == NEXT_DATE:
            text = row.next_deadline.date.isoformat()
            return text + self._estimate_tag if row.next_deadline.estimated else text
        if column == DAYS_LEFT:
            return status_style.days_text(row.days_left)
        return status_style.status_label(row.status)

    def _display_archived(self, row: LicenseStatus, column: int) -> str:
        if column == COMPANY:
            return f"{self._archived_tag}{row.company}"
        if column == STATUS:
            return self._archived_status
        return self._display(row, column)

    def _tooltip(self, row: LicenseStatus, column: int) -> str | None:
        deadline = row.next_deadline
        if column in (NEXT, NEXT_DATE):
            from app.ui.widgets.obligation_titles import deadline_label  # on hover, not at start

            text = self.tr("%1\n依据：%2").replace("%1", deadline_label(deadline)).replace("%2", deadline.source)
            if deadline.estimated:
                text += "\n" + status_style.estimate_note([deadline.date.year])
            return text
        if column == COMPANY and row.is_example:
            return self.tr("示例数据：可在“许可证 → 移除示例数据”中一步移除")
        return None

