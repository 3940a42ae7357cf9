"""The dashboard's rows: each license's next thing to do, read from what it owes, kept for the
next start only while it is still right — every step a company takes changes it."""

from datetime import date

from app.domain.workdays import WorkdayCalendar
from app.operations import cases as case_ops
from app.operations import dashboard as dashboard_ops
from app.operations import licenses as license_ops
from app.operations import obligations, steps
from app.storage import holidays


def test_dashboard_equals_the_overviews(store, valid_license_input):
    saved = license_ops.add_license(store, valid_license_input)
    license_ops.add_license(store, {**valid_license_input, "number": "B2-20110196", "scope": "national",
                                   "company": "全网示范有限公司", "expiry": "2026-12-01",
                                   "issued": "2021-12-02"})
    license_ops.record_annual_report(store, saved.id, year=2026, filed_on=date(2026, 3, 2),
                                     today=date(2026, 4, 10))
    renewal = case_ops.start_case(store, saved.id, "renewal")
    steps.submit(store, renewal.id, on="2026-11-20", today=date(2026, 11, 20))
    for today in (date(2026, 4, 10), date(2026, 11, 22), date(2027, 1, 5)):
        rows = {r.license_id: r for r in dashboard_ops.dashboard(store, today=today)}
        for ov in obligations.overviews(store, today=today):
            row = rows[ov.license.id]
            assert (row.number, row.company, row.expiry) == (ov.license.number, ov.license.company, ov.license.expiry)
            assert (row.next_deadline, row.days_left, row.status) == (ov.next_deadline, ov.days_left, ov.status)


def kept_then_read(store, today):
    rows = dashboard_ops.dashboard_rows(store, today=today)
    dashboard_ops.keep_dashboard(store, rows, today=today)
    return dashboard_ops.dashboard_rows(store, today=today)


def computed(store, today):
    calendar = WorkdayCalendar(holidays.load_schedules(store), first_year=today.year - 2, last_year=today.year + 7)
    return dashboard_ops.dashboard_rows(store, today=today, calendar=calendar).lines


def test_every_step_the_company_takes_sets_the_kept_row_aside(store, valid_license_input):
    """A stale kept row is a wrong date on screen: after each step the row shown is the one
    computed afresh."""
    today = date(2026, 11, 22)
    saved = license_ops.add_license(store, valid_license_input, today=today)
    case = case_ops.start_case(store, saved.id, "renewal")
    moves = [
        lambda: license_ops.confirm_past_reports(store, saved.id, filed=True, today=today),
        lambda: steps.submit(store, case.id, on="2026-11-20", today=today),
        lambda: steps.record_correction(store, case.id, notice_date="2026-11-21", reply_by="2026-12-04", today=today),
        lambda: steps.resubmit(store, case.id, on="2026-11-22", today=today),
        lambda: steps.approve_renewal(store, case.id, approved_on="2026-11-22", new_issued="2026-11-22",
                                      new_expiry="2032-03-14", today=today),
        lambda: steps.decide_not_renewing(store, saved.id, on="2026-11-22", today=today),
        lambda: steps.decide_renewing(store, saved.id, on="2026-11-22", today=today),
    ]
    seen = set()
    for move in moves:
        before = kept_then_read(store, today)
        assert before.computed == 0                  # the row kept is the one shown
        move()
        after = dashboard_ops.dashboard_rows(store, today=today)
        assert after.computed == 1                   # set aside by the step, computed again
        assert after.lines == computed(store, today)
        seen.add(after.lines[0].next_deadline.key)
    assert len(seen) >= 3                            # the steps really changed what comes next


def test_a_submitted_renewal_is_not_shown_as_overdue(store, valid_license_input):
    """The second finding, on the dashboard: submitted in time, then the legal last day passes."""
    saved = license_ops.add_license(store, {**valid_license_input, "expiry": "2027-03-01", "issued": "2022-03-02"},
                                    past_reports="filed", today=date(2026, 11, 1))
    case = case_ops.start_case(store, saved.id, "renewal")
    steps.submit(store, case.id, on="2026-11-20", today=date(2026, 11, 20))
    row = kept_then_read(store, date(2026, 12, 5)).lines[0]
    assert row.next_deadline.key == "annual_report:2027" and row.status != "overdue"
