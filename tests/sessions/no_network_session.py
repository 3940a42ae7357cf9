"""A whole GUI session with every socket refused, run in its own process by test_no_network.

An audit hook sees every socket the interpreter would create or use (``socket.__new__``,
``socket.connect``, ``socket.getaddrinfo`` ...) and makes it fail; the session then starts the
app, adds a license through the form, walks the renewal wizard, ticks an item, and exports
the Excel checklist, the dashboard workbook and the .ics calendar. It prints one JSON line:
what the session did, and every socket event it saw (none is the pass).

    python -m tests.sessions.no_network_session DATA_FOLDER
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

SOCKET_EVENTS: list[str] = []


def refuse_sockets(event: str, args: tuple) -> None:
    if event.startswith("socket."):
        SOCKET_EVENTS.append(event)
        raise OSError(f"no network in this session: {event}")


def main(folder: Path) -> dict:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["LICENSE_KEEPER_HOME"] = str(folder)
    sys.addaudithook(refuse_sockets)

    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from app.operations import cases as ops
    from app.operations import open_store
    from app.ui.application import make_application
    from app.ui.main_window import MainWindow

    said: list[str] = []       # message boxes answer at once; what they said is reported
    for kind in ("information", "warning", "critical"):
        setattr(QMessageBox, kind, staticmethod(
            lambda _parent, title, text, *a, _k=kind, **k: said.append(f"{_k}: {title}: {text}")
            or QMessageBox.StandardButton.Ok))
    from app.ui.license import license_page

    license_page.ask_past_reports = lambda _parent, years: said.append(f"question: past reports {years}") or True
    from app.ui.settings import autostart_question

    autostart_question.ask_autostart = lambda _parent: said.append("question: start at login") or False
    from app.ui.widgets import export_done

    export_done.ask_what_next = lambda _parent, *, title, text: said.append(f"information: {title}") and None
    app = make_application()
    store = open_store(folder / "license-keeper.sqlite3")
    window = MainWindow(store)
    window.show()
    app.processEvents()
    done = []

    window.new_license()                                        # the form, as a user fills it
    form = window.license_page().form
    for name, text in {"number": "京B2-20190350", "company": "北京示例呼叫服务有限公司",
                       "issued": "2022-03-15", "expiry": "2027-03-14", "capital_wan": "150"}.items():
        form.editors[name].setText(text)
    scope = form.editors["scope"]
    scope.setCurrentIndex(scope.findData("provincial"))
    if not window.license_page().save():
        raise SystemExit("the license form did not save")
    license_id = window.license_page().license_id
    done.append("license added")

    wizard = window.open_procedure(license_id, "renewal")       # the renewal wizard
    for _ in range(3):
        app.processEvents()
        wizard.next()
    case = ops.renewal_case_for(store, license_id)
    first = ops.case_items(store, case.id)[0]
    ops.update_item(store, first.id, state="ready", owner="王五")
    reached = wizard.currentId()
    wizard.reject()
    app.processEvents()
    done.append(f"renewal wizard opened and walked to page {reached}, an item ticked")

    targets = iter([folder / "清单.xlsx", folder / "一览.xlsx"])
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(next(targets)), ""))
    from app.ui.excel_actions import export_case_dialog, export_dashboard_dialog

    for step in (lambda: export_case_dialog(window, store, case.id),
                 lambda: export_dashboard_dialog(window, store)):
        if step() is None:
            raise SystemExit("an export did not write its file")
    from app.operations.reminders import export_calendar

    export_calendar(store, folder / "期限.ics")
    done.append("exported checklist, dashboard and calendar")
    window.close()
    store.close()
    QApplication.processEvents()
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("urllib3", "requests", "http")
                    or m in ("PySide6.QtNetwork", "urllib.request", "ftplib", "smtplib"))
    return {"done": done, "said": said, "socket_events": SOCKET_EVENTS, "network_modules": loaded,
            "files": sorted(p.name for p in folder.iterdir() if p.is_file())}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1])), ensure_ascii=False))
