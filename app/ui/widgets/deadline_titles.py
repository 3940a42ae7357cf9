"""Short, translated names of obligations and planning dates for the interface (the domain's
titles are Chinese data, with their explanations)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain.deadline_item import Deadline
from app.ui.widgets import status_style


def _kind(deadline: Deadline) -> str:
    return deadline.key.split(":", 1)[0]


def deadline_title(deadline: Deadline) -> str:
    if deadline.annual_year is not None:
        if deadline.key.endswith("_grace"):
            text = QCoreApplication.translate("DeadlineTitles", "{year}年年报限期补报截止")
        else:
            text = QCoreApplication.translate("DeadlineTitles", "{year}年年报截止")
        return text.format(year=deadline.annual_year)
    kind, state = _kind(deadline), deadline.state
    if kind == "renewal" and state == "missed":
        return QCoreApplication.translate("DeadlineTitles", "续期已错过")
    if kind == "expiry" and state == "missed":
        return QCoreApplication.translate("DeadlineTitles", "许可证已到期")
    return {
        "prepare_from": QCoreApplication.translate("DeadlineTitles", "开始准备续期"),
        "renewal_safe_date": QCoreApplication.translate("DeadlineTitles", "续期安全日期"),
        "renewal": QCoreApplication.translate("DeadlineTitles", "申请续期"),
        "cancellation": QCoreApplication.translate("DeadlineTitles", "报告不再续期"),
        "change": QCoreApplication.translate("DeadlineTitles", "申请变更"),
        "correction": QCoreApplication.translate("DeadlineTitles", "补正并重新提交"),
        "expiry": QCoreApplication.translate("DeadlineTitles", "许可证到期"),
    }.get(kind) or deadline.label


def short_title(deadline: Deadline) -> str:
    """The name in the dashboard's narrow column; in Chinese, the domain's label without its brackets."""
    if deadline.annual_year is not None:
        return QCoreApplication.translate("ShortDeadlineTitles", "{year}年年报").format(year=deadline.annual_year)
    kind, state = _kind(deadline), deadline.state
    if kind == "renewal" and state == "missed":
        return QCoreApplication.translate("ShortDeadlineTitles", "续期已错过")
    if kind == "expiry" and state == "missed":
        return QCoreApplication.translate("ShortDeadlineTitles", "许可证已到期")
    return {
        "prepare_from": QCoreApplication.translate("ShortDeadlineTitles", "开始准备续期"),
        "renewal_safe_date": QCoreApplication.translate("ShortDeadlineTitles", "续期安全日期"),
        "renewal": QCoreApplication.translate("ShortDeadlineTitles", "申请续期"),
        "cancellation": QCoreApplication.translate("ShortDeadlineTitles", "报告不再续期"),
        "change": QCoreApplication.translate("ShortDeadlineTitles", "申请变更"),
        "correction": QCoreApplication.translate("ShortDeadlineTitles", "补正并重新提交"),
        "expiry": QCoreApplication.translate("ShortDeadlineTitles", "许可证到期"),
    }.get(kind) or status_style.short_label(deadline.label)


def short_title_samples() -> list[str]:
    """Every kind of short title a dashboard row shows (to size its column)."""
    samples = [Deadline(key, "", date(2027, 3, 31), "", state=state) for key, state in (
        ("prepare_from", "pending"), ("renewal_safe_date", "pending"), ("renewal:x", "pending"),
        ("renewal:x", "missed"), ("cancellation", "pending"), ("change:1", "pending"), ("correction:1:1", "pending"),
        ("expiry:x", "pending"), ("expiry:x", "missed"))]
    samples.append(Deadline("annual_report:2027", "", date(2027, 3, 31), "", annual_year=2027))
    return [short_title(d) for d in samples]


def estimate_note() -> str:
    return QCoreApplication.translate(
        "DeadlineTitles",
        "估算：该日期用到了尚未收录国务院节假日安排的年份，按周末和法定节假日"
        "（含春节、劳动节、国庆节的惯常长假）估算；在“节假日安排”中录入或导入当年安排后，估算标记会消失。")
