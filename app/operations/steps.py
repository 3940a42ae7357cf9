"""The steps of a procedure with the authority, and the decisions about a license's future.

Submitted → (补正 notice → resubmitted)* → approved; a decision not to renew; a procedure done.
Each step is checked (a date that cannot be is refused, naming the field), then written in one
transaction with its event, from which app.domain.obligations derives what is still owed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import NamedTuple

from app.domain.approvals import Change, changed_license, changes_between, renewed_license
from app.domain.cases import CASE_STATUSES, OPEN_STATUSES, CaseItem, apply_item_changes, outstanding
from app.domain.catalogue import default_catalogue
from app.domain.errors import FieldError, ValidationError
from app.domain.event_wording import SEE_THE_NOTICE, said
from app.domain.item_undo import UNDO, change_to_undo, undone_item
from app.domain.license import License, parse_date
from app.domain.obligations import CHANGE_APPROVED, RENEWAL_APPROVED, RENEWAL_DECIDED
from app.domain.text import clean_text
from app.operations import license_files
from app.operations import licenses as license_ops
from app.storage import cases as case_rows
from app.storage import events, licenses
from app.storage.cases import CaseRecord
from app.storage.database import Store

WITH_AUTHORITY = ("submitted", "correction")


# ---------------------------------------------------------------------------- checks
def _require_case(store: Store, case_id: int, *, statuses: Sequence[str]) -> CaseRecord:
    case = case_rows.get_case(store, case_id)
    if case is None:
        raise ValidationError(FieldError("case", "办理事项", "这个办理事项已不存在"))
    if case.status not in statuses:
        raise ValidationError(FieldError("case", "办理事项",
                                         f"当前状态为“{CASE_STATUSES.get(case.status, case.status)}”，不能进行这一步"))
    return case


def _day(value: object, field: str, label: str, *, today: date, not_before: tuple[date, str] | None = None) -> date:
    """A date of something that already happened: not after today, not before what it follows."""
    try:
        day = parse_date(value)
    except ValueError as problem:
        raise ValidationError(FieldError(field, label, str(problem))) from None
    if day > today:
        raise ValidationError(FieldError(field, label, f"{day.isoformat()} 还没到：已经发生的事，日期不能晚于今天"))
    if not_before is not None and day < not_before[0]:
        raise ValidationError(FieldError(field, label, f"不能早于{not_before[1]} {not_before[0].isoformat()}"))
    return day


def _optional_day(value: object, field: str, label: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return parse_date(value)
    except ValueError as problem:
        raise ValidationError(FieldError(field, label, str(problem))) from None


def _name(case: CaseRecord) -> str:
    return default_catalogue().procedure(case.procedure).name


def _last_submission(case: CaseRecord) -> date | None:
    """The latest day the case went to the authority: its submission or its last resubmission."""
    days = [case.submitted_on] if case.submitted_on else []
    days += [parse_date(c["resubmitted_on"]) for c in case.outcome.get("corrections", ()) if c.get("resubmitted_on")]
    return max(days, default=None)


# ---------------------------------------------------------------------------- to the authority and back
def outstanding_items(store: Store, case_id: int) -> list[CaseItem]:
    """The materials still to prepare (neither 已准备 nor 不适用): what to ask about before a submission."""
    return outstanding(case_rows.items_for_case(store, case_id))


def submit(store: Store, case_id: int, *, on: object, today: date | None = None) -> CaseRecord:
    """The materials handed in (a case under 补正: handed in again, see ``resubmit``)."""
    today = today or date.today()
    case = _require_case(store, case_id, statuses=("open", "correction"))
    if case.status == "correction":
        return resubmit(store, case_id, on=on, today=today)
    day = _day(on, "submitted_on", "提交日期", today=today)
    with store.atomic():
        case_rows.update_case(store, case_id, status="submitted", submitted_on=day)
        events.add_event(store, license_id=case.license_id, kind=f"{case.procedure}_submitted", event_date=day,
                         summary=said(("submitted", {"procedure": case.procedure, "day": day.isoformat()})),
                         detail={"case_id": case_id})
    return case_rows.get_case(store, case_id)


def record_correction(store: Store, case_id: int, *, notice_date: object, requested: str = "",
                      item_ids: Sequence[int] = (), reply_by: object = None, today: date | None = None) -> CaseRecord:
    """A 补正 notice: the items it names go back to 准备中, and a reply is owed (by ``reply_by``
    when the notice gives a date)."""
    today = today or date.today()
    case = _require_case(store, case_id, statuses=("submitted",))
    day = _day(notice_date, "notice_date", "补正通知日期", today=today,
               not_before=(_last_submission(case), "提交日期"))
    reply = _optional_day(reply_by, "reply_by", "补正期限")
    if reply is not None and reply < day:
        raise ValidationError(FieldError("reply_by", "补正期限", f"不能早于补正通知日期 {day.isoformat()}"))
    requested = requested.strip() or SEE_THE_NOTICE
    if len(requested) > 2000:
        raise ValidationError(FieldError("requested", "补正内容", f"过长：最多 2000 个字，现在 {len(requested)} 个"))
    items = {i.id: i for i in case_rows.items_for_case(store, case_id)}
    unknown = [i for i in item_ids if i not in items]
    if unknown:
        raise ValidationError(FieldError("items", "补正材料", "所选材料不属于这个办理事项"))
    outcome = dict(case.outcome)
    outcome["corrections"] = [*outcome.get("corrections", []), {
        "notice_date": day.isoformat(), "requested": requested, "item_ids": list(item_ids),
        "reply_by": reply.isoformat() if reply else None}]
    with store.atomic():
        for item_id in item_ids:
            before = items[item_id]
            after = apply_item_changes(before, {"state": "in_progress",
                                                "note": f"补正（{day.isoformat()}）：{requested}"[:2000]})
            case_rows.save_item(store, before, after, origin="correction")
        case_rows.update_case(store, case_id, status="correction", outcome=outcome)
        events.add_event(store, license_id=case.license_id, kind="correction_notice", event_date=day,
                         summary=said(("correction_notice", {"requested": requested[:60]})),
                         detail={"case_id": case_id, "reply_by": reply.isoformat() if reply else None,
                                 "item_ids": list(item_ids)})
    return case_rows.get_case(store, case_id)


def resubmit(store: Store, case_id: int, *, on: object, today: date | None = None) -> CaseRecord:
    """The corrected materials handed in again: the reply to the last 补正 notice."""
    today = today or date.today()
    case = _require_case(store, case_id, statuses=("correction",))
    corrections = [dict(c) for c in case.outcome.get("corrections", [])]
    notice = parse_date(corrections[-1]["notice_date"]) if corrections else case.submitted_on
    day = _day(on, "resubmitted_on", "重新提交日期", today=today, not_before=(notice, "补正通知日期"))
    if corrections:
        corrections[-1]["resubmitted_on"] = day.isoformat()
    with store.atomic():
        case_rows.update_case(store, case_id, status="submitted", outcome={**case.outcome, "corrections": corrections})
        events.add_event(store, license_id=case.license_id, kind=f"{case.procedure}_resubmitted", event_date=day,
                         summary=said(("resubmitted", {"procedure": case.procedure, "day": day.isoformat()})),
                         detail={"case_id": case_id})
    return case_rows.get_case(store, case_id)


# ---------------------------------------------------------------------------- approvals
class ApprovalPreview(NamedTuple):
    """What an approval will change on the license, and what is worth a second look."""

    license: License
    changes: list[Change]
    warnings: list[str]


def preview_renewal_approval(store: Store, case_id: int, *, new_issued: object, new_expiry: object) -> ApprovalPreview:
    case = _require_case(store, case_id, statuses=WITH_AUTHORITY)
    if case.procedure != "renewal":
        raise ValidationError(FieldError("case", "办理事项", "只有续期的批准会更新有效期"))
    issued = _optional_day(new_issued, "new_issued", "新的发证日期")
    expiry = _optional_day(new_expiry, "new_expiry", "新的有效期至")
    missing = [FieldError(name, label, "请按新证书填写") for name, label, value in
               (("new_issued", "新的发证日期", issued), ("new_expiry", "新的有效期至", expiry)) if value is None]
    if missing:
        raise ValidationError(missing)
    current = licenses.get_license(store, case.license_id)
    updated, warnings = renewed_license(current, new_issued=issued, new_expiry=expiry)
    return ApprovalPreview(updated, changes_between(current, updated), warnings)


def approve_renewal(store: Store, case_id: int, *, approved_on: object, new_issued: object, new_expiry: object,
                    certificate: Path | None = None, today: date | None = None) -> CaseRecord:
    """The new certificate: its 发证日期 and 有效期至 as printed go on the license (the old ones
    stay in the history), with its file when given. Annual reports are untouched."""
    today = today or date.today()
    case = _require_case(store, case_id, statuses=WITH_AUTHORITY)
    preview = preview_renewal_approval(store, case_id, new_issued=new_issued, new_expiry=new_expiry)
    approved = _day(approved_on, "approved_on", "批准日期", today=today,
                    not_before=(_last_submission(case), "提交日期") if case.submitted_on else None)
    if preview.license.issued > today:
        raise ValidationError(FieldError("new_issued", "新的发证日期", "新证已经发出，发证日期不能晚于今天"))
    current = licenses.get_license(store, case.license_id)
    dates = {"approved_on": approved.isoformat(), "old_issued": current.issued.isoformat(),
             "old_expiry": current.expiry.isoformat(), "new_issued": preview.license.issued.isoformat(),
             "new_expiry": preview.license.expiry.isoformat()}
    with store.atomic():
        licenses.update_license(store, current.id, preview.license)
        case_rows.update_case(store, case_id, status="approved", outcome={**case.outcome, **dates},
                              closed_at=approved.isoformat())
        events.add_event(store, license_id=current.id, kind=RENEWAL_APPROVED, event_date=approved,
                         summary=said(("renewal_approved", {name: dates[name] for name in (
                             "old_issued", "new_issued", "old_expiry", "new_expiry")})),
                         detail={"case_id": case_id, **dates})
        if certificate is not None:
            license_files.keep(store, current.id, Path(certificate), kind=license_files.CERTIFICATE, case_id=case_id)
    return case_rows.get_case(store, case_id)


def preview_change_approval(store: Store, case_id: int, *, values: Mapping[str, object]) -> ApprovalPreview:
    case = _require_case(store, case_id, statuses=(*OPEN_STATUSES,))
    if case.procedure != "change":
        raise ValidationError(FieldError("case", "办理事项", "这不是一项变更"))
    current = licenses.get_license(store, case.license_id)
    updated = changed_license(current, change_kind=case.context.get("change_kind"), values=values)
    return ApprovalPreview(updated, changes_between(current, updated), [])


def approve_change(store: Store, case_id: int, *, approved_on: object, values: Mapping[str, object],
                   today: date | None = None) -> CaseRecord:
    """A change approved: its new values go on the license, the old ones stay in the history."""
    today = today or date.today()
    case = _require_case(store, case_id, statuses=WITH_AUTHORITY)
    preview = preview_change_approval(store, case_id, values=values)
    approved = _day(approved_on, "approved_on", "批准日期", today=today,
                    not_before=(_last_submission(case), "提交日期") if case.submitted_on else None)
    kind = case.context.get("change_kind")
    changes = {c.field: [c.old, c.new] for c in preview.changes}
    with store.atomic():
        if preview.changes:
            licenses.update_license(store, case.license_id, preview.license)
        case_rows.update_case(store, case_id, status="approved", closed_at=approved.isoformat(),
                              outcome={**case.outcome, "approved_on": approved.isoformat(), "changes": changes})
        events.add_event(store, license_id=case.license_id, kind=CHANGE_APPROVED, event_date=approved,
                         summary=said(("change_approved_with", {"change": kind, "changes": tuple((c.field, c.old, c.new) for c in preview.changes)})
                                      if preview.changes else ("change_approved", {"change": kind})),
                         detail={"case_id": case_id, "change_kind": kind, "changes": changes})
    return case_rows.get_case(store, case_id)


# ---------------------------------------------------------------------------- done, and decisions
def close_case(store: Store, case_id: int, *, closed_on: object, outcome_note: str = "",
               today: date | None = None) -> CaseRecord:
    """Finish a procedure: an annual report filed, a cancellation (注销) done — the license then
    ends —, a replacement or a new application done. A change is finished by ``approve_change``
    (its new values go on the license), a renewal by ``approve_renewal``."""
    today = today or date.today()
    case = _require_case(store, case_id, statuses=OPEN_STATUSES)
    if case.procedure in ("renewal", "change"):
        raise ValidationError(FieldError("case", "办理事项",
                                         f"{_name(case)}获批时请登记批准结果（新的{'有效期' if case.procedure == 'renewal' else '信息'}）"))
    not_before = (case.submitted_on, "提交日期") if case.submitted_on else None
    day = _day(closed_on, "closed_on", "报送日期" if case.procedure == "annual_report" else "办结日期",
               today=today, not_before=not_before)
    with store.atomic():
        case_rows.update_case(store, case_id, status="closed", closed_at=day.isoformat(),
                              outcome={**case.outcome, "closed_on": day.isoformat(), "note": outcome_note})
        if case.procedure == "annual_report" and case.context.get("report_year"):
            license_ops.record_annual_report(store, case.license_id, year=int(case.context["report_year"]),
                                             filed_on=day, today=today)
        else:
            events.add_event(store, license_id=case.license_id, kind=f"{case.procedure}_closed", event_date=day,
                             summary=said(("closed_with_note", {"procedure": case.procedure, "note": outcome_note}) if outcome_note
                                          else ("closed", {"procedure": case.procedure})),
                             detail={"case_id": case_id})
    return case_rows.get_case(store, case_id)


def decide_not_renewing(store: Store, license_id: int, *, on: object, stop_date: object = None,
                        today: date | None = None) -> int:
    """The company will not renew: the 注销 report (90 days before it stops) replaces the renewal."""
    today = today or date.today()
    license = licenses.get_license(store, license_id)
    if license is None:
        raise ValidationError(FieldError("license", "许可证", "这张许可证已不存在（可能已被删除）"))
    day = _day(on, "decided_on", "决定日期", today=today)
    stop = _optional_day(stop_date, "stop_date", "停止经营日期")
    if stop is not None and stop > license.expiry:
        raise ValidationError(FieldError("stop_date", "停止经营日期",
                                         f"不能晚于有效期至 {license.expiry.isoformat()}（到期后本来就不能经营）"))
    with_authority = [c for c in case_rows.cases_for_license(store, license_id, statuses=WITH_AUTHORITY)
                      if c.procedure == "renewal"]
    if with_authority:
        raise ValidationError(FieldError("decided_on", "决定", "续期申请已提交、正在审批：要放弃续期，请先撤回这份申请"))
    return events.add_event(
        store, license_id=license_id, kind=RENEWAL_DECIDED, event_date=day,
        summary=said(("not_renewing_stop", {"stop": stop.isoformat()}) if stop
                     else ("not_renewing_until", {"expiry": license.expiry.isoformat()})),
        detail={"renew": False, "stop_date": stop.isoformat() if stop else None})


def decide_renewing(store: Store, license_id: int, *, on: object, today: date | None = None) -> int:
    """A decision not to renew taken back: the renewal is owed again."""
    today = today or date.today()
    if licenses.get_license(store, license_id) is None:
        raise ValidationError(FieldError("license", "许可证", "这张许可证已不存在（可能已被删除）"))
    day = _day(on, "decided_on", "决定日期", today=today)
    return events.add_event(store, license_id=license_id, kind=RENEWAL_DECIDED, event_date=day,
                            summary=said(("renewing", {})), detail={"renew": True})


# ---------------------------------------------------------------------------- putting mistakes right
WITHDRAWN = "case_withdrawn"
TAKEN_BACK = "step_taken_back"
REASON_LIMIT = 500


def withdraw_case(store: Store, case_id: int, *, reason: object, on: object = None,
                  today: date | None = None) -> CaseRecord:
    """Give up a procedure (a renewal the company will not pursue, one started by mistake, an
    application taken back from the authority): the case ends, the reason stays in the history,
    and what it was for is owed again (a new case may be started)."""
    today = today or date.today()
    case = _require_case(store, case_id, statuses=OPEN_STATUSES)
    try:
        why = clean_text(reason)
    except ValueError as problem:
        raise ValidationError(FieldError("reason", "撤回原因", str(problem))) from None
    if not why:
        raise ValidationError(FieldError("reason", "撤回原因", "请写明为什么撤回（会记入历史记录）"))
    if len(why) > REASON_LIMIT:
        raise ValidationError(FieldError("reason", "撤回原因", f"过长：最多 {REASON_LIMIT} 个字，现在 {len(why)} 个"))
    last = _last_submission(case)
    day = _day(on if on not in (None, "") else today, "withdrawn_on", "撤回日期", today=today,
               not_before=(last, "提交日期") if last else None)
    outcome = {**case.outcome, "withdrawn_on": day.isoformat(), "withdrawn_reason": why, "withdrawn_from": case.status}
    with store.atomic():
        case_rows.update_case(store, case_id, status="withdrawn", closed_at=day.isoformat(), outcome=outcome)
        events.add_event(store, license_id=case.license_id, kind=WITHDRAWN, event_date=day,
                         summary=said(("withdrawn", {"procedure": case.procedure, "reason": why})),
                         detail={"case_id": case_id, "reason": why})
    return case_rows.get_case(store, case_id)


class Step(NamedTuple):
    """The last step recorded with the authority, which can be taken back while it has not answered."""

    kind: str           # submitted | resubmitted | correction
    day: date
    text: str           # in words (Chinese data)


def last_step(store: Store, case_id: int) -> Step | None:
    """The step ``take_back`` would take back, or None (nothing recorded, or the case has ended)."""
    case = case_rows.get_case(store, case_id)
    if case is None or case.status not in WITH_AUTHORITY:
        return None
    corrections = case.outcome.get("corrections", [])
    if case.status == "correction" and corrections:
        notice = corrections[-1]
        return Step("correction", parse_date(notice["notice_date"]),
                    f"{notice['notice_date']} 的补正通知（{notice.get('requested', '')[:40]}）")
    if corrections and corrections[-1].get("resubmitted_on"):
        day = corrections[-1]["resubmitted_on"]
        return Step("resubmitted", parse_date(day), f"{day} 的重新提交")
    if case.submitted_on is not None:
        return Step("submitted", case.submitted_on, f"{case.submitted_on.isoformat()} 的提交")
    return None


def take_back(store: Store, case_id: int, *, today: date | None = None) -> CaseRecord:
    """Take back the last step recorded by mistake (a submission, a resubmission, a 补正 notice):
    the case is again where it was before it. The items a notice reopened get their states back
    unless they were edited since. The history keeps both lines."""
    today = today or date.today()
    case = _require_case(store, case_id, statuses=WITH_AUTHORITY)
    step = last_step(store, case_id)
    if step is None:
        raise ValidationError(FieldError("case", "办理事项", "没有可以撤回的一步"))
    outcome = dict(case.outcome)
    corrections = [dict(c) for c in outcome.get("corrections", [])]
    with store.atomic():
        taken_back = {"procedure": case.procedure, "day": step.day.isoformat()}
        if step.kind == "correction":
            notice = corrections.pop()
            taken_back["requested"] = notice.get("requested", "")[:40]     # as last_step shows it
            _reopen_undone(store, notice.get("item_ids", []))
            case_rows.update_case(store, case_id, status="submitted", outcome={**outcome, "corrections": corrections})
        elif step.kind == "resubmitted":
            corrections[-1].pop("resubmitted_on", None)
            case_rows.update_case(store, case_id, status="correction", outcome={**outcome, "corrections": corrections})
        else:
            case_rows.update_case(store, case_id, status="open", submitted_on=None)
        events.add_event(store, license_id=case.license_id, kind=TAKEN_BACK, event_date=today,
                         summary=said((f"taken_back_{step.kind}", taken_back)),
                         detail={"case_id": case_id, "step": step.kind, "day": step.day.isoformat()})
    return case_rows.get_case(store, case_id)


def _reopen_undone(store: Store, item_ids: Sequence[int]) -> None:
    """Undo what a 补正 notice did to its items, where that is still their last change."""
    for item_id in item_ids:
        item = case_rows.get_item(store, item_id)
        if item is None:
            continue
        save = change_to_undo(case_rows.item_history(store, item_id))
        if save and save[0].origin == "correction":
            case_rows.save_item(store, item, undone_item(item, save), origin=UNDO)
