"""A history line in words: the template of its kind and the values that fill it in.

Each event is stored with its summary in Chinese (what was recorded at the time, also what the
command line prints) and its kind and detail (the structured data beside it). The interface
says it in its own language (app/ui/widgets/event_texts.py) from the wording found here: a key
of EVENT_TEXTS and its values (dates, years, the procedure's and the kind of change's keys, the
fields changed, and what the user typed: a 补正 notice's request, a reason, a note).

A wording is only given when its Chinese is word for word the summary stored: an event of a
kind not known here, or an older line written in other words, has none, and is shown as it was
recorded. Plain Python, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from app.domain.deadlines import CHANGE_KINDS
from app.domain.license import LABELS
from app.domain.obligations import (
    ANNUAL_REPORT_FILED,
    CHANGE_APPROVED,
    PAST_REPORTS_CONFIRMED,
    RENEWAL_APPROVED,
    RENEWAL_DECIDED,
)

# The templates of events.summary: app/operations/*.py write each summary with ``said``.
EVENT_TEXTS = {
    "license_added": "登记许可证 {number}",
    "example_added": "载入示例许可证 {number}",
    "license_edited": "修改了：{fields}",
    "report_filed": "{year}年年报已报送",
    "report_filed_on": "{year}年年报已报送（{day}）",
    "past_reports_filed": "登记时确认：{years} 年的年报均已报送",
    "past_reports_unfiled": "登记时说明：{years} 年的年报未全部报送",
    "submitted": "{procedure}材料已提交（{day}）",
    "correction_notice": "收到补正通知：{requested}",
    "resubmitted": "{procedure}补正材料已重新提交（{day}）",
    "renewal_approved": "续期获批：发证日期 {old_issued} → {new_issued}，有效期至 {old_expiry} → {new_expiry}",
    "change_approved": "{change}获批",
    "change_approved_with": "{change}获批：{changes}",
    "closed": "{procedure}已办结",
    "closed_with_note": "{procedure}已办结：{note}",
    "not_renewing_stop": "决定不再续期，计划 {stop} 停止经营",
    "not_renewing_until": "决定不再续期，到 {expiry} 为止",
    "renewing": "决定续期（撤回“不再续期”的决定）",
    "withdrawn": "撤回{procedure}：{reason}",
    "taken_back_submitted": "撤回{procedure}的记录：{day} 的提交（记错了）",
    "taken_back_resubmitted": "撤回{procedure}的记录：{day} 的重新提交（记错了）",
    "taken_back_correction": "撤回{procedure}的记录：{day} 的补正通知（{requested}）（记错了）",
    "archived": "归档：不再显示在总览、提醒和日历中（仍可搜索，可随时取消归档）",
    "unarchived": "取消归档：重新显示在总览和提醒中",
}
# What a 补正 notice asks for when the user wrote nothing (app.operations.steps.record_correction).
SEE_THE_NOTICE = "见补正通知书"
# One change of an approved change (its field, old and new value), the changes joined with "；".
CHANGE_TEXT = "{field} {old} → {new}"
EMPTY = "（空）"
LIST_SEPARATOR = "、"
CHANGES_SEPARATOR = "；"

Wording = tuple[str, Mapping[str, object]]      # (key of EVENT_TEXTS, values)


def said(wording: Wording) -> str:
    """An event's wording in Chinese: what its summary says."""
    key, values = wording
    filled = dict(values)
    if "procedure" in filled:
        filled["procedure"] = _procedure_names()[filled["procedure"]]
    if "change" in filled:
        filled["change"] = CHANGE_KINDS[filled["change"]][0]
    if "fields" in filled:
        filled["fields"] = LIST_SEPARATOR.join(LABELS[name] for name in filled["fields"])
    if "years" in filled:
        filled["years"] = LIST_SEPARATOR.join(map(str, filled["years"]))
    if "changes" in filled:
        filled["changes"] = CHANGES_SEPARATOR.join(
            CHANGE_TEXT.format(field=LABELS[name], old=old or EMPTY, new=new) for name, old, new in filled["changes"])
    return EVENT_TEXTS[key].format(**filled)


def event_wording(kind: str, detail: Mapping[str, object], summary: str, day: date) -> Wording | None:
    """The wording of an event whose summary it says word for word, else None."""
    try:
        candidates = list(_candidates(kind, detail, summary, day.isoformat()))
    except (KeyError, TypeError, ValueError, AttributeError):        # a detail not as written now
        return None
    for wording in candidates:
        try:
            if said(wording) == summary:
                return wording
        except (KeyError, TypeError, ValueError, IndexError):
            continue
    return None


def _procedure_names() -> dict[str, str]:
    from app.domain.catalogue import default_catalogue

    catalogue = default_catalogue()
    return {key: catalogue.procedure(key).name for key in catalogue.procedures}


def _after(summary: str, prefix: str) -> str | None:
    return summary[len(prefix):] if summary.startswith(prefix) else None


def _candidates(kind: str, detail: Mapping[str, object], summary: str, day: str):
    """The wordings an event of ``kind`` may have (event_wording keeps the one that says it)."""
    if kind == "license_added":
        for key, prefix in (("license_added", "登记许可证 "), ("example_added", "载入示例许可证 ")):
            if (number := _after(summary, prefix)) is not None:
                yield key, {"number": number}
    elif kind == "license_edited":
        if (changed := _after(summary, "修改了：")) is not None:
            by_label = {label: name for name, label in LABELS.items()}
            yield "license_edited", {"fields": tuple(by_label[label] for label in changed.split(LIST_SEPARATOR))}
    elif kind == ANNUAL_REPORT_FILED:
        yield "report_filed", {"year": detail["year"]}
        yield "report_filed_on", {"year": detail["year"], "day": day}
    elif kind == PAST_REPORTS_CONFIRMED:
        key = "past_reports_filed" if detail.get("filed") else "past_reports_unfiled"
        yield key, {"years": tuple(detail["years"])}
    elif kind == "correction_notice":
        if (requested := _after(summary, "收到补正通知：")) is not None:
            yield "correction_notice", {"requested": requested}
    elif kind == RENEWAL_APPROVED:
        yield "renewal_approved", {name: detail[name] for name in ("old_issued", "new_issued", "old_expiry", "new_expiry")}
    elif kind == CHANGE_APPROVED:
        changes = tuple((name, old, new) for name, (old, new) in dict(detail.get("changes") or {}).items())
        yield ("change_approved_with", {"change": detail["change_kind"], "changes": changes}) if changes else (
            "change_approved", {"change": detail["change_kind"]})
    elif kind == RENEWAL_DECIDED:
        if detail.get("renew"):
            yield "renewing", {}
        elif detail.get("stop_date"):
            yield "not_renewing_stop", {"stop": detail["stop_date"]}
        elif match := re.fullmatch(r"决定不再续期，到 (\d{4}-\d{2}-\d{2}) 为止", summary):
            yield "not_renewing_until", {"expiry": match[1]}
    elif kind in ("license_archived", "license_unarchived"):
        yield kind.removeprefix("license_"), {}
    elif kind == "case_withdrawn":
        for procedure in _procedure_names():
            yield "withdrawn", {"procedure": procedure, "reason": detail["reason"]}
    elif kind == "step_taken_back":
        step, when = detail.get("step"), detail.get("day")
        values = {"day": when}
        if step == "correction":
            match = re.search(r"的补正通知（(.*)）（记错了）\Z", summary, re.DOTALL)
            if match is None:
                return
            values["requested"] = match[1]
        for procedure in _procedure_names():
            yield f"taken_back_{step}", {"procedure": procedure, **values}
    else:
        procedure, _, step = kind.rpartition("_")
        if step in ("submitted", "resubmitted"):
            yield step, {"procedure": procedure, "day": day}
        elif step == "closed":
            yield "closed", {"procedure": procedure}
            name = _procedure_names().get(procedure, "")
            if (note := _after(summary, f"{name}已办结：")) is not None:
                yield "closed_with_note", {"procedure": procedure, "note": note}
