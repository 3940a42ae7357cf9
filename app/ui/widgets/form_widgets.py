"""Small widgets shared by forms: a message shown next to a field, a date field, a hint."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.date_popup import CalendarPopup, calendar_icon

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5f6368;"
WARNING_STYLE = "color: #8a5a00;"


def _fit_one_line(label: QLabel, text: str) -> None:
    """``text`` on the label's one line: ended with … when too long, whole in the tooltip."""
    shown = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(label.width(), 1))
    label.setText(shown)
    label.setToolTip(text if shown != text else "")
    label.setAccessibleDescription(text)


class FieldMessage(QLabel):
    """A red message under a field, hidden while there is nothing to say.

    ``reserve``: the line stays kept while hidden (nothing below moves when a message appears);
    a message too long for it ends in … and is whole in the tooltip.
    """

    def __init__(self, parent=None, *, reserve: bool = False):
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.reserve = reserve
        self._message = ""
        if reserve:
            self.setTextFormat(Qt.TextFormat.PlainText)
            self.setFixedHeight(self.fontMetrics().height() + 2)
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            policy.setRetainSizeWhenHidden(True)
            self.setSizePolicy(policy)
        else:
            self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str | None) -> None:
        self._message = text or ""
        if self.reserve:
            _fit_one_line(self, self._message)
        else:
            self.setText(self._message)
        self.setVisible(bool(text))

    def message(self) -> str:
        return self._message

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.reserve:
            _fit_one_line(self, self._message)


class NoteLine(QLabel):
    """A message under a field, in a line kept for it whether or not there is one, so that
    nothing below moves when one appears. A message longer than the line ends in … and is
    whole in the tooltip."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._note = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setFixedHeight(self.fontMetrics().height() + 2)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setFont(self, font) -> None:  # noqa: N802 - the line is as high as its font
        super().setFont(font)
        self.setFixedHeight(self.fontMetrics().height() + 2)

    def show_note(self, text: str | None, style: str = ERROR_STYLE) -> None:
        self._note = text or ""
        self.setStyleSheet(style)
        self._fit()

    def note(self) -> str:
        return self._note

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        _fit_one_line(self, self._note)


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
    """A date typed (YYYY-MM-DD, also 2027年3月1日: the domain parses and judges it) or picked
    from a calendar: the button at its end, Alt+↓ or F4.

    A day picked is written as YYYY-MM-DD and counts as typed and finished: ``textChanged`` and
    ``editingFinished`` are emitted as when the user types it and leaves the field.
    """

    date_picked = Signal(object)

    def __init__(self, value: date | None = None, parent=None):
        super().__init__(parent)
        self.setPlaceholderText("YYYY-MM-DD")
        self.setMaxLength(20)
        if value is not None:
            self.setText(value.isoformat())
        self.calendar_start: date | None = None      # the month shown while the field holds no date
        self.popup: CalendarPopup | None = None
        self.calendar_action = self.addAction(calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(QCoreApplication.translate("DateField", "从日历中选择（Alt+↓ 或 F4）"))
        self.calendar_action.triggered.connect(self.open_calendar)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            event.accept()
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802
        super().setReadOnly(read_only)
        self.calendar_action.setVisible(not read_only)

    def day(self) -> date | None:
        """The date the field holds, None when it holds none (or none the domain accepts)."""
        from app.domain.license import parse_date  # not before the first paint

        try:
            return parse_date(self.text())
        except ValueError:
            return None

    def open_calendar(self) -> CalendarPopup | None:
        """Show the calendar on the field's date (else ``calendar_start``, else today)."""
        if self.isReadOnly() or not self.isEnabled():
            return None
        self.popup = CalendarPopup(self, shown=self.day() or self.calendar_start or date.today())
        self.popup.picked.connect(self._picked)
        self.popup.destroyed.connect(self._popup_gone)
        self.popup.show_under(self)
        return self.popup

    def _popup_gone(self) -> None:
        self.popup = None

    def _picked(self, day: date) -> None:
        self.setText(day.isoformat())
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()
        self.date_picked.emit(day)


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
