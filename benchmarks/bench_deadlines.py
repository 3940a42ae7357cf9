"""Deadlines of 5,000 licenses: the working-day index against chinese-calendar's find_workday.

Target: at least 100× faster, with identical dates.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import chinese_calendar

from app.domain.deadlines import compute_deadlines
from app.domain.workdays import WorkdayCalendar
from benchmarks.common import Result, best_of

LICENSES = 5_000


def sample_expiries(count: int = LICENSES, seed: int = 7) -> list[date]:
    rng = random.Random(seed)
    first, last = date(2006, 1, 1).toordinal(), date(2026, 12, 31).toordinal()
    return [date.fromordinal(rng.randint(first, last)) for _ in range(count)]


def with_index(expiries: list[date]) -> list[tuple[date, date]]:
    calendar = WorkdayCalendar()
    out = []
    for expiry in expiries:
        d = compute_deadlines(expiry=expiry, calendar=calendar)
        out.append((d.renewal_safe_date.date, d.renewal_last_working_day.date))
    return out


def with_find_workday(expiries: list[date]) -> list[tuple[date, date]]:
    out = []
    for expiry in expiries:
        legal = expiry - timedelta(days=90)
        safe = chinese_calendar.find_workday(-90, expiry)
        last_working = chinese_calendar.find_workday(-1, legal + timedelta(days=1))
        out.append((safe, last_working))
    return out


def run() -> list[Result]:
    expiries = sample_expiries()
    ours, ours_dates = best_of(5, lambda: with_index(expiries))
    base, base_dates = best_of(1, lambda: with_find_workday(expiries))
    identical = ours_dates == base_dates
    speedup = base / ours
    return [Result(
        name=f"deadlines of {LICENSES:,} licenses (index vs find_workday)",
        measured=ours, baseline=base, target="≥ 100× faster, identical dates",
        passed=identical and speedup >= 100,
        note=f"{speedup:.0f}× faster; dates identical: {identical}",
    )]


if __name__ == "__main__":
    for result in run():
        print(f"{result.name}: {result.measured * 1000:.1f} ms vs {result.baseline * 1000:.1f} ms "
              f"— {result.note} — {'PASS' if result.passed else 'MISS'}")
