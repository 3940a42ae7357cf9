"""Chinese working days, answered from a precomputed index.

chinese-calendar knows the State Council's holiday schedule for the years published when it
was released. For any other year this calendar estimates (RULES.md §5): weekends and, from the
year the 2024 holiday rules took effect, the statutory festivals with their usual breaks
(app.domain.festivals) are non-working; make-up working days are unknown, so there are none.
An answer that counted a day of such a year is marked as estimated, unless the user has entered
or imported that year's schedule, which then replaces the estimate.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from app.domain.errors import FieldError, ValidationError


@cache
def _published() -> tuple[dict, dict, range]:
    """chinese-calendar's holidays, make-up working days and the years it knows, loaded on
    first use (its tables take a noticeable part of a start with no license to compute)."""
    from chinese_calendar import constants

    years = range(min(constants.holidays).year, max(constants.holidays).year + 1)
    return constants.holidays, constants.workdays, years


def known_years() -> range:
    """The years whose State Council schedule chinese-calendar knows (2004–2026 in 1.11.0)."""
    return _published()[2]


def estimate_rule_from() -> int:
    """The first year the festival rule of the estimate applies to; earlier unknown years (before
    chinese-calendar's first) are estimated with weekends only."""
    from app.domain.festivals import default_rule

    return default_rule().from_year


def __getattr__(name: str):
    if name == "KNOWN_YEARS":      # kept for callers that read it as a constant
        return known_years()
    raise AttributeError(name)


ORIGINS = ("entered", "imported")


@dataclass(frozen=True)
class YearSchedule:
    """A year's holidays and make-up working days (调休上班), as the State Council announced."""

    year: int
    holidays: frozenset[date] = field(default_factory=frozenset)
    workdays: frozenset[date] = field(default_factory=frozenset)
    note: str = ""
    origin: str = "entered"          # entered (typed or pasted) | imported (from a file)

    def __post_init__(self) -> None:
        problems = []
        for day in sorted(self.holidays | self.workdays):
            if day.year != self.year:
                problems.append(f"{day.isoformat()} 不在 {self.year} 年内")
        for day in sorted(self.holidays & self.workdays):
            problems.append(f"{day.isoformat()} 不能既是假日又是调休上班日")
        for day in sorted(self.workdays):
            if day.weekday() < 5:
                problems.append(f"{day.isoformat()} 是周{'一二三四五'[day.weekday()]}，本来就是工作日，不是调休上班日")
        if self.origin not in ORIGINS:
            problems.append(f"来源应为 {'、'.join(ORIGINS)} 之一")
        if problems:
            raise ValidationError(FieldError("holiday_schedule", f"{self.year} 年节假日安排", "；".join(problems)))

    def is_workday(self, day: date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5


class WorkdayAnswer(NamedTuple):
    """A date from the calendar and whether an estimated year went into it. (A NamedTuple:
    thousands are made when every license's obligations are computed, and a frozen dataclass
    costs several times as much to make.)"""

    date: date
    estimated: bool


class WorkdayCalendar:
    """Working days over a span of years, with logarithmic look-ups.

    The index is a sorted list of the ordinals of every working day in the span, so "the Nth
    working day before D" is one bisection and one subtraction. The span grows on demand.
    """

    def __init__(self, schedules: Mapping[int, YearSchedule] | Iterable[YearSchedule] = (),
                 *, first_year: int = 2000, last_year: int | None = None):
        """``last_year`` defaults to the last year chinese-calendar knows: later years are
        estimated, which takes the lunar calendar, so the span grows to them on demand."""
        if isinstance(schedules, Mapping):
            schedules = schedules.values()
        self._schedules: dict[int, YearSchedule] = {s.year: s for s in schedules}
        self._first = self._last = 0
        self._ordinals: list[int] = []
        if last_year is None:
            last_year = max(known_years().stop - 1, first_year)
        self._build(first_year, last_year)

    # ------------------------------------------------------------------ index
    def _year_source(self, year: int) -> str:
        if year in self._schedules:
            return "user"
        if year in known_years():
            return "chinese-calendar"
        return "estimated"

    def _build(self, first_year: int, last_year: int) -> None:
        # Set arithmetic rather than a loop over days: every Monday-Friday, less the holidays,
        # plus the make-up working days, each year from its own source. This runs on every
        # start of the app, so it is kept to a few milliseconds.
        self._first, self._last = first_year, last_year
        start = date(first_year, 1, 1).toordinal()
        end = date(last_year, 12, 31).toordinal()
        # date.fromordinal(1) is a Monday, so (ordinal + 6) % 7 is the weekday (Monday = 0).
        days = {day for day in range(start, end + 1) if (day + 6) % 7 < 5}
        off: set[int] = set()
        on: set[int] = set()
        holidays, workdays, _years = _published()
        for source_days, into in ((holidays, off), (workdays, on)):
            into.update(d.toordinal() for d in source_days
                        if first_year <= d.year <= last_year
                        and self._year_source(d.year) == "chinese-calendar")
        for year, schedule in self._schedules.items():
            if first_year <= year <= last_year:
                off.update(d.toordinal() for d in schedule.holidays)
                on.update(d.toordinal() for d in schedule.workdays)
        estimated = [year for year in range(first_year, last_year + 1)
                     if self._year_source(year) == "estimated"]
        if estimated and estimated[-1] >= (rule_from := estimate_rule_from()):
            from app.domain.festivals import estimated_days_off

            for year in estimated:
                if year >= rule_from:
                    off.update(d.toordinal() for d in estimated_days_off(year))
        days = (days - off) | on
        self._ordinals = sorted(days)
        self._set = days
        # Which years of the span are estimated, looked up for every answer (a set, rather than
        # asking each year's source every time: thousands of answers are asked at once).
        self._estimated_years = frozenset(estimated)

    def _cover(self, earlier: date, later: date | None = None) -> None:
        later = later or earlier
        if earlier.year < self._first or later.year > self._last:
            self._build(min(earlier.year - 1, self._first), max(later.year + 1, self._last))

    def _estimated_between(self, earlier: date, later: date) -> bool:
        """Whether a day of an estimated year lies in [earlier, later] (the days counted; both
        within the span, which every caller has covered first)."""
        return not self._estimated_years.isdisjoint(range(earlier.year, later.year + 1))

    # ----------------------------------------------------------------- public
    @property
    def schedules(self) -> dict[int, YearSchedule]:
        return dict(self._schedules)

    def year_source(self, year: int) -> str:
        """'chinese-calendar', 'user' (an entered or imported schedule) or 'estimated'."""
        return self._year_source(year)

    def is_estimated_year(self, year: int) -> bool:
        return self._year_source(year) == "estimated"

    def with_schedule(self, schedule: YearSchedule) -> WorkdayCalendar:
        merged = {**self._schedules, schedule.year: schedule}
        return WorkdayCalendar(merged, first_year=self._first, last_year=self._last)

    def is_workday(self, day: date) -> bool:
        self._cover(day)
        return day.toordinal() in self._set

    def nth_workday_before(self, day: date, n: int) -> WorkdayAnswer:
        """The Nth working day strictly before ``day`` (``day`` itself is not counted)."""
        if n < 1:
            raise ValueError("n must be at least 1")
        self._cover(day - timedelta(days=n * 3 + 30), day)
        while True:
            index = bisect_left(self._ordinals, day.toordinal()) - n
            if index >= 0:
                break
            self._build(self._first - 10, self._last)
        result = date.fromordinal(self._ordinals[index])
        # the days counted: from the result up to the day before ``day``
        return WorkdayAnswer(result, self._estimated_between(result, day - timedelta(days=1)))

    def nth_workday_after(self, day: date, n: int) -> WorkdayAnswer:
        """The Nth working day strictly after ``day``."""
        if n < 1:
            raise ValueError("n must be at least 1")
        self._cover(day, day + timedelta(days=n * 3 + 30))
        while True:
            index = bisect_right(self._ordinals, day.toordinal()) + n - 1
            if index < len(self._ordinals):
                break
            self._build(self._first, self._last + 10)
        result = date.fromordinal(self._ordinals[index])
        # the days counted: from the day after ``day`` up to the result
        return WorkdayAnswer(result, self._estimated_between(day + timedelta(days=1), result))

    def last_workday_on_or_before(self, day: date) -> WorkdayAnswer:
        if day.toordinal() in self._set:              # the common case: no search needed
            return WorkdayAnswer(day, day.year in self._estimated_years)
        self._cover(day - timedelta(days=60), day)
        index = bisect_right(self._ordinals, day.toordinal()) - 1
        result = date.fromordinal(self._ordinals[index])
        return WorkdayAnswer(result, self._estimated_between(result, day))

    def workdays_between(self, start: date, end: date) -> int:
        """Working days in [start, end)."""
        self._cover(min(start, end), max(start, end))
        return bisect_left(self._ordinals, end.toordinal()) - bisect_left(self._ordinals, start.toordinal())

