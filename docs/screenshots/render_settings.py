"""Renders the settings dialog and the start-up recovery dialog to PNG, on throw-away data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render_settings.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
SCRATCH = Path(tempfile.mkdtemp(prefix="lk-shots-"))
# A data folder where a user's would be (platformdirs follows XDG_DATA_HOME on Linux).
os.environ["XDG_DATA_HOME"] = str(SCRATCH / "home" / "zhang" / ".local" / "share")
os.environ["LICENSE_KEEPER_CONFIG"] = str(SCRATCH / "config.json")
for name in ("LICENSE_KEEPER_HOME", "LICENSE_KEEPER_DB"):
    os.environ.pop(name, None)

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.operations import licenses as license_ops  # noqa: E402
from app.operations import open_store  # noqa: E402
from app.paths import default_db_path  # noqa: E402
from app.storage import backup, start  # noqa: E402

OUT = Path(__file__).resolve().parent
LICENSES = [("京B2-20190350", "北京示例呼叫服务有限公司", "provincial"),
            ("B2-20110196", "华信客服科技股份有限公司", "national"),
            ("粤B2-20120564", "广州云声呼叫中心有限公司", "provincial")]


def save(widget, name: str) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def main() -> None:
    from app.ui.recovery_dialog import RecoveryDialog
    from app.ui.settings.settings_dialog import SettingsDialog

    app = QApplication.instance() or QApplication([])
    db = default_db_path()
    store = open_store(db)
    for i, (number, company, scope) in enumerate(LICENSES):
        license_ops.add_license(store, {"number": number, "company": company, "scope": scope,
                                       "issued": "2022-03-15", "expiry": f"2027-0{3 + i}-14"})
        if i == 0:
            backup.backup_now(db, reason=backup.MIGRATION, now=datetime(2026, 11, 2, 9, 12))
    scans = backup.attachments_folder(db) / "1"
    scans.mkdir(parents=True)
    (scans / "营业执照.pdf").write_bytes(b"%PDF-1.4" + bytes(200_000))
    for day in range(4):
        backup.backup_now(db, reason=backup.DAILY, now=datetime(2026, 11, 18 + day, 8, 30 + day))
    backup.backup_now(db, reason=backup.MANUAL, now=datetime(2026, 11, 22, 15, 40))
    settings = SettingsDialog(store)
    settings.resize(780, 560)
    # Shown as on a user's machine, without the throw-away folder in front.
    settings.folder_label.setText(str(db.parent).replace(str(SCRATCH), ""))
    save(settings, "settings-dialog.png")
    settings.close()
    store.close()

    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])          # a database cut short, as after a bad copy
    problem = start.open_for_start(db)
    save(RecoveryDialog(problem), "recovery-dialog.png")
    app.quit()


if __name__ == "__main__":
    main()
