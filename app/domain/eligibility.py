"""The renewal self-check (RULES.md §3): each precondition with its result and source.

A failed or unconfirmed check is a warning the user acknowledges; it never blocks silently.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from app.domain.catalogue import CaseContext, Catalogue
from app.domain.license import MIN_CAPITAL_WAN, SCOPES, License, capital_text
from app.domain.obligations import DONE, MISSED, OVERDUE, SUBMITTED, LicenseObligations

CHECK_STATES = {"passed": "通过", "failed": "不通过", "confirm": "需要确认", "warning": "注意", "info": "说明"}
# What a check found, by key (the catalogue's checks name themselves; the code says what it found).
# The interface words the same keys and values in its language, in Chinese exactly as here (a test checks).
CHECK_DETAILS = {
    "valid_until": "有效期至 {expiry}，还有 {days} 天",
    "expired": "许可证已于 {expiry} 到期，不能续期，只能重新申请",
    "no_renewal_owed": "已决定不再续期（或许可证已注销）：这张许可证没有待办的续期",
    "renewal_submitted": "续期申请已提交",
    "renewal_missed": "续期法定最后一日 {legal} 已过：逾期未申请的不予续期",
    "act_by_passed": "实际最后提交日 {last} 已过（法定最后一日 {legal} 不是工作日）",
    "safe_date_passed": "已过安全日期 {safe}（按 90 个工作日计），请在 {last} 之前提交",
    "days_to_act_by": "距实际最后提交日 {last} 还有 {days} 天",
    "capital_unknown": "许可证上未登记注册资本；{scope}要求不低于 {minimum} 万元",
    "capital_enough": "注册资本 {capital} 万元，不低于 {minimum} 万元",
    "capital_short": "注册资本 {capital} 万元，低于{scope}要求的 {minimum} 万元",
    "no_report_due": "还没有到期的年报",
    "reports_missing": "以下年度的年报未登记为已报送：{years} 年（报送年份）",
    "reports_filed": "{years} 年的年报均已报送",
    "open_changes": "有 {count} 个变更尚未办结，应先办完变更再申请续期",
    "no_open_change": "没有未办结的变更",
    "confirm": "无法从记录中判断，请确认",
}


@dataclass(frozen=True)
class CheckResult:
    id: str
    name: str
    state: str          # passed | failed | confirm | warning | info (for information only)
    detail: str
    source: str
    # The detail's key of CHECK_DETAILS and its values, for the interface to word in its language
    # (app/ui/wizard/checks_page.py); None: the catalogue's detail, Chinese data.
    wording: tuple[str, Mapping[str, object]] | None = None

    @property
    def needs_acknowledgement(self) -> bool:
        return self.state not in ("passed", "info")


def renewal_checks(*, license: License, owed: LicenseObligations, today: date, open_change_cases: int,
                   catalogue: Catalogue) -> list[CheckResult]:
    procedure = catalogue.procedure("renewal")
    context = CaseContext(scope=license.scope)
    results = []
    for check in procedure.preconditions:
        if any(getattr(context, k, None) != v for k, v in check.applies_when.items()):
            continue
        if check.info:
            results.append(CheckResult(check.id, check.name, "info", check.detail,
                                       catalogue.describe_sources(check.sources)))
            continue
        state, key, values = _evaluate(check.id, license=license, owed=owed, today=today,
                                       open_change_cases=open_change_cases, confirm=check.confirm)
        results.append(CheckResult(check.id, check.name, state, detail_text(key, values),
                                   catalogue.describe_sources(check.sources), (key, values)))
    return results


def _evaluate(check_id: str, *, license: License, owed: LicenseObligations, today: date,
              open_change_cases: int, confirm: bool) -> tuple[str, str, dict[str, object]]:
    """A check's state, and its detail's key of CHECK_DETAILS and values."""
    if check_id == "license_valid":
        if today <= license.expiry:
            return "passed", "valid_until", {"expiry": license.expiry.isoformat(), "days": (license.expiry - today).days}
        return "failed", "expired", {"expiry": license.expiry.isoformat()}
    if check_id == "before_deadline":
        renewal = next((o for o in owed.items if o.kind == "renewal" and o.state != DONE), None)
        if renewal is None:
            return "warning", "no_renewal_owed", {}
        legal, last = renewal.due.isoformat(), renewal.act_by
        if renewal.state == SUBMITTED:
            return "passed", "renewal_submitted", {}
        if renewal.state == MISSED:
            return "failed", "renewal_missed", {"legal": legal}
        if renewal.state == OVERDUE:
            return "warning", "act_by_passed", {"last": last.isoformat(), "legal": legal}
        safe = next((m.day for m in owed.milestones if m.key == "renewal_safe_date"), None)
        if safe is not None and today > safe:
            return "warning", "safe_date_passed", {"safe": safe.isoformat(), "last": last.isoformat()}
        return "passed", "days_to_act_by", {"last": last.isoformat(), "days": (last - today).days}
    if check_id == "capital":
        minimum = MIN_CAPITAL_WAN[license.scope]
        if license.capital_wan is None:
            return "confirm", "capital_unknown", {"scope": license.scope, "minimum": minimum}
        capital = capital_text(license.capital_wan)
        if license.capital_wan >= minimum:
            return "passed", "capital_enough", {"capital": capital, "minimum": minimum}
        return "failed", "capital_short", {"capital": capital, "scope": license.scope, "minimum": minimum}
    if check_id == "annual_reports":
        due = [o for o in owed.annual_reports() if o.due < today]
        missing = [o.year for o in due if o.state != DONE]
        if not due:
            return "passed", "no_report_due", {}
        if missing:
            return "failed", "reports_missing", {"years": tuple(missing)}
        return "passed", "reports_filed", {"years": tuple(o.year for o in due)}
    if check_id == "no_open_change":
        if open_change_cases:
            return "failed", "open_changes", {"count": open_change_cases}
        return "passed", "no_open_change", {}
    if confirm:
        return "confirm", "confirm", {}
    raise ValueError(f"no rule for precondition {check_id}")


def detail_text(key: str, values: Mapping[str, object]) -> str:
    """A detail of CHECK_DETAILS in Chinese (a list's items joined with 、, a scope in its words)."""
    filled = {name: "、".join(map(str, value)) if isinstance(value, tuple) else value
              for name, value in values.items()}
    if "scope" in filled:
        filled["scope"] = SCOPES[filled["scope"]]
    return CHECK_DETAILS[key].format(**filled)
