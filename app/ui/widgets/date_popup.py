"""The calendar a date field opens: a month to pick a day from, with the mouse or the keyboard.

Arrows move the day, Page Up/Down the month; Enter or a click picks the day, Esc closes
without picking. The calendar speaks the language installed (its month and day names come
from the default locale, which app.ui.i18n sets).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QVBoxLayout, QWidget

FIRST_DAY, LAST_DAY = date(1990, 1, 1), date(2100, 12, 31)     # the years the domain accepts
ICON_COLOUR = "#5f6368"
_icons: list[QIcon] = []


def calendar_icon() -> QIcon:
    """A small calendar page, drawn once (no image file to ship)."""
    if _icons:
        return _icons[0]
    size, ratio = 16, 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(ICON_COLOUR)
    painter.setPen(QPen(colour, 1.2))
    painter.drawRoundedRect(QRectF(1.5, 3, 13, 11.5), 1.5, 1.5)
    painter.fillRect(QRectF(1.5, 3, 13, 3), colour)
    painter.drawLine(5, 1, 5, 4)
    painter.drawLine(11, 1, 11, 4)
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRectF(4 + column * 3, 8 + row * 3, 1.8, 1.8), colour)
    painter.end()
    _icons.append(QIcon(pixmap))
    return _icons[0]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CalendarPopup(QFrame):
    """A month shown under a field; ``picked(date)`` when a day is chosen, then it closes."""

    picked = Signal(object)

    def __init__(self, parent: QWidget, *, shown: date):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("datePopupCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setDateRange(_qdate(FIRST_DAY), _qdate(LAST_DAY))
        self.calendar.setSelectedDate(_qdate(min(max(shown, FIRST_DAY), LAST_DAY)))
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        self._done = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def show_under(self, field: QWidget) -> None:
        """Open below ``field``, its right edges aligned, kept on the screen."""
        self.adjustSize()
        size = self.sizeHint()
        corner = field.mapToGlobal(QPoint(field.width() - size.width(), field.height()))
        screen = QGuiApplication.screenAt(corner) or field.screen()
        if screen is not None:
            room = screen.availableGeometry()
            x = min(max(corner.x(), room.left()), room.right() - size.width())
            y = corner.y()
            if y + size.height() > room.bottom():        # no room below: above the field
                y = field.mapToGlobal(QPoint(0, 0)).y() - size.height()
            corner = QPoint(x, max(y, room.top()))
        self.move(corner)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _pick(self, day: QDate) -> None:
        if self._done:          # a double click: picked on its first click already
            return
        self._done = True
        self.close()
        self.picked.emit(day.toPython())
