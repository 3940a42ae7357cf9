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


def reseal(workbook) -> None:
    """Recompute the id sheet's checksum and the identity property after an edit of the id sheet,
    as someone forging a file could (the checksum guards against accidents, not forgers): the
    reader's own checks must then refuse what is wrong."""
    import json

    from app.exports.checklist_layout import IDENTITY_PROPERTY, META_SHEET, meta_checksum

    sheet = workbook[META_SHEET]
    values, pieces, checksum_cell = {}, None, None
    for row in sheet.iter_rows():
        first = row[0].value
        if pieces is not None:
            pieces.append(first)
        elif first == "rows":
            pieces = []
        elif isinstance(first, str) and len(row) > 1:
            values[first] = row[1].value
            if first == "checksum":
                checksum_cell = row[1]
    checksum = meta_checksum(case_id=values["case_id"], database_id=values["database_id"],
                             exported_at=values["exported_at"], first_row=values["first_row"],
                             row_count=values["row_count"], rows="".join(pieces))
    checksum_cell.value = checksum
    for prop in workbook.custom_doc_props:
        if prop.name == IDENTITY_PROPERTY:
            identity = json.loads(prop.value)
            identity["checksum"] = checksum
            prop.value = json.dumps(identity)
