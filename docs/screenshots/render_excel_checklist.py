"""Render a sample renewal checklist to docs/screenshots/excel-checklist.png.

Needs LibreOffice (soffice) and poppler (pdftoppm); the tests do not. Run from the repository:
    .venv/bin/python docs/screenshots/render_excel_checklist.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.operations import cases as cases_ops  # noqa: E402
from app.operations import excel as excel_ops  # noqa: E402
from app.operations import licenses as license_ops  # noqa: E402
from app.operations import open_store  # noqa: E402
from app.storage import cases as case_rows  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = open_store(folder / "sample.sqlite3")
        license = license_ops.add_license(store, {
            "number": "京B2-20190350", "company": "北京示例呼叫服务有限公司", "scope": "provincial",
            "issued": "2022-03-15", "expiry": "2027-03-14", "capital_wan": "150"})
        case = cases_ops.start_case(store, license.id, "renewal")
        items = case_rows.items_for_case(store, case.id)
        today = date.today()
        cases_ops.update_item(store, items[0].id, state="in_progress", owner="王五",
                              due_date=today - timedelta(days=3), note="等法定代表人出差回来签字")
        cases_ops.update_item(store, items[1].id, state="ready", owner="李静", due_date=today + timedelta(days=10))
        cases_ops.update_item(store, items[2].id, state="not_applicable", na_reason="公司只有一个股东，无需另列股东信息表")
        cases_ops.update_item(store, items[3].id, state="ready", owner="李静", note="=已盖章（原件在档案柜）")
        cases_ops.update_item(store, items[9].id, owner="赵六", due_date=today + timedelta(days=20),
                              note="呼叫量数据请客服部提供\n按季度汇总")
        source = excel_ops.export_case(store, case.id, folder / "excel-checklist.xlsx")
        store.close()
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                       check=True, capture_output=True)
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile",
                        str(folder / "excel-checklist.pdf"), str(folder / "page")], check=True)
        target = ROOT / "docs" / "screenshots" / "excel-checklist.png"
        shutil.copyfile(folder / "page.png", target)
        print(target)


if __name__ == "__main__":
    main()
