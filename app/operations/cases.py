"""Case operations shared by the wizard, the checklist view, the Excel round trip and the CLI."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path

from app.domain.cases import (
    CASE_STATUSES,
    OPEN_STATUSES,
    CaseItem,
    ChecklistEntry,
    apply_item_changes,
    freshness_warning,
)
from app.domain.catalogue import CaseContext, default_catalogue
from app.domain.deadlines import (
    CHANGE_KINDS,
    Deadline,
    annual_report_of,
    cancellation_deadline,
    change_deadline,
)
from app.domain.eligibility import CheckResult, renewal_checks
from app.domain.errors import FieldError, ValidationError
from app.domain.license import MAX_YEAR, MIN_YEAR, parse_date
from app.domain.text import shown
from app.operations import attachments as attachment_ops
from app.operations import holidays as holiday_ops
from app.operations import licenses as license_ops
from app.paths import attachments_folder
from app.storage import cases as case_rows
from app.storage import events, licenses
from app.storage.cases import CaseRecord
from app.storage.database import Store


def _context_for(license_scope: str, *, change_kind: str | None, company_younger_than_year: bool,
                 foreign_capital: bool) -> CaseContext:
    return CaseContext(scope=license_scope, company_younger_than_year=company_younger_than_year,
                       foreign_capital=foreign_capital, change_kind=change_kind)


def start_case(store: Store, license_id: int, procedure: str, *, change_kind: str | None = None,
               trigger_date: date | None = None, report_year: int | None = None,
               company_younger_than_year: bool = False, foreign_capital: bool = False) -> CaseRecord:
    """Open a case with one item per applicable material; refuse a second open one."""
    license = licenses.get_license(store, license_id)
    if license is None:
        raise ValidationError(FieldError("license", "许可证", "这张许可证已不存在"))
    catalogue = default_catalogue()
    if procedure not in catalogue.procedures:
        raise ValidationError(FieldError("procedure", "办理事项", f"不认识的办理事项：{procedure}"))
    if procedure == "change":
        if change_kind not in CHANGE_KINDS:
            raise ValidationError(FieldError("change_kind", "变更类型",
                                             f"应为 {'、'.join(v[0] for v in CHANGE_KINDS.values())} 之一"))
        if trigger_date is None:
            raise ValidationError(FieldError("trigger_date", "起算日期", "变更需要填写决定日期或工商登记日期"))
    if report_year is not None and not MIN_YEAR <= report_year <= MAX_YEAR:
        raise ValidationError(FieldError("report_year", "年报年份",
                                         f"{shown(report_year)} 不合理（应在 {MIN_YEAR}–{MAX_YEAR} 之间）"))
    existing = open_case(store, license_id, procedure)
    if existing is not None and procedure != "change":
        raise ValidationError(FieldError("procedure", "办理事项",
                                         f"这张许可证已有一个未办结的“{catalogue.procedure(procedure).name}”"))
    context = _context_for(license.scope, change_kind=change_kind,
                           company_younger_than_year=company_younger_than_year, foreign_capital=foreign_capital)
    items = []
    for position, material in enumerate(catalogue.procedure(procedure).materials_for(context), start=1):
        items.append({
            "material_id": material.id, "position": position, "name": material.name,
            "description": material.description, "forms": _json(material.forms),
            "sources": _json(material.sources),
            "freshness_days": material.freshness.days if material.freshness else None,
            "freshness_note": material.freshness.note if material.freshness else "",
            "state": "missing", "na_reason": "", "owner": "", "note": "",
        })
    stored_context = asdict(context)
    if trigger_date:
        stored_context["trigger_date"] = trigger_date.isoformat()
    if report_year:
        stored_context["report_year"] = report_year
    case_id = case_rows.insert_case(store, license_id=license_id, procedure=procedure,
                                    context=stored_context, items=items)
    return case_rows.get_case(store, case_id)


def _json(values) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def open_case(store: Store, license_id: int, procedure: str) -> CaseRecord | None:
    found = case_rows.cases_for_license(store, license_id, statuses=OPEN_STATUSES)
    return next((c for c in found if c.procedure == procedure), None)


def open_or_start_case(store: Store, license_id: int, procedure: str, **options) -> CaseRecord:
    return open_case(store, license_id, procedure) or start_case(store, license_id, procedure, **options)


def open_cases(store: Store, license_id: int) -> list[CaseRecord]:
    return case_rows.cases_for_license(store, license_id, statuses=OPEN_STATUSES)


def get_case(store: Store, case_id: int) -> CaseRecord | None:
    return case_rows.get_case(store, case_id)


def case_items(store: Store, case_id: int) -> list[CaseItem]:
    return case_rows.items_for_case(store, case_id)


def item_attachments(store: Store, item_id: int) -> list[case_rows.Attachment]:
    return case_rows.attachments_for(store, item_id=item_id)


def checklist(store: Store, case_id: int, *, today: date) -> list[ChecklistEntry]:
    """The items of a case with their attachment counts, readable sources and freshness warnings."""
    catalogue = default_catalogue()
    summary = case_rows.attachment_summary(store, case_id)
    entries = []
    for item in case_rows.items_for_case(store, case_id):
        count, last = summary.get(item.id, (0, None))
        last_day = date.fromisoformat(last[:10]) if last else None
        entries.append(ChecklistEntry(
            item=item, attachments=count, last_attached=last_day,
            sources_text=catalogue.describe_sources(item.sources),
            freshness_warning=freshness_warning(item, attached_on=last_day, today=today)))
    return entries


def renewal_case_for(store: Store, license_id: int) -> CaseRecord | None:
    """The renewal case to show for a license: the open one, or the approval that set its expiry."""
    current = open_case(store, license_id, "renewal")
    if current is not None:
        return current
    license = licenses.get_license(store, license_id)
    if license is None:
        return None
    for case in case_rows.cases_for_license(store, license_id, statuses=("approved",)):
        if case.procedure == "renewal" and case.outcome.get("new_expiry") == license.expiry.isoformat():
            return case
    return None


def case_deadline(store: Store, case: CaseRecord) -> Deadline | None:
    """The date a case must be handed in by, from its procedure and what was asked at its start."""
    license = licenses.get_license(store, case.license_id)
    calendar = holiday_ops.load_calendar(store)
    trigger = case.context.get("trigger_date")
    if case.procedure == "renewal":
        return license_ops.deadlines_for(license, calendar).renewal_last_working_day
    if case.procedure == "annual_report" and case.context.get("report_year"):
        report = annual_report_of(int(case.context["report_year"]))
        return Deadline(f"annual_report_{report.year}", report.label, report.due, report.source,
                        annual_year=report.year)
    if case.procedure == "change" and trigger and case.context.get("change_kind") in CHANGE_KINDS:
        return change_deadline(kind=case.context["change_kind"], trigger=date.fromisoformat(trigger),
                               calendar=calendar)
    if case.procedure == "cancellation":
        if trigger:
            return cancellation_deadline(stop_date=date.fromisoformat(trigger))
        return license_ops.deadlines_for(license, calendar).cancellation_deadline
    return None


def update_item(store: Store, item_id: int, *, origin: str = "app", **changes) -> CaseItem:
    """Validate and save changes to one checklist item (history kept); nothing saved if invalid."""
    item = case_rows.get_item(store, item_id)
    if item is None:
        raise ValidationError(FieldError("item", "材料", "这一项已不存在"))
    updated = apply_item_changes(item, changes)
    case_rows.save_item(store, item, updated, origin=origin)
    return updated


def attach_file(store: Store, item_id: int, source: Path) -> case_rows.Attachment:
    """Copy ``source`` into the data folder with its SHA-256; the original is never moved
    (app.operations.attachments: the checks, the copy, the row)."""
    return attachment_ops.attach_file(store, item_id, Path(source))


def attachment_path(store: Store, attachment: case_rows.Attachment) -> Path:
    return attachments_folder(store.path) / attachment.stored_name


def set_wizard_step(store: Store, case_id: int, step: int) -> None:
    case_rows.update_case(store, case_id, wizard_step=int(step))


def acknowledge_checks(store: Store, case_id: int, check_ids: list[str]) -> None:
    case_rows.update_case(store, case_id, acknowledged=sorted(set(check_ids)))


def check_renewal(store: Store, license_id: int, *, today: date) -> list[CheckResult]:
    license = licenses.get_license(store, license_id)
    calendar = holiday_ops.load_calendar(store)
    open_changes = [c for c in open_cases(store, license_id) if c.procedure == "change"]
    return renewal_checks(license=license, deadlines=license_ops.deadlines_for(license, calendar), today=today,
                          filed_years=license_ops.filed_years_for(store, license_id),
                          open_change_cases=len(open_changes), catalogue=default_catalogue())


def _require_case(store: Store, case_id: int, *, statuses: tuple[str, ...]) -> CaseRecord:
    case = case_rows.get_case(store, case_id)
    if case is None:
        raise ValidationError(FieldError("case", "办理事项", "这个办理事项已不存在"))
    if case.status not in statuses:
        raise ValidationError(FieldError("case", "办理事项",
                                         f"当前状态为“{CASE_STATUSES.get(case.status, case.status)}”，不能进行这一步"))
    return case


def _date(value: object, field: str, label: str) -> date:
    try:
        return parse_date(value)
    except ValueError as problem:
        raise ValidationError(FieldError(field, label, str(problem))) from None


def submit_case(store: Store, case_id: int, *, submitted_on: object) -> CaseRecord:
    case = _require_case(store, case_id, statuses=("open", "correction"))
    day = _date(submitted_on, "submitted_on", "提交日期")
    with store.atomic():
        case_rows.update_case(store, case_id, status="submitted", submitted_on=day)
        events.add_event(store, license_id=case.license_id, kind=f"{case.procedure}_submitted", event_date=day,
                         summary=f"{default_catalogue().procedure(case.procedure).name}材料已提交",
                         detail={"case_id": case_id})
    return case_rows.get_case(store, case_id)


def record_correction(store: Store, case_id: int, *, notice_date: object, requested: str,
                      item_ids: list[int]) -> CaseRecord:
    """A 补正 notice: the case reopens on the items asked for."""
    case = _require_case(store, case_id, statuses=("submitted",))
    day = _date(notice_date, "notice_date", "补正通知日期")
    requested = requested.strip()
    if not requested:
        raise ValidationError(FieldError("requested", "补正内容", "请写明补正通知要求补充或更正什么"))
    items = {i.id: i for i in case_rows.items_for_case(store, case_id)}
    if not item_ids or any(i not in items for i in item_ids):
        raise ValidationError(FieldError("items", "补正材料", "请至少选择一项本办理事项中的材料"))
    outcome = dict(case.outcome)
    outcome.setdefault("corrections", []).append(
        {"notice_date": day.isoformat(), "requested": requested, "item_ids": item_ids})
    with store.atomic():
        for item_id in item_ids:
            before = items[item_id]
            after = apply_item_changes(before, {"state": "in_progress",
                                                "note": f"补正（{day.isoformat()}）：{requested}"[:2000]})
            case_rows.save_item(store, before, after, origin="correction")
        case_rows.update_case(store, case_id, status="correction", outcome=outcome)
        events.add_event(store, license_id=case.license_id, kind="correction_notice", event_date=day,
                         summary=f"收到补正通知：{requested[:60]}", detail={"case_id": case_id})
    return case_rows.get_case(store, case_id)


def approve_renewal(store: Store, case_id: int, *, approved_on: object, new_expiry: object) -> CaseRecord:
    """Approval with the new 有效期至: the license and its history are updated with the case."""
    case = _require_case(store, case_id, statuses=("submitted", "correction"))
    if case.procedure != "renewal":
        raise ValidationError(FieldError("case", "办理事项", "只有续期会更新有效期"))
    approved = _date(approved_on, "approved_on", "批准日期")
    expiry = _date(new_expiry, "new_expiry", "新的有效期至")
    license = licenses.get_license(store, case.license_id)
    if expiry <= license.expiry:
        raise ValidationError(FieldError("new_expiry", "新的有效期至",
                                         f"应晚于原有效期至 {license.expiry.isoformat()}"))
    if approved > expiry:
        raise ValidationError(FieldError("approved_on", "批准日期", "不能晚于新的有效期至"))
    outcome = {**case.outcome, "approved_on": approved.isoformat(), "old_expiry": license.expiry.isoformat(),
               "new_expiry": expiry.isoformat()}
    with store.atomic():
        licenses.update_license(store, license.id, replace(license, expiry=expiry, issued=approved))
        case_rows.update_case(store, case_id, status="approved", outcome=outcome, closed_at=approved.isoformat())
        events.add_event(store, license_id=license.id, kind="renewal_approved", event_date=approved,
                         summary=f"续期获批：有效期至 {license.expiry.isoformat()} → {expiry.isoformat()}",
                         detail={"case_id": case_id, **outcome})
    return case_rows.get_case(store, case_id)


def close_case(store: Store, case_id: int, *, closed_on: object, outcome_note: str = "",
               today: date | None = None) -> CaseRecord:
    """Finish a non-renewal case (annual report filed, change approved, cancellation done ...)."""
    case = _require_case(store, case_id, statuses=OPEN_STATUSES)
    day = _date(closed_on, "closed_on", "办结日期")
    name = default_catalogue().procedure(case.procedure).name
    with store.atomic():
        case_rows.update_case(store, case_id, status="closed", closed_at=day.isoformat(),
                              outcome={**case.outcome, "closed_on": day.isoformat(), "note": outcome_note})
        if case.procedure == "annual_report" and case.context.get("report_year"):
            license_ops.record_annual_report(store, case.license_id, year=int(case.context["report_year"]),
                                            filed_on=day, today=today)
        else:
            events.add_event(store, license_id=case.license_id, kind=f"{case.procedure}_closed", event_date=day,
                             summary=f"{name}已办结" + (f"：{outcome_note}" if outcome_note else ""),
                             detail={"case_id": case_id})
    return case_rows.get_case(store, case_id)
