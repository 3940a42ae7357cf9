"""Render the README's screenshots offscreen (needs a CJK font, e.g. fonts-wqy-microhei).

    .venv/bin/python docs/screenshots/render.py [--today YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from app import operations  # noqa: E402
from app.ui.application import make_application  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from benchmarks.fixtures import make_licenses_db  # noqa: E402

SIZE = (1180, 720)


def shoot(window: MainWindow, name: str) -> None:
    app = make_application()
    for _ in range(3):
        app.processEvents()
    window.grab().save(str(HERE / name))
    print(HERE / name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    today = parser.parse_args().today
    make_application()
    with tempfile.TemporaryDirectory() as folder:
        store = operations.open_store(Path(folder) / "examples.sqlite3")
        window = MainWindow(store, today=lambda: today)
        window.resize(*SIZE)
        window.show()
        window.statusBar().clearMessage()
        shoot(window, "empty-state.png")
        window.load_examples()
        window.statusBar().clearMessage()
        shoot(window, "dashboard-examples.png")
        beijing = operations.find_license(store, "京B2-20190350")
        window.open_license(beijing.id)
        shoot(window, "license-page.png")
        window.close()
        store.close()

        many = operations.open_store(make_licenses_db(Path(folder) / "many.sqlite3", 5000, today=today))
        window = MainWindow(many, today=lambda: today)
        window.resize(*SIZE)
        window.show()
        window.statusBar().clearMessage()
        shoot(window, "dashboard-5000.png")
        window.close()
        many.close()


if __name__ == "__main__":
    main()
