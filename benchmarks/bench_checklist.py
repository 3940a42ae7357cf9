"""The checklist and the renewal wizard as a user feels them, against same-run baselines.

- One change in the item editor (validate, save with history, re-read the 14 rows, redraw the
  model) against the bare save operation it wraps. Target: ≤ 25 ms, so typing never lags.
- Opening the renewal wizard on a case left at the checklist step (resume walks pages 1–4,
  runs the self-check and the time line) against a bare QWizard with five empty pages.
  Target: ≤ 250 ms.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_checklist
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.common import Result, best_of

TODAY = date(2026, 11, 22)
LICENSE = {"number": "京B2-20190350", "company": "北京示例呼叫服务有限公司", "scope": "provincial",
           "issued": "2022-03-15", "expiry": "2027-03-14", "capital_wan": "150"}


def run() -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LICENSE_KEEPER_HOME"] = tempfile.mkdtemp(prefix="lk-bench-")
    from PySide6.QtWidgets import QApplication, QWizard, QWizardPage

    from app.operations import cases as ops
    from app.operations import licenses as license_ops
    from app.operations import open_store
    from app.ui.checklist.checklist_view import ChecklistView
    from app.ui.wizard.renewal_wizard import CHECKLIST, RenewalWizard

    app = QApplication.instance() or QApplication([])
    store = open_store(Path(os.environ["LICENSE_KEEPER_HOME"]) / "bench.sqlite3")
    license_id = license_ops.add_license(store, LICENSE).id
    case = ops.start_case(store, license_id, "renewal")
    item_id = ops.case_items(store, case.id)[4].id
    view = ChecklistView(store, case.id, today=TODAY)
    view.select_item(item_id)
    names = iter(range(10**6))

    def editor_save():
        view.editor.owner.setText(f"负责人{next(names)}")
        view.editor.save_owner()

    def bare_save():
        ops.update_item(store, item_id, owner=f"负责人{next(names)}")

    saved, _ = best_of(30, editor_save)
    bare, _ = best_of(30, bare_save)

    ops.acknowledge_checks(store, case.id, [r.id for r in ops.check_renewal(store, license_id, today=TODAY)])
    ops.set_wizard_step(store, case.id, CHECKLIST)

    def open_wizard():
        wizard = RenewalWizard(store, license_id, today=TODAY)
        wizard.show()
        app.processEvents()
        assert wizard.currentId() == CHECKLIST
        wizard.close()
        wizard.deleteLater()

    def open_bare():
        wizard = QWizard()
        for _ in range(5):
            wizard.addPage(QWizardPage())
        wizard.show()
        app.processEvents()
        wizard.close()
        wizard.deleteLater()

    opened, _ = best_of(5, open_wizard)
    baseline, _ = best_of(5, open_bare)
    store.close()
    return [
        Result(name="one change in the item editor (save + reload of 14 rows)", measured=saved,
               baseline=bare, target="≤ 25 ms", passed=saved <= 0.025,
               note=f"{saved / bare:.1f}× the bare save"),
        Result(name="open the renewal wizard, resuming at the checklist", measured=opened,
               baseline=baseline, target="≤ 250 ms", passed=opened <= 0.25,
               note=f"{opened / baseline:.1f}× a bare five-page QWizard"),
    ]


if __name__ == "__main__":
    for result in run():
        print(f"{result.name}: {result.measured * 1000:.1f} ms vs {result.baseline * 1000:.1f} ms "
              f"— {result.note} — target {result.target} — {'PASS' if result.passed else 'MISS'}")
