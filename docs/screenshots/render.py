"""Render the README's screenshots offscreen (needs a CJK font, e.g. fonts-wqy-microhei).

    .venv/bin/python docs/screenshots/render.py [--today YYYY-MM-DD]
    .venv/bin/python docs/screenshots/render.py --language en    # dashboard-en.png only
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

from app.operations import cases as case_ops  # noqa: E402
from app.operations import examples as example_ops  # noqa: E402
from app.operations import licenses as license_ops  # noqa: E402
from app.operations import open_store  # noqa: E402
from app.ui import i18n  # noqa: E402
from app.ui.application import make_application  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from benchmarks.fixtures import make_licenses_db  # noqa: E402

SIZE = (1180, 720)


def shoot(window: MainWindow, name: str) -> None:
    """Save the window as it settles: what is set up after the first paint (the sort arrow) shows."""
    app = make_application()
    settled = time.monotonic() + 0.3
    while time.monotonic() < settled:
        app.processEvents()
    window.grab().save(str(HERE / name))
    print(HERE / name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--language", choices=sorted(i18n.LANGUAGE_NAMES), default=i18n.SOURCE_LANGUAGE)
    args = parser.parse_args()
    today = args.today
    app = make_application()
    if args.language != i18n.SOURCE_LANGUAGE:
        i18n.install_translator(app, args.language)
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
        shoot(window, "license-page.png")
        start_renewal(store, beijing.id)
        window.open_license(beijing.id)
        page = window.license_page()
        page.tabs.setCurrentIndex(page.tabs.indexOf(page.cases))
        shoot(window, "license-page-cases.png")
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
    """The dashboard with the example data, in ``language``: dashboard-<language>.png."""
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "examples.sqlite3")
        example_ops.load_example_data(store, today=today)
        window = MainWindow(store, today=lambda: today)
        window.resize(*SIZE)
        window.show()
        window.statusBar().clearMessage()
        shoot(window, f"dashboard-{language}.png")
        window.close()
        store.close()


if __name__ == "__main__":
    main()
