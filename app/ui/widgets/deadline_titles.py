"""Short, translated names of deadlines for the interface (the domain's labels are Chinese data)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain.deadline_item import Deadline
from app.ui.widgets import status_style


def deadline_title(deadline: Deadline) -> str:
    key = deadline.key
    if deadline.annual_year is not None:
        if key.endswith("_grace"):
            text = QCoreApplication.translate("DeadlineTitles", "{year}年年报限期补报截止")
        else:
            text = QCoreApplication.translate("DeadlineTitles", "{year}年年报截止")
        return text.format(year=deadline.annual_year)
    titles = {
        "prepare_from": QCoreApplication.translate("DeadlineTitles", "开始准备续期"),
        "renewal_safe_date": QCoreApplication.translate("DeadlineTitles", "续期安全日期"),
        "renewal_last_working_day": QCoreApplication.translate("DeadlineTitles", "续期实际最后提交日"),
        "renewal_legal_deadline": QCoreApplication.translate("DeadlineTitles", "续期法定最后一日"),
        "cancellation_deadline": QCoreApplication.translate("DeadlineTitles", "不续期须报告注销的最后一日"),
        "expiry": QCoreApplication.translate("DeadlineTitles", "许可证到期"),
    }
    return titles.get(key, deadline.label)


def short_title(deadline: Deadline) -> str:
    """The name in the dashboard's narrow column; in Chinese, the domain's label without its brackets."""
    if deadline.annual_year is not None:
        return QCoreApplication.translate("ShortDeadlineTitles", "{year}年年报").format(year=deadline.annual_year)
    return _short_titles().get(deadline.key) or status_style.short_label(deadline.label)


def _short_titles() -> dict[str, str]:
    return {
        "prepare_from": QCoreApplication.translate("ShortDeadlineTitles", "开始准备续期"),
        "renewal_safe_date": QCoreApplication.translate("ShortDeadlineTitles", "续期安全日期"),
        "renewal_last_working_day": QCoreApplication.translate("ShortDeadlineTitles", "续期实际最后提交日"),
        "renewal_legal_deadline": QCoreApplication.translate("ShortDeadlineTitles", "续期法定最后一日"),
        "expiry": QCoreApplication.translate("ShortDeadlineTitles", "许可证到期"),
    }


def short_title_samples() -> list[str]:
    """Every kind of short title a dashboard row shows (to size its column)."""
    return [*_short_titles().values(), short_title(
        Deadline("annual_report_2027", "", date(2027, 3, 31), "", annual_year=2027))]


def estimate_note() -> str:
    return QCoreApplication.translate(
        "DeadlineTitles",
        "估算：该日期用到了尚未收录国务院节假日安排的年份，按周末和法定节假日"
        "（含春节、劳动节、国庆节的惯常长假）估算；在“节假日安排”中录入或导入当年安排后，估算标记会消失。")
