"""Render the screenshots of a license's life offscreen (needs a CJK font, e.g. fonts-wqy-microhei):
a renewal submitted and waiting, the approval with the new certificate's dates, a missed renewal,
the decision not to renew, and a change approved with its new value.

    .venv/bin/python docs/screenshots/render_lifecycle.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from app.operations import cases as case_ops  # noqa: E402
from app.operations import licenses as license_ops  # noqa: E402
from app.operations import open_store, steps  # noqa: E402
from app.ui.application import make_application  # noqa: E402
from app.ui.license.not_renewing_dialog import NotRenewingDialog  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.procedures.change_approval_dialog import ChangeApprovalDialog  # noqa: E402
from app.ui.wizard.approval_dialog import RenewalApprovalDialog  # noqa: E402

TODAY = date(2026, 12, 20)
LICENSE = {"number": "京B2-20190350", "company": "北京示例呼叫服务有限公司", "scope": "provincial",
           "issued": "2022-03-15", "expiry": "2027-03-14", "capital_wan": "150", "legal_rep": "张三",
           "credit_code": "91110108MA01ABCD1E"}


def settle(seconds: float = 0.3) -> None:
    app = make_application()
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        app.processEvents()


def shoot(widget, name: str) -> None:
    settle()
    widget.grab().save(str(HERE / name))
    print(HERE / name)


def main() -> None:
    make_application()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "lifecycle.sqlite3")
        submitted = license_ops.add_license(store, LICENSE, past_reports="filed", today=date(2026, 11, 1))
        renewal = case_ops.start_case(store, submitted.id, "renewal")
        steps.submit(store, renewal.id, on="2026-11-20", today=TODAY)
        missed = license_ops.add_license(store, {**LICENSE, "number": "沪B2-20200712", "company": "上海示例客户服务有限公司",
                                                 "issued": "2022-02-01", "expiry": "2027-01-31"},
                                         past_reports="filed", today=date(2026, 11, 1))
        change = case_ops.start_case(store, submitted.id, "change", change_kind="legal_rep",
                                     trigger_date=date(2026, 11, 2))
        steps.submit(store, change.id, on="2026-11-20", today=TODAY)

        window = MainWindow(store, today=lambda: TODAY)
        window.resize(1180, 760)
        window.show()
        window.open_license(submitted.id)
        window.statusBar().clearMessage()
        shoot(window, "license-submitted.png")
        window.open_license(missed.id)
        shoot(window, "license-missed.png")

        approval = RenewalApprovalDialog(store, renewal.id, window, today=TODAY)
        approval.new_issued.setText("2026-12-18")
        approval.fill_from_old.click()
        approval.show()
        shoot(approval, "renewal-approval.png")
        approval.close()

        change_dialog = ChangeApprovalDialog(store, change.id, window, today=TODAY)
        change_dialog.editors["legal_rep"].setText("李四")
        change_dialog.show()
        shoot(change_dialog, "change-approval.png")
        change_dialog.close()

        deciding = NotRenewingDialog(store, license_ops.get_license(store, missed.id), window, today=TODAY)
        deciding.show()
        shoot(deciding, "not-renewing.png")
        deciding.close()
        store.close()


if __name__ == "__main__":
    main()
