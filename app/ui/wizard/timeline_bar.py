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


PASSED = QColor("#9aa0a6")           # a date already behind today: no colour that says "fine"
LEVELS = 2                          # label rows above the line and below it


class TimelineBar(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.markers: list[Marker] = []
        self.today: date | None = None
        self.today_label = ""
        line_height = QFontMetrics(self.font()).height()
        # Two label rows of two lines each side of the line, and today's label at the top.
        self.setMinimumHeight(2 * (12 + LEVELS * (2 * line_height + 4)) + line_height + 8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_markers(self, markers: list[Marker], *, today: date, today_label: str) -> None:
        self.markers = sorted(markers, key=lambda m: m.day)
        self.today, self.today_label = today, today_label
        self.update()

    def label_places(self, xs: list[float], widths: list[float]) -> list[tuple[bool, int]]:
        """For each label (its marker's x and its width), above the line or not, and at which
        row: the first place where it meets no label placed before it, so close dates never
        print over each other; where every place is taken, the one with the least overlap."""
        taken: dict[tuple[bool, int], list[tuple[float, float]]] = {}
        places = []
        slots = [(above, level) for level in range(LEVELS) for above in (True, False)]
        for x, width in zip(xs, widths, strict=True):
            left, right = self._span(x, width)

            def overlap(slot, left=left, right=right) -> float:
                return sum(max(0.0, min(right, end) - max(left, start)) for start, end in taken.get(slot, []))

            place = next((slot for slot in slots if overlap(slot) == 0), None) or min(slots, key=overlap)
            taken.setdefault(place, []).append((left - 8, right + 8))
            places.append(place)
        return places

    def _span(self, x: float, width: float) -> tuple[float, float]:
        left = min(max(2.0, x - width / 2), self.width() - width - 2)
        return left, left + width

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
        middle = self.height() / 2 + metrics.height() / 2

        def x_of(day: date) -> float:
            return margin + width * (day - first).days / span

        painter.setPen(QPen(LINE, 2))
        painter.drawLine(QPointF(margin, middle), QPointF(margin + width, middle))
        line_height = metrics.height()
        texts = [[m.label, m.day.isoformat() + (" *" if m.estimated else "")] for m in self.markers]
        xs = [x_of(m.day) for m in self.markers]
        places = self.label_places(xs, [max(map(metrics.horizontalAdvance, lines)) + 2 for lines in texts])
        block = line_height * 2 + 4
        for marker, x, lines, (above, level) in zip(self.markers, xs, texts, places, strict=True):
            colour = PASSED if self.today and marker.day < self.today else marker.colour
            painter.setPen(QPen(colour, 2))
            painter.setBrush(colour if not marker.estimated else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(x, middle), 6, 6)
            reach = 12 + level * block
            top = middle - reach - block + 4 if above else middle + reach
            end = middle - reach + 2 if above else middle + reach - 2
            painter.drawLine(QPointF(x, middle + (-6 if above else 6)), QPointF(x, end))
            painter.setPen(QPen(QColor("#202124") if colour is not PASSED else PASSED, 1))
            for offset, text in enumerate(lines):
                text_width = metrics.horizontalAdvance(text)
                left, _right = self._span(x, text_width)
                painter.drawText(QRectF(left, top + offset * line_height, text_width + 2, line_height),
                                 Qt.AlignmentFlag.AlignLeft, text)
        if self.today:
            x = x_of(self.today)
            painter.setPen(QPen(TODAY, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, middle - 22), QPointF(x, middle + 22))
            text_width = metrics.horizontalAdvance(self.today_label)
            left, _right = self._span(x, text_width)
            painter.drawText(QRectF(left, 2, text_width + 2, line_height), Qt.AlignmentFlag.AlignLeft,
                             self.today_label)
        painter.end()
