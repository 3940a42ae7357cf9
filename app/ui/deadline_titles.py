"""Short, translated names of deadlines for the interface (the domain's labels are Chinese data)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.deadlines import Deadline


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


def estimate_note() -> str:
    return QCoreApplication.translate(
        "DeadlineTitles",
        "估算：该日期用到了尚未收录国务院节假日安排的年份，按“周一至周五为工作日”计算；"
        "在“节假日安排”中录入当年安排后，估算标记会消失。")
