"""What 5,000 licenses owe, with their histories: ``obligations_of`` against the same dates through
chinese-calendar's ``find_workday``.

Each license has filed annual reports, and some a renewal submitted, a 补正 notice, an open
change or a decision not to renew. The baseline finds, with ``find_workday``, the day to act by
of every dated obligation the function returned (the last working day on or before its legal
day) and the renewal's safe date (the 90th working day before expiry). Every date lies in a
year chinese-calendar knows, so both sides answer exactly. Target: at least 100× faster, with
identical dates.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import chinese_calendar

from app.domain.obligations import (
    ANNUAL_REPORT_FILED,
    RENEWAL_DECIDED,
    CaseFacts,
    Correction,
    HistoryEvent,
    obligations_of,
)
from app.domain.workdays import WorkdayCalendar
from benchmarks.common import Result, best_of

LICENSES = 5_000
TODAY = date(2021, 6, 1)
LAST_KNOWN = 2026       # chinese-calendar 1.11.0 knows 2004–2026; a renewal submitted in time and
                        # undecided at expiry goes on owing reports in later years (left out here)


def sample_histories(count: int = LICENSES, seed: int = 11) -> list[tuple[date, date, list, list]]:
    """(issued, expiry, events, cases) of ``count`` licenses in force on ``TODAY`` (a company's
    licenses are current ones), whose dates all lie in years chinese-calendar knows.

    Each step occurs several times more often than it does in life, so that every path is
    timed: a renewal is with the authority for a few months of its five years (here one
    license in ten), under 补正 for weeks (one in twenty), a decision not to renew is rare (one
    in twenty); one in five has a change open."""
    rng = random.Random(seed)
    first, last = TODAY.toordinal(), date(2026, 6, 30).toordinal()
    found = []
    for number in range(count):
        expiry = date.fromordinal(rng.randint(first, last))
        issued = expiry - timedelta(days=5 * 365)
        years = range(issued.year + 1, TODAY.year + 1)
        events = [HistoryEvent(ANNUAL_REPORT_FILED, date(year, 3, 10), {"year": year})
                  for year in years if rng.random() < 0.85]
        cases = []
        roll = rng.random()
        submitted = min(TODAY, expiry - timedelta(days=rng.randint(91, 170)))
        if roll < 0.10:
            cases.append(CaseFacts(number * 3, "renewal", "submitted", submitted_on=submitted))
        elif roll < 0.15:
            cases.append(CaseFacts(number * 3, "renewal", "correction", submitted_on=submitted,
                                   corrections=(Correction(submitted + timedelta(days=5)),)))
        elif roll < 0.20:
            events.append(HistoryEvent(RENEWAL_DECIDED, submitted, {"renew": False, "stop_date": None}))
        if rng.random() < 0.2:
            trigger = issued + timedelta(days=rng.randint(30, 1500))
            cases.append(CaseFacts(number * 3 + 1, "change", "open", change_kind="legal_rep", trigger_date=trigger))
        found.append((issued, expiry, events, cases))
    return found


def with_obligations(histories) -> list[tuple[list[date], date | None]]:
    calendar = WorkdayCalendar()
    out = []
    for issued, expiry, events, cases in histories:
        owed = obligations_of(issued=issued, expiry=expiry, events=events, cases=cases, calendar=calendar,
                              today=TODAY)
        act_by = [o.act_by for o in owed.items if o.kind != "expiry" and o.due.year <= LAST_KNOWN]
        safe = next((m.day for m in owed.milestones if m.key == "renewal_safe_date"), None)
        out.append((act_by, safe))
    return out


def run() -> list[Result]:
    histories = sample_histories()
    ours, computed = best_of(3, lambda: with_obligations(histories))
    # The legal days to find the act-by days of: the same obligations the function dated.
    calendar = WorkdayCalendar()
    legal_days = []
    for issued, expiry, events, cases in histories:
        owed = obligations_of(issued=issued, expiry=expiry, events=events, cases=cases, calendar=calendar,
                              today=TODAY)
        legal_days.append(([o.due for o in owed.items if o.kind != "expiry" and o.due.year <= LAST_KNOWN],
                           expiry if owed.milestones else None))

    def baseline() -> list[tuple[list[date], date | None]]:
        return [([chinese_calendar.find_workday(-1, due + timedelta(days=1)) for due in dues],
                 chinese_calendar.find_workday(-90, expiry) if expiry else None)
                for dues, expiry in legal_days]

    base, base_dates = best_of(1, baseline)
    identical = computed == base_dates
    dates = sum(len(act_by) + (safe is not None) for act_by, safe in computed)
    speedup = base / ours
    return [Result(
        name=f"obligations of {LICENSES:,} licenses with their histories (vs find_workday)",
        measured=ours, baseline=base, target="≥ 100× faster, identical dates",
        passed=identical and speedup >= 100,
        note=f"{speedup:.0f}× faster; {dates:,} dates, identical: {identical}",
    )]


if __name__ == "__main__":
    for result in run():
        print(f"{result.name}: {result.measured * 1000:.1f} ms vs {result.baseline * 1000:.1f} ms "
              f"— {result.note} — {'PASS' if result.passed else 'MISS'}")
