"""Every license with its deadlines, as a protected, printable workbook."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection

from app.domain.license import SCOPES
from app.domain.obligations import DONE, Obligation
from app.domain.status import STATUS_LABELS, LicenseOverview
from app.exports import excel_styles as st
from app.exports.xlsx import (
    CellMaker,
    cell_sheet,
    fitted_width,
    print_setup,
    protect,
    row_height,
    save_atomically,
    set_properties,
    wrapped_lines,
)

SHEET = "许可证一览"
COLUMNS: tuple[tuple[str, str, float, float], ...] = (
    ("company", "公司名称", 16, 32),
    ("number", "许可证编号", 14, 22),
    ("scope", "许可范围", 10, 16),
    ("issued", "发证日期", 12, 12),
    ("expiry", "有效期至", 12, 12),
    ("prepare_from", "开始准备续期", 12, 14),
    ("safe", "续期安全日期", 12, 14),
    ("last_working", "续期实际最后提交日", 12, 14),
    ("legal", "续期法定最后一日", 12, 14),
    ("annual", "下一次年报截止", 12, 14),
    ("next_label", "下一期限", 16, 34),
    ("next_date", "期限日期", 12, 12),
    ("days_left", "剩余天数", 8, 10),
    ("status", "状态", 8, 10),
    ("note", "备注", 10, 28),
)
DATES = {"issued", "expiry", "prepare_from", "safe", "last_working", "legal", "annual", "next_date"}
STATUS_COLOURS = (("overdue", "FFFFC7CE", "FF9C0006"), ("due30", "FFFFE0B2", "FF8A4B00"),
                  ("due90", "FFFFF2CC", "FF7F6000"))


@dataclass(frozen=True)
class DashboardExport:
    rows: tuple[LicenseOverview, ...]
    today: date
    exported_at: datetime


def next_annual_report(row: LicenseOverview, today: date) -> Obligation | None:
    """The first report not yet filed that can still be filed (up to the end of its grace month)."""
    return next((o for o in row.obligations.annual_reports() if o.state != DONE and o.until >= today), None)


def _values(row: LicenseOverview, today: date) -> dict[str, object]:
    lic, owed, nxt = row.license, row.obligations, row.next_deadline
    report = next_annual_report(row, today)
    renewal = next((o for o in owed.items if o.kind == "renewal" and o.state != DONE), None)
    milestones = {m.key: m.day for m in owed.milestones}
    notes = []
    if any(o.estimated for o in owed.items if o.is_open) or nxt.estimated:
        notes.append("含估算日期（该年节假日安排未收录）")
    if renewal is not None and renewal.state == "submitted":
        notes.append("续期已提交，待发证机关决定")
    if owed.not_renewing:
        notes.append("已决定不再续期")
    if lic.is_example:
        notes.append("示例数据")
    return {
        "company": lic.company, "number": lic.number, "scope": SCOPES[lic.scope], "issued": lic.issued,
        "expiry": lic.expiry, "prepare_from": milestones.get("prepare_from", "—"),
        "safe": milestones.get("renewal_safe_date", "—"),
        "last_working": renewal.act_by if renewal else "—", "legal": renewal.due if renewal else "—",
        "annual": report.act_by if report else "—", "next_label": nxt.label, "next_date": nxt.date,
        "days_left": row.days_left, "status": STATUS_LABELS[row.status], "note": "；".join(notes),
    }


def build_dashboard(data: DashboardExport) -> Workbook:
    workbook = Workbook(write_only=True)
    cell = CellMaker(workbook, st.all_styles())
    sheet = cell_sheet(workbook, SHEET)
    rows = [_values(r, data.today) for r in data.rows]
    for index, (key, header, minimum, maximum) in enumerate(COLUMNS, start=1):
        texts = (r[key] for r in rows if isinstance(r[key], str))
        sheet.column_dimensions[get_column_letter(index)].width = fitted_width(
            texts, header=header, minimum=minimum, maximum=maximum)
    last_letter = get_column_letter(len(COLUMNS))
    header_row, first = 3, 4
    last = header_row + len(rows)
    sheet.row_dimensions[1].height = 30
    sheet.row_dimensions[header_row].height = 30
    sheet.freeze_panes = f"C{first}"
    print_setup(sheet, title_rows=f"{header_row}:{header_row}",
                header_left=f"许可证一览（按 {data.today.isoformat()} 计算）")
    sheet.append([cell(sheet, "许可证一览", st.TITLE)])
    sheet.append([cell(sheet, f"按 {data.today.isoformat()} 计算剩余天数；导出时间", st.SMALL), None, None,
                  cell(sheet, data.exported_at.replace(second=0, microsecond=0), st.VALUE_STAMP)])
    sheet.merged_cells.add(f"A1:{last_letter}1")
    sheet.merged_cells.add("A2:C2")
    sheet.append([cell(sheet, header, st.HEADER) for _key, header, *_r in COLUMNS])
    styles = {key: (st.CELL_DATE if key in DATES else st.CELL) for key, *_r in COLUMNS}
    styles.update(days_left=st.CELL_NUMBER, status=st.CELL_CENTER)
    if not rows:
        sheet.append([cell(sheet, "还没有登记许可证。", st.CELL)])
    wrapped = [(key, sheet.column_dimensions[get_column_letter(index)].width)
               for index, (key, *_r) in enumerate(COLUMNS, start=1) if key not in DATES]
    for number, values in enumerate(rows, start=first):
        lines = max(wrapped_lines(str(values[key]), width) for key, width in wrapped)
        if lines > 1:
            sheet.row_dimensions[number].height = row_height(lines)
        sheet.append([cell(sheet, values[key], styles[key]) for key, *_r in COLUMNS])
    if rows:
        status = get_column_letter(len(COLUMNS) - 1)
        for key, fill, font in STATUS_COLOURS:
            sheet.conditional_formatting.add(f"A{first}:{last_letter}{last}", FormulaRule(
                formula=[f'${status}{first}="{STATUS_LABELS[key]}"'], stopIfTrue=True, font=Font(color=font),
                fill=PatternFill(fill_type="solid", start_color=fill, end_color=fill)))
        sheet.auto_filter.ref = f"A{header_row}:{last_letter}{last}"
    protect(sheet)
    workbook.security = WorkbookProtection(lockStructure=True)
    set_properties(workbook, title="许可证一览", subject=f"全部许可证的期限（按 {data.today.isoformat()} 计算）",
                   created=data.exported_at)
    return workbook


def write_dashboard(data: DashboardExport, target: Path) -> Path:
    return save_atomically(lambda: build_dashboard(data), Path(target))
