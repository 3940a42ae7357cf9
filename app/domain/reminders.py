"""What to remind of on a given day, from what each license owes (app.domain.obligations).

An obligation still to do, or a planning milestone, is due for a reminder when its day to act
by lies ahead by no more than the license's largest lead time (提醒提前天数); the lead time that
triggered it is the smallest one that still covers the days left (with 180/90/30/7 and 45 days
left, the 90-day reminder is the one that has fired). What is overdue but still possible (a 年报
in its April 限期补报, a late change or 补正) is reminded as overdue; so is a missed renewal until
the license expires, and then the expired license, until the license is archived. What the company has done its part
of (submitted, awaiting the authority) and what can no longer be done (a past year's 年报) are
not reminders: the license page and the renewal self-check show those.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from app.domain.deadline_item import Deadline
from app.domain.license import DEFAULT_LEAD_TIMES, License
from app.domain.obligations import MISSED, OVERDUE, PENDING, LicenseObligations, as_deadline

REMINDED_WHEN_MISSED = ("renewal", "expiry")


@dataclass(frozen=True)
class Reminder:
    license: License
    deadline: Deadline
    days_left: int
    lead_time: int | None        # None when overdue or missed
    open_until: date | None = None   # overdue: the last day it can still be done (a missed renewal: the expiry)
    note: str = ""                   # what follows, in plain words (a missed renewal, an expired license)

    @property
    def date(self) -> date:
        return self.deadline.date

    @property
    def key(self) -> str:
        """The obligation's (or milestone's) stable key."""
        return self.deadline.key

    @property
    def kind(self) -> str:
        return self.deadline.key.split(":", 1)[0]

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


def reminders_for(license: License, owed: LicenseObligations, *, today: date) -> list[Reminder]:
    """The reminders of one license on ``today``, in date order."""
    lead_times = license.lead_times or DEFAULT_LEAD_TIMES
    furthest = max(lead_times)
    result: list[Reminder] = []
    for item in owed.items:
        days_left = (item.act_by - today).days
        if item.state == PENDING and days_left <= furthest:
            result.append(Reminder(license, as_deadline(item), days_left, triggered_lead_time(days_left, lead_times)))
        elif item.state == OVERDUE or (item.state == MISSED and item.kind in REMINDED_WHEN_MISSED
                                       and not (item.kind == "renewal" and today > license.expiry)):
            until = item.until if item.kind == "annual_report" else (license.expiry if item.kind == "renewal" else None)
            result.append(Reminder(license, as_deadline(item), days_left, None, open_until=until, note=item.note))
    for milestone in owed.milestones:
        days_left = milestone.days_left(today)
        if 0 <= days_left <= furthest:
            result.append(Reminder(license, as_deadline(milestone), days_left,
                                   triggered_lead_time(days_left, lead_times)))
    return sorted(result, key=lambda r: (r.deadline.date, r.deadline.key))


def collect_reminders(entries: Iterable[tuple[License, LicenseObligations]], *, today: date) -> list[Reminder]:
    """Every license's reminders by date (so the overdue come first), then by license number."""
    result = [reminder for license, owed in entries for reminder in reminders_for(license, owed, today=today)]
    return sorted(result, key=lambda r: (r.deadline.date, r.license.number, r.deadline.key))
