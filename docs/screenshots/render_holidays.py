"""Renders the holiday schedules dialog to PNG, on throw-away data: an estimated year, a year
entered by hand, and a year imported from a file (the sample in docs/examples/).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render_holidays.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.workdays import YearSchedule  # noqa: E402
from app.operations import holidays as holiday_ops  # noqa: E402
from app.operations import licenses as license_ops  # noqa: E402
from app.operations import open_store  # noqa: E402
from app.ui.settings.holidays_dialog import HolidaysDialog  # noqa: E402

OUT = Path(__file__).resolve().parent
TODAY = date(2026, 12, 5)
LICENSES = [("京B2-20190350", "北京示例呼叫服务有限公司", "provincial", "2022-03-15", "2027-03-14"),
            ("B2-20110196", "华信客服科技股份有限公司", "national", "2023-06-01", "2028-05-31"),
            ("粤B2-20120564", "广州云声呼叫中心有限公司", "provincial", "2024-09-01", "2029-08-31")]


def main() -> None:
    app = QApplication.instance() or QApplication([])
    store = open_store(Path(tempfile.mkdtemp(prefix="lk-shots-")) / "holidays.sqlite3")
    for number, company, scope, issued, expiry in LICENSES:
        license_ops.add_license(store, {"number": number, "company": company, "scope": scope, "issued": issued,
                                        "expiry": expiry, "capital_wan": "1000" if scope == "national" else "150"})
    holiday_ops.save_holiday_schedule(store, YearSchedule(
        2027, holidays=frozenset({date(2027, 1, 1), *(date(2027, 2, d) for d in range(10, 18))}),
        workdays=frozenset({date(2027, 2, 6), date(2027, 2, 20)}), note="示例：请按国务院通知录入"))
    plan = holiday_ops.read_holiday_file(store, ROOT / "docs" / "examples" / "holiday-cn-sample-2099.json")
    holiday_ops.import_holiday_file(store, plan)
    dialog = HolidaysDialog(store, today=TODAY)
    dialog.show()
    for year, name in ((2028, "holidays-dialog-estimated.png"), (2027, "holidays-dialog.png"),
                       (2099, "holidays-dialog-imported.png")):
        dialog.select_year(year)
        app.processEvents()
        dialog.grab().save(str(OUT / name))
    store.close()


if __name__ == "__main__":
    main()
