"""The deadlines that matter to one case (a procedure for a license), most binding first."""

from __future__ import annotations

from datetime import date

from app.domain.deadlines import CHANGE_KINDS, Deadline, LicenseDeadlines, change_deadline
from app.domain.license import parse_date
from app.domain.rules import DeadlineRules, default_rules
from app.domain.workdays import WorkdayCalendar


def case_deadlines(*, procedure: str, context: dict, deadlines: LicenseDeadlines,
                   calendar: WorkdayCalendar, rules: DeadlineRules | None = None) -> list[Deadline]:
    """Renewal: legal last day, last working day, safe date, expiry. Change: its 30-day limit.
    Annual report: the window and due date of the report year. Cancellation: 90 days before
    expiry. Replacement: the expiry (the license must still be valid). New application: none.
    """
    rules = rules or default_rules()
    if procedure == "renewal":
        return [deadlines.renewal_legal_deadline, deadlines.renewal_last_working_day,
                deadlines.renewal_safe_date, deadlines.expiry_deadline]
    if procedure == "change":
        return _change(context, calendar, rules)
    if procedure == "annual_report":
        return _annual_report(context, rules)
    if procedure == "cancellation":
        return [deadlines.cancellation_deadline, deadlines.expiry_deadline]
    if procedure == "replacement":
        return [deadlines.expiry_deadline]
    return []


def _change(context: dict, calendar: WorkdayCalendar, rules: DeadlineRules) -> list[Deadline]:
    kind, trigger = context.get("change_kind"), context.get("trigger_date")
    if kind not in CHANGE_KINDS or not trigger:
        return []
    legal = change_deadline(kind=kind, trigger=parse_date(trigger), calendar=calendar, rules=rules)
    practical = calendar.last_workday_on_or_before(legal.date)
    result = [legal]
    if practical.date != legal.date:
        result.append(Deadline("change_last_working_day", "变更实际最后提交日（最后一日或其前最后一个工作日）",
                               practical.date, legal.source, estimated=practical.estimated))
    return result


def _annual_report(context: dict, rules: DeadlineRules) -> list[Deadline]:
    year = context.get("report_year")
    if not isinstance(year, int):
        return []
    source = rules.sources["annual_report"]
    due = date(year, *rules.annual_due)
    return [
        Deadline("annual_report_due", f"{year}年年报截止（报告{year - 1}年度）", due, source),
        Deadline("annual_report_grace", "限期补报截止", date(year, *rules.annual_grace_until), source),
        Deadline("annual_report_open", "报送系统开放", date(year, *rules.annual_window_start), source,
                 hard=False),
    ]
