from datetime import date

import chinese_calendar
import pytest

from app.domain.deadlines import (
    CHANGE_KINDS,
    annual_report_of,
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


def test_an_annual_reports_window():
    report = annual_report_of(2023)
    assert (report.window_start, report.due, report.grace_until) == (
        date(2023, 1, 1), date(2023, 3, 31), date(2023, 4, 30))
    assert report.label == "2023年年报（报告2022年度）"


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
