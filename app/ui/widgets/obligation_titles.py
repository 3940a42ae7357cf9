"""The full names of obligations and planning dates in the interface's language, worded from the
values the domain gives with each (app.domain.titles); in Chinese, word for word the domain's
titles and labels (a test checks). The short names of the dashboard are in deadline_titles.py.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain.deadline_item import Deadline


def templates() -> dict[str, str]:
    """The templates of app.domain.titles.TITLES, translated."""
    return {
        "renewal": QCoreApplication.translate("ObligationTitles", "申请续期（有效期至 {expiry}，到期前 {days} 日）"),
        "renewal_or_stop": QCoreApplication.translate(
            "ObligationTitles", "申请续期（有效期至 {expiry}，到期前 {days} 日；不再续期的，同一日前报告注销）"),
        "renewal_done": QCoreApplication.translate("ObligationTitles", "申请续期（有效期至 {expiry}）"),
        "prepare_from": QCoreApplication.translate("ObligationTitles", "开始准备续期（到期前 {days} 日）"),
        "renewal_safe_date": QCoreApplication.translate("ObligationTitles", "续期安全日期（到期前第 {days} 个工作日）"),
        "cancellation": QCoreApplication.translate(
            "ObligationTitles", "报告不再续期（注销）并做好用户善后（停止经营日 {stop} 前 {days} 日）"),
        "expiry": QCoreApplication.translate("ObligationTitles", "许可证到期（有效期至）"),
        "annual_report": QCoreApplication.translate("ObligationTitles", "{year}年年报（报告{reported}年度）"),
        "change": QCoreApplication.translate("ObligationTitles", "{change}：{trigger}（{day}）起 {days} 日内申请"),
        "change_rule": QCoreApplication.translate("ObligationTitles", "{change}：{trigger}起 {days} 日内申请"),
        "correction": QCoreApplication.translate("ObligationTitles", "补正并重新提交（{notice} 的补正通知）"),
    }


def change_kind_labels() -> dict[str, str]:
    """Each kind of change, translated (in Chinese, app.domain.deadlines.CHANGE_KINDS' words)."""
    return {
        "shareholders": QCoreApplication.translate("ChangeKinds", "股东变更"),
        "entity": QCoreApplication.translate("ChangeKinds", "经营主体变更（合并、分立等）"),
        "business": QCoreApplication.translate("ChangeKinds", "业务种类变更"),
        "coverage": QCoreApplication.translate("ChangeKinds", "业务覆盖范围变更"),
        "company_name": QCoreApplication.translate("ChangeKinds", "公司名称变更"),
        "legal_rep": QCoreApplication.translate("ChangeKinds", "法定代表人变更"),
        "capital": QCoreApplication.translate("ChangeKinds", "注册资本变更"),
        "address": QCoreApplication.translate("ChangeKinds", "注册住所变更"),
    }


def trigger_labels() -> dict[str, str]:
    """What starts a change's days, translated (in Chinese, app.domain.deadlines.TRIGGER_LABELS)."""
    return {"decision": QCoreApplication.translate("ChangeKinds", "公司作出变更决定之日"),
            "registration": QCoreApplication.translate("ChangeKinds", "工商变更登记之日")}


def worded(wording: tuple) -> str:
    """The title a wording says, in the interface's language."""
    key, values = wording
    terms = {"change": change_kind_labels(), "trigger": trigger_labels()}
    filled = {name: terms.get(name, {}).get(value, value) for name, value in values}
    return templates()[key].format(**filled)


def title_of(item) -> str:
    """An Obligation's or a Milestone's title (its own, Chinese, when it has no wording)."""
    return worded(item.wording) if item.wording is not None else item.title


def annual_report_title(year: int) -> str:
    return templates()["annual_report"].format(year=year, reported=year - 1)


def deadline_label(deadline: Deadline) -> str:
    """A dated line's label: its title, and when the legal day is not the day to act by, both."""
    if deadline.wording is None:
        return deadline.label
    text = worded(deadline.wording)
    legal = dict(deadline.wording[1]).get("legal_day")
    if legal:
        from app.ui.widgets.form_widgets import weekday_name

        due = date.fromisoformat(legal)
        text += QCoreApplication.translate(
            "ObligationTitles", "；法定最后一日 {due}（{weekday}）不是工作日，最后可办理日为 {act_by}").format(
                due=legal, weekday=weekday_name(due), act_by=deadline.date.isoformat())
    return text
