"""Small widgets shared by forms: a message shown next to a field, a date field, a hint."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5f6368;"
WARNING_STYLE = "color: #8a5a00;"


class FieldMessage(QLabel):
    """A red message under a field, hidden while there is nothing to say."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


class FormLineEdit(QLineEdit):
    """A line edit whose Enter saves the field and stops there.

    In a dialog, an unhandled Enter presses the default button: in the wizard that would turn
    the page (or finish) while the user only meant to confirm what they typed.
    """

    def keyPressEvent(self, event) -> None:  # noqa: N802
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class DateField(FormLineEdit):
    """A date typed as YYYY-MM-DD; the domain parses and judges it."""

    def __init__(self, value: date | None = None, parent=None):
        super().__init__(parent)
        self.setPlaceholderText("YYYY-MM-DD")
        self.setMaxLength(20)
        if value is not None:
            self.setText(value.isoformat())


def hint_label(text: str, parent=None, *, style: str = HINT_STYLE) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


def with_message(field: QWidget, message: FieldMessage) -> QWidget:
    """The field with its message right under it, as one widget for a form row."""
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(field)
    box.addWidget(message)
    return holder


def weekday_name(day: date) -> str:
    names = (QCoreApplication.translate("Weekdays", "周一"), QCoreApplication.translate("Weekdays", "周二"),
             QCoreApplication.translate("Weekdays", "周三"), QCoreApplication.translate("Weekdays", "周四"),
             QCoreApplication.translate("Weekdays", "周五"), QCoreApplication.translate("Weekdays", "周六"),
             QCoreApplication.translate("Weekdays", "周日"))
    return names[day.weekday()]


def ok_cancel_buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's buttons: one that says what it does (``ok_text``) and 取消; wired to
    accept and reject. Returns the box and its first button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("Dialogs", "取消"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok_button


def heading_label(text: str, parent=None) -> QLabel:
    """A dialog's first line, in bold: what it is about (the license, the procedure)."""
    label = QLabel(text, parent)
    label.setStyleSheet("font-weight: bold; font-size: 14px;")
    return label
