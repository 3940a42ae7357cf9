from dataclasses import replace
from datetime import date

from app.domain.license import parse_license
from app.domain.obligations import (
    ANNUAL_REPORT_FILED,
    CaseFacts,
    HistoryEvent,
    as_deadline,
    obligations_of,
)
from app.domain.reminders import reminders_for, triggered_lead_time
from app.domain.workdays import WorkdayCalendar
from app.operations import licenses as license_ops
from app.operations import obligations
from app.operations.reminders import due_reminders, reminders_quiet_on, set_reminders_quiet
from tests.conftest import VALID_LICENSE

CAL = WorkdayCalendar()


def _license(**changes):
    return replace(parse_license(VALID_LICENSE), id=1, **changes)


def _owed(license, today, filed=(), cases=()):
    events = [HistoryEvent(ANNUAL_REPORT_FILED, date(year, 3, 1), {"year": year}) for year in filed]
    return obligations_of(issued=license.issued, expiry=license.expiry, events=events, cases=cases,
                          calendar=CAL, today=today)


def _reminders(license, today, filed=(), cases=()):
    return reminders_for(license, _owed(license, today, filed, cases), today=today)


def test_the_smallest_lead_time_that_covers_the_days_left_is_the_trigger():
    leads = (180, 90, 30, 7)
    assert triggered_lead_time(45, leads) == 90
    assert triggered_lead_time(90, leads) == 90
    assert triggered_lead_time(91, leads) == 180
    assert triggered_lead_time(0, leads) == 7
    assert triggered_lead_time(181, leads) is None
    assert triggered_lead_time(-1, leads) is None


def test_reminders_name_license_deadline_date_days_left_and_lead_time():
    license = _license()   # expires 2027-03-14; 2027 has no published schedule (estimated)
    reminders = _reminders(license, date(2026, 10, 1), filed={2023, 2024, 2025, 2026})
    got = [(r.kind, r.date, r.days_left, r.lead_time, r.estimated) for r in reminders]
    assert got == [
        # counted through 2027, whose 元旦 and 春节 (5–12 February) are estimated non-working
        ("renewal_safe_date", date(2026, 10, 29), 28, 30, True),
        ("renewal", date(2026, 12, 14), 74, 90, False),
        ("expiry", date(2027, 3, 14), 164, 180, False),
        # prepare_from (2026-09-15) is past; the 2027 report (181 days) is not yet due
    ]
    assert all(r.license.number == "京B2-20190350" and not r.overdue for r in reminders)


def test_one_reminder_for_the_renewal_at_its_day_to_act_by():
    reminders = _reminders(_license(), date(2026, 12, 10), filed={2026})
    assert reminders[0].kind == "renewal" and reminders[0].lead_time == 7
    assert [r.kind for r in reminders].count("renewal") == 1
    assert "cancellation" not in [r.kind for r in reminders]


def test_lead_times_are_per_license():
    license = _license(lead_times=(10,))
    assert _reminders(license, date(2026, 11, 22), filed={2026}) == []
    reminders = _reminders(license, date(2026, 12, 10), filed={2026})
    assert [(r.kind, r.days_left, r.lead_time) for r in reminders] == [("renewal", 4, 10)]


def test_filed_annual_reports_are_not_reminded_and_unfiled_ones_in_april_are_overdue():
    license = _license()
    in_april = date(2026, 4, 10)
    unfiled = _reminders(license, in_april)
    grace = [r for r in unfiled if r.deadline.annual_year == 2026]
    assert len(grace) == 1 and grace[0].overdue and grace[0].lead_time is None
    assert grace[0].open_until == date(2026, 4, 30)
    assert grace[0].days_left == -10
    assert not [r for r in _reminders(license, in_april, filed={2026}) if r.deadline.annual_year == 2026]
    assert not [r for r in _reminders(license, date(2026, 5, 1)) if r.deadline.annual_year == 2026]


def test_nothing_is_due_far_from_every_deadline():
    license = _license(issued=date(2022, 3, 15), expiry=date(2027, 3, 14))
    assert _reminders(license, date(2023, 6, 1), filed={2023}) == []


def test_due_reminders_reads_the_store(store, valid_license_input):
    saved = license_ops.add_license(store, valid_license_input)
    license_ops.record_annual_report(store, saved.id, year=2026, filed_on=date(2026, 3, 1))
    reminders = due_reminders(store, date(2026, 11, 22))
    assert reminders[0].kind == "renewal"
    assert all(r.license.id == saved.id for r in reminders)
    assert not [r for r in reminders if r.deadline.annual_year == 2026]


def test_due_reminders_sorts_every_license_by_date(store, valid_license_input):
    license_ops.add_license(store, valid_license_input)
    license_ops.add_license(store, {**valid_license_input, "number": "粤B2-20120564",
                                   "company": "广州示例有限公司", "issued": "2021-12-01",
                                   "expiry": "2026-12-31", "credit_code": ""})
    reminders = due_reminders(store, date(2026, 11, 22))
    dates = [r.date for r in reminders]
    assert dates == sorted(dates)
    assert {r.license.number for r in reminders} == {"京B2-20190350", "粤B2-20120564"}


def test_quiet_for_today_only(store):
    today = date(2026, 11, 22)
    assert not reminders_quiet_on(store, today)
    set_reminders_quiet(store, today, True)
    assert reminders_quiet_on(store, today)
    assert not reminders_quiet_on(store, date(2026, 11, 23))
    set_reminders_quiet(store, today, False)
    assert not reminders_quiet_on(store, today)


def test_a_missed_renewal_is_reminded_until_expiry_then_the_expired_license():
    """The fifth finding: an expired license with nothing submitted was missing from reminders."""
    license = _license()      # legal last day 2026-12-14, expiry 2027-03-14
    reminders = _reminders(license, date(2027, 1, 4), filed={2026})
    missed = [r for r in reminders if r.kind == "renewal"]
    assert len(missed) == 1
    assert missed[0].overdue and missed[0].lead_time is None and missed[0].deadline.state == "missed"
    assert missed[0].days_left == -21 and missed[0].open_until == date(2027, 3, 14)
    assert "擅自经营" in missed[0].note
    after_expiry = _reminders(license, date(2027, 6, 1), filed={2026, 2027})
    assert [r.kind for r in after_expiry] == ["expiry"]
    assert after_expiry[0].deadline.state == "missed" and "不得经营" in after_expiry[0].note
    years_later = _reminders(license, date(2029, 6, 1), filed={2026, 2027})
    assert [r.kind for r in years_later] == ["expiry"]          # until the license is archived


def test_a_submitted_renewal_is_not_reminded_as_missed():
    """The second finding, in reminders."""
    license = _license(expiry=date(2027, 3, 1), issued=date(2022, 3, 2))
    submitted = CaseFacts(1, "renewal", "submitted", submitted_on=date(2026, 11, 20))
    reminders = _reminders(license, date(2026, 12, 5), filed={2026}, cases=[submitted])
    assert not [r for r in reminders if r.kind in ("renewal", "expiry")]
    assert not [r for r in reminders if r.overdue]


def test_reusing_the_overviews_gives_the_same_reminders(store, valid_license_input):
    license_ops.add_license(store, valid_license_input, past_reports="filed", today=date(2026, 10, 1))
    today = date(2026, 10, 1)
    rows = obligations.overviews(store, today=today)
    assert due_reminders(store, today, overviews=rows) == due_reminders(store, today)
    assert len(due_reminders(store, today)) == 3


def test_a_reminded_obligation_is_the_line_the_timeline_and_dashboard_show():
    license = _license()
    owed = _owed(license, date(2026, 12, 1))
    reminders = reminders_for(license, owed, today=date(2026, 12, 1))
    report = next(r for r in reminders if r.deadline.annual_year == 2027)
    assert report.deadline == as_deadline(owed.find("annual_report:2027"))
