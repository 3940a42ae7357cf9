"""The dashboard's rows: the next deadline computed alone equals the full computation."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.deadlines import NextDeadlineFinder, compute_deadlines, next_deadline
from app.domain.workdays import WorkdayCalendar
from app.operations import dashboard as dashboard_ops
from app.operations import licenses as license_ops
from app.storage import events

CAL = WorkdayCalendar()


@st.composite
def cases(draw):
    expiry = draw(st.dates(min_value=date(2008, 1, 1), max_value=date(2034, 12, 31)))
    issued = expiry - timedelta(days=draw(st.integers(min_value=1, max_value=6 * 366)))
    today = draw(st.dates(min_value=issued - timedelta(days=30), max_value=expiry + timedelta(days=400)))
    years = list(range(issued.year + 1, expiry.year + 1))
    filed = draw(st.sets(st.sampled_from(years))) if years else set()
    return expiry, issued, today, filed


@settings(max_examples=400, deadline=None)
@given(cases())
def test_next_deadline_alone_equals_the_full_computation(case):
    expiry, issued, today, filed = case
    full = compute_deadlines(expiry=expiry, issued=issued, calendar=CAL).next_deadline(today, filed_years=filed)
    assert next_deadline(expiry=expiry, issued=issued, today=today, calendar=CAL, filed_years=filed) == full
    recent = {y for y in filed if y >= today.year}     # what the dashboard reads from storage
    assert next_deadline(expiry=expiry, issued=issued, today=today, calendar=CAL, filed_years=recent) == full


@settings(max_examples=600, deadline=None)
@given(cases(), st.integers(min_value=0, max_value=400))
def test_the_next_deadline_holds_through_the_day_given(case, later):
    """What a cache relies on: on every day up to the one given, the answer is the same."""
    expiry, issued, today, filed = case
    recent = {y for y in filed if y >= today.year}
    answer, through = NextDeadlineFinder(calendar=CAL, today=today).next_deadline_through(
        expiry=expiry, issued=issued, filed_years=recent)
    assert through >= today
    day = min(today + timedelta(days=later), through)
    assert next_deadline(expiry=expiry, issued=issued, today=day, calendar=CAL, filed_years=filed) == answer
    after = through + timedelta(days=1)     # the day after: often another answer (never required)
    assert next_deadline(expiry=expiry, issued=issued, today=after, calendar=CAL, filed_years=filed) is not None


@pytest.mark.parametrize("today, expiry, through", [
    (date(2026, 5, 10), date(2029, 6, 30), date(2026, 12, 31)),   # past the grace month: to year end
    (date(2026, 1, 5), date(2029, 6, 30), date(2026, 3, 31)),     # before the annual due day
    (date(2026, 4, 10), date(2029, 6, 30), date(2026, 4, 30)),    # in the grace month
    (date(2026, 11, 22), date(2027, 3, 14), date(2026, 12, 14)),  # to the renewal's last working day
    (date(2026, 12, 20), date(2027, 3, 14), date(2026, 12, 31)),  # overdue renewal: to year end
])
def test_how_long_an_answer_holds(today, expiry, through):
    finder = NextDeadlineFinder(calendar=CAL, today=today)
    issued = expiry.replace(year=expiry.year - 5)
    assert finder.next_deadline_through(expiry=expiry, issued=issued)[1] == through


@pytest.mark.parametrize("today, key", [
    (date(2026, 4, 10), "annual_report_2026"),        # April: the unfiled 2026 report comes first
    (date(2026, 11, 22), "renewal_last_working_day"),  # legal last day 2026-12-14 is a Monday
    (date(2026, 12, 20), "renewal_legal_deadline"),    # past the legal last day: overdue
    (date(2027, 3, 20), "expiry"),
])
def test_what_comes_next(today, key):
    deadline = next_deadline(expiry=date(2027, 3, 14), issued=date(2022, 3, 15), today=today,
                             calendar=CAL, filed_years={2023, 2024, 2025})
    assert deadline.key == key


def test_an_annual_report_due_on_the_renewal_day_comes_first():
    # 有效期至 2026-06-29: the legal last day is 2026-03-31, the day the 2026 report is due.
    deadline = next_deadline(expiry=date(2026, 6, 29), issued=date(2021, 6, 30),
                             today=date(2026, 3, 1), calendar=CAL)
    assert deadline.key == "annual_report_2026"
    assert next_deadline(expiry=date(2026, 6, 29), issued=date(2021, 6, 30), today=date(2026, 3, 1),
                         calendar=CAL, filed_years={2026}).key == "renewal_last_working_day"


def test_dashboard_equals_the_overviews(store, valid_license_input):
    saved = license_ops.add_license(store, valid_license_input)
    license_ops.add_license(store, {**valid_license_input, "number": "B2-20110196", "scope": "national",
                                   "company": "全网示范有限公司", "expiry": "2026-12-01",
                                   "issued": "2021-12-02"})
    license_ops.record_annual_report(store, saved.id, year=2026, filed_on=date(2026, 3, 2),
                                    today=date(2026, 4, 10))
    for today in (date(2026, 4, 10), date(2026, 11, 22), date(2027, 1, 5)):
        rows = {r.license_id: r for r in dashboard_ops.dashboard(store, today=today)}
        for ov in license_ops.overviews(store, today=today):
            row = rows[ov.license.id]
            assert (row.number, row.company, row.expiry) == (ov.license.number, ov.license.company, ov.license.expiry)
            assert (row.next_deadline, row.days_left, row.status) == (ov.next_deadline, ov.days_left, ov.status)


def test_filed_years_since_a_year(store, valid_license_input):
    saved = license_ops.add_license(store, valid_license_input)
    for year in (2023, 2024, 2026):
        license_ops.record_annual_report(store, saved.id, year=year, filed_on=date(year, 3, 1),
                                        today=date(2026, 11, 22))
    assert events.filed_years_by_license(store) == {saved.id: {2023, 2024, 2026}}
    assert events.filed_years_by_license(store, since_year=2025) == {saved.id: {2026}}
