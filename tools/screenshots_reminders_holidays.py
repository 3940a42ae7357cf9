"""Render the reminders dialog and the holidays dialog offscreen to docs/screenshots/.

    .venv/bin/python tools/screenshots_reminders_holidays.py

Uses a temporary database with three example licenses and a fixed "today", so the pictures
do not change from run to run.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.holiday_text import parse_schedule_text  # noqa: E402
from app.operations import holidays as holiday_ops  # noqa: E402
from app.operations import licenses as license_ops  # noqa: E402
from app.operations import open_store  # noqa: E402

TODAY = date(2026, 10, 1)
OUT = ROOT / "docs" / "screenshots"
LICENSES = [
    {"number": "京B2-20190350", "company": "北京示例呼叫服务有限公司", "scope": "provincial",
     "issued": "2022-03-15", "expiry": "2027-03-14", "capital_wan": "150"},
    {"number": "粤B2-20120564", "company": "广州示例客户服务有限公司", "scope": "provincial",
     "issued": "2021-12-01", "expiry": "2026-11-30", "capital_wan": "200"},
    {"number": "B2-20110196", "company": "全网示例科技股份有限公司", "scope": "national",
     "issued": "2024-06-01", "expiry": "2029-05-31", "capital_wan": "1000", "lead_times": "30,7"},
]
SCHEDULE_2027 = """2027-01-01 休
2027-02-06 班
2027-02-10 至 2027-02-17 休
2027-02-20 班
"""


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from app.ui.reminders.reminders_dialog import open_reminders
    from app.ui.settings.holidays_dialog import HolidaysDialog

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "shots.sqlite3")
        for raw in LICENSES:
            license_ops.add_license(store, raw)
        dialog = open_reminders(None, store, today=TODAY)
        app.processEvents()
        dialog.grab().save(str(OUT / "reminders-dialog.png"))
        dialog.close()

        holiday_ops.save_holiday_schedule(store, parse_schedule_text(SCHEDULE_2027, note="示例：请按国务院通知录入"))
        holidays = HolidaysDialog(store, today=TODAY)
        holidays.show()
        holidays.select_year(2028)
        app.processEvents()
        holidays.grab().save(str(OUT / "holidays-dialog-estimated.png"))
        holidays.select_year(2027)
        app.processEvents()
        holidays.grab().save(str(OUT / "holidays-dialog.png"))
        paste = holidays.open_paste_dialog()
        paste.text_edit.setPlainText(
            "春节：2月10日（星期三）至17日（星期三）放假调休，共8天。2月7日（星期日）、2月20日（星期六）上班。\n"
            "国庆节：10月1日至7日放假调休，共7天。9月26日（星期日）、10月9日（星期六）上班。")
        paste.update_preview()
        app.processEvents()
        paste.grab().save(str(OUT / "holidays-paste.png"))
        paste.close()
        holidays.close()
        store.close()
    print(f"saved to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
