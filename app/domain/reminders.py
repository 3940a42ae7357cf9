"""What falls due within a license's lead times (提醒提前天数) as of a given day.

A deadline is due for a reminder when it lies ahead by no more than the largest lead time;
the lead time that triggered it is the smallest one that still covers the days left (with
180/90/30/7 and 45 days left, the 90-day reminder is the one that has fired). An unfiled annual
report in its April grace month (限期补报) is reminded too, as overdue, and so is a renewal
whose legal last day has passed while the license has not yet expired (after expiry it is no
longer a reminder but a lapsed license, which the dashboard shows).

The legal last day of renewal and the last day to report a cancellation fall on the same day,
at most a few days after the practical last working day to submit: one reminder for that
moment (the practical last day, which comes first) is enough, so those two are left out here.
Every one of them is still in the calendar export.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.deadlines import AnnualReport, Deadline, LicenseDeadlines
from app.domain.license import DEFAULT_LEAD_TIMES, License

NOT_REMINDED = frozenset({"renewal_legal_deadline", "cancellation_deadline"})


@dataclass(frozen=True)
class Reminder:
    license: License
    deadline: Deadline
    days_left: int
    lead_time: int | None        # None when overdue
    open_until: date | None = None   # overdue: the last day it can still be acted on

    @property
    def date(self) -> date:
        return self.deadline.date

    @property
    def estimated(self) -> bool:
        return self.deadline.estimated

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def triggered_lead_time(days_left: int, lead_times: Iterable[int]) -> int | None:
    """The smallest lead time that covers ``days_left``; None when none does (or overdue)."""
    if days_left < 0:
        return None
    covering = [lead for lead in lead_times if days_left <= lead]
    return min(covering) if covering else None


def _annual_deadline(report: AnnualReport) -> Deadline:
    """The report as a deadline, as LicenseDeadlines.timeline() names it."""
    return Deadline(key=f"annual_report_{report.year}", label=report.label, date=report.due,
                    source=report.source, annual_year=report.year)


def reminders_for(license: License, deadlines: LicenseDeadlines, *, today: date,
                  filed_years: Iterable[int] = ()) -> list[Reminder]:
    """The reminders of one license on ``today``, in date order."""
    filed = set(filed_years)
    lead_times = license.lead_times or DEFAULT_LEAD_TIMES
    horizon = today + timedelta(days=max(lead_times))
    result: list[Reminder] = []

    def remind(deadline: Deadline) -> None:
        days_left = deadline.days_left(today)
        result.append(Reminder(license, deadline, days_left, triggered_lead_time(days_left, lead_times)))

    for deadline in deadlines.renewal_deadlines():
        if deadline.key not in NOT_REMINDED and today <= deadline.date <= horizon:
            remind(deadline)
    for report in deadlines.annual_reports:
        if report.year in filed:
            continue
        if today <= report.due <= horizon:
            remind(_annual_deadline(report))
        elif report.due < today <= report.grace_until:
            deadline = _annual_deadline(report)
            result.append(Reminder(license, deadline, deadline.days_left(today), None,
                                   open_until=report.grace_until))
    legal = deadlines.renewal_legal_deadline
    if legal.date < today <= deadlines.expiry:
        result.append(Reminder(license, legal, legal.days_left(today), None, open_until=deadlines.expiry))
    return sorted(result, key=lambda r: (r.deadline.date, r.deadline.key))


def collect_reminders(entries: Iterable[tuple[License, LicenseDeadlines, Iterable[int]]], *,
                      today: date) -> list[Reminder]:
    """Every license's reminders by date (so the overdue come first), then by license number."""
    result = [reminder for license, deadlines, filed in entries
              for reminder in reminders_for(license, deadlines, today=today, filed_years=filed)]
    return sorted(result, key=lambda r: (r.deadline.date, r.license.number, r.deadline.key))
