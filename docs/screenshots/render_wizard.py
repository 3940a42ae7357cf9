"""Renders the renewal wizard's pages and a procedure dialog to PNG, on a throw-away database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render_wizard.py
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

from app.operations import cases as ops  # noqa: E402
from app.operations import licenses as license_ops  # noqa: E402
from app.operations import open_store, steps  # noqa: E402
from app.ui.widgets import confirmations  # noqa: E402

OUT = Path(__file__).resolve().parent
TODAY = date(2026, 11, 22)
LICENSE = {
    "number": "京B2-20190350", "company": "北京示例呼叫服务有限公司", "scope": "provincial",
    "issued": "2022-03-15", "expiry": "2027-03-14", "credit_code": "91110108MA01ABCD1E",
    "legal_rep": "张三", "capital_wan": "150", "capital_kind": "实缴", "address": "北京市海淀区示例路 1 号",
    "coverage": "北京市", "contact_person": "李四", "contact_phone": "010-12345678",
}


def save(widget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = open_store(Path(os.environ["LICENSE_KEEPER_HOME"]) / "shots.sqlite3")
    license_id = license_ops.add_license(store, LICENSE).id
    for year in (2023, 2024, 2026):
        license_ops.record_annual_report(store, license_id, year=year, filed_on=date(year, 3, 1))

    from app.ui.wizard.renewal_wizard import RenewalWizard

    wizard = RenewalWizard(store, license_id, today=TODAY)
    wizard.export_requested.connect(lambda _case_id: None)      # as the main window connects it
    wizard.import_requested.connect(lambda _case_id: None)
    wizard.show()
    save(wizard, "wizard-1-license.png")
    wizard.next()
    boxes = list(wizard.checks_page.ticks.values())
    boxes[0].setChecked(True)
    save(wizard, "wizard-2-checks.png")
    for box in boxes:
        box.setChecked(True)
    wizard.next()
    save(wizard, "wizard-3-timeline.png")
    items = ops.case_items(store, wizard.case_id)
    for item in items[:9]:
        ops.update_item(store, item.id, state="ready", owner="王五")
    ops.update_item(store, items[2].id, state="not_applicable", na_reason="公司只有一个股东，股东信息已在基本情况表中")
    ops.update_item(store, items[9].id, state="in_progress", owner="赵六", due_date="2026-11-15",
                    note="呼叫量数据等运营部导出")
    ops.update_item(store, items[10].id, due_date="2026-12-05", owner="赵六")
    scan = Path(os.environ["LICENSE_KEEPER_HOME"]) / "营业执照副本.pdf"
    scan.write_bytes(b"%PDF-1.4 example")
    ops.attach_file(store, items[3].id, scan)
    wizard.next()
    wizard.checklist.select_item(items[9].id)
    save(wizard, "wizard-4-checklist.png")
    wizard.checklist.select_item(items[11].id)
    editor = wizard.checklist.editor
    editor.state.setCurrentIndex(editor.state.findText("不适用"))
    save(wizard, "wizard-4-not-applicable.png")
    editor.state.setCurrentIndex(editor.state.findText("未准备"))
    wizard.next()
    save(wizard, "wizard-5-summary.png")
    wizard.summary_page.submitted_on.setText("2026-11-20")
    # Materials are still missing: the question asked first (a modal box) is answered "record it all the same".
    confirmations.confirm_submission = lambda *args, **kwargs: True
    wizard.summary_page.submit()
    save(wizard, "wizard-5-submitted.png")
    later = date(2027, 1, 8)
    steps.record_correction(store, wizard.case_id, notice_date="2026-11-28", reply_by="2026-12-10",
                            requested="业务开展情况报告补充 2024、2025 年的呼叫量", item_ids=[items[9].id], today=later)
    steps.submit(store, wizard.case_id, on="2026-12-02", today=later)
    steps.approve_renewal(store, wizard.case_id, approved_on="2027-01-08", new_issued="2027-01-08",
                          new_expiry="2032-03-14", today=later)
    wizard.today = later
    wizard.summary_page.refresh()
    save(wizard, "wizard-5-approved.png")
    wizard.close()

    from app.ui.procedures.procedure_dialog import ProcedureDialog
    from app.ui.procedures.start_dialog import StartProcedureDialog

    asking = StartProcedureDialog(store, license_id, "change", today=TODAY)
    asking.kind.setCurrentIndex(asking.kind.findData("legal_rep"))
    asking.trigger.setText("2026-11-10")
    asking.show()
    save(asking, "procedure-start-change.png")
    asking.close()

    case = ops.start_case(store, license_id, "change", change_kind="legal_rep", trigger_date=date(2026, 11, 10))
    dialog = ProcedureDialog(store, case.id, today=TODAY)
    dialog.export_requested.connect(lambda _case_id: None)
    dialog.import_requested.connect(lambda _case_id: None)
    dialog.show()
    save(dialog, "procedure-change.png")
    store.close()
    app.quit()


if __name__ == "__main__":
    main()
