"""The dashboard: every license, its next deadline and status, sortable and filterable.

Archived licenses are off it, but a search finds them (read from ``archived_source`` when first
needed). A row's right-click menu and the Delete key archive or delete the license.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.status import LicenseStatus
from app.ui.dashboard import license_table_model as columns
from app.ui.dashboard.license_table_model import (
    ALL_STATUSES,
    ARCHIVED,
    NEEDS_ACTION,
    LicenseTableModel,
)

SETUP_AFTER_PAINT_MS = 50      # sorting and shortcuts: once the rows are on screen


class DashboardPage(QWidget):
    open_requested = Signal(int)
    add_requested = Signal()
    remove_examples_requested = Signal()
    delete_requested = Signal(int)          # license id
    archive_requested = Signal(int)
    unarchive_requested = Signal(int)

    def __init__(self, parent=None, *, archived_source: Callable[[], list[LicenseStatus]] | None = None):
        super().__init__(parent)
        self.model = LicenseTableModel(self)
        self.archived_source = archived_source
        self._archived_loaded = False

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("筛选：公司名称或许可证编号（Ctrl+F）"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("筛选"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("按状态筛选"))
        for text, value in ((self.tr("全部状态"), ALL_STATUSES),
                            (self.tr("需要处理（逾期或 90 天内）"), NEEDS_ACTION),
                            (self.tr("已逾期"), "overdue"), (self.tr("30 天内"), "due30"),
                            (self.tr("90 天内"), "due90"), (self.tr("正常"), "ok"),
                            (self.tr("已归档"), ARCHIVED)):
            self.status_filter.addItem(text, value)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setStyleSheet("color: #5b6068;")
        self.add_button = QPushButton(self.tr("添加许可证"))
        self.add_button.setToolTip(self.tr("Ctrl+N"))

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.count_label)
        bar.addStretch()
        bar.addWidget(self.add_button)

        self.example_banner = QFrame()
        self.example_banner.setObjectName("exampleBanner")
        self.example_banner.setStyleSheet(
            "#exampleBanner { background: #eef3fb; border: 1px solid #c9d7ee; border-radius: 4px; }")
        self.example_label = QLabel()
        self.remove_examples_button = QPushButton(self.tr("移除示例数据"))
        banner = QHBoxLayout(self.example_banner)
        banner.setContentsMargins(10, 4, 6, 4)
        banner.addWidget(self.example_label, 1)
        banner.addWidget(self.remove_examples_button)
        self.example_banner.hide()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        # The header reads its texts from a plain item model: Qt then never calls the Python
        # model's headerData, whose orientation argument would build PySide6's Python enums of
        # the whole Qt namespace (15-20 ms) before the first paint. What needs those enums (the
        # sort indicator, sorting by a click, the shortcuts) is set up right after the first paint.
        self._header_labels = QStandardItemModel(0, columns.COLUMN_COUNT, self)
        self._header_labels.setHorizontalHeaderLabels(list(self.model.headers()))
        header.setModel(self._header_labels)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(columns.COMPANY, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        # Each column fits its widest sample, in the language shown; the company's takes the rest.
        for column, samples in self.model.width_samples().items():
            header.resizeSection(column, max(map(metrics.horizontalAdvance, samples)) + 24)
        self.table.setAccessibleName(self.tr("许可证列表"))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.example_banner)
        layout.addWidget(self.table, 1)

        self.filter_edit.textChanged.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_examples_button.clicked.connect(self.remove_examples_requested)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        QWidget.setTabOrder(self.filter_edit, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_examples_button)
        QWidget.setTabOrder(self.remove_examples_button, self.table)
        self.setup_finished = False

    def paintEvent(self, event):  # noqa: N802
        if not self.setup_finished:
            QTimer.singleShot(SETUP_AFTER_PAINT_MS, self.finish_setup)
        super().paintEvent(event)

    def finish_setup(self) -> None:
        """Sorting by the header and the keyboard shortcuts (see the header's note above)."""
        if self.setup_finished:
            return
        self.setup_finished = True
        from PySide6.QtCore import Qt

        self.table.horizontalHeader().setSortIndicator(*self.model.sort_state())
        self.table.setSortingEnabled(True)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_current)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.filter_edit,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self._to_table)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.filter_edit.clear)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.delete_current)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)

    def set_rows(self, rows: Iterable[LicenseStatus]) -> None:
        self._archived_loaded = False
        self.model.set_rows(rows)
        if self.model.wants_archived():
            self._load_archived()
        examples = self.model.example_count()
        self.example_banner.setVisible(examples > 0)
        self.example_label.setText(self.tr(
            "其中 %n 张是示例数据（标有〔示例〕），仅供试用；登记自己的许可证后可一步移除。", "", examples))
        self._update_count()

    def focus_filter(self) -> None:
        from PySide6.QtCore import Qt

        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open(index.row())

    def select_license(self, license_id: int) -> None:
        row = self.model.row_of_license(license_id)
        if row is not None:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.model.row(row).license_id)

    def delete_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.delete_requested.emit(self.model.row(index.row()).license_id)

    def row_menu(self, row: int):
        """The actions on one row: open, archive (or bring back), delete."""
        from PySide6.QtWidgets import QMenu

        license_id = self.model.row(row).license_id
        menu = QMenu(self)
        menu.addAction(self.tr("打开"), lambda: self.open_requested.emit(license_id))
        if self.model.is_archived(row):
            menu.addAction(self.tr("取消归档"), lambda: self.unarchive_requested.emit(license_id))
        else:
            menu.addAction(self.tr("归档…"), lambda: self.archive_requested.emit(license_id))
        menu.addSeparator()
        menu.addAction(self.tr("删除…"), lambda: self.delete_requested.emit(license_id))
        return menu

    def _row_menu(self, position) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        self.row_menu(index.row()).popup(self.table.viewport().mapToGlobal(position))

    def _load_archived(self) -> None:
        if self._archived_loaded or self.archived_source is None:
            return
        self._archived_loaded = True
        self.model.set_archived_rows(self.archived_source())

    def _to_table(self) -> None:
        from PySide6.QtCore import Qt

        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter_edit.text(), self.status_filter.currentData())
        if self.model.wants_archived() and not self._archived_loaded:
            self._load_archived()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.shown_in_use(), self.model.total_count()
        archived = self.model.rowCount() - shown
        if shown == total and not archived:
            self.count_label.setText(self.tr("共 %n 张", "", total))
        else:
            self.count_label.setText(self.tr("显示 %1 / %2 张").replace("%1", str(shown)).replace("%2", str(total)))
        if archived:
            self.count_label.setText(self.count_label.text() + self.tr("，另有 %n 张已归档", "", archived))
