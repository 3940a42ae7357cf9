"""What a start loads before its first paint: the rules, the calendar and the license parsing
only when a dashboard line must be computed (see app/operations/dashboard.py)."""

import ast
import os
import subprocess
import sys
from datetime import date

from app.operations import dashboard as dashboard_ops
from app.operations import licenses as license_ops
from app.operations import open_store

# Loaded by computing a line, reading an Excel file or writing through sqlite-utils; and the
# diagnosis of a database that cannot be opened, which a healthy start does without.
COMPUTING = ["app.operations.licenses", "app.domain.deadlines", "app.domain.rules", "app.domain.workdays",
             "app.domain.license", "tomllib", "chinese_calendar", "tyme4py", "sqlite_utils", "openpyxl",
             "app.storage.recovery"]
REPORT = """
import sys
from app import main
status = main.main(["--db", sys.argv[1], "--smoke-test"])
print(repr(sorted(m for m in sys.modules if m in sys.argv[2:])))
sys.exit(status)
"""


def modules_a_start_loads(db_path, watched: list[str], *, bundled: bool = False) -> list[str]:
    """``bundled``: with PySide6 loaded before the app's first line, as in the bundle."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    script = ("import shiboken6\n" if bundled else "") + REPORT
    done = subprocess.run([sys.executable, "-c", script, str(db_path), *watched], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return ast.literal_eval(done.stdout.splitlines()[-1])


def test_a_start_on_kept_lines_loads_none_of_what_computes_them(store, db_path, valid_license_input):
    license_ops.add_license(store, valid_license_input)
    today = date.today()
    dashboard_ops.keep_dashboard(store, dashboard_ops.dashboard_rows(store, today=today), today=today)
    store.close()
    assert modules_a_start_loads(db_path, COMPUTING) == []


def test_a_first_start_loads_no_json_either(db_path):
    open_store(db_path).close()
    assert modules_a_start_loads(db_path, [*COMPUTING, "json"]) == []


def test_a_bundles_first_start_loads_nothing_that_reads_kept_lines(db_path):
    open_store(db_path).close()
    reading = ["json", "app.domain.status", "app.domain.deadline_item"]
    assert modules_a_start_loads(db_path, reading, bundled=True) == []


def test_from_source_a_first_start_preloads_what_reads_kept_lines(db_path):
    open_store(db_path).close()
    early = ["app.domain.deadline_item", "app.domain.status"]
    assert modules_a_start_loads(db_path, early) == early       # app/ui/__init__.py


def test_a_start_that_must_compute_loads_the_rules(store, db_path, valid_license_input):
    license_ops.add_license(store, valid_license_input)          # nothing kept yet
    store.close()
    assert "app.domain.deadlines" in modules_a_start_loads(db_path, COMPUTING)


def test_no_start_loads_the_packages_kept_out_of_the_bundles_archive(store, db_path, valid_license_input):
    """installer/bundle_options.py collects them outside the PYZ archive on that ground."""
    from installer.bundle_options import LAZY_PACKAGES

    license_ops.add_license(store, valid_license_input)
    today = date.today()
    dashboard_ops.keep_dashboard(store, dashboard_ops.dashboard_rows(store, today=today), today=today)
    store.close()
    assert modules_a_start_loads(db_path, list(LAZY_PACKAGES)) == []
