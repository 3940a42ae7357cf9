"""Render the README's screenshots offscreen (needs a CJK font, e.g. fonts-wqy-microhei).

    .venv/bin/python docs/screenshots/render.py [--today YYYY-MM-DD]
    .venv/bin/python docs/screenshots/render.py --language en    # dashboard-en.png, license-page-en.png
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from PySide6.QtGui import QPainter  # noqa: E402

from app.operations import cases as case_ops  # noqa: E402
from app.operations import examples as example_ops  # noqa: E402
from app.operations import licenses as license_ops  # noqa: E402
from app.operations import open_store  # noqa: E402
from app.ui import i18n  # noqa: E402
from app.ui.application import make_application  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from benchmarks.fixtures import make_licenses_db  # noqa: E402

SIZE = (1180, 720)
LAPTOP = (1280, 800)        # a license's page: its form in full (each field keeps a line for its message)


def shoot(window: MainWindow, name: str) -> None:
    """Save the window as it settles: what is set up after the first paint (the sort arrow) shows."""
    app = make_application()
    settled = time.monotonic() + 0.3
    while time.monotonic() < settled:
        app.processEvents()
    window.grab().save(str(HERE / name))
    print(HERE / name)


def shoot_with_popup(window: MainWindow, popup, name: str) -> None:
    """The window with a pop-up open over it (a window of its own, which grabbing the main
    window leaves out): the pop-up painted where it is."""
    app = make_application()
    settled = time.monotonic() + 0.3
    while time.monotonic() < settled:
        app.processEvents()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(popup.pos()), popup.grab())
    painter.end()
    picture.save(str(HERE / name))
    print(HERE / name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--language", choices=sorted(i18n.LANGUAGE_NAMES), default=i18n.SOURCE_LANGUAGE)
    args = parser.parse_args()
    today = args.today
    app = make_application()
    i18n.install_translator(app, args.language)        # the calendar's names follow the language too
    if args.language != i18n.SOURCE_LANGUAGE:
        shoot_translated(today, args.language)
        return
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "examples.sqlite3")
        window = MainWindow(store, today=lambda: today)
        window.resize(*SIZE)
        window.show()
        window.statusBar().clearMessage()
        shoot(window, "empty-state.png")
        window.load_examples()
        window.statusBar().clearMessage()
        shoot(window, "dashboard-examples.png")
        beijing = license_ops.find_license(store, "京B2-20190350")
        window.open_license(beijing.id)
        window.resize(*LAPTOP)
        shoot(window, "license-page.png")
        expiry = window.license_page().form.editors["expiry"]
        expiry.setFocus()
        shoot_with_popup(window, expiry.open_calendar(), "date-popup.png")
        expiry.popup.close()
        start_renewal(store, beijing.id)
        window.open_license(beijing.id)
        page = window.license_page()
        page.tabs.setCurrentIndex(page.tabs.indexOf(page.cases))
        shoot(window, "license-page-cases.png")
        window.resize(*SIZE)
        window.close()
        store.close()

        many = open_store(make_licenses_db(Path(folder) / "many.sqlite3", 5000, today=today))
        window = MainWindow(many, today=lambda: today)
        window.resize(*SIZE)
        window.show()
        window.statusBar().clearMessage()
        shoot(window, "dashboard-5000.png")
        window.close()
        many.close()


def start_renewal(store, license_id: int) -> None:
    """A renewal under way: the first few materials ready, one in progress."""
    case = case_ops.start_case(store, license_id, "renewal")
    items = case_ops.case_items(store, case.id)
    for item in items[:5]:
        case_ops.update_item(store, item.id, state="ready", owner="王敏")
    case_ops.update_item(store, items[5].id, state="in_progress", owner="王敏")


def shoot_translated(today: date, language: str) -> None:
    """The dashboard with the example data and a license's page, in ``language``:
    dashboard-<language>.png, license-page-<language>.png."""
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "examples.sqlite3")
        example_ops.load_example_data(store, today=today)
        window = MainWindow(store, today=lambda: today)
        window.resize(*SIZE)
        window.show()
        window.statusBar().clearMessage()
        shoot(window, f"dashboard-{language}.png")
        window.open_license(license_ops.find_license(store, "京B2-20190350").id)
        window.resize(*LAPTOP)
        shoot(window, f"license-page-{language}.png")
        window.close()
        store.close()


if __name__ == "__main__":
    main()
