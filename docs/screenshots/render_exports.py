"""Renders the step-4 export of the renewal wizard (with the message after it) and 设置 → 备份
(a backup to a USB stick, a restore to undo) to PNG, on throw-away data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render_exports.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
SCRATCH = Path(tempfile.mkdtemp(prefix="lk-shots-"))
os.environ["LICENSE_KEEPER_HOME"] = str(SCRATCH / "data")
os.environ["LICENSE_KEEPER_CONFIG"] = str(SCRATCH / "config.json")

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.operations import cases as ops  # noqa: E402
from app.operations import licenses as license_ops  # noqa: E402
from app.operations import open_store  # noqa: E402
from app.storage import backup  # noqa: E402

OUT = Path(__file__).resolve().parent
TODAY = date(2026, 12, 5)
LICENSE = {"number": "京B2-20190350", "company": "北京示例呼叫服务有限公司", "scope": "provincial",
           "issued": "2022-03-15", "expiry": "2027-03-14", "capital_wan": "150"}
OTHERS = [("B2-20110196", "华信客服科技股份有限公司", "national"),
          ("粤B2-20120564", "广州云声呼叫中心有限公司", "provincial")]


def save(widget, name: str) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def with_box_over(window, box, name: str) -> None:
    """The window with a message box over its middle, as a user sees them together."""
    window.show()
    box.show()
    QApplication.processEvents()
    picture = window.grab()
    over = box.grab()
    painter = QPainter(picture)
    at = QPoint((picture.width() - over.width()) // 2, (picture.height() - over.height()) // 2)
    painter.fillRect(at.x() - 1, at.y() - 1, over.width() + 2, over.height() + 2, QColor("#8a8a8a"))
    painter.drawPixmap(at, over)
    painter.end()
    picture.save(str(OUT / name))
    print("wrote", OUT / name)


def step_4(app, store, license_id: int) -> None:
    from app.ui.widgets.export_done import exported_box
    from app.ui.wizard.renewal_wizard import RenewalWizard

    for year in (2023, 2024, 2025, 2026):
        license_ops.record_annual_report(store, license_id, year=year, filed_on=date(year, 3, 1))
    wizard = RenewalWizard(store, license_id, today=TODAY)
    wizard.export_requested.connect(lambda _case_id: None)      # as the main window connects them
    wizard.import_requested.connect(lambda _case_id: None)
    wizard.show()
    for box in wizard.checks_page.ticks.values():
        box.setChecked(True)
    items = ops.case_items(store, wizard.case_id)
    for item in items[:6]:
        ops.update_item(store, item.id, state="ready", owner="王五")
    ops.update_item(store, items[6].id, state="in_progress", owner="赵六", due_date="2026-12-12",
                    note="等法人回来签字")
    while wizard.currentId() < 3:
        wizard.next()
    wizard.checklist.select_item(items[6].id)
    wizard.checklist_page.export_button.setFocus()
    path = "D:\\文档\\北京示例呼叫服务有限公司-续期材料清单-2026-12-05.xlsx"      # as on Windows
    box, _choices = exported_box(wizard, title="已导出", text=(
        f"材料清单已保存到：\n{path}\n\n发给同事填写；收回后用“导入员工填写的清单”导入。"))
    with_box_over(wizard, box, "wizard-4-export.png")
    box.close()
    wizard.close()


def settings_backups(app, store, db: Path) -> None:
    from app.ui.settings.settings_dialog import SettingsDialog

    for day in range(3):
        backup.backup_now(db, reason=backup.DAILY, now=datetime(2026, 12, 2 + day, 8, 31 + day))
    backup.backup_now(db, reason=backup.COPIED, now=datetime(2026, 12, 5, 9, 5))
    made = backup.backup_now(db, reason=backup.DAILY, now=datetime(2026, 12, 5, 8, 30))
    license_ops.add_license(store, {"number": "苏B2-20170456", "company": "苏州误录有限公司", "scope": "provincial",
                                    "issued": "2024-01-10", "expiry": "2029-01-09"})
    store.close()
    backup.restore_backup(made, db, now=datetime(2026, 12, 5, 15, 42))        # then regretted
    store = open_store(db)
    backup.backup_now(db, reason=backup.MANUAL, now=datetime(2026, 12, 5, 15, 44))
    dialog = SettingsDialog(store)
    dialog.resize(820, 620)
    dialog.show_tab("backups")
    save(dialog, "settings-backups.png")
    dialog.close()
    store.close()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    db = Path(os.environ["LICENSE_KEEPER_HOME"]) / "license-keeper.sqlite3"
    store = open_store(db)
    license_id = license_ops.add_license(store, LICENSE).id
    for number, company, scope in OTHERS:
        license_ops.add_license(store, {"number": number, "company": company, "scope": scope,
                                        "issued": "2022-03-15", "expiry": "2027-04-14"})
    scans = backup.attachments_folder(db) / "1"
    scans.mkdir(parents=True)
    (scans / "营业执照.pdf").write_bytes(b"%PDF-1.4" + bytes(200_000))
    step_4(app, store, license_id)
    settings_backups(app, store, db)
    app.quit()


if __name__ == "__main__":
    main()
