"""The dates that matter to one case (a procedure for a license), most binding first, as its
checklist's header shows them; all read from what the license owes (app.domain.obligations)."""

from __future__ import annotations

from app.domain.chinese_dates import weekday
from app.domain.deadline_item import Deadline
from app.domain.obligations import LicenseObligations, Obligation

ACT_BY_LABEL = "最后可办理日（法定最后一日不是工作日，取其前最后一个工作日）"


def case_deadlines(*, procedure: str, obligation: Obligation | None, owed: LicenseObligations) -> list[Deadline]:
    """Renewal: legal last day, the day to act by, the safe date, expiry. Change and
    cancellation: their legal day and the day to act by. Annual report: due, act-by, the end of
    限期补报 and the day filing opens. Replacement: the expiry (the license must still be valid).
    New application: none."""
    expiry = next((o for o in owed.items if o.kind == "expiry"), None)
    if procedure == "replacement":
        return [_line(expiry)] if expiry else []
    if obligation is None:
        return []
    lines = [_line(obligation, label=_legal_label(obligation))]
    if obligation.act_by != obligation.due:
        lines.append(Deadline("act_by", ACT_BY_LABEL, obligation.act_by, obligation.source, obligation.estimated,
                              state=obligation.state))
    if procedure == "renewal":
        lines += [Deadline(m.key, m.title, m.day, m.source, m.estimated, False)
                  for m in owed.milestones if m.key == "renewal_safe_date"]
    if procedure == "annual_report" and obligation.until is not None:
        lines.append(Deadline("annual_report_grace", "限期补报截止", obligation.until, obligation.source))
        lines.append(Deadline("annual_report_open", "报送系统开放", obligation.opens, obligation.source, hard=False))
    if procedure in ("renewal", "cancellation") and expiry is not None:
        lines.append(_line(expiry))
    return lines


def _legal_label(obligation: Obligation) -> str:
    """A short name for the header's first column, the legal day's weekday in brackets."""
    name = {"renewal": "续期申请法定最后一日", "cancellation": "报告注销法定最后一日",
            "annual_report": f"{obligation.year}年年报截止"}.get(obligation.kind)
    if name is None:        # a change: its kind, from the title
        name = obligation.title.split("：", 1)[0] + "申请最后一日"
    return f"{name}（{weekday(obligation.due)}）"


def _line(obligation: Obligation, *, label: str | None = None) -> Deadline:
    return Deadline(obligation.key, label or obligation.title, obligation.due, obligation.source, obligation.estimated,
                    state=obligation.state)
