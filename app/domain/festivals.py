"""The seven statutory festivals (resources/catalogue/holidays.toml): their days in any year.

A year without a published State Council schedule is estimated from them (RULES.md §5):
weekends and each festival's usual break are non-working. An entered or imported schedule is
checked against them: a year that gives none of a festival's days is probably incomplete.

Lunar dates and the 清明 solar term come from tyme4py, loaded on first use.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import NamedTuple

from app.domain.rules import CatalogueError
from app.resources import catalogue_dir

CALENDARS = ("solar", "lunar", "term")
# A festival counts as given by a schedule when the schedule rests on one of its statutory
# days or on a day this close to them (a festival on a Sunday may be typed as its Monday off).
NEARBY_DAYS = 2


# NamedTuples rather than frozen dataclasses: this module loads when a start computes its lines.
class Festival(NamedTuple):
    name: str
    calendar: str            # solar | lunar | term
    month: int = 0
    day: int = 0
    term: str = ""
    start: int = 0           # the first day's offset from the anchor day
    statutory_days: int = 1
    break_days: int = 1


class HolidayRule(NamedTuple):
    festivals: tuple[Festival, ...]
    source: str
    from_year: int           # the first year the estimate applies the festivals to

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.festivals)


class FestivalDays(NamedTuple):
    """One festival in one year: its statutory days and its usual break (both in date order)."""

    name: str
    statutory: tuple[date, ...]
    usual_break: tuple[date, ...]


def _int(table: dict, key: str, where: str, *, low: int, high: int) -> int:
    value = table.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise CatalogueError(f"{where}: 键 {key} 应为 {low} 到 {high} 之间的整数")
    return value


def load_holiday_rule(path: Path) -> HolidayRule:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"{path.name}: TOML 格式错误：{exc}") from None
    source = data.get("source")
    if not isinstance(source, str) or not source.strip():
        raise CatalogueError(f"{path.name}: 缺少键 source")
    festivals = []
    for index, table in enumerate(data.get("festivals", [])):
        where = f"{path.name} festivals[{index}]"
        name = table.get("name")
        if not isinstance(name, str) or not name.strip():
            raise CatalogueError(f"{where}: 缺少键 name")
        calendar = table.get("calendar")
        if calendar not in CALENDARS:
            raise CatalogueError(f"{where} ({name}): 键 calendar 应为 {'、'.join(CALENDARS)} 之一")
        month = day = 0
        term = ""
        if calendar == "term":
            term = table.get("term")
            if not isinstance(term, str) or not term.strip():
                raise CatalogueError(f"{where} ({name}): 缺少键 term（节气名称）")
        else:
            month = _int(table, "month", where, low=1, high=12)
            day = _int(table, "day", where, low=1, high=30 if calendar == "lunar" else 31)
        statutory = _int(table, "statutory_days", where, low=1, high=15)
        festivals.append(Festival(
            name=name, calendar=calendar, month=month, day=day, term=term,
            start=_int(table, "start", where, low=-7, high=7), statutory_days=statutory,
            break_days=_int(table, "break_days", where, low=statutory, high=15)))
    if not festivals:
        raise CatalogueError(f"{path.name}: 没有任何节日（[[festivals]]）")
    from_year = _int(data, "from_year", path.name, low=1900, high=2100)
    return HolidayRule(tuple(festivals), source, from_year)


@cache
def default_rule() -> HolidayRule:
    return load_holiday_rule(catalogue_dir() / "holidays.toml")


def _anchor(festival: Festival, year: int) -> date:
    if festival.calendar == "solar":
        return date(year, festival.month, festival.day)
    if festival.calendar == "lunar":
        from tyme4py.lunar import LunarMonth

        first = LunarMonth.from_ym(year, festival.month).get_first_julian_day().get_solar_day()
        anchor = date(first.get_year(), first.get_month(), first.get_day())
        return anchor + timedelta(days=festival.day - 1)
    from tyme4py.solar import SolarTerm

    day = SolarTerm.from_name(year, festival.term).get_solar_day()
    return date(day.get_year(), day.get_month(), day.get_day())


@cache
def festival_days(year: int, rule: HolidayRule | None = None) -> tuple[FestivalDays, ...]:
    """Each festival of ``rule`` (default: the catalogue's) in ``year``."""
    rule = rule or default_rule()
    found = []
    for festival in rule.festivals:
        first = _anchor(festival, year) + timedelta(days=festival.start)
        days = tuple(first + timedelta(days=n) for n in range(festival.break_days))
        found.append(FestivalDays(festival.name, days[:festival.statutory_days], days))
    return tuple(found)


def estimated_days_off(year: int, rule: HolidayRule | None = None) -> frozenset[date]:
    """The days of ``year`` the estimate counts as holidays besides weekends: every day of
    each festival's usual break (a break that starts in December runs into the next year,
    which is counted there)."""
    return frozenset(day for festival in festival_days(year, rule) for day in festival.usual_break
                     if day.year == year)


def missing_festivals(year: int, holidays: Iterable[date], rule: HolidayRule | None = None) -> list[str]:
    """The festivals a schedule of ``year`` with these ``holidays`` gives no day off for."""
    resting = set(holidays)
    missing = []
    for festival in festival_days(year, rule):
        near = {day + timedelta(days=shift) for day in festival.statutory
                for shift in range(-NEARBY_DAYS, NEARBY_DAYS + 1)}
        if not near & resting:
            missing.append(festival.name)
    return missing
