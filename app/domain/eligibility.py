"""The renewal self-check (RULES.md §3): each precondition with its result and source.

A failed or unconfirmed check is a warning the user acknowledges; it never blocks silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.catalogue import CaseContext, Catalogue
from app.domain.license import MIN_CAPITAL_WAN, SCOPES, License, capital_text
from app.domain.obligations import DONE, MISSED, OVERDUE, SUBMITTED, LicenseObligations

CHECK_STATES = {"passed": "通过", "failed": "不通过", "confirm": "需要确认", "warning": "注意", "info": "说明"}


@dataclass(frozen=True)
class CheckResult:
    id: str
    name: str
    state: str          # passed | failed | confirm | warning | info (for information only)
    detail: str
    source: str

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
        state, detail = _evaluate(check.id, license=license, owed=owed, today=today,
                                  open_change_cases=open_change_cases, confirm=check.confirm)
        results.append(CheckResult(check.id, check.name, state, detail,
                                   catalogue.describe_sources(check.sources)))
    return results


def _evaluate(check_id: str, *, license: License, owed: LicenseObligations, today: date,
              open_change_cases: int, confirm: bool) -> tuple[str, str]:
    if check_id == "license_valid":
        if today <= license.expiry:
            return "passed", f"有效期至 {license.expiry.isoformat()}，还有 {(license.expiry - today).days} 天"
        return "failed", f"许可证已于 {license.expiry.isoformat()} 到期，不能续期，只能重新申请"
    if check_id == "before_deadline":
        renewal = next((o for o in owed.items if o.kind == "renewal" and o.state != DONE), None)
        if renewal is None:
            return "warning", "已决定不再续期（或许可证已注销）：这张许可证没有待办的续期"
        legal, last = renewal.due, renewal.act_by
        if renewal.state == SUBMITTED:
            return "passed", "续期申请已提交"
        if renewal.state == MISSED:
            return "failed", f"续期法定最后一日 {legal.isoformat()} 已过：逾期未申请的不予续期"
        if renewal.state == OVERDUE:
            return "warning", f"实际最后提交日 {last.isoformat()} 已过（法定最后一日 {legal.isoformat()} 不是工作日）"
        safe = next((m.day for m in owed.milestones if m.key == "renewal_safe_date"), None)
        if safe is not None and today > safe:
            return "warning", (f"已过安全日期 {safe.isoformat()}（按 90 个工作日计），"
                               f"请在 {last.isoformat()} 之前提交")
        return "passed", f"距实际最后提交日 {last.isoformat()} 还有 {(last - today).days} 天"
    if check_id == "capital":
        minimum = MIN_CAPITAL_WAN[license.scope]
        if license.capital_wan is None:
            return "confirm", f"许可证上未登记注册资本；{SCOPES[license.scope]}要求不低于 {minimum} 万元"
        if license.capital_wan >= minimum:
            return "passed", f"注册资本 {capital_text(license.capital_wan)} 万元，不低于 {minimum} 万元"
        return "failed", f"注册资本 {capital_text(license.capital_wan)} 万元，低于{SCOPES[license.scope]}要求的 {minimum} 万元"
    if check_id == "annual_reports":
        due = [o for o in owed.annual_reports() if o.due < today]
        missing = [o.year for o in due if o.state != DONE]
        if not due:
            return "passed", "还没有到期的年报"
        if missing:
            return "failed", f"以下年度的年报未登记为已报送：{'、'.join(map(str, missing))} 年（报送年份）"
        return "passed", f"{'、'.join(str(o.year) for o in due)} 年的年报均已报送"
    if check_id == "no_open_change":
        if open_change_cases:
            return "failed", f"有 {open_change_cases} 个变更尚未办结，应先办完变更再申请续期"
        return "passed", "没有未办结的变更"
    if confirm:
        return "confirm", "无法从记录中判断，请确认"
    raise ValueError(f"no rule for precondition {check_id}")
