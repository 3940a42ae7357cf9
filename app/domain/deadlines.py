"""Every statutory deadline of a license (RULES.md §2), each with its source.

A deadline carries ``estimated`` when a year without a known holiday schedule went into it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from app.domain.deadline_item import Deadline
from app.domain.rules import DeadlineRules, default_rules
from app.domain.titles import wording
from app.domain.workdays import WorkdayCalendar


@dataclass(frozen=True)
class AnnualReport:
    """The annual report filed in ``year`` (on the year before): its filing window."""

    year: int
    window_start: date
    due: date
    grace_until: date
    source: str

    @property
    def label(self) -> str:
        return f"{self.year}年年报（报告{self.year - 1}年度）"


@dataclass(frozen=True)
class LicenseDeadlines:
    """The dates a certificate's 有效期至 sets for its renewal (and for reporting a stop instead).

    What a license owes, given what happened to it, is app.domain.obligations: these are the
    plain calculation it starts from, and what ``deadlines --expiry`` prints.
    """

    expiry: date
    issued: date
    renewal_legal_deadline: Deadline
    renewal_last_working_day: Deadline
    renewal_safe_date: Deadline
    prepare_from: Deadline
    cancellation_deadline: Deadline
    expiry_deadline: Deadline

    @property
    def estimated(self) -> bool:
        return any(d.estimated for d in self.renewal_deadlines())

    def renewal_deadlines(self) -> list[Deadline]:
        return [self.prepare_from, self.renewal_safe_date, self.renewal_last_working_day,
                self.renewal_legal_deadline, self.cancellation_deadline, self.expiry_deadline]


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


def annual_report_of(year: int, rules: DeadlineRules | None = None) -> AnnualReport:
    """The annual report filed in ``year`` (on the year before): its window, due day and grace."""
    rules = rules or default_rules()
    return AnnualReport(year=year, window_start=date(year, *rules.annual_window_start), due=date(year, *rules.annual_due),
                        grace_until=date(year, *rules.annual_grace_until), source=rules.sources["annual_report"])


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
        legal, source, estimated=practical.estimated,
        wording=wording("change_rule", change=kind, trigger=trigger_kind, days=rules.change_days))


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
