"""A dialog that asks before throwing away what the user typed into it.

Mixed into a QDialog (listed before it): ``class CorrectionDialog(AsksBeforeDiscarding, QDialog)``.
What the dialog's fields hold when it first appears is remembered; when it is closed without
recording (Escape, its 取消 button, the window's close button: each goes through ``reject``)
and something differs, the user is asked (confirmations.confirm_discard: 放弃 / 继续填写).
Nothing is asked when nothing was entered, nor for a dialog never shown.

Every field of the dialog's own window counts: the text of a line or text box (read-only ones
are shown, not typed), the choice of a combo box, a box or radio button ticked, the ticks of a
list. A dialog holding something else the user chose (a file) adds it in ``other_entries``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.ui.widgets import confirmations


def entries_of(window: QWidget) -> list:
    """What the fields of ``window`` hold (not those of its pop-ups: a calendar, a question)."""
    found: list = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue
        if isinstance(widget, QLineEdit):
            if not widget.isReadOnly():
                found.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            if not widget.isReadOnly():
                found.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            found.append(widget.currentIndex())
        elif isinstance(widget, QAbstractButton):
            if widget.isCheckable():
                found.append(widget.isChecked())
        elif isinstance(widget, QListWidget):
            rows = (widget.item(row) for row in range(widget.count()))
            found.append(tuple(row.checkState() for row in rows if row.flags() & Qt.ItemFlag.ItemIsUserCheckable))
    return found


class AsksBeforeDiscarding:
    """Mixed into a QDialog: ``reject`` asks first when something was entered."""

    _entries_at_start: list | None = None

    def other_entries(self) -> tuple:
        """What the user chose that is not in a field (a file picked); compared as it is."""
        return ()

    def _entries(self) -> list:
        return [*entries_of(self), *self.other_entries()]

    def remember_entries(self) -> None:
        """Take what the fields hold now as nothing entered (done when the dialog first shows)."""
        self._entries_at_start = self._entries()

    def has_entries(self) -> bool:
        """Whether anything differs from what the dialog showed when it appeared."""
        return self._entries_at_start is not None and self._entries() != self._entries_at_start

    def showEvent(self, event) -> None:  # noqa: N802
        if self._entries_at_start is None:
            self.remember_entries()
        super().showEvent(event)

    def reject(self) -> None:
        if self.has_entries() and not confirmations.confirm_discard(self):
            return
        super().reject()
