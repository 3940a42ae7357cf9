"""What an English screen shows: every text the interface writes, with the data taken out.

``interface_texts(widget)`` reads what a user sees under a widget (labels, buttons and their
menus, placeholders, choices, tooltips, tabs, group titles, table headers and cells, a wizard
page's title); ``not_data(texts, data)`` keeps what is left once the data has been cut out of
them (what the user typed and the catalogue's and the rules' Chinese texts), and
``chinese(texts)`` those that still hold Chinese.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.resources import catalogue_dir

# Chinese characters and punctuation (not the ideographic space between two pieces of data).
CJK = re.compile(r"[\u3001-\u303f\u4e00-\u9fff\uff00-\uffef]")
# Chinese that an English placeholder shows on purpose: what the user types is Chinese.
EXAMPLES_TO_TYPE = ("京B2-20190350", "全国")
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)


def chinese(texts: Iterable[str]) -> list[str]:
    return [text for text in texts if CJK.search(text)]


def catalogue_texts() -> set[str]:
    """Every text of the rules' catalogue (materials, sources, checks, festivals): Chinese data."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in catalogue_dir().rglob("*.toml"):
        walk(tomllib.loads(path.read_text(encoding="utf-8")))
    return found


def not_data(texts: Iterable[str], data: Iterable[str]) -> list[str]:
    """Each text with every piece of data (the longest first) and every example to type cut out."""
    pieces = sorted({d for d in data if d and CJK.search(d)} | set(EXAMPLES_TO_TYPE), key=len, reverse=True)
    left = []
    for text in texts:
        for piece in pieces:
            if piece in text:
                text = text.replace(piece, "")
        left.append(text)
    return left


def _menu_texts(menu: QMenu) -> list[str]:
    texts = []
    for action in menu.actions():
        texts += [action.text(), action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""]
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:           # a list model's is private: one column
            return 1

    for section in range(columns(QModelIndex())):
        texts.append(str(model.headerData(section, Qt.Orientation.Horizontal) or ""))

    def rows(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                texts.extend(str(index.data(role) or "") for role in (_DISPLAY, _TOOLTIP))
            first = model.index(row, 0, parent)
            if model.rowCount(first):
                rows(first)

    rows(QModelIndex())
    return texts


def interface_texts(root: QWidget) -> list[str]:
    """Every text shown under ``root`` (and ``root`` itself): not what is typed in its fields."""
    texts = [root.windowTitle()]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            texts.append(action.text())
            if action.menu() is not None:
                texts += _menu_texts(action.menu())
        texts.append(root.statusBar().currentMessage())
    if isinstance(root, QWizard):
        texts += [root.buttonText(button) for button in (
            QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton)]
    for widget in (root, *root.findChildren(QWidget)):
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
            menu = getattr(widget, "menu", lambda: None)()
            if menu is not None:
                texts += _menu_texts(menu)
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
            texts += [action.toolTip() for action in widget.actions()]
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())
            if widget.isReadOnly():
                texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())] + [widget.placeholderText()]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                texts += [widget.tabText(tab), widget.tabToolTip(tab)]
        elif isinstance(widget, QWizardPage):
            texts += [widget.title(), widget.subTitle()]
        elif isinstance(widget, QProgressBar):
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView):
            texts += _model_texts(widget)
    return [text for text in texts if text]
