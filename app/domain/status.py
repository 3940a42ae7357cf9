"""Where a license stands today: its next thing to do, days left and a status colour.

The types load without the rules and the calendar (app.domain.obligations, imported by the
functions that compute): a start that reads its dashboard lines back from the last session
(app.storage.dashboard_cache) needs the types only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from app.domain.deadline_item import Deadline
    from app.domain.license import License
    from app.domain.obligations import History, LicenseObligations
    from app.domain.workdays import WorkdayCalendar

STATUS_LABELS = {"overdue": "已逾期", "due30": "30 天内", "due90": "90 天内", "ok": "正常"}
MET_STATES = ("submitted", "done")     # app.domain.obligations: nothing left for the company to do


def status_for(days_left: int) -> str:
    if days_left < 0:
        return "overdue"
    if days_left <= 30:
        return "due30"
    if days_left <= 90:
        return "due90"
    return "ok"


def status_of(deadline: Deadline, days_left: int) -> str:
    """The colour of a next thing to do: by the days left, unless the company has done its part."""
    return "ok" if deadline.state in MET_STATES else status_for(days_left)


class LicenseOverview(NamedTuple):
    license: License
    obligations: LicenseObligations
    next_deadline: Deadline
    days_left: int
    status: str


def overview(license: License, obligations: LicenseObligations, *, today: date) -> LicenseOverview:
    from app.domain.obligations import as_deadline

    upcoming = as_deadline(obligations.next_action(today))
    days_left = upcoming.days_left(today)
    return LicenseOverview(license, obligations, upcoming, days_left, status_of(upcoming, days_left))


class LicenseStatus(NamedTuple):
    """One line of the dashboard: a license, its next thing to do and where it stands today."""

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
                             histories: Mapping[int, History], calendar: WorkdayCalendar,
                             today: date) -> tuple[list[LicenseStatus], list[date]]:
    """Dashboard lines from (id, number, company, scope, issued, expiry, is_example) tuples and
    each license's history, with the last day each line stays the same
    (``LicenseObligations.through``)."""
    from app.domain.obligations import History, as_deadline, obligations_of
    from app.domain.rules import default_rules

    rules = default_rules()
    empty = History()
    lines, through = [], []
    for license_id, number, company, scope, issued, expiry, is_example in summaries:
        history = histories.get(license_id, empty)
        owed = obligations_of(issued=issued, expiry=expiry, events=history.events, cases=history.cases,
                              calendar=calendar, today=today, rules=rules)
        upcoming = as_deadline(owed.next_action(today))
        days_left = (upcoming.date - today).days
        lines.append(LicenseStatus(license_id, number, company, scope, expiry, is_example, upcoming,
                                   days_left, status_of(upcoming, days_left)))
        through.append(owed.through(today))
    return lines, through
