"""The checklist of one case: progress, a filter, the items table and the item editor beside it.

Used by the renewal wizard, by every other procedure's dialog and, read-only, by the view of a
finished case. Ctrl+Z (撤销) takes back the selected item's last save.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.operations import cases as ops
from app.storage.database import Store
from app.ui.checklist.checklist_model import (
    COLUMNS,
    ITEM_ID_ROLE,
    STATE_COLOURS,
    ChecklistModel,
    OutstandingFilter,
)
from app.ui.checklist.item_editor import ItemEditor

# Together about as wide as the table beside the editor, so the last column's header shows too;
# the editor repeats the full source, and the last column stretches when there is room.
COLUMN_WIDTHS = {"position": 40, "name": 210, "forms": 120, "state": 64, "owner": 70,
                 "due_date": 92, "note": 110, "attachments": 44, "sources": 110}


class ChecklistView(QWidget):
    """Shows and edits the checklist of ``case_id``; ``changed`` after every saved change."""

    changed = Signal()

    def __init__(self, store: Store, case_id: int, parent=None, *, today: date | None = None,
                 read_only: bool = False):
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.today = today or date.today()
        self.model = ChecklistModel(self, today=self.today)
        self.filter = OutstandingFilter(self)
        self.filter.setSourceModel(self.model)

        self.progress = QLabel(self)
        self.progress.setStyleSheet("font-weight: bold;")
        self.only_outstanding = QCheckBox(self.tr("只看未完成"), self)
        self.only_outstanding.toggled.connect(self.filter.set_only_outstanding)
        legend = QLabel(self.tr("※ 有时效要求　红色日期：已逾期　将鼠标停在材料名称上可看说明"), self)
        legend.setStyleSheet("color: #5f6368;")

        self.table = QTableView(self)
        self.table.setModel(self.filter)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # At least as wide as the header and, for the state, its words (both longer in English).
        cells, headers = self.table.fontMetrics(), QFontMetrics(header.font())
        for column, width in COLUMN_WIDTHS.items():
            index = COLUMNS.index(column)
            needed = headers.boundingRect(self.model.headerData(index, Qt.Orientation.Horizontal)).width() + 24
            if column == "state":
                needed = max(needed, *(cells.horizontalAdvance(self.model.state_label(s)) + 16
                                       for s in STATE_COLOURS))
            self.table.setColumnWidth(index, max(width, needed))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.editor = ItemEditor(store, self, today=self.today)
        self.editor.saved.connect(self._item_saved)
        self.editor.setMinimumWidth(300)
        self.editor.set_read_only(read_only)
        self.read_only = read_only
        if not read_only:
            undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
            undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            undo.activated.connect(self.editor.undo)

        top = QHBoxLayout()
        top.addWidget(self.progress)
        top.addSpacing(16)
        top.addWidget(self.only_outstanding)
        top.addStretch(1)
        top.addWidget(legend)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.reload()
        if self.model.rowCount():
            self.select_item(self.model.entry(0).item.id)

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        """Read the checklist again, keeping the selected item selected."""
        current = self.current_item_id()
        self.model.set_rows(ops.checklist(self.store, self.case_id, today=self.today))
        self.progress.setText(self.model.progress_text())
        if current is not None:
            self.select_item(current)

    def current_item_id(self) -> int | None:
        return self.editor.entry.item.id if self.editor.entry else None

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is None:
            return
        self.editor.show_entry(self.model.entry(row))
        proxy = self.filter.mapFromSource(self.model.index(row, 0))
        if proxy.isValid():
            self.table.selectionModel().setCurrentIndex(
                proxy, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def visible_item_ids(self) -> list[int]:
        return [self.filter.index(r, 0).data(ITEM_ID_ROLE) for r in range(self.filter.rowCount())]

    def flush(self) -> None:
        self.editor.flush()

    def can_leave(self) -> bool:
        """False while the item shown waits for the reason of its 不适用 (the editor says so)."""
        return self.editor.can_leave()

    def progress_text(self) -> str:
        return self.model.progress_text()

    # ------------------------------------------------------------------ events
    def _row_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        item_id = current.data(ITEM_ID_ROLE)
        if item_id == self.current_item_id():
            return
        if not self.editor.can_leave():
            self._keep_current(quietly=True)
            # A click makes its row current, then selects it: once the table is done with the
            # click, the row of the item edited is selected again (and stays the current one).
            QTimer.singleShot(0, self, self._keep_current)
            return
        self.select_item(item_id)

    def _keep_current(self, *, quietly: bool = False) -> None:
        """Make the item shown the table's current and selected row again (a row change refused);
        ``quietly``: while the table is telling of the change refused, without telling anyone."""
        item_id = self.current_item_id()
        row = self.model.row_of(item_id) if item_id is not None else None
        proxy = self.filter.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if proxy is None or not proxy.isValid():
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        if quietly:
            with QSignalBlocker(self.table.selectionModel()):
                self.table.selectionModel().setCurrentIndex(proxy, flags)
        else:
            self.table.selectionModel().setCurrentIndex(proxy, flags)
            self.table.scrollTo(proxy)
        self.table.viewport().update()

    def _item_saved(self, _item_id: int) -> None:
        self.reload()
        self.changed.emit()
