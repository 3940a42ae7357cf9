"""How a status looks: its words (translated) and its colours, shared by every page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

# (background, text) per status: calm tints, dark text that reads on them.
_COLOURS = {
    "overdue": ("#fbe3e4", "#a1242b"),
    "due30": ("#fdebd3", "#8a4300"),
    "due90": ("#fbf3cf", "#6b5200"),
    "ok": ("#e3f1e6", "#1d6432"),
}
STATUS_ORDER = ("overdue", "due30", "due90", "ok")
MUTED = QColor("#7a7f87")
ESTIMATE_COLOUR = QColor("#8a4300")
ARCHIVED_COLOUR = MUTED        # an archived license, shown to a search


def status_label(status: str) -> str:
    return {
        "overdue": QCoreApplication.translate("Status", "已逾期"),
        "due30": QCoreApplication.translate("Status", "30 天内"),
        "due90": QCoreApplication.translate("Status", "90 天内"),
        "ok": QCoreApplication.translate("Status", "正常"),
    }[status]


def status_background(status: str) -> QColor:
    return QColor(_COLOURS[status][0])


def status_foreground(status: str) -> QColor:
    return QColor(_COLOURS[status][1])


def days_text(days_left: int) -> str:
    if days_left < 0:
        return QCoreApplication.translate("Status", "已过 %n 天", "", -days_left)
    if days_left == 0:
        return QCoreApplication.translate("Status", "今天")
    return QCoreApplication.translate("Status", "%n 天", "", days_left)


def estimate_note(years: list[int]) -> str:
    """Why a date is marked 估算, naming the years whose holiday schedule is not known."""
    shown = QCoreApplication.translate("Punctuation", "、").join(str(y) for y in years) or "—"
    return QCoreApplication.translate(
        "Status",
        "估算：{years} 年的国务院节假日安排尚未收录，工作日按周末和法定节假日"
        "（含春节、劳动节、国庆节的惯常长假）估算。在“工具 → 节假日安排”中录入或导入当年安排后，估算标记会消失。").format(years=shown)


def short_label(label: str) -> str:
    """A deadline's label without its explanation in brackets, for narrow columns."""
    return label.split("（", 1)[0]
