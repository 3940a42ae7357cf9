"""帮助 → 使用指南: the built-in guide, in the interface's language, shown in the app (no browser):
the contents on the left, the section on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
)

from app.ui.help.guide import sections
from app.ui.i18n import current_language


class HelpDialog(QDialog):
    def __init__(self, parent=None, *, language: str | None = None):
        super().__init__(parent)
        title, self.sections = sections(language or current_language())
        self.setWindowTitle(title or self.tr("使用指南"))
        self.resize(960, 640)
        self.contents = QListWidget(self)
        self.contents.setAccessibleName(self.tr("目录"))
        self.contents.addItems([section.title for section in self.sections])
        self.contents.setMaximumWidth(max(220, self.contents.sizeHintForColumn(0) + 32))
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)           # the guide has no links out: nothing opens a browser
        self.text.setAccessibleName(self.tr("指南内容"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.contents)
        body.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.contents.currentRowChanged.connect(self.show_section)
        self.contents.setCurrentRow(0)
        self.contents.setFocus(Qt.FocusReason.OtherFocusReason)

    def titles(self) -> list[str]:
        return [section.title for section in self.sections]

    def show_section(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.text.setMarkdown(self.sections[row].text)

    def show_titled(self, fragment: str) -> bool:
        """Show the first section whose title contains ``fragment``; False when there is none."""
        for row, section in enumerate(self.sections):
            if fragment in section.title:
                self.contents.setCurrentRow(row)
                return True
        return False
