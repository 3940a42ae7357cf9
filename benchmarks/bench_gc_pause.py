"""A full garbage collection in a session on 5,000 licenses: with what the start made frozen
(app.ui.application freezes it once the window shows), against the same collection with it
unfrozen, in the same process.

The app starts as a user's does (``python -m app --db DB``, rows kept from the last session);
once the start reminders are due (the session has begun, collection is back on), the probe
times ``gc.collect()`` as the app leaves it, then again after ``gc.unfreeze()``: best of 5
each. A full collection comes every so often while the app is used (typing in the filter box
makes one within seconds); what it costs is a pause between two keystrokes.

    python -m benchmarks.bench_gc_pause
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Result
from benchmarks.fixtures import keep_dashboard_rows, make_licenses_db

LICENSES = 5_000
ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import gc, json, sys, time
from PySide6.QtWidgets import QApplication
from app.ui import application

def timed_collections():
    best = float("inf")
    for _ in range(5):
        began = time.perf_counter()
        gc.collect()
        best = min(best, time.perf_counter() - began)
    return best

def measure(window):
    frozen_objects = gc.get_freeze_count()
    frozen = timed_collections()
    gc.unfreeze()
    unfrozen = timed_collections()
    print(json.dumps({"frozen": frozen, "unfrozen": unfrozen, "frozen_objects": frozen_objects,
                      "enabled": gc.isenabled()}), flush=True)
    QApplication.instance().quit()

application.MainWindow.show_start_reminders = measure
from app.main import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def measure(db_path: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LICENSE_KEEPER_HOME": str(db_path.parent)}
    done = subprocess.run([sys.executable, "-c", PROBE, str(db_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"the probe failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        db_path = make_licenses_db(Path(folder) / "gc.sqlite3", LICENSES)
        keep_dashboard_rows(db_path)
        figures = measure(db_path)
    frozen, unfrozen = figures["frozen"], figures["unfrozen"]
    return [Result(
        name=f"full garbage collection in a session, {LICENSES:,} licenses (start frozen vs not)",
        measured=frozen, baseline=unfrozen, target="reported (the design's reason)",
        passed=figures["enabled"] and frozen < unfrozen,
        note=(f"{frozen * 1000:.1f} ms vs {unfrozen * 1000:.1f} ms with the start's "
              f"{figures['frozen_objects']:,} objects unfrozen: {frozen / unfrozen:.2f}×"))]


if __name__ == "__main__":
    for result in run():
        print(f"{result.name}: {result.note}")
