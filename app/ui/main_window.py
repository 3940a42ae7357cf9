"""The main window on one database."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableView

from app import operations
from app.storage.database import Store
from app.ui.license_table import LicenseTableModel


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("许可证管家")
        self.resize(1100, 680)
        self.model = LicenseTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setCentralWidget(self.table)
        self.statusBar().showMessage(f"数据库：{store.path}")
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(operations.overviews(self.store, today=date.today()))
