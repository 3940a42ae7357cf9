"""Where a license stands today: its next deadline, days left and a status colour."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.domain.deadlines import Deadline, LicenseDeadlines, compute_deadlines
from app.domain.license import License
from app.domain.workdays import WorkdayCalendar

STATUS_LABELS = {"overdue": "已逾期", "due30": "30 天内", "due90": "90 天内", "ok": "正常"}


def status_for(days_left: int) -> str:
    if days_left < 0:
        return "overdue"
    if days_left <= 30:
        return "due30"
    if days_left <= 90:
        return "due90"
    return "ok"


@dataclass(frozen=True)
class LicenseOverview:
    license: License
    deadlines: LicenseDeadlines
    next_deadline: Deadline
    days_left: int
    status: str


def overview(license: License, *, calendar: WorkdayCalendar, today: date,
             filed_years: Iterable[int] = ()) -> LicenseOverview:
    deadlines = compute_deadlines(expiry=license.expiry, issued=license.issued, calendar=calendar)
    upcoming = deadlines.next_deadline(today, filed_years=filed_years)
    days_left = upcoming.days_left(today)
    return LicenseOverview(license, deadlines, upcoming, days_left, status_for(days_left))
