"""Where a license stands today: its next deadline, days left and a status colour.

The types load without the rules and the calendar (app.domain.deadlines, imported by the two
functions that compute): a start that reads its dashboard lines back from the last session
(app.storage.dashboard_cache) needs the types only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from app.domain.deadline_item import Deadline
    from app.domain.deadlines import LicenseDeadlines
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


class LicenseOverview(NamedTuple):
    license: License
    deadlines: LicenseDeadlines
    next_deadline: Deadline
    days_left: int
    status: str


def overview(license: License, *, calendar: WorkdayCalendar, today: date,
             filed_years: Iterable[int] = ()) -> LicenseOverview:
    from app.domain.deadlines import compute_deadlines

    deadlines = compute_deadlines(expiry=license.expiry, issued=license.issued, calendar=calendar)
    upcoming = deadlines.next_deadline(today, filed_years=filed_years)
    days_left = upcoming.days_left(today)
    return LicenseOverview(license, deadlines, upcoming, days_left, status_for(days_left))


class LicenseStatus(NamedTuple):
    """One line of the dashboard: a license, its next deadline and where it stands today."""

    license_id: int
    number: str
    company: str
    scope: str
    expiry: date
    is_example: bool
    next_deadline: Deadline
    days_left: int
    status: str


def license_statuses_through(summaries: Iterable[tuple[int, str, str, str, date, date, bool]], *,
                             calendar: WorkdayCalendar, today: date,
                             filed_years: Mapping[int, Set[int]]) -> tuple[list[LicenseStatus], list[date]]:
    """Dashboard lines from (id, number, company, scope, issued, expiry, is_example) tuples, with
    the last day each line's next deadline stays the same (``NextDeadlineFinder.next_deadline_through``).

    ``filed_years``: license id → filing years of the annual reports filed (only the years
    from ``today.year`` on matter).
    """
    from app.domain.deadlines import NextDeadlineFinder

    finder = NextDeadlineFinder(calendar=calendar, today=today)
    find = finder.next_deadline_through
    none: frozenset[int] = frozenset()
    lines, through = [], []
    for license_id, number, company, scope, issued, expiry, is_example in summaries:
        upcoming, last_day = find(expiry=expiry, issued=issued, filed_years=filed_years.get(license_id, none))
        days_left = (upcoming.date - today).days
        lines.append(LicenseStatus(license_id, number, company, scope, expiry, is_example, upcoming,
                                   days_left, status_for(days_left)))
        through.append(last_day)
    return lines, through

