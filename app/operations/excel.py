"""Excel round trip shared by the GUI and the CLI: export a case, export the dashboard, import
a staff-edited checklist (previewed, then applied all or nothing)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path

from app.domain.case_deadlines import case_deadlines
from app.domain.catalogue import default_catalogue
from app.domain.checklist_import import ImportPlan, plan_import
from app.domain.deadlines import CHANGE_KINDS
from app.domain.errors import FieldError, ValidationError
from app.domain.license import SCOPES
from app.domain.text import shown
from app.exports.errors import ExportError, ImportRefused
from app.operations import cases as cases_ops
from app.operations import licenses as license_ops
from app.operations import obligations
from app.storage import cases as case_rows
from app.storage import licenses, settings
from app.storage.cases import CaseRecord
from app.storage.database import Store

DATABASE_ID_KEY = "database_id"
__all__ = ["ExportError", "ImportRefused", "database_identity", "export_case", "export_dashboard",
           "preview_import", "apply_import", "import_checklist", "case_for_export", "short_title"]


def database_identity(store: Store) -> str:
    """A random id given to this database on first use, written into every exported checklist."""
    identity = settings.get_setting(store, DATABASE_ID_KEY)
    if not identity:
        identity = str(uuid.uuid4())
        settings.set_setting(store, DATABASE_ID_KEY, identity)
    return identity


def case_note(case: CaseRecord) -> str:
    context = case.context
    if case.procedure == "change" and context.get("change_kind") in CHANGE_KINDS:
        note = CHANGE_KINDS[context["change_kind"]][0]
        if context.get("trigger_date"):
            note += f"，起算日期 {context['trigger_date']}"
        return note
    if case.procedure == "annual_report" and context.get("report_year"):
        return f"{context['report_year']}年报送"
    return ""


def short_title(case: CaseRecord) -> str:
    """The procedure in a few characters, as a file name gives it: 续期, 法定代表人变更, 2027年年报."""
    context = case.context
    if case.procedure == "annual_report" and context.get("report_year"):
        return f"{context['report_year']}年年报"
    if case.procedure == "change" and context.get("change_kind") in CHANGE_KINDS:
        name = CHANGE_KINDS[context["change_kind"]][0]
    else:
        name = default_catalogue().procedure(case.procedure).name
    return name.split("（")[0]


def checklist_data(store: Store, case_id: int, *, now: datetime | None = None):
    """What the checklist of ``case_id`` shows (see app.exports.excel_checklist)."""
    from app.exports.excel_checklist import ChecklistExport

    case = case_rows.get_case(store, case_id)
    if case is None:
        raise ValidationError(FieldError("case", "办理事项", "这个办理事项已不存在"))
    license = licenses.get_license(store, case.license_id)
    catalogue = default_catalogue()
    today = (now or datetime.now()).date()
    dates = case_deadlines(procedure=case.procedure, obligation=cases_ops.case_obligation(store, case, today=today),
                           owed=obligations.of_license(store, license, today=today))
    return ChecklistExport(
        case_id=case.id, database_id=database_identity(store), company=license.company,
        license_number=license.number, scope_label=SCOPES[license.scope],
        procedure_name=catalogue.procedure(case.procedure).name, case_note=case_note(case),
        deadlines=tuple(dates), items=tuple(case_rows.items_for_case(store, case.id)),
        sources=catalogue.sources, exported_at=now or datetime.now())


def export_case(store: Store, case_id: int, target: Path, *, now: datetime | None = None) -> Path:
    """Write the checklist of one case to ``target``; ExportError when the file cannot be written."""
    from app.exports.excel_checklist import write_checklist

    return write_checklist(checklist_data(store, case_id, now=now), Path(target))


def case_for_export(store: Store, license_number: str, procedure: str, *, change_kind: str | None = None,
                    trigger_date: date | None = None, report_year: int | None = None) -> CaseRecord:
    """The open case of that procedure for the license, started when there is none.

    A change is matched on its kind and start date: several changes can be open at once.
    """
    license = license_ops.find_license(store, license_number)
    if license is None:
        raise ValidationError(FieldError("license", "许可证", f"找不到编号为 {shown(license_number)} 的许可证"))
    if procedure == "change":
        for case in cases_ops.open_cases(store, license.id):
            if (case.procedure == "change" and case.context.get("change_kind") == change_kind
                    and trigger_date and case.context.get("trigger_date") == trigger_date.isoformat()):
                return case
        return cases_ops.start_case(store, license.id, "change", change_kind=change_kind,
                                    trigger_date=trigger_date)
    existing = cases_ops.open_case(store, license.id, procedure)
    if existing is not None:
        return existing
    year = report_year if procedure == "annual_report" else None
    return cases_ops.start_case(store, license.id, procedure, report_year=year)


def export_dashboard(store: Store, target: Path, *, today: date, now: datetime | None = None) -> Path:
    from app.exports.excel_dashboard import DashboardExport, write_dashboard

    rows = obligations.overviews(store, today=today)
    data = DashboardExport(rows=tuple(rows), today=today, exported_at=now or datetime.now())
    return write_dashboard(data, Path(target))


def preview_import(store: Store, source: Path, *, expected_case_id: int | None = None) -> ImportPlan:
    """Read a staff-edited checklist and say, row by row, what would change or what is wrong.

    ImportRefused when the file as a whole cannot be used (not a workbook, damaged, not from
    this database, another case than ``expected_case_id``, the case closed or gone).
    """
    from app.exports.excel_import import COLUMN_LETTERS, read_checklist

    sheet = read_checklist(Path(source))
    if sheet.database_id != database_identity(store):
        raise ImportRefused("这份清单是从另一个数据库导出的（另一台电脑或另一份数据），不能导入到这里。"
                            "请在导出它的许可证管家中导入，或从这里重新导出。")
    case = case_rows.get_case(store, sheet.case_id)
    if case is None:
        raise ImportRefused("这份清单对应的办理事项已不存在（可能已被删除），无法导入。")
    if expected_case_id is not None and case.id != expected_case_id:
        expected = case_rows.get_case(store, expected_case_id)
        raise ImportRefused(f"这份清单属于另一个办理事项（#{case.id} {_case_title(case)}），"
                            f"不是当前的 #{expected_case_id} {_case_title(expected) if expected else ''}。"
                            "请选择正确的文件。")
    if case.status not in ("open", "submitted", "correction"):
        raise ImportRefused(f"办理事项 #{case.id} {_case_title(case)} 已办结，清单不能再导入。")
    items = {item.id: item for item in case_rows.items_for_case(store, case.id)}
    return plan_import(case_id=case.id, rows=sheet.rows, items=items, columns=COLUMN_LETTERS,
                       file_problems=sheet.problems, notices=sheet.notices)


def _case_title(case: CaseRecord) -> str:
    return default_catalogue().procedure(case.procedure).name


def apply_import(store: Store, plan: ImportPlan) -> int:
    """Apply a previewed plan in one transaction (item history origin "excel"); returns the
    number of items changed. Refused when the plan has errors or the items changed since."""
    if plan.errors:
        raise ValidationError(FieldError("file", "清单", f"有 {len(plan.errors)} 处错误，未导入任何内容"))
    changed = 0
    with store.atomic():
        for row in plan.changed_rows:
            current = case_rows.get_item(store, row.before.id)
            if current != row.before:
                raise ValidationError(FieldError(
                    "file", "清单", f"第 {row.row} 行“{row.name}”在预览之后又被修改过，请重新导入"))
            case_rows.save_item(store, row.before, row.after, origin="excel")
            changed += 1
    return changed


def import_checklist(store: Store, source: Path, *, dry_run: bool = False,
                     expected_case_id: int | None = None) -> tuple[ImportPlan, int]:
    """Preview, then apply unless ``dry_run`` or anything is wrong: (plan, items changed)."""
    plan = preview_import(store, source, expected_case_id=expected_case_id)
    if dry_run or plan.errors:
        return plan, 0
    return plan, apply_import(store, plan)
