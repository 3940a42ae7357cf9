"""帮助 → 关于: the version, where the data is, and the libraries the app is built on with their
licenses."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app import __version__

# What the program ships (names as on PyPI) and the license each is used under.
LIBRARIES = (
    ("PySide6-Essentials", "Qt for Python", "LGPL-3.0"),
    ("shiboken6", "Qt for Python", "LGPL-3.0"),
    ("chinese-calendar", "", "MIT"),
    ("tyme4py", "", "MIT"),
    ("sqlite-utils", "", "Apache-2.0"),
    ("openpyxl", "", "MIT"),
    ("et-xmlfile", "", "MIT"),
    ("icalendar", "", "BSD-2-Clause"),
    ("platformdirs", "", "MIT"),
    ("python-dateutil", "", "BSD-3-Clause"),
    ("click", "", "BSD-3-Clause"),
    ("pluggy", "", "MIT"),
    ("tzdata", "", "Apache-2.0"),
    ("keyring", "", "MIT"),
)


def installed_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:       # in a bundle without the package's metadata
        return "—"


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path, parent=None):
        super().__init__(parent)
        self.data_folder = Path(data_folder)
        self.setWindowTitle(self.tr("关于许可证管家"))
        self.resize(640, 520)
        self.version_label = QLabel(self.tr("许可证管家 {version}").format(version=__version__), self)
        self.version_label.setStyleSheet("font-size: 16px; font-weight: 600;")
        what = QLabel(self.tr("管理呼叫中心业务（B24）增值电信业务经营许可证的期限、续期材料与记录。"
                              "全部数据保存在本机；除了设置好的群通知机器人，程序不联网。"), self)
        what.setWordWrap(True)
        self.folder_label = QLabel(self.tr("数据文件夹：{folder}").format(folder=self.data_folder), self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("打开数据文件夹"), self)
        open_folder.clicked.connect(self.open_data_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(open_folder)
        runtime = QLabel(self.tr("Python {python}，Qt {qt}，PySide6 {pyside}，{system}").format(
            python=platform.python_version(), qt=qVersion(), pyside=pyside_version,
            system=f"{platform.system()} {platform.release()}"), self)
        runtime.setStyleSheet("color: #5b6068;")
        self.libraries = QTableWidget(len(LIBRARIES), 3, self)
        self.libraries.setHorizontalHeaderLabels([self.tr("组件"), self.tr("版本"), self.tr("许可证")])
        self.libraries.verticalHeader().hide()
        self.libraries.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.libraries.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (package, shown, license_name) in enumerate(LIBRARIES):
            component = self.tr("{package}（{shown}）").format(package=package, shown=shown) if shown else package
            for column, text in enumerate((component, installed_version(package), license_name)):
                self.libraries.setItem(row, column, QTableWidgetItem(text))
        self.libraries.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        note = QLabel(self.tr("Qt 与 PySide6 按 LGPL-3.0 使用，未作修改；各组件的许可证全文随其源代码发布。"), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #5b6068;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.version_label)
        layout.addWidget(what)
        layout.addLayout(folder_row)
        layout.addWidget(runtime)
        layout.addWidget(QLabel(self.tr("用到的开源组件："), self))
        layout.addWidget(self.libraries, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))
