"""Renders the screens that put mistakes right to PNG, on a throw-away database: the 回收站, a
finished case opened read-only, the question before a submission with materials missing, the
license page's 办理事项 with 已办结, and an archived license found by a search.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render_putting_right.py
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
os.environ["LICENSE_KEEPER_HOME"] = tempfile.mkdtemp(prefix="lk-shots-")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.operations import (  # noqa: E402
    archive,
    open_store,  # noqa: E402
    steps,
)
from app.operations import cases as ops  # noqa: E402
from app.operations import licenses as license_ops  # noqa: E402
from app.operations import trash as trash_ops  # noqa: E402

OUT = Path(__file__).resolve().parent
TODAY = date(2026, 12, 5)
HOME = Path(os.environ["LICENSE_KEEPER_HOME"])
LICENSE = {
    "number": "京B2-20190350", "company": "北京示例呼叫服务有限公司", "scope": "provincial",
    "issued": "2022-03-15", "expiry": "2027-03-14", "credit_code": "91110108MA01ABCD1E",
    "legal_rep": "张三", "capital_wan": "150", "capital_kind": "实缴", "address": "北京市海淀区示例路 1 号",
    "coverage": "北京市", "contact_person": "李四", "contact_phone": "010-12345678",
}
OTHERS = (
    {"number": "沪B2-20200712", "company": "上海示例客户服务有限公司", "scope": "provincial",
     "issued": "2021-08-01", "expiry": "2026-07-31"},
    {"number": "苏B2-20170456", "company": "苏州旧呼叫服务有限公司", "scope": "provincial",
     "issued": "2017-06-01", "expiry": "2022-05-31"},
    {"number": "京B2-20190305", "company": "北京示例呼叫服务有限公司（误录）", "scope": "provincial",
     "issued": "2022-03-15", "expiry": "2027-03-14"},
)


def save(widget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def scan(name: str, size: int) -> Path:
    path = HOME / name
    path.write_bytes(b"%PDF-1.4 " + b"x" * size)
    return path


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = open_store(HOME / "shots.sqlite3")
    license = license_ops.add_license(store, LICENSE, past_reports="filed", today=TODAY)
    others = [license_ops.add_license(store, raw, past_reports="filed", today=TODAY) for raw in OTHERS]

    # A renewal done last time round, kept to look at: its checklist, attachments and steps.
    renewal = ops.start_case(store, license.id, "renewal")
    items = ops.case_items(store, renewal.id)
    for item in items:
        ops.update_item(store, item.id, state="ready", owner="王五")
    ops.update_item(store, items[2].id, state="not_applicable", na_reason="公司只有一个股东，股东信息已在基本情况表中")
    ops.attach_file(store, items[0].id, scan("续期申请表（盖章）.pdf", 180_000))
    ops.attach_file(store, items[3].id, scan("营业执照副本.pdf", 420_000))
    steps.submit(store, renewal.id, on="2026-11-20", today=TODAY)
    steps.record_correction(store, renewal.id, notice_date="2026-11-25", requested="补充 2025 年呼叫量数据",
                            item_ids=[items[9].id], today=TODAY)
    ops.update_item(store, items[9].id, state="ready")
    steps.resubmit(store, renewal.id, on="2026-11-28", today=TODAY)
    steps.approve_renewal(store, renewal.id, approved_on="2026-12-03", new_issued="2026-12-03",
                          new_expiry="2031-12-02", today=TODAY)
    # Started in the app in October (this throw-away database is made today).
    store.conn.execute("UPDATE cases SET created_at = '2026-10-09T09:30:00' WHERE id = ?", (renewal.id,))
    # A change started by mistake, withdrawn with its reason; an annual report under way.
    change = ops.start_case(store, license.id, "change", change_kind="legal_rep", trigger_date=date(2026, 11, 2))
    steps.withdraw_case(store, change.id, reason="法定代表人最终未变更，股东会决议已撤销", on="2026-11-30", today=TODAY)
    ops.start_case(store, license.id, "annual_report", report_year=2027)

    # The 回收站: a mistyped license, a procedure started by mistake, a wrong scan.
    wrong = ops.start_case(store, others[0].id, "replacement")
    wrong_scan = ops.attach_file(store, ops.case_items(store, wrong.id)[0].id, scan("扫描件（错的）.pdf", 90_000))
    trash_ops.delete_attachment(store, wrong_scan.id)
    trash_ops.delete_case(store, wrong.id)
    trash_ops.delete_license(store, others[2].id)
    archive.archive_license(store, others[1].id, today=TODAY)

    from app.ui.trash.trash_dialog import TrashDialog

    trash = TrashDialog(store)
    trash.show()
    trash.table.selectRow(0)
    save(trash, "trash-dialog.png")
    trash.close()

    from app.ui.procedures.case_view_dialog import CaseViewDialog

    view = CaseViewDialog(store, renewal.id, today=TODAY)
    view.show()
    view.checklist.select_item(items[3].id)
    save(view, "case-finished.png")
    view.close()

    from app.ui.widgets.confirmations import submission_box
    from app.ui.wizard.renewal_wizard import RenewalWizard

    wizard = RenewalWizard(store, others[0].id, today=TODAY)      # 3 of 14 materials ready
    for item in ops.case_items(store, wizard.case_id)[:3]:
        ops.update_item(store, item.id, state="ready")
    wizard.show()
    box, _yes = submission_box(wizard, steps.outstanding_items(store, wizard.case_id))
    box.show()
    save(box, "submit-confirmation.png")
    box.close()
    wizard.close()

    from app.operations.settings import set_setting
    from app.ui.main_window import MainWindow
    from app.ui.settings.autostart_question import ASKED_KEY

    set_setting(store, ASKED_KEY, "no")         # back on the overview: not the start-at-login question
    window = MainWindow(store, today=lambda: TODAY)
    window.resize(1180, 720)
    window.show()
    window.open_license(license.id)
    page = window.license_page()
    page.tabs.setCurrentIndex(1)
    save(window, "license-page-finished-cases.png")
    window.show_dashboard()
    window.dashboard.finish_setup()
    window.dashboard.filter_edit.setText("苏")
    save(window, "dashboard-archived-search.png")
    window.close()
    store.close()
    app.quit()


if __name__ == "__main__":
    main()
