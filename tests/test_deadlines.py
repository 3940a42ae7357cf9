from datetime import date

import chinese_calendar
import pytest

from app.domain.deadlines import (
    CHANGE_KINDS,
    annual_reports,
    authority_expectations,
    change_deadline,
    compute_deadlines,
)
from app.domain.rules import CatalogueError, load_deadline_rules
from app.domain.status import status_for
from app.domain.workdays import WorkdayCalendar
from app.resources import catalogue_dir

CAL = WorkdayCalendar()


def test_renewal_dates_for_a_known_year():
    d = compute_deadlines(expiry=date(2026, 12, 31), issued=date(2021, 12, 31), calendar=CAL)
    assert d.renewal_legal_deadline.date == date(2026, 10, 2)
    assert d.renewal_last_working_day.date == date(2026, 9, 30)   # 1–7 Oct are National Day
    assert d.renewal_safe_date.date == chinese_calendar.find_workday(-90, date(2026, 12, 31))
    assert d.prepare_from.date == date(2026, 7, 4)
    assert d.cancellation_deadline.date == date(2026, 10, 2)
    assert not d.estimated
    assert all(x.source for x in d.renewal_deadlines())


def test_estimated_when_an_unknown_year_goes_in():
    d = compute_deadlines(expiry=date(2027, 3, 14), issued=date(2022, 3, 15), calendar=CAL)
    assert d.renewal_safe_date.estimated      # counts back through Jan–Mar 2027
    assert d.estimated
    assert not d.renewal_legal_deadline.estimated


def test_annual_reports_from_the_year_after_issue_to_the_expiry_year():
    reports = annual_reports(issued=date(2022, 3, 15), expiry=date(2027, 3, 14))
    assert [r.year for r in reports] == [2023, 2024, 2025, 2026, 2027]
    first = reports[0]
    assert (first.window_start, first.due, first.grace_until) == (
        date(2023, 1, 1), date(2023, 3, 31), date(2023, 4, 30))
    assert first.state(date(2023, 4, 2), filed=False) == "grace"
    assert first.state(date(2023, 5, 1), filed=False) == "missed"
    assert first.state(date(2023, 2, 1), filed=True) == "filed"
    assert first.state(date(2022, 12, 1), filed=False) == "not_open"


def test_issue_date_defaults_to_five_years_before_expiry():
    d = compute_deadlines(expiry=date(2028, 2, 29), calendar=CAL)
    assert d.issued == date(2023, 2, 28)


@pytest.mark.parametrize("kind, trigger_kind", [(k, v[1]) for k, v in CHANGE_KINDS.items()])
def test_change_deadline_is_thirty_days_after_the_trigger(kind, trigger_kind):
    deadline = change_deadline(kind=kind, trigger=date(2026, 9, 5), calendar=CAL)
    assert deadline.date == date(2026, 10, 5)
    assert ("第二十九条" in deadline.source) == (trigger_kind == "registration")


def test_a_change_of_registered_address_counts_from_the_decision_and_cites_its_sources():
    deadline = change_deadline(kind="address", trigger=date(2026, 11, 20), calendar=CAL)
    assert deadline.date == date(2026, 12, 20) and deadline.key == "change_address"
    assert deadline.label.startswith("注册住所变更：公司作出变更决定之日起 30 日内")
    assert "注册地址" in deadline.source and all(s in deadline.source for s in ("S0", "S2", "S3"))


def test_authority_expectations():
    notice, decision = authority_expectations(submitted=date(2026, 9, 28), calendar=CAL)
    assert notice.date == date(2026, 10, 10)   # 29, 30 Sep; 8, 9 Oct; 10 Oct is a Saturday worked
    assert decision.date == date(2026, 11, 27)


def test_next_deadline_order():
    d = compute_deadlines(expiry=date(2027, 3, 14), issued=date(2022, 3, 15), calendar=CAL)
    assert d.next_deadline(date(2026, 1, 5)).key == "annual_report_2026"
    assert d.next_deadline(date(2026, 1, 5), filed_years={2026}).key == "renewal_last_working_day"
    grace = d.next_deadline(date(2026, 4, 10))
    assert grace.key == "annual_report_2026" and grace.days_left(date(2026, 4, 10)) < 0
    assert d.next_deadline(date(2026, 5, 10)).key == "renewal_last_working_day"   # missed reports do not linger
    assert d.next_deadline(date(2026, 12, 20)).key == "renewal_legal_deadline"
    assert d.next_deadline(date(2027, 3, 20)).key == "expiry"


@pytest.mark.parametrize("days, status", [(-1, "overdue"), (0, "due30"), (30, "due30"),
                                          (31, "due90"), (90, "due90"), (91, "ok")])
def test_status_thresholds(days, status):
    assert status_for(days) == status


def test_malformed_rules_file_names_file_and_key(tmp_path):
    good = (catalogue_dir() / "deadlines.toml").read_text(encoding="utf-8")
    bad = tmp_path / "deadlines.toml"
    bad.write_text(good.replace("notice_days = 90 ", "notice_days = 'ninety' ", 1), encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"deadlines.toml.*renewal.notice_days"):
        load_deadline_rules(bad)
