"""A GUI session with a group robot set up, run in its own process by test_no_network: every
socket the interpreter makes is recorded (with the address it connects to) and allowed.

    python -m tests.sessions.robot_session DATA_FOLDER ROBOT_URL

It records a license that is due, adds the robot, opens the main window and lets the app's
daily check run as a start does (the group digest on its worker thread), then prints one JSON
line: every address connected to, every host looked up, and whether the digest went out.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date, timedelta
from pathlib import Path

CONNECTS: list[list] = []
LOOKUPS: list[str] = []


def record_sockets(event: str, args: tuple) -> None:
    if event == "socket.connect":
        address = args[1]
        CONNECTS.append(list(address) if isinstance(address, tuple) else [str(address)])
    elif event == "socket.getaddrinfo":
        LOOKUPS.append(str(args[0]))


def main(folder: Path, url: str) -> dict:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["LICENSE_KEEPER_HOME"] = str(folder)
    sys.addaudithook(record_sockets)

    from PySide6.QtCore import QEventLoop, QTimer

    from app.operations import licenses as license_ops
    from app.operations import notifications, open_store
    from app.ui.application import _keep_watch, make_application
    from app.ui.main_window import MainWindow

    app = make_application()
    store = open_store(folder / "license-keeper.sqlite3")
    today = date.today()
    license_ops.add_license(store, {"number": "京B2-20190350", "company": "北京示例呼叫服务有限公司",
                                    "scope": "provincial", "issued": (today - timedelta(days=1800)).isoformat(),
                                    "expiry": (today + timedelta(days=20)).isoformat()})
    notifications.add_robot(store, kind="wecom", url=url)
    window = MainWindow(store)
    window.show()
    app.processEvents()
    watch = _keep_watch(window, store)            # as the start does, after the first paint
    outcomes: list = []
    loop = QEventLoop()
    watch.check.digests_sent.connect(lambda found: (outcomes.extend(found), loop.quit()))
    QTimer.singleShot(30_000, loop.quit)
    if not outcomes:
        loop.exec()
    watch.stop()
    window.close()
    store.close()
    return {"connects": CONNECTS, "lookups": LOOKUPS, "sent": [o.sent for o in outcomes],
            "problems": [o.problem for o in outcomes]}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), sys.argv[2]), ensure_ascii=False))
