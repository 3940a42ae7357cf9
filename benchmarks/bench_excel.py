"""A 10,000-row checklist: export against openpyxl writing the same cells unstyled (write-only),
and import of the exported file against openpyxl reading it plainly (read-only), in one run.

Target: export ≤ 2× the plain write. Import is reported beside it.
"""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook

from app.domain.catalogue import default_catalogue
from app.exports.excel_checklist import build_checklist, write_checklist
from app.operations import excel as excel_ops
from app.operations import licenses as license_ops
from app.operations import open_store
from app.storage import cases as case_rows
from benchmarks.common import Result, best_of

ROWS = 10_000
LICENSE = {"number": "京B2-20190350", "company": "北京示例呼叫服务有限公司", "scope": "provincial",
           "issued": "2022-03-15", "expiry": "2027-03-14", "capital_wan": "150"}


def seed_case(store, rows: int = ROWS) -> int:
    """A renewal case with ``rows`` items (the catalogue's materials over and over)."""
    license = license_ops.add_license(store, LICENSE)
    materials = default_catalogue().procedure("renewal").materials
    items = []
    for index in range(rows):
        material = materials[index % len(materials)]
        items.append({
            "material_id": f"{material.id}_{index}", "position": index + 1, "name": material.name,
            "description": material.description, "forms": json.dumps(list(material.forms), ensure_ascii=False),
            "sources": json.dumps(list(material.sources)), "state": ("missing", "in_progress", "ready")[index % 3],
            "na_reason": "", "owner": ("王五", "赵六", "")[index % 3],
            "due_date": date(2026, 12, 1 + index % 28).isoformat() if index % 2 else None,
            "note": "已联系财务部门，下周一提供盖章复印件" if index % 4 == 0 else "",
        })
    return case_rows.insert_case(store, license_id=license.id, procedure="renewal", context={}, items=items)


def visible_values(workbook: Workbook) -> list[list]:
    sheet = workbook.worksheets[0]
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def plain_write(rows: list[list], target: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("材料清单")
    for row in rows:
        sheet.append(row)
    workbook.save(target)


def plain_read(source: Path) -> int:
    workbook = load_workbook(source, read_only=True)
    count = sum(1 for sheet in workbook.worksheets for _ in sheet.iter_rows(values_only=True))
    workbook.close()
    return count


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = open_store(folder / "bench.sqlite3")
        try:
            case_id = seed_case(store)
            data = excel_ops.checklist_data(store, case_id)
            ours_file, plain_file = folder / "checklist.xlsx", folder / "plain.xlsx"
            # The same cells, as values: what the styled export puts on its visible sheet.
            rows = _values_of(data)
            plain, _ = best_of(3, lambda: plain_write(rows, plain_file))
            ours, _ = best_of(3, lambda: write_checklist(data, ours_file))
            read_plain, _ = best_of(3, lambda: plain_read(ours_file))
            imported, plan = best_of(3, lambda: excel_ops.preview_import(store, ours_file))
        finally:
            store.close()
    ratio = ours / plain
    return [
        Result(name=f"export of a {ROWS:,}-row checklist (named styles, validation, protection, hidden ids)",
               measured=ours, baseline=plain, target="≤ 2× openpyxl write-only unstyled",
               passed=ratio <= 2.0, note=f"{ratio:.2f}× the plain write"),
        Result(name=f"import of the same file ({plan.rows_read:,} rows checked, {len(plan.errors)} errors)",
               measured=imported, baseline=read_plain, target="reported (baseline: plain read-only read)",
               passed=plan.rows_read == ROWS and plan.ok, note=f"{imported / read_plain:.2f}× the plain read"),
    ]


def _values_of(data) -> list[list]:
    """The visible sheet's values, read back from an in-memory build of the export."""
    import io

    buffer = io.BytesIO()
    build_checklist(data).save(buffer)
    buffer.seek(0)
    return visible_values(load_workbook(buffer))


if __name__ == "__main__":
    for result in run():
        print(f"{result.name}: {result.measured * 1000:.0f} ms vs {result.baseline * 1000:.0f} ms "
              f"— {result.note} — {'PASS' if result.passed else 'MISS'}")
