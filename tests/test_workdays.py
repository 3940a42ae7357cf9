from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.workdays import KNOWN_YEARS, WorkdayCalendar, YearSchedule

CAL = WorkdayCalendar()
FIRST, LAST = date(KNOWN_YEARS.start, 1, 1), date(KNOWN_YEARS.stop - 1, 12, 31)
known_days = st.dates(min_value=FIRST, max_value=LAST)


def test_every_known_day_matches_chinese_calendar():
    day = FIRST
    while day <= LAST:
        assert CAL.is_workday(day) == chinese_calendar.is_workday(day), day
        day += timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=FIRST + timedelta(days=400), max_value=LAST),
       n=st.integers(min_value=1, max_value=200))
def test_nth_before_matches_find_workday(day, n):
    expected = chinese_calendar.find_workday(-n, day)
    answer = CAL.nth_workday_before(day, n)
    assert answer.date == expected
    assert not answer.estimated


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=FIRST, max_value=LAST - timedelta(days=400)),
       n=st.integers(min_value=1, max_value=200))
def test_nth_after_matches_find_workday(day, n):
    # find_workday(n, d) first moves to the first working day on or after d, then n more.
    steps = n if chinese_calendar.is_workday(day) else n + 1
    assert CAL.nth_workday_after(day, steps).date == chinese_calendar.find_workday(n, day)


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=FIRST + timedelta(days=30), max_value=LAST))
def test_last_workday_on_or_before(day):
    answer = CAL.last_workday_on_or_before(day).date
    assert answer <= day and chinese_calendar.is_workday(answer)
    assert all(not chinese_calendar.is_workday(answer + timedelta(days=k))
               for k in range(1, (day - answer).days + 1))


def test_known_holidays_and_makeup_days():
    assert not CAL.is_workday(date(2024, 10, 1))     # National Day
    assert CAL.is_workday(date(2024, 10, 12))        # Saturday make-up working day
    assert not CAL.is_workday(date(2025, 1, 29))     # Spring Festival


def test_unknown_year_is_estimated_with_weekends_and_festivals():
    assert CAL.year_source(2027) == "estimated"
    assert not CAL.is_workday(date(2027, 10, 1))      # 国庆节, a Friday
    assert not CAL.is_workday(date(2027, 1, 1))       # 元旦, a Friday
    assert CAL.is_workday(date(2027, 10, 8))          # the Friday after the break
    assert not CAL.is_workday(date(2027, 10, 9))      # a Saturday: make-up days are unknown
    answer = CAL.nth_workday_before(date(2027, 3, 1), 5)
    assert answer.estimated
    assert CAL.nth_workday_before(date(2026, 12, 20), 5).estimated is False


def test_estimated_only_when_a_day_of_an_unknown_year_was_counted():
    # the 90 working days before 1 January 2027 all lie in 2026
    assert CAL.nth_workday_before(date(2027, 1, 1), 90).estimated is False
    assert CAL.nth_workday_before(date(2027, 1, 2), 90).estimated is True     # 1 Jan 2027 looked at
    assert CAL.nth_workday_after(date(2026, 12, 1), 5).estimated is False
    assert CAL.nth_workday_after(date(2026, 12, 30), 2).estimated is True
    assert CAL.last_workday_on_or_before(date(2026, 12, 31)).estimated is False
    assert CAL.last_workday_on_or_before(date(2027, 1, 3)).estimated is True   # back to 31 Dec


def test_estimate_spans_across_years():
    answer = CAL.nth_workday_before(date(2027, 1, 10), 20)   # reaches back into 2026
    assert answer.date.year == 2026
    assert answer.estimated   # 2027 days went into the count


def test_user_schedule_replaces_the_estimate():
    schedule = YearSchedule(2027, holidays=frozenset({date(2027, 10, 1), date(2027, 10, 4)}),
                            workdays=frozenset({date(2027, 9, 26)}))
    cal = WorkdayCalendar([schedule])
    assert cal.year_source(2027) == "user"
    assert not cal.is_workday(date(2027, 10, 1))
    assert cal.is_workday(date(2027, 9, 26))          # a Sunday worked
    assert not cal.nth_workday_before(date(2027, 12, 1), 10).estimated


@pytest.mark.parametrize("kwargs, fragment", [
    ({"holidays": frozenset({date(2026, 10, 1)})}, "不在 2027 年内"),
    ({"workdays": frozenset({date(2027, 10, 5)})}, "本来就是工作日"),
    ({"holidays": frozenset({date(2027, 10, 9)}), "workdays": frozenset({date(2027, 10, 9)})}, "既是假日"),
])
def test_bad_schedules_are_refused(kwargs, fragment):
    with pytest.raises(ValidationError) as info:
        YearSchedule(2027, **kwargs)
    assert fragment in str(info.value)


def test_index_grows_beyond_its_span():
    cal = WorkdayCalendar(first_year=2020, last_year=2021)
    assert cal.nth_workday_before(date(2070, 6, 1), 90).estimated
    assert cal.nth_workday_after(date(1995, 6, 1), 3).date == date(1995, 6, 6)


def test_workdays_between():
    assert CAL.workdays_between(date(2024, 9, 30), date(2024, 10, 8)) == 1   # 30 Sep only


def test_user_schedule_replaces_a_known_year_day_by_day():
    """An entered schedule wins over chinese-calendar for its year, and only for its year."""
    schedule = YearSchedule(2025, holidays=frozenset({date(2025, 3, 3)}),
                            workdays=frozenset({date(2025, 3, 8)}))
    cal = WorkdayCalendar([schedule], first_year=2024, last_year=2026)
    day = date(2024, 1, 1)
    while day <= date(2026, 12, 31):
        if day.year == 2025:
            expected = day == date(2025, 3, 8) or (day.weekday() < 5 and day != date(2025, 3, 3))
        else:
            expected = chinese_calendar.is_workday(day)
        assert cal.is_workday(day) == expected, day
        day += timedelta(days=1)
