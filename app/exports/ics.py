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

from app.domain.deadlines import Deadline, LicenseDeadlines
from app.domain.license import DEFAULT_LEAD_TIMES, License
from app.exports.files import write_atomically

PRODID = "-//License Keeper//License Keeper Deadlines//ZH"
CALENDAR_NAME = "许可证期限（许可证管家）"
CALENDAR_DESCRIPTION = "呼叫中心业务（B24）增值电信业务经营许可证的续期、年报与到期日期，由许可证管家导出。"
UID_DOMAIN = "license-keeper"
ALARM_HOUR = 9
WEEKDAYS = "一二三四五六日"
ESTIMATE_NOTE = ("（估算）该日期用到了尚未收录国务院节假日安排的年份，按周末和法定节假日"
                 "（含春节、劳动节、国庆节的惯常长假）估算；在许可证管家的“节假日安排”中录入或导入当年安排后"
                 "重新导出即可更正。")
SHORT_TITLES = {
    "prepare_from": "开始准备续期",
    "renewal_safe_date": "续期安全日期",
    "renewal_last_working_day": "续期实际最后提交日",
    "renewal_legal_deadline": "续期法定最后一日",
    "cancellation_deadline": "不续期须报告注销的最后一日",
    "expiry": "许可证到期",
}

Entry = tuple[License, LicenseDeadlines, Iterable[int]]


@dataclass(frozen=True)
class CalendarItem:
    """One all-day event: a deadline of a license, with the lead times to alarm at."""

    uid: str
    day: date
    summary: str
    description: str
    lead_times: tuple[int, ...]


def short_title(deadline: Deadline) -> str:
    if deadline.annual_year is not None:
        return f"{deadline.annual_year}年年报截止"
    return SHORT_TITLES.get(deadline.key, deadline.label)


def item_uid(license: License, key: str) -> str:
    digest = hashlib.sha256(license.number.encode("utf-8")).hexdigest()[:16]
    return f"{key}.{digest}@{UID_DOMAIN}"


def _describe(license: License, deadline: Deadline, *, extra: str = "") -> str:
    lines = [
        deadline.label + extra,
        f"日期：{deadline.date.isoformat()}（周{WEEKDAYS[deadline.date.weekday()]}）",
        f"许可证：{license.number}  {license.company}",
        f"依据：{deadline.source}",
    ]
    if deadline.estimated:
        lines.append(ESTIMATE_NOTE)
    lines.append("由许可证管家导出；具体以发证机关的通知为准。")
    return "\n".join(lines)


def calendar_items(license: License, deadlines: LicenseDeadlines, *, filed_years: Iterable[int] = (),
                   today: date | None = None) -> list[CalendarItem]:
    """The events of one license: renewal dates, unfiled annual reports, expiry.

    With ``today``, dates already past are left out, except an unfiled annual report in its
    April grace month, which becomes an event on the last day of 限期补报.
    """
    filed = set(filed_years)
    lead_times = tuple(license.lead_times or DEFAULT_LEAD_TIMES)
    items = []
    for deadline in deadlines.timeline(filed_years=filed):
        title = short_title(deadline)
        mark = "（估算）" if deadline.estimated else ""
        summary = f"{title}{mark}｜{license.number} {license.company}"
        if today is None or deadline.date >= today:
            items.append(CalendarItem(item_uid(license, deadline.key), deadline.date, summary,
                                      _describe(license, deadline), lead_times))
    for report in deadlines.annual_reports:
        if today is not None and report.state(today, filed=report.year in filed) == "grace":
            deadline = Deadline(f"annual_report_{report.year}_grace", report.label, report.grace_until,
                                report.source, annual_year=report.year)
            summary = f"{report.year}年年报限期补报截止｜{license.number} {license.company}"
            extra = f"：已过 {report.due.isoformat()} 的截止日，4月为限期补报"
            items.append(CalendarItem(item_uid(license, deadline.key), report.grace_until, summary,
                                      _describe(license, deadline, extra=extra), lead_times))
    return sorted(items, key=lambda item: (item.day, item.uid))


def build_calendar(entries: Iterable[Entry], *, today: date | None = None,
                   stamp: datetime | None = None) -> tuple[bytes, int]:
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
    items = [item for license, deadlines, filed in entries
             for item in calendar_items(license, deadlines, filed_years=filed, today=today)]
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
            if today is not None and item.day - timedelta(days=lead) < today:
                continue
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"还有 {lead} 天：{item.summary}")
            alarm.add("trigger", -(timedelta(days=lead) - timedelta(hours=ALARM_HOUR)))
            event.add_component(alarm)
        calendar.add_component(event)
        count += 1
    return calendar.to_ical(), count


def export_ics(path: Path, entries: Iterable[Entry], *, today: date | None = None,
               stamp: datetime | None = None) -> int:
    """Write the calendar to ``path`` atomically; returns the number of events."""
    data, count = build_calendar(entries, today=today, stamp=stamp)
    write_atomically(path, data)
    return count
