"""What a license owes (app.domain.obligations): every rule of RULES.md §4, in the domain alone."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.obligations import (
    ANNUAL_REPORT_FILED,
    DONE,
    MISSED,
    OVERDUE,
    PAST_REPORTS_CONFIRMED,
    PENDING,
    RENEWAL_APPROVED,
    RENEWAL_DECIDED,
    SUBMITTED,
    CaseFacts,
    Correction,
    HistoryEvent,
    Milestone,
    obligations_of,
    report_years,
)
from app.domain.workdays import WorkdayCalendar

CAL = WorkdayCalendar()
ISSUED, EXPIRY = date(2022, 3, 15), date(2027, 3, 14)      # legal last day 2026-12-14 (a Monday)


def filed(*years: int) -> list[HistoryEvent]:
    return [HistoryEvent(ANNUAL_REPORT_FILED, date(year, 3, 10), {"year": year}) for year in years]


def owed_on(today: date, *, issued=ISSUED, expiry=EXPIRY, events=(), cases=()):
    return obligations_of(issued=issued, expiry=expiry, events=events, cases=cases, calendar=CAL, today=today)


def by_key(owed):
    return {o.key: o for o in owed.items}


# ---------------------------------------------------------------------------- annual reports
def test_a_report_is_owed_for_each_year_the_license_was_in_force_on_31_december():
    owed = owed_on(date(2026, 1, 5))
    assert [o.year for o in owed.annual_reports()] == [2023, 2024, 2025, 2026, 2027]
    assert list(report_years(date(2021, 12, 31), date(2026, 12, 31))) == [2022, 2023, 2024, 2025, 2026, 2027]


def test_a_report_is_pending_then_overdue_in_april_then_missed():
    def state(today):
        return by_key(owed_on(today, events=filed(2023, 2024, 2025)))["annual_report:2026"].state

    assert state(date(2026, 3, 31)) == PENDING
    assert state(date(2026, 4, 1)) == OVERDUE
    assert state(date(2026, 4, 30)) == OVERDUE
    assert state(date(2026, 5, 1)) == MISSED


def test_the_day_to_act_by_is_the_last_working_day_on_or_before_31_march():
    report = by_key(owed_on(date(2024, 1, 5), issued=date(2021, 1, 1), expiry=date(2025, 12, 31)))["annual_report:2024"]
    assert report.due == date(2024, 3, 31)          # a Sunday
    assert report.act_by == date(2024, 3, 29)       # the Friday before
    on_saturday = by_key(owed_on(date(2024, 3, 30), issued=date(2021, 1, 1), expiry=date(2025, 12, 31)))
    assert on_saturday["annual_report:2024"].state == OVERDUE     # still possible in April


def test_a_renewal_approved_in_january_keeps_that_years_report():
    """The first finding: approval overwrote 发证日期 and the 2027 report vanished."""
    approval = HistoryEvent(RENEWAL_APPROVED, date(2027, 1, 20), {
        "old_issued": "2022-03-15", "old_expiry": "2027-03-14", "new_issued": "2027-01-20",
        "new_expiry": "2032-03-14"})
    owed = owed_on(date(2027, 2, 1), issued=date(2027, 1, 20), expiry=date(2032, 3, 14),
                   events=[approval, *filed(2023, 2024, 2025, 2026)],
                   cases=[CaseFacts(1, "renewal", "approved", submitted_on=date(2026, 11, 20),
                                    closed_on=date(2027, 1, 20), old_expiry=EXPIRY)])
    reports = {o.year: o.state for o in owed.annual_reports()}
    assert reports[2027] == PENDING
    assert reports == {2023: DONE, 2024: DONE, 2025: DONE, 2026: DONE, 2027: PENDING, 2028: PENDING,
                       2029: PENDING, 2030: PENDING, 2031: PENDING, 2032: PENDING}
    assert owed.next_action(date(2027, 2, 1)).key == "annual_report:2027"
    assert by_key(owed)["renewal:2027-03-14"].state == DONE      # the term that ended, in the history


def test_a_license_that_ended_before_31_december_owes_nothing_for_the_next_year():
    # expired 2026-10-01 with nothing submitted: no 2027 report
    owed = owed_on(date(2026, 12, 5), issued=date(2021, 10, 2), expiry=date(2026, 10, 1))
    assert max(o.year for o in owed.annual_reports()) == 2026
    # cancelled (注销 done) on 2026-06-30, though the certificate ran to 2027
    cancelled = CaseFacts(3, "cancellation", "closed", submitted_on=date(2026, 3, 1), closed_on=date(2026, 6, 30))
    owed = owed_on(date(2026, 12, 5), cases=[cancelled], events=filed(2023, 2024, 2025, 2026))
    assert max(o.year for o in owed.annual_reports()) == 2026
    assert not [o for o in owed.items if o.kind == "renewal"]
    assert owed.ended_on == date(2026, 6, 30)


def test_past_reports_confirmed_at_registration_are_done():
    confirmed = HistoryEvent(PAST_REPORTS_CONFIRMED, date(2026, 12, 5), {"filed": True, "years": [2023, 2024, 2025]})
    owed = owed_on(date(2026, 12, 5), events=[confirmed])
    states = {o.year: o.state for o in owed.annual_reports()}
    assert states[2023] == states[2024] == states[2025] == DONE
    assert states[2026] == MISSED           # not part of the answer: still as recorded
    unconfirmed = HistoryEvent(PAST_REPORTS_CONFIRMED, date(2026, 12, 5), {"filed": False, "years": [2023]})
    assert by_key(owed_on(date(2026, 12, 5), events=[unconfirmed]))["annual_report:2023"].state == MISSED


# ---------------------------------------------------------------------------- renewal
def renewal(owed):
    return next(o for o in owed.items if o.kind == "renewal" and o.state != DONE)


def test_a_renewal_is_pending_overdue_on_a_weekend_before_its_legal_day_then_missed():
    expiry = date(2027, 3, 6)       # legal last day 2026-12-06, a Sunday: act by Friday 2026-12-04
    item = renewal(owed_on(date(2026, 12, 1), expiry=expiry))
    assert (item.due, item.act_by, item.state) == (date(2026, 12, 6), date(2026, 12, 4), PENDING)
    assert renewal(owed_on(date(2026, 12, 5), expiry=expiry)).state == OVERDUE
    assert renewal(owed_on(date(2026, 12, 7), expiry=expiry)).state == MISSED


def test_until_it_decides_one_item_covers_renewing_and_reporting_the_stop():
    item = renewal(owed_on(date(2026, 6, 1)))
    assert "续期" in item.title and "不再续期" in item.title
    started = CaseFacts(1, "renewal", "open")
    assert "不再续期" not in renewal(owed_on(date(2026, 6, 1), cases=[started])).title


def test_a_renewal_submitted_in_time_is_met_and_never_missed():
    """The second finding: submitted 2026-11-20, legal last day 2026-12-01, reported missed on 12-05."""
    expiry = date(2027, 3, 1)
    submitted = CaseFacts(1, "renewal", "submitted", submitted_on=date(2026, 11, 20))
    owed = owed_on(date(2026, 12, 5), expiry=expiry, events=filed(2023, 2024, 2025, 2026), cases=[submitted])
    item = renewal(owed)
    assert item.state == SUBMITTED and item.note == ""
    assert by_key(owed)[f"expiry:{expiry.isoformat()}"].state == SUBMITTED
    assert owed.milestones == ()
    assert owed.next_action(date(2026, 12, 5)).key == "annual_report:2027"


def test_no_decision_by_the_expiry_counts_as_renewed():
    expiry = date(2027, 3, 1)
    submitted = CaseFacts(1, "renewal", "submitted", submitted_on=date(2026, 11, 20))
    owed = owed_on(date(2027, 4, 1), expiry=expiry, events=filed(2023, 2024, 2025, 2026), cases=[submitted])
    assert renewal(owed).state == SUBMITTED
    assert "第五十条" in renewal(owed).note
    assert by_key(owed)["expiry:2027-03-01"].state == SUBMITTED
    assert 2028 in [o.year for o in owed.annual_reports()]      # the license goes on


def test_a_late_submission_is_recorded_with_a_plain_warning():
    submitted = CaseFacts(1, "renewal", "submitted", submitted_on=date(2026, 12, 20))
    item = renewal(owed_on(date(2026, 12, 21), cases=[submitted]))
    assert item.state == SUBMITTED
    assert "可能不予受理" in item.note and "2026-12-14" in item.note


def test_a_missed_renewal_says_what_follows_and_the_license_then_expires():
    before = owed_on(date(2027, 1, 5), events=filed(2023, 2024, 2025, 2026))
    assert renewal(before).state == MISSED
    assert "擅自经营" in renewal(before).note and "重新申请" in renewal(before).note
    assert before.next_action(date(2027, 1, 5)).kind == "renewal"
    after = owed_on(date(2027, 3, 20), events=filed(2023, 2024, 2025, 2026))
    expired = by_key(after)["expiry:2027-03-14"]
    assert expired.state == MISSED and "不得经营" in expired.note
    assert after.next_action(date(2027, 3, 20)).key == "expiry:2027-03-14"


def test_deciding_not_to_renew_leaves_only_the_cancellation_report():
    decided = HistoryEvent(RENEWAL_DECIDED, date(2026, 6, 1), {"renew": False, "stop_date": None})
    owed = owed_on(date(2026, 6, 2), events=[decided])
    assert owed.not_renewing
    assert not [o for o in owed.items if o.kind == "renewal" and o.state != DONE]
    report = owed.find("cancellation")
    assert report.due == date(2026, 12, 14) and report.state == PENDING
    assert owed.milestones == ()
    back = HistoryEvent(RENEWAL_DECIDED, date(2026, 6, 3), {"renew": True})
    again = owed_on(date(2026, 6, 4), events=[decided, back])
    assert not again.not_renewing and renewal(again).state == PENDING and again.find("cancellation") is None


def test_a_planned_stop_moves_the_cancellation_report():
    decided = HistoryEvent(RENEWAL_DECIDED, date(2026, 1, 10), {"renew": False, "stop_date": "2026-09-30"})
    report = owed_on(date(2026, 1, 11), events=[decided]).find("cancellation")
    assert report.due == date(2026, 7, 2)


def test_the_next_thing_to_do_includes_the_planning_dates_before_it():
    """The third finding: the renewal 104 days away was shown while preparation began in 16."""
    today = date(2026, 9, 1)
    owed = owed_on(today, events=filed(2023, 2024, 2025, 2026))
    upcoming = owed.next_action(today)
    assert isinstance(upcoming, Milestone) and upcoming.key == "prepare_from"
    assert upcoming.day == date(2026, 9, 15)
    later = date(2026, 9, 20)
    assert owed_on(later, events=filed(2023, 2024, 2025, 2026)).next_action(later).key == "renewal_safe_date"


def test_overdue_comes_first():
    today = date(2026, 4, 10)
    owed = owed_on(today, events=filed(2023, 2024, 2025))
    assert owed.next_action(today).key == "annual_report:2026"


# ---------------------------------------------------------------------------- 补正 and changes
def test_a_correction_creates_a_reply_obligation_by_its_date():
    case = CaseFacts(1, "renewal", "correction", submitted_on=date(2026, 10, 10),
                     corrections=(Correction(date(2026, 10, 15), date(2026, 11, 15)),))
    owed = owed_on(date(2026, 10, 20), cases=[case])
    reply = owed.find("correction:1:1")
    assert (reply.due, reply.state, reply.case) == (date(2026, 11, 15), PENDING, 1)
    assert renewal(owed).state == SUBMITTED                  # the renewal is still met
    done = case._replace(status="submitted", corrections=(Correction(date(2026, 10, 15), date(2026, 11, 15),
                                                                     date(2026, 11, 1)),))
    assert owed_on(date(2026, 11, 2), cases=[done]).find("correction:1:1").state == DONE


def test_a_correction_close_to_expiry_warns_of_refusal():
    case = CaseFacts(1, "renewal", "correction", submitted_on=date(2026, 12, 1),
                     corrections=(Correction(date(2027, 2, 20)),))
    reply = owed_on(date(2027, 2, 21), cases=[case]).find("correction:1:1")
    assert reply.due == date(2027, 3, 13)                 # no date on the notice, already inside 30 days
    assert "不予续期的风险" in reply.note


def test_a_change_is_owed_30_days_from_its_trigger_and_met_once_submitted():
    case = CaseFacts(5, "change", "open", change_kind="legal_rep", trigger_date=date(2026, 11, 20))
    change = owed_on(date(2026, 11, 22), cases=[case]).find("change:5")
    assert change.due == date(2026, 12, 20)                 # a Sunday
    assert change.act_by == date(2026, 12, 18)
    assert change.state == PENDING
    assert owed_on(date(2026, 12, 21), cases=[case]).find("change:5").state == OVERDUE      # late, still possible
    assert owed_on(date(2026, 12, 21), cases=[case._replace(status="submitted")]).find("change:5").state == SUBMITTED
    assert owed_on(date(2027, 1, 5), cases=[case._replace(status="approved")]).find("change:5").state == DONE
    assert owed_on(date(2027, 1, 5), cases=[case._replace(status="withdrawn")]).find("change:5") is None


# ---------------------------------------------------------------------------- properties
@st.composite
def histories(draw):
    expiry = draw(st.dates(min_value=date(2010, 1, 1), max_value=date(2034, 12, 31)))
    issued = expiry - timedelta(days=draw(st.integers(min_value=300, max_value=6 * 366)))
    today = draw(st.dates(min_value=issued, max_value=expiry + timedelta(days=500)))
    legal = expiry - timedelta(days=90)
    events = []
    years = list(range(issued.year + 1, expiry.year + 3))
    for year in draw(st.sets(st.sampled_from(years))) if years else ():
        events.append(HistoryEvent(ANNUAL_REPORT_FILED, date(year, 3, 10), {"year": year}))
    cases = []
    status = draw(st.sampled_from(["none", "open", "submitted", "correction", "withdrawn"]))
    submitted_on = draw(st.dates(min_value=issued, max_value=expiry + timedelta(days=30)))
    if status != "none":
        corrections = ()
        if status == "correction":
            corrections = (Correction(submitted_on + timedelta(days=draw(st.integers(0, 20)))),)
        cases.append(CaseFacts(1, "renewal", status, submitted_on=submitted_on if status != "open" else None,
                               corrections=corrections))
    if draw(st.booleans()):
        events.append(HistoryEvent(RENEWAL_DECIDED, draw(st.dates(min_value=issued, max_value=legal)),
                                   {"renew": draw(st.booleans()), "stop_date": None}))
    if draw(st.booleans()):
        trigger = draw(st.dates(min_value=issued, max_value=expiry))
        cases.append(CaseFacts(2, "change", draw(st.sampled_from(["open", "submitted", "approved"])),
                               change_kind="legal_rep", trigger_date=trigger))
    if draw(st.booleans()):
        cases.append(CaseFacts(3, "cancellation", draw(st.sampled_from(["open", "submitted", "closed"])),
                               closed_on=draw(st.dates(min_value=issued, max_value=expiry))))
    return issued, expiry, today, events, cases


@settings(max_examples=400, deadline=None)
@given(histories())
def test_obligations_hold_together_whatever_happened(history):
    issued, expiry, today, events, cases = history
    owed = owed_on(today, issued=issued, expiry=expiry, events=events, cases=cases)
    keys = [o.key for o in owed.items]
    assert len(keys) == len(set(keys))                           # nothing in two states
    assert all(o.act_by <= o.due for o in owed.items)
    assert all(CAL.is_workday(o.act_by) or o.kind == "expiry" for o in owed.items)
    # no owed report dropped: every year the license was in force on 31 December
    ended = owed.ended_on or expiry
    end = min(ended, expiry)
    owed_years = {o.year for o in owed.annual_reports()}
    assert set(report_years(issued, end)) <= owed_years
    # a renewal submitted in time is never missed
    in_time = [c for c in cases if c.procedure == "renewal" and c.status in ("submitted", "correction")
               and c.submitted_on <= expiry - timedelta(days=90)]
    if in_time:
        assert all(o.state != MISSED for o in owed.items if o.kind in ("renewal", "expiry"))
    assert owed.next_action(today) is not None


@settings(max_examples=300, deadline=None)
@given(histories(), st.integers(min_value=0, max_value=400))
def test_what_is_owed_holds_through_the_day_given(history, later):
    """What the dashboard's kept rows rely on: nothing changes before the day after ``through``."""
    issued, expiry, today, events, cases = history
    owed = owed_on(today, issued=issued, expiry=expiry, events=events, cases=cases)
    through = owed.through(today)
    assert through >= today
    day = min(today + timedelta(days=later), through)
    again = owed_on(day, issued=issued, expiry=expiry, events=events, cases=cases)
    assert [(o.key, o.state) for o in again.items] == [(o.key, o.state) for o in owed.items]
    assert again.next_action(day) == owed.next_action(today)


@pytest.mark.parametrize("expiry", [date(2027, 1, 1), date(2026, 12, 31)])
def test_expiry_at_the_turn_of_the_year(expiry):
    years = [o.year for o in owed_on(date(2026, 6, 1), expiry=expiry, issued=expiry.replace(year=2022)).annual_reports()]
    assert (2027 in years) is True            # in force on 2026-12-31 either way


@settings(max_examples=300, deadline=None)
@given(histories(), st.sampled_from(["renewal", "change", "cancellation", "annual_report"]),
       st.sampled_from(["withdrawn", "cancelled"]), st.booleans())
def test_a_withdrawn_case_owes_nothing_and_frees_its_procedure(history, procedure, status, was_submitted):
    """A case given up (撤回) counts as if it had never been: what it met is owed again."""
    issued, expiry, today, events, cases = history
    given_up = CaseFacts(99, procedure, status, change_kind="legal_rep", trigger_date=issued + timedelta(days=30),
                         submitted_on=issued + timedelta(days=40) if was_submitted else None,
                         closed_on=issued + timedelta(days=50))
    alone = owed_on(today, issued=issued, expiry=expiry, events=events, cases=cases)
    with_it = owed_on(today, issued=issued, expiry=expiry, events=events, cases=[*cases, given_up])
    assert with_it == alone
