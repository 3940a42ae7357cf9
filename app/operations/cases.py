"""Case operations shared by the wizard, the checklist view, the Excel round trip and the CLI."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

from app.domain.cases import (
    FINISHED_STATUSES,
    OPEN_STATUSES,
    CaseItem,
    ChecklistEntry,
    apply_item_changes,
    freshness_warning,
)
from app.domain.catalogue import CaseContext, default_catalogue
from app.domain.deadlines import CHANGE_KINDS
from app.domain.eligibility import CheckResult, renewal_checks
from app.domain.errors import FieldError, ValidationError
from app.domain.item_undo import UNDO, change_to_undo, undone_item
from app.domain.license import MAX_YEAR, MIN_YEAR, License
from app.domain.obligations import Obligation
from app.domain.text import shown
from app.operations import attachments as attachment_ops
from app.operations import obligations
from app.paths import attachments_folder
from app.storage import cases as case_rows
from app.storage import events, licenses
from app.storage.cases import CaseRecord
from app.storage.database import Store
from app.storage.events import Event


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


def finished_cases(store: Store, license_id: int) -> list[CaseRecord]:
    """The license's finished cases (approved, done, withdrawn), the latest first."""
    return case_rows.cases_for_license(store, license_id, statuses=FINISHED_STATUSES)


def all_cases(store: Store, license_id: int) -> list[CaseRecord]:
    """Every case of the license, open and finished, newest first."""
    return case_rows.cases_for_license(store, license_id)


def case_events(store: Store, case: CaseRecord) -> list[Event]:
    """What happened in the case, oldest first: the lines of the license's history that tell of it."""
    return [e for e in reversed(events.events_for(store, case.license_id)) if e.detail.get("case_id") == case.id]


def license_of(store: Store, case: CaseRecord) -> License | None:
    return licenses.get_license(store, case.license_id)


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


def case_obligation(store: Store, case: CaseRecord, *, today: date) -> Obligation | None:
    """What the case is for, as the license owes it (app.domain.obligations): its due day, the
    day to act by and where it stands. None for a procedure without a deadline."""
    license = licenses.get_license(store, case.license_id)
    owed = obligations.of_license(store, license, today=today)
    if case.procedure == "annual_report" and case.context.get("report_year"):
        return owed.find(f"annual_report:{int(case.context['report_year'])}")
    if case.procedure == "cancellation":
        return owed.find("cancellation")
    found = [o for o in owed.for_case(case.id) if o.kind != "correction"]
    if not found and case.procedure == "renewal":
        found = [o for o in owed.items if o.kind == "renewal" and o.state != "done"]
    return found[0] if found else None


def update_item(store: Store, item_id: int, *, origin: str = "app", **changes) -> CaseItem:
    """Validate and save changes to one checklist item (history kept); nothing saved if invalid."""
    item = case_rows.get_item(store, item_id)
    if item is None:
        raise ValidationError(FieldError("item", "材料", "这一项已不存在"))
    updated = apply_item_changes(item, changes)
    case_rows.save_item(store, item, updated, origin=origin)
    return updated


def last_item_change(store: Store, item_id: int) -> list[case_rows.HistoryEntry]:
    """The rows of the item's last save that an undo would take back (empty: nothing to undo)."""
    return change_to_undo(case_rows.item_history(store, item_id))


def undo_item_change(store: Store, item_id: int) -> CaseItem:
    """Take back the item's last save (Ctrl+Z in the checklist): the item is again exactly as it
    was before it; the undo is itself kept in the item's history. ValidationError when there is
    nothing to undo."""
    item = case_rows.get_item(store, item_id)
    if item is None:
        raise ValidationError(FieldError("item", "材料", "这一项已不存在"))
    save = last_item_change(store, item_id)
    if not save:
        raise ValidationError(FieldError("item", "材料", f"“{item.name}”没有可以撤销的修改"))
    restored = undone_item(item, save)
    case_rows.save_item(store, item, restored, origin=UNDO)
    return restored


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
    open_changes = [c for c in open_cases(store, license_id) if c.procedure == "change"]
    return renewal_checks(license=license, owed=obligations.of_license(store, license, today=today), today=today,
                          open_change_cases=len(open_changes), catalogue=default_catalogue())
