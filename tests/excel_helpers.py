"""Shared by the Excel tests: a license with a case, and a staff member editing the file."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.exports.checklist_layout import COLUMN_INDEX, MAIN_SHEET
from app.exports.xlsx import set_text
from app.operations import cases as cases_ops
from app.operations import licenses as license_ops
from app.storage import cases as case_rows

LICENSE = {"number": "京B2-20190350", "company": "北京示例呼叫服务有限公司", "scope": "provincial",
           "issued": "2022-03-15", "expiry": "2027-03-14", "capital_wan": "150"}


def renewal_case(store):
    license = license_ops.add_license(store, dict(LICENSE))
    case = cases_ops.start_case(store, license.id, "renewal")
    return case, case_rows.items_for_case(store, case.id)


def first_item_row(path: Path) -> int:
    workbook = load_workbook(path, read_only=True)
    try:
        for index, row in enumerate(workbook[MAIN_SHEET].iter_rows(values_only=True), start=1):
            if row and row[0] == "序号":
                return index + 1
    finally:
        workbook.close()
    raise AssertionError("no header row")


def staff_edit(path: Path, edits: dict[tuple[int, str], object], *, save_to: Path | None = None) -> Path:
    """Change cells as a person in Excel would (text stays text), keyed by (row, column key)."""
    workbook = load_workbook(path)
    sheet = workbook[MAIN_SHEET]
    for (row, key), value in edits.items():
        cell = sheet.cell(row=row, column=COLUMN_INDEX[key])
        if isinstance(value, str):
            set_text(cell, value)
        else:
            cell.value = value
    target = save_to or path
    workbook.save(target)
    return target
