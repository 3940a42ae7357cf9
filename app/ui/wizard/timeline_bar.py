"""A horizontal time line with a marker per date and one for today, painted (no widget per date)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

LINE = QColor("#9aa0a6")
TODAY = QColor("#1a73e8")


@dataclass(frozen=True)
class Marker:
    day: date
    label: str
    colour: QColor
    estimated: bool = False


class TimelineBar(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.markers: list[Marker] = []
        self.today: date | None = None
        self.today_label = ""
        self.setMinimumHeight(128)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_markers(self, markers: list[Marker], *, today: date, today_label: str) -> None:
        self.markers = sorted(markers, key=lambda m: m.day)
        self.today, self.today_label = today, today_label
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        if not self.markers:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        margin = 70
        width = max(1, self.width() - 2 * margin)
        days = [m.day for m in self.markers] + ([self.today] if self.today else [])
        first, last = min(days), max(days)
        span = max(1, (last - first).days)
        middle = self.height() / 2

        def x_of(day: date) -> float:
            return margin + width * (day - first).days / span

        painter.setPen(QPen(LINE, 2))
        painter.drawLine(QPointF(margin, middle), QPointF(margin + width, middle))
        line_height = metrics.height()
        for index, marker in enumerate(self.markers):
            x = x_of(marker.day)
            painter.setPen(QPen(marker.colour, 2))
            painter.setBrush(marker.colour if not marker.estimated else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(x, middle), 6, 6)
            above = index % 2 == 0
            lines = [marker.label, marker.day.isoformat() + (" *" if marker.estimated else "")]
            block = line_height * len(lines)
            top = middle - 12 - block if above else middle + 12
            painter.drawLine(QPointF(x, middle + (-6 if above else 6)), QPointF(x, middle + (-10 if above else 10)))
            for offset, text in enumerate(lines):
                text_width = metrics.horizontalAdvance(text)
                left = min(max(2.0, x - text_width / 2), self.width() - text_width - 2)
                painter.drawText(QRectF(left, top + offset * line_height, text_width + 2, line_height),
                                 Qt.AlignmentFlag.AlignLeft, text)
        if self.today:
            x = x_of(self.today)
            painter.setPen(QPen(TODAY, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, middle - 22), QPointF(x, middle + 22))
            text_width = metrics.horizontalAdvance(self.today_label)
            painter.drawText(QRectF(x - text_width / 2, 2, text_width + 2, line_height),
                             Qt.AlignmentFlag.AlignLeft, self.today_label)
        painter.end()
