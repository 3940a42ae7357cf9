"""Every deadline of every license as an iCalendar file (RFC 5545) for Outlook, 钉钉, 企业微信.

Each deadline is an all-day event (DATE values, DTEND the next day) with a UID that stays the
same across exports (derived from the license number and the deadline's key), so importing a
newer export updates the events instead of doubling them. Alarms sit at the license's lead
times, at 09:00 local time on the day that many days before.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.domain.chinese_dates import day_text
from app.domain.deadline_item import Deadline
from app.domain.license import DEFAULT_LEAD_TIMES, License
from app.domain.obligations import (
    OVERDUE,
    PENDING,
    SUBMITTED,
    LicenseObligations,
    Milestone,
    Obligation,
)
from app.exports.files import write_atomically

PRODID = "-//License Keeper//License Keeper Deadlines//ZH"
CALENDAR_NAME = "许可证期限（许可证管家）"
CALENDAR_DESCRIPTION = "呼叫中心业务（B24）增值电信业务经营许可证的续期、年报、变更与到期日期，由许可证管家导出。"
UID_DOMAIN = "license-keeper"
ALARM_HOUR = 9
ESTIMATE_NOTE = ("（估算）该日期用到了尚未收录国务院节假日安排的年份，按周末和法定节假日"
                 "（含春节、劳动节、国庆节的惯常长假）估算；在许可证管家的“节假日安排”中录入或导入当年安排后"
                 "重新导出即可更正。")
SHORT_TITLES = {
    "prepare_from": "开始准备续期",
    "renewal_safe_date": "续期安全日期",
    "renewal": "续期申请最后可办理日",
    "cancellation": "报告不再续期（注销）最后可办理日",
    "change": "变更申请最后可办理日",
    "correction": "补正最后可办理日",
    "expiry": "许可证到期",
}
# Event ids as earlier versions wrote them, so that a new export updates the events already
# imported instead of adding a second copy.
EARLIER_UID_KEYS = {"renewal": "renewal_last_working_day", "cancellation": "cancellation_deadline", "expiry": "expiry"}

Entry = tuple[License, LicenseObligations]


@dataclass(frozen=True)
class CalendarItem:
    """One all-day event: an obligation or planning date of a license, with the lead times to alarm at."""

    uid: str
    day: date
    summary: str
    description: str
    lead_times: tuple[int, ...]


def short_title(deadline: Deadline) -> str:
    if deadline.annual_year is not None:
        return f"{deadline.annual_year}年年报截止"
    return SHORT_TITLES.get(deadline.key.split(":", 1)[0], deadline.label)


def item_uid(license: License, key: str) -> str:
    digest = hashlib.sha256(license.number.encode("utf-8")).hexdigest()[:16]
    return f"{key}.{digest}@{UID_DOMAIN}"


def _uid_key(item: Obligation | Milestone) -> str:
    if isinstance(item, Milestone):
        return item.key
    kind, _, rest = item.key.partition(":")
    if kind == "annual_report":
        return f"annual_report_{rest}"
    return EARLIER_UID_KEYS.get(kind, item.key.replace(":", "_"))


def _describe(license: License, item: Obligation | Milestone, *, day: date, extra: str = "") -> str:
    lines = [item.title + extra]
    if isinstance(item, Obligation) and item.act_by != item.due:
        lines.append(f"法定最后一日：{day_text(item.due)}，不是工作日；最后可办理日：{day_text(item.act_by)}")
    else:
        lines.append(f"日期：{day_text(day)}")
    lines.append(f"许可证：{license.number}  {license.company}")
    if isinstance(item, Obligation) and item.note:
        lines.append(item.note)
    lines.append(f"依据：{item.source}")
    if item.estimated:
        lines.append(ESTIMATE_NOTE)
    lines.append("由许可证管家导出；具体以发证机关的通知为准。")
    return "\n".join(lines)


def calendar_items(license: License, owed: LicenseObligations, *, today: date) -> list[CalendarItem]:
    """The events of one license from ``today`` on: every obligation still to do at its day to
    act by, the planning dates before the renewal, and the expiry; an annual report in its April
    限期补报 becomes an event on the last day of it."""
    lead_times = tuple(license.lead_times or DEFAULT_LEAD_TIMES)
    prefix = f"｜{license.number} {license.company}"
    items = []
    for item in owed.items:
        mark = "（估算）" if item.estimated else ""
        if item.kind == "expiry" and item.state in (PENDING, SUBMITTED) and item.due >= today:
            items.append(CalendarItem(item_uid(license, _uid_key(item)), item.due, f"许可证到期{prefix}",
                                      _describe(license, item, day=item.due), lead_times))
        elif item.kind != "expiry" and item.state == PENDING and item.act_by >= today:
            title = short_title(Deadline(item.key, item.title, item.act_by, item.source, annual_year=item.year))
            items.append(CalendarItem(item_uid(license, _uid_key(item)), item.act_by, f"{title}{mark}{prefix}",
                                      _describe(license, item, day=item.act_by), lead_times))
        elif item.kind == "annual_report" and item.state == OVERDUE and item.until is not None:
            extra = f"：已过 {item.due.isoformat()} 的截止日，4月为限期补报"
            items.append(CalendarItem(item_uid(license, f"annual_report_{item.year}_grace"), item.until,
                                      f"{item.year}年年报限期补报截止{prefix}",
                                      _describe(license, item, day=item.until, extra=extra), lead_times))
    for milestone in owed.milestones:
        if milestone.day >= today:
            mark = "（估算）" if milestone.estimated else ""
            items.append(CalendarItem(item_uid(license, milestone.key), milestone.day,
                                      f"{SHORT_TITLES[milestone.key]}{mark}{prefix}",
                                      _describe(license, milestone, day=milestone.day), lead_times))
    return sorted(items, key=lambda item: (item.day, item.uid))


def build_calendar(entries: Iterable[Entry], *, today: date, stamp: datetime | None = None) -> tuple[bytes, int]:
    """The .ics bytes (UTF-8, CRLF, folded) and the number of events in it."""
    from icalendar import Alarm, Calendar, Event

    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    calendar.add("x-wr-caldesc", CALENDAR_DESCRIPTION)
    calendar.add("x-wr-timezone", "Asia/Shanghai")
    count = 0
    items = [item for license, owed in entries for item in calendar_items(license, owed, today=today)]
    for item in sorted(items, key=lambda i: (i.day, i.uid)):
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", item.summary)
        event.add("description", item.description)
        event.add("categories", ["许可证期限"])
        event.add("transp", "TRANSPARENT")
        event.add("status", "CONFIRMED")
        for lead in sorted(item.lead_times, reverse=True):
            if item.day - timedelta(days=lead) < today:
                continue
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"还有 {lead} 天：{item.summary}")
            alarm.add("trigger", -(timedelta(days=lead) - timedelta(hours=ALARM_HOUR)))
            event.add_component(alarm)
        calendar.add_component(event)
        count += 1
    return calendar.to_ical(), count


def export_ics(path: Path, entries: Iterable[Entry], *, today: date, stamp: datetime | None = None) -> int:
    """Write the calendar to ``path`` atomically; returns the number of events."""
    data, count = build_calendar(entries, today=today, stamp=stamp)
    write_atomically(path, data)
    return count
