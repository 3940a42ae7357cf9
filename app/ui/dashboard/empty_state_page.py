"""What a new user sees: what the app does, in two lines, and the two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyStatePage(QWidget):
    add_requested = Signal()
    examples_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        title = QLabel(self.tr("还没有登记许可证"))
        title.setObjectName("emptyTitle")
        lines = QLabel(self.tr(
            "记下您的呼叫中心业务（B24）经营许可证，按中国工作日（含调休）算出续期、年报等每一个法定期限；\n"
            "到期前按清单逐项准备续期材料，每条规则都注明出处。数据只保存在本机的一个文件里。"))
        lines.setObjectName("emptyLines")
        lines.setWordWrap(True)
        # Sizes by style sheet, from the system's size: a QFont would build that class's Python
        # enums (some 1.5 ms), which this page, the first thing a new user sees, need not wait for.
        size = title.fontInfo().pointSizeF()
        title.setStyleSheet(f"font-size: {size * 1.6:.2f}pt; font-weight: 600;")
        lines.setStyleSheet(f"font-size: {size * 1.15:.2f}pt; color: #4a4f57;")
        lines.ensurePolished()          # its font, for the width below
        # Set by name: the Qt.AlignmentFlag enum would build PySide6's Python enums of the whole
        # Qt namespace (15-20 ms), which this page, the first thing a new user sees, need not wait for.
        lines.setProperty("alignment", "AlignCenter")
        title.setProperty("alignment", "AlignCenter")

        self.add_button = QPushButton(self.tr("添加许可证"))
        self.add_button.setDefault(True)
        self.add_button.setMinimumWidth(140)
        self.add_button.setToolTip(self.tr("按证书填写一张许可证（Ctrl+N）"))
        self.examples_button = QPushButton(self.tr("载入示例数据"))
        self.examples_button.setMinimumWidth(140)
        self.examples_button.setToolTip(self.tr("载入几张标有“示例”的许可证先试用；之后可一步移除"))
        self.add_button.clicked.connect(self.add_requested)
        self.examples_button.clicked.connect(self.examples_requested)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.examples_button)
        buttons.addStretch()

        column = QVBoxLayout()
        column.addWidget(title)
        column.addSpacing(10)
        column.addWidget(lines)
        column.addSpacing(22)
        column.addLayout(buttons)
        box = QWidget()
        widest = max(lines.fontMetrics().horizontalAdvance(line) for line in lines.text().splitlines())
        box.setFixedWidth(widest + 40)
        box.setLayout(column)

        middle = QHBoxLayout()
        middle.addStretch()
        middle.addWidget(box)
        middle.addStretch()
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(middle)
        outer.addStretch(3)
