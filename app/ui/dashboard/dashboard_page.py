"""The dashboard: every license, its next deadline and status, sortable and filterable."""

from __future__ import annotations

from collections.abc import Iterable

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
from app.ui.dashboard.license_table_model import ALL_STATUSES, NEEDS_ACTION, LicenseTableModel

SETUP_AFTER_PAINT_MS = 50      # sorting and shortcuts: once the rows are on screen


class DashboardPage(QWidget):
    open_requested = Signal(int)
    add_requested = Signal()
    remove_examples_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = LicenseTableModel(self)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("筛选：公司名称或许可证编号（Ctrl+F）"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("筛选"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("按状态筛选"))
        for text, value in ((self.tr("全部状态"), ALL_STATUSES),
                            (self.tr("需要处理（逾期或 90 天内）"), NEEDS_ACTION),
                            (self.tr("已逾期"), "overdue"), (self.tr("30 天内"), "due30"),
                            (self.tr("90 天内"), "due90"), (self.tr("正常"), "ok")):
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

    def set_rows(self, rows: Iterable[LicenseStatus]) -> None:
        self.model.set_rows(rows)
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

    def _to_table(self) -> None:
        from PySide6.QtCore import Qt

        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter_edit.text(), self.status_filter.currentData())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if shown == total:
            self.count_label.setText(self.tr("共 %n 张", "", total))
        else:
            self.count_label.setText(self.tr("显示 %1 / %2 张").replace("%1", str(shown)).replace("%2", str(total)))
