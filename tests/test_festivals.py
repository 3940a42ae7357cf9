"""The festivals of the estimate (RULES.md §5), checked against chinese-calendar's known years."""

import subprocess
import sys
from datetime import date, timedelta

import chinese_calendar
import pytest

from app.domain.deadlines import compute_deadlines
from app.domain.festivals import (
    default_rule,
    estimated_days_off,
    festival_days,
    load_holiday_rule,
    missing_festivals,
)
from app.domain.rules import CatalogueError
from app.domain.workdays import WorkdayCalendar, known_years

SEVEN = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
# chinese-calendar's name for the day each festival falls on
CC_NAMES = {"元旦": "New Year's Day", "春节": "Spring Festival", "清明节": "Tomb-sweeping Day",
            "劳动节": "Labour Day", "端午节": "Dragon Boat Festival", "中秋节": "Mid-autumn Festival",
            "国庆节": "National Day"}


def _days(first: date, last: date):
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def test_the_catalogue_names_the_seven_festivals():
    assert default_rule().names == SEVEN
    assert default_rule().from_year == 2025


@pytest.mark.parametrize("year", range(2008, known_years().stop))
def test_each_festivals_own_day_is_that_holiday_in_chinese_calendar(year):
    """The lunar library and the solar term give the days the published schedules rest on
    (清明, 端午 and 中秋 became holidays in 2008)."""
    for festival in festival_days(year):
        anchor = festival.statutory[1] if festival.name == "春节" else festival.statutory[0]   # 正月初一
        is_holiday, name = chinese_calendar.get_holiday_detail(anchor)
        assert is_holiday, (festival.name, anchor)
        if name is None:                         # a weekend day is named only when it is worked
            assert anchor.weekday() >= 5, (festival.name, anchor)
        elif name != CC_NAMES[festival.name]:    # a festival inside another's break takes its name
            assert festival.name == "中秋节" and name == "National Day", (festival.name, anchor, name)


@pytest.mark.parametrize("year", range(known_years().stop - 1, 2100))
def test_qingming_is_the_solar_term_chinese_calendar_computes(year):
    # (in 2100 the term falls at 00:43 Beijing time on 5 April, which chinese-calendar's
    # shorter formula puts on the 4th)
    terms = chinese_calendar.get_solar_terms(date(year, 4, 1), date(year, 4, 30))
    qingming = next(day for day, name in terms if name == "清明")
    assert next(f for f in festival_days(year) if f.name == "清明节").statutory == (qingming,)


@pytest.mark.parametrize("year", range(default_rule().from_year, known_years().stop))
def test_every_weekday_the_estimate_rests_is_a_holiday_in_a_published_year(year):
    """The rule against every published year since the 2024 revision took effect."""
    for day in estimated_days_off(year):
        if day.weekday() < 5:
            assert chinese_calendar.is_holiday(day), day


def test_the_2027_estimate():
    off = estimated_days_off(2027)
    assert date(2027, 2, 5) in off and date(2027, 2, 12) in off       # 除夕 to 正月初七
    assert date(2027, 2, 13) not in off
    assert {date(2027, 4, 5), date(2027, 6, 9), date(2027, 9, 15)} <= off   # 清明, 端午, 中秋
    assert {date(2027, 5, d) for d in range(1, 6)} <= off
    assert {date(2027, 10, d) for d in range(1, 8)} <= off
    assert len(off) == 1 + 8 + 1 + 5 + 1 + 1 + 7


def test_a_year_before_the_rule_is_estimated_with_weekends_only():
    calendar = WorkdayCalendar(first_year=1995, last_year=2000)
    assert calendar.year_source(2001) == "estimated"
    assert calendar.is_workday(date(2001, 10, 1))          # a Monday


def test_missing_festivals():
    every = {day for festival in festival_days(2027) for day in festival.statutory}
    assert missing_festivals(2027, every) == []
    without_dragon_boat = every - {date(2027, 6, 9)}
    assert missing_festivals(2027, without_dragon_boat) == ["端午节"]
    # a festival on a weekend typed as its weekday off still counts
    assert missing_festivals(2027, (every - {date(2027, 6, 9)}) | {date(2027, 6, 10)}) == []
    assert missing_festivals(2027, []) == list(SEVEN)


def test_deadlines_of_2027_to_2032_never_fall_on_a_holiday():
    """`deadlines --json` for every expiry day of 2027–2032: neither the day to act by nor the
    safe date falls on a statutory holiday or its usual break."""
    calendar = WorkdayCalendar()
    off = {day for year in range(2027, 2033) for day in estimated_days_off(year)}

    def working(day: date) -> bool:
        if day.year in known_years():
            return chinese_calendar.is_workday(day)
        return day.weekday() < 5 and day not in off

    for expiry in _days(date(2027, 1, 1), date(2032, 12, 31)):
        found = compute_deadlines(expiry=expiry, calendar=calendar)
        for deadline in (found.renewal_last_working_day, found.renewal_safe_date):
            assert working(deadline.date), (expiry, deadline.key)


@pytest.mark.parametrize("expiry, last_working_day", [
    ("2027-04-02", "2026-12-31"),        # the legal day, 2 January 2027, follows 元旦
    ("2030-01-01", "2029-09-28"),        # the legal day, 3 October 2029, is in 国庆
])
def test_the_cli_gives_a_day_to_act_by_before_the_holiday(expiry, last_working_day):
    import json

    done = subprocess.run([sys.executable, "-m", "app", "deadlines", "--expiry", expiry,
                           "--scope", "national", "--json"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["renewal_last_working_day"] == last_working_day


def test_expiry_on_new_years_day_2027_counts_only_2026():
    found = compute_deadlines(expiry=date(2027, 1, 1), calendar=WorkdayCalendar())
    assert not found.estimated


def test_a_calendar_of_known_years_does_not_load_the_lunar_library():
    script = ("import sys\nfrom datetime import date\nfrom app.domain.deadlines import compute_deadlines\n"
              "from app.domain.workdays import WorkdayCalendar\n"
              "compute_deadlines(expiry=date(2024, 6, 1), calendar=WorkdayCalendar())\n"
              "print('tyme4py' in sys.modules)\n"
              "compute_deadlines(expiry=date(2028, 6, 1), calendar=WorkdayCalendar())\n"
              "print('tyme4py' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["False", "True"], done.stderr


@pytest.mark.parametrize("text, fragment", [
    ("from_year = 2025\nsource = 'x'\n", "没有任何节日"),
    ("source = 'x'\nfrom_year = 2025\n[[festivals]]\nname = 'x'\ncalendar = 'moon'\n", "calendar"),
    ("source = 'x'\nfrom_year = 2025\n[[festivals]]\nname = 'x'\ncalendar = 'lunar'\nmonth = 13\nday = 1\n"
     "start = 0\nstatutory_days = 1\nbreak_days = 1\n", "month"),
    ("source = 'x'\nfrom_year = 2025\n[[festivals]]\nname = 'x'\ncalendar = 'solar'\nmonth = 5\nday = 1\n"
     "start = 0\nstatutory_days = 3\nbreak_days = 2\n", "break_days"),
    ("source = 'x'\n[[festivals]]\nname = 'x'\ncalendar = 'term'\nterm = '清明'\n"
     "start = 0\nstatutory_days = 1\nbreak_days = 1\n", "from_year"),
    ("source = [", "TOML"),
])
def test_a_malformed_rule_file_names_the_problem(tmp_path, text, fragment):
    path = tmp_path / "holidays.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError) as info:
        load_holiday_rule(path)
    assert fragment in str(info.value)
