"""Holiday schedules: which years are built in, entered or estimated; entering and deleting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.workdays import WorkdayCalendar, YearSchedule
from app.storage import holidays
from app.storage.database import Store

YEARS_AHEAD = 6


def load_calendar(store: Store) -> WorkdayCalendar:
    """The working-day calendar: chinese-calendar's years, with the schedules the user entered."""
    return WorkdayCalendar(holidays.load_schedules(store))


def save_holiday_schedule(store: Store, schedule: YearSchedule) -> None:
    holidays.save_schedule(store, schedule)


@dataclass(frozen=True)
class HolidayYear:
    year: int
    source: str              # 'chinese-calendar', 'user' or 'estimated'
    licenses: int            # how many licenses have a deadline in this year
    schedule: YearSchedule | None


def license_years(store: Store) -> dict[int, int]:
    """For every year from a license's issue to its expiry, how many licenses touch it."""
    counts: dict[int, int] = {}
    for row in store.query("SELECT issued, expiry FROM licenses"):
        first, last = int(row["issued"][:4]), int(row["expiry"][:4])
        for year in range(first, last + 1):
            counts[year] = counts.get(year, 0) + 1
    return counts


def holiday_years(store: Store, *, today: date, calendar: WorkdayCalendar | None = None) -> list[HolidayYear]:
    """The years worth showing: this year and the next six, every year a license touches,
    and every year with an entered schedule; each with where its working days come from."""
    calendar = calendar or load_calendar(store)
    touched = license_years(store)
    schedules = calendar.schedules
    years = set(range(today.year, today.year + YEARS_AHEAD + 1)) | set(touched) | set(schedules)
    return [HolidayYear(year, calendar.year_source(year), touched.get(year, 0), schedules.get(year))
            for year in sorted(years)]


def delete_holiday_schedule(store: Store, year: int) -> None:
    """Forget an entered schedule: the year goes back to chinese-calendar or to the estimate."""
    holidays.delete_schedule(store, year)
