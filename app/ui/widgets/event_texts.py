"""A license's history lines and a case's steps in the interface's language, worded from each
event's kind and detail (app.domain.event_wording); in Chinese, word for word the summary
stored (a test checks). A line the domain cannot word (a kind it does not know, an older line
in other words) is shown as it was recorded, in Chinese.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.domain.event_wording import SEE_THE_NOTICE, event_wording


def templates() -> dict[str, str]:
    """The templates of app.domain.event_wording.EVENT_TEXTS, translated."""
    return {
        "license_added": QCoreApplication.translate("EventTexts", "登记许可证 {number}"),
        "example_added": QCoreApplication.translate("EventTexts", "载入示例许可证 {number}"),
        "license_edited": QCoreApplication.translate("EventTexts", "修改了：{fields}"),
        "report_filed": QCoreApplication.translate("EventTexts", "{year}年年报已报送"),
        "report_filed_on": QCoreApplication.translate("EventTexts", "{year}年年报已报送（{day}）"),
        "past_reports_filed": QCoreApplication.translate("EventTexts", "登记时确认：{years} 年的年报均已报送"),
        "past_reports_unfiled": QCoreApplication.translate("EventTexts", "登记时说明：{years} 年的年报未全部报送"),
        "submitted": QCoreApplication.translate("EventTexts", "{procedure}材料已提交（{day}）"),
        "correction_notice": QCoreApplication.translate("EventTexts", "收到补正通知：{requested}"),
        "resubmitted": QCoreApplication.translate("EventTexts", "{procedure}补正材料已重新提交（{day}）"),
        "renewal_approved": QCoreApplication.translate(
            "EventTexts", "续期获批：发证日期 {old_issued} → {new_issued}，有效期至 {old_expiry} → {new_expiry}"),
        "change_approved": QCoreApplication.translate("EventTexts", "{change}获批"),
        "change_approved_with": QCoreApplication.translate("EventTexts", "{change}获批：{changes}"),
        "closed": QCoreApplication.translate("EventTexts", "{procedure}已办结"),
        "closed_with_note": QCoreApplication.translate("EventTexts", "{procedure}已办结：{note}"),
        "not_renewing_stop": QCoreApplication.translate("EventTexts", "决定不再续期，计划 {stop} 停止经营"),
        "not_renewing_until": QCoreApplication.translate("EventTexts", "决定不再续期，到 {expiry} 为止"),
        "renewing": QCoreApplication.translate("EventTexts", "决定续期（撤回“不再续期”的决定）"),
        "withdrawn": QCoreApplication.translate("EventTexts", "撤回{procedure}：{reason}"),
        "taken_back_submitted": QCoreApplication.translate("EventTexts", "撤回{procedure}的记录：{day} 的提交（记错了）"),
        "taken_back_resubmitted": QCoreApplication.translate(
            "EventTexts", "撤回{procedure}的记录：{day} 的重新提交（记错了）"),
        "taken_back_correction": QCoreApplication.translate(
            "EventTexts", "撤回{procedure}的记录：{day} 的补正通知（{requested}）（记错了）"),
        "archived": QCoreApplication.translate(
            "EventTexts", "归档：不再显示在总览、提醒和日历中（仍可搜索，可随时取消归档）"),
        "unarchived": QCoreApplication.translate("EventTexts", "取消归档：重新显示在总览和提醒中"),
    }


def event_texts(events: Iterable) -> list[str]:
    """Each event (an app.storage.events.Event) in words, in the language shown."""
    from app.ui.license.license_form import field_labels
    from app.ui.widgets.case_labels import procedure_name
    from app.ui.widgets.obligation_titles import change_kind_labels

    said = templates()
    fields, changes = field_labels(), change_kind_labels()
    comma = QCoreApplication.translate("EventTexts", "、")
    one_change = QCoreApplication.translate("EventTexts", "{field} {old} → {new}")
    empty = QCoreApplication.translate("EventTexts", "（空）")
    texts = []
    for event in events:
        wording = event_wording(event.kind, event.detail, event.summary, event.event_date)
        if wording is None:
            texts.append(event.summary)
            continue
        key, values = wording
        filled = dict(values)
        if "procedure" in filled:
            filled["procedure"] = procedure_name(filled["procedure"])
        if "change" in filled:
            filled["change"] = changes[filled["change"]]
        if "fields" in filled:
            filled["fields"] = comma.join(fields[name] for name in filled["fields"])
        if filled.get("requested") == SEE_THE_NOTICE:          # the app's words, not the user's
            filled["requested"] = QCoreApplication.translate("EventTexts", "见补正通知书")
        if "years" in filled:
            filled["years"] = comma.join(map(str, filled["years"]))
        if "changes" in filled:
            filled["changes"] = QCoreApplication.translate("EventTexts", "；").join(
                one_change.format(field=fields[name], old=old or empty, new=new) for name, old, new in filled["changes"])
        texts.append(said[key].format(**filled))
    return texts


def event_text(event) -> str:
    return event_texts([event])[0]
