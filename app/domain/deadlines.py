"""Every statutory deadline of a license (RULES.md §2), each with its source.

A deadline carries ``estimated`` when a year without a known holiday schedule went into it.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from app.domain.deadline_item import Deadline
from app.domain.rules import DeadlineRules, default_rules
from app.domain.workdays import WorkdayCalendar


@dataclass(frozen=True)
class AnnualReport:
    """The annual report filed in ``year`` (on the year before)."""

    year: int
    window_start: date
    due: date
    grace_until: date
    source: str

    @property
    def label(self) -> str:
        return f"{self.year}年年报（报告{self.year - 1}年度）"

    def state(self, today: date, *, filed: bool) -> str:
        """'filed', 'not_open', 'open', 'grace' (April: 限期补报) or 'missed'."""
        if filed:
            return "filed"
        if today < self.window_start:
            return "not_open"
        if today <= self.due:
            return "open"
        if today <= self.grace_until:
            return "grace"
        return "missed"


@dataclass(frozen=True)
class LicenseDeadlines:
    expiry: date
    issued: date
    renewal_legal_deadline: Deadline
    renewal_last_working_day: Deadline
    renewal_safe_date: Deadline
    prepare_from: Deadline
    cancellation_deadline: Deadline
    expiry_deadline: Deadline
    annual_reports: tuple[AnnualReport, ...] = field(default_factory=tuple)

    @property
    def estimated(self) -> bool:
        return any(d.estimated for d in self.renewal_deadlines())

    def renewal_deadlines(self) -> list[Deadline]:
        return [self.prepare_from, self.renewal_safe_date, self.renewal_last_working_day,
                self.renewal_legal_deadline, self.cancellation_deadline, self.expiry_deadline]

    def timeline(self, *, filed_years: Iterable[int] = ()) -> list[Deadline]:
        """Every dated item, in date order; annual reports already filed are left out."""
        filed = set(filed_years)
        items = list(self.renewal_deadlines())
        for report in self.annual_reports:
            if report.year not in filed:
                items.append(Deadline(
                    key=f"annual_report_{report.year}", label=report.label, date=report.due,
                    source=report.source, annual_year=report.year))
        return sorted(items, key=lambda d: (d.date, d.key))

    def next_deadline(self, today: date, *, filed_years: Iterable[int] = ()) -> Deadline:
        """The most urgent thing to act on, with negative days when it is overdue (see _next_key)."""
        reports = self.annual_reports
        if reports:
            first = reports[0]
            cycle = _ReportCycle.on(today, due_md=(first.due.month, first.due.day),
                                    grace_md=(first.grace_until.month, first.grace_until.day))
            years = range(first.year, reports[-1].year + 1)
        else:
            cycle, years = _ReportCycle(None, today.year, (1, 1)), range(0)
        key, year = _next_key(today, expiry=self.expiry, legal=self.renewal_legal_deadline.date,
                              last_working=self.renewal_last_working_day.date, years=years,
                              filed=set(filed_years), cycle=cycle)
        if year is not None:
            return next(d for d in self.timeline() if d.annual_year == year)
        return self.expiry_deadline if key == "expiry" else getattr(self, key)


class _ReportCycle(NamedTuple):
    """Where a day stands in the yearly annual-report cycle.

    A report of year Y is due on ``due_md`` of Y and may be filed late until the grace day
    of Y, so on any day at most one report (this year's) is in its grace month, and the
    reports still to come are those from ``first_due_year`` on.
    """

    grace_year: int | None
    first_due_year: int
    due_md: tuple[int, int]

    @classmethod
    def on(cls, today: date, *, due_md: tuple[int, int], grace_md: tuple[int, int]) -> _ReportCycle:
        due = date(today.year, *due_md)
        in_grace = due < today <= date(today.year, *grace_md)
        return cls(today.year if in_grace else None,
                   today.year if today <= due else today.year + 1, due_md)

    @staticmethod
    def last_day_of(today: date, *, due_md: tuple[int, int], grace_md: tuple[int, int]) -> date:
        """The last day of the stretch of the cycle ``today`` is in (before or on the due day,
        in the grace month, or after it until the year ends): ``on`` gives the same until then."""
        due, grace = date(today.year, *due_md), date(today.year, *grace_md)
        if today <= due:
            return due
        if today <= grace:
            return grace
        return date(today.year, 12, 31)


def _next_key(today: date, *, expiry: date, legal: date, last_working: date, years: range,
              filed: Set[int], cycle: _ReportCycle) -> tuple[str, int | None]:
    """Which deadline comes next: (key, None), or ("annual_report", year).

    ``years``: the filing years of the license's annual reports; ``filed``: those filed.
    An unfiled annual report in its grace month (April) comes first; a report already missed
    can no longer be filed, so it is left to the renewal self-check. After the renewal
    deadline, the renewal is overdue until expiry; after expiry, the expiry itself is shown.
    Otherwise: the earliest hard deadline from today on (by date, then key), leaving out the
    planning dates and the cancellation notice.
    """
    grace = cycle.grace_year
    if grace is not None and grace in years and grace not in filed:
        return "annual_report", grace
    if today > expiry:
        return "expiry", None
    if today > legal:
        return "renewal_legal_deadline", None
    best = min((expiry, "expiry"), (legal, "renewal_legal_deadline"))
    if last_working >= today:
        best = min(best, (last_working, "renewal_last_working_day"))
    year = max(cycle.first_due_year, years.start)
    while year in filed:
        year += 1
    if year in years and date(year, *cycle.due_md) <= best[0]:   # "annual_report_…" sorts first
        return "annual_report", year
    return best[1], None


def next_deadline(*, expiry: date, issued: date, today: date, calendar: WorkdayCalendar,
                  filed_years: Iterable[int] = (), rules: DeadlineRules | None = None) -> Deadline:
    """The same answer as ``compute_deadlines(...).next_deadline(...)``, computing only it."""
    finder = NextDeadlineFinder(calendar=calendar, today=today, rules=rules)
    return finder.next_deadline(expiry=expiry, issued=issued, filed_years=set(filed_years))


class NextDeadlineFinder:
    """The next deadline of many licenses on one day, computing only that date of each.

    The dashboard lists thousands of licenses and needs only this one date of each; what
    they have in common (the annual-report cycle, labels, sources) is worked out once.
    ``filed_years`` only needs the years from ``today.year`` on: earlier ones never count.
    """

    def __init__(self, *, calendar: WorkdayCalendar, today: date, rules: DeadlineRules | None = None):
        self.calendar = calendar
        self.today = today
        self.rules = rules = rules or default_rules()
        self._labels = _labels(rules)
        self._notice = timedelta(days=rules.renewal_notice_days)
        self._cycle = _ReportCycle.on(today, due_md=rules.annual_due, grace_md=rules.annual_grace_until)
        self._cycle_through = _ReportCycle.last_day_of(today, due_md=rules.annual_due,
                                                       grace_md=rules.annual_grace_until)
        self._annual: dict[int, Deadline] = {}

    def next_deadline(self, *, expiry: date, issued: date, filed_years: Set[int] = frozenset()) -> Deadline:
        return self.next_deadline_through(expiry=expiry, issued=issued, filed_years=filed_years)[0]

    def next_deadline_through(self, *, expiry: date, issued: date,
                              filed_years: Set[int] = frozenset()) -> tuple[Deadline, date]:
        """The next deadline, and the last day from today on that it stays the answer.

        The answer changes only on the day after one of the dates that ``_next_key`` compares
        today with (expiry, the renewal dates, the annual-report cycle's dates), as long as the
        license, its filed reports and the calendar stay the same: a cache keeps it until then.
        """
        today, rules = self.today, self.rules
        legal = expiry - self._notice
        last_working = None if today > legal else self.calendar.last_workday_on_or_before(legal)
        key, year = _next_key(today, expiry=expiry, legal=legal,
                              last_working=last_working.date if last_working else legal,
                              years=range(issued.year + 1, expiry.year + 1), filed=filed_years,
                              cycle=self._cycle)
        through = self._cycle_through
        for day in (expiry, legal, last_working.date if last_working else None):
            if day is not None and today <= day < through:
                through = day
        if year is not None:
            deadline = self._annual.get(year)
            if deadline is None:
                deadline = self._annual[year] = _annual_deadline(year, rules)
            return deadline, through
        if key == "renewal_last_working_day":
            return Deadline(key, self._labels[key], last_working.date,
                            rules.sources["renewal_last_working_day"], estimated=last_working.estimated), through
        if key == "renewal_legal_deadline":
            return Deadline(key, self._labels[key], legal, rules.sources["renewal_legal"]), through
        return Deadline("expiry", self._labels["expiry"], expiry, rules.sources["expiry"]), through


def _annual_deadline(year: int, rules: DeadlineRules) -> Deadline:
    report = _annual_reports(year - 1, year, rules)[0]
    return Deadline(key=f"annual_report_{year}", label=report.label, date=report.due,
                    source=report.source, annual_year=year)


def compute_deadlines(*, expiry: date, issued: date | None = None,
                      calendar: WorkdayCalendar, rules: DeadlineRules | None = None) -> LicenseDeadlines:
    rules = rules or default_rules()
    src = rules.sources
    labels = _labels(rules)
    if issued is None:
        issued = _years_before(expiry, rules.expiry_years)
    legal = expiry - timedelta(days=rules.renewal_notice_days)
    last_working = calendar.last_workday_on_or_before(legal)
    safe = calendar.nth_workday_before(expiry, rules.renewal_safe_working_days)
    return LicenseDeadlines(
        expiry=expiry,
        issued=issued,
        renewal_legal_deadline=Deadline(
            "renewal_legal_deadline", labels["renewal_legal_deadline"], legal, src["renewal_legal"]),
        renewal_last_working_day=Deadline(
            "renewal_last_working_day", labels["renewal_last_working_day"], last_working.date,
            src["renewal_last_working_day"], estimated=last_working.estimated),
        renewal_safe_date=Deadline(
            "renewal_safe_date", labels["renewal_safe_date"], safe.date, src["renewal_safe"],
            estimated=safe.estimated, hard=False),
        prepare_from=Deadline(
            "prepare_from", labels["prepare_from"], expiry - timedelta(days=rules.renewal_prepare_days),
            src["renewal_prepare"], hard=False),
        cancellation_deadline=Deadline(
            "cancellation_deadline", labels["cancellation_deadline"],
            expiry - timedelta(days=rules.cancellation_notice_days), src["cancellation"]),
        expiry_deadline=Deadline("expiry", labels["expiry"], expiry, src["expiry"]),
        annual_reports=_annual_reports(issued.year, expiry.year, rules),
    )


@lru_cache(maxsize=8)
def _labels(rules: DeadlineRules) -> dict[str, str]:
    return {
        "renewal_legal_deadline": f"续期法定最后一日（到期前 {rules.renewal_notice_days} 日）",
        "renewal_last_working_day": "续期实际最后提交日（法定最后一日或其前最后一个工作日）",
        "renewal_safe_date": f"续期安全日期（到期前第 {rules.renewal_safe_working_days} 个工作日）",
        "prepare_from": f"开始准备续期（到期前 {rules.renewal_prepare_days} 日）",
        "cancellation_deadline": f"不续期时报告注销的最后一日（到期前 {rules.cancellation_notice_days} 日）",
        "expiry": "许可证到期（有效期至）",
    }


def annual_reports(*, issued: date, expiry: date, rules: DeadlineRules | None = None) -> list[AnnualReport]:
    """One report for each filing year from the year after issue up to the expiry year."""
    return list(_annual_reports(issued.year, expiry.year, rules or default_rules()))


def annual_report_of(year: int, rules: DeadlineRules | None = None) -> AnnualReport:
    """The annual report filed in ``year`` (on the year before), whatever the license's term."""
    return _annual_reports(year - 1, year, rules or default_rules())[0]


@lru_cache(maxsize=4096)
def _annual_reports(issued_year: int, expiry_year: int, rules: DeadlineRules) -> tuple[AnnualReport, ...]:
    return tuple(AnnualReport(
        year=year,
        window_start=date(year, *rules.annual_window_start),
        due=date(year, *rules.annual_due),
        grace_until=date(year, *rules.annual_grace_until),
        source=rules.sources["annual_report"],
    ) for year in range(issued_year + 1, expiry_year + 1))


# Change kinds: which date starts the 30 days (RULES.md §2, 办法 第二十八、二十九条).
CHANGE_KINDS: dict[str, tuple[str, str]] = {
    "shareholders": ("股东变更", "decision"),
    "entity": ("经营主体变更（合并、分立等）", "decision"),
    "business": ("业务种类变更", "decision"),
    "coverage": ("业务覆盖范围变更", "decision"),
    "company_name": ("公司名称变更", "registration"),
    "legal_rep": ("法定代表人变更", "registration"),
    "capital": ("注册资本变更", "registration"),
    "address": ("注册住所变更", "decision"),        # RULES.md §3: S0, S2, S3
}
TRIGGER_LABELS = {"decision": "公司作出变更决定之日", "registration": "工商变更登记之日"}


def change_deadline(*, kind: str, trigger: date, calendar: WorkdayCalendar,
                    rules: DeadlineRules | None = None) -> Deadline:
    rules = rules or default_rules()
    label, trigger_kind = CHANGE_KINDS[kind]
    legal = trigger + timedelta(days=rules.change_days)
    source = rules.sources.get(f"change_{kind}") or rules.sources[f"change_{trigger_kind}"]
    practical = calendar.last_workday_on_or_before(legal)
    return Deadline(
        f"change_{kind}", f"{label}：{TRIGGER_LABELS[trigger_kind]}起 {rules.change_days} 日内申请",
        legal, source, estimated=practical.estimated)


def cancellation_deadline(*, stop_date: date, rules: DeadlineRules | None = None) -> Deadline:
    """Cancellation before expiry: report 90 days before the planned stop date."""
    rules = rules or default_rules()
    return Deadline("cancellation_deadline", f"计划停止经营前 {rules.cancellation_notice_days} 日报告注销",
                    stop_date - timedelta(days=rules.cancellation_notice_days), rules.sources["cancellation"])


def authority_expectations(*, submitted: date, calendar: WorkdayCalendar,
                           rules: DeadlineRules | None = None) -> list[Deadline]:
    """When the authority should answer after a submission (informational)."""
    rules = rules or default_rules()
    notice = calendar.nth_workday_after(submitted, rules.authority_completeness_working_days)
    return [
        Deadline("authority_completeness", f"材料不齐时最迟告知补正（{rules.authority_completeness_working_days} 个工作日）",
                 notice.date, rules.sources["authority"], estimated=notice.estimated, hard=False),
        Deadline("authority_decision", f"受理后作出决定（{rules.authority_decision_days} 日）",
                 submitted + timedelta(days=rules.authority_decision_days), rules.sources["authority"], hard=False),
    ]


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def suggested_expiry(issued: date, rules: DeadlineRules | None = None) -> date:
    """Issue date + 5 years, offered as a suggestion when only the issue date is known."""
    rules = rules or default_rules()
    try:
        return issued.replace(year=issued.year + rules.expiry_years)
    except ValueError:
        return issued.replace(year=issued.year + rules.expiry_years, day=28)
