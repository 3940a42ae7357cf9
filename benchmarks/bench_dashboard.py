"""The dashboard with 5,000 licenses: start-up to the first painted table, and a filter keystroke.

(a) Start: ``python -m benchmarks.start_probe app DB`` (the app as ``python -m app --db DB``)
    against ``python -m benchmarks.start_probe bare`` (a bare PySide6 QMainWindow), each a
    fresh process timed from launch to the first qualifying paint (see start_probe), run side
    by side in rounds; the ratio is the median of the rounds' ratios, with their quartiles.
    Target: ≤ 1.6× the bare window. Also reported: a window
    with a 5,000-row table of constant text (``table``), what any table window pays.
(b) Filter: one keystroke typed into the dashboard's filter box over 5,000 rows, timed until
    the table has repainted; median over a typed query and its deletion. Baseline: the same
    keystrokes into an unconnected QLineEdit in a bare QMainWindow. Target: ≤ 50 ms.

    python -m benchmarks.bench_dashboard [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result
from benchmarks.fixtures import keep_dashboard_rows, make_licenses_db, without_kept_rows

LICENSES = 5_000
ROOT = Path(__file__).resolve().parent.parent
QUERY = "北京华信"      # typed one character at a time, then deleted one at a time


def _launch(args: list[str], *, pycache: Path) -> float:
    # As an installed app starts: from cached bytecode (the warm-up run writes it to
    # ``pycache``), whatever PYTHONDONTWRITEBYTECODE says in this shell.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "benchmarks.start_probe", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"start_probe {args[0]} failed: {done.stderr.strip()}")
    return elapsed


def start_times(db_path: Path, runs: int) -> dict[str, list[float]]:
    """Seconds to the first paint: the bare window, the reference table window, the app as a
    session leaves the database (rows kept), and the app computing every row."""
    pycache = db_path.parent / "pycache"
    keep_dashboard_rows(db_path)
    computing = without_kept_rows(db_path, db_path.with_name("computing.sqlite3"))
    kinds = {"bare": ["bare"], "table": ["table"], "app": ["app", str(db_path)],
             "computing": ["app", str(computing)]}
    for args in kinds.values():             # warm the file cache and write the bytecode
        _launch(args, pycache=pycache)
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    for _ in range(runs):
        for kind, args in kinds.items():
            times[kind].append(_launch(args, pycache=pycache))
    return times


def paired_ratio(times: list[float], baseline: list[float]) -> float:
    """The median of each round's ratio: starts in one round ran side by side, so the machine's
    slower and faster spells (±25 % here) weigh on both alike."""
    return statistics.median(t / b for t, b in zip(times, baseline, strict=True))


def ratio_quartiles(times: list[float], baseline: list[float]) -> tuple[float, float]:
    """The first and third quartiles of the rounds' ratios: how far one round can be off."""
    first, _, third = statistics.quantiles([t / b for t, b in zip(times, baseline, strict=True)], n=4)
    return first, third


def keystroke_times(db_path: Path) -> tuple[list[float], list[float]]:
    """Seconds per keystroke in the dashboard's filter box, and in a bare window's QLineEdit."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

    from app.operations import open_store
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    store = open_store(db_path)
    window = MainWindow(store)
    window.show()
    app.processEvents()
    ours = _type_and_delete(window.dashboard.filter_edit, app, Qt)
    assert window.model.total_count() == LICENSES and window.model.rowCount() == LICENSES

    bare = QMainWindow()
    edit = QLineEdit()
    bare.setCentralWidget(edit)
    bare.resize(window.size())
    bare.show()
    app.processEvents()
    baseline = _type_and_delete(edit, app, Qt)
    window.close()
    bare.close()
    store.close()
    return ours, baseline


def _type_and_delete(edit, app, qt) -> list[float]:
    """Each keystroke: key press and release sent to the line edit, then every pending event
    (the filter, the model reset, the repaint) processed. Chinese characters arrive as text,
    as an input method delivers them."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    edit.setFocus()
    times = []
    keys = [(qt.Key.Key_unknown, ch) for ch in QUERY] + [(qt.Key.Key_Backspace, "")] * len(QUERY)
    for key, text in keys:
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(edit, QKeyEvent(kind, key, qt.KeyboardModifier.NoModifier, text))
        app.processEvents()
        times.append(time.perf_counter() - start)
    assert edit.text() == "", "the typed query was not deleted again"
    return times


def run(runs: int = 15) -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        db_path = make_licenses_db(Path(folder) / "bench.sqlite3", LICENSES)
        times = start_times(db_path, runs)
        keys, key_baseline = keystroke_times(db_path)
    bare, app = times["bare"], times["app"]
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    ratio = paired_ratio(app, bare)
    low, high = ratio_quartiles(app, bare)
    key_median, key_worst = statistics.median(keys), max(keys)
    return [
        Result(
            name=f"start to first painted dashboard, {LICENSES:,} licenses (vs bare QMainWindow)",
            measured=app_median, baseline=bare_median, target="≤ 1.6×", passed=ratio <= 1.6,
            judged_ratio=ratio,
            note=(f"{ratio:.2f}× (median of {runs} paired rounds, quartiles {low:.2f}–{high:.2f}×; medians "
                  f"{app_median * 1000:.0f} vs {bare_median * 1000:.0f} ms); rows kept from the last session; computing every "
                  f"row: {paired_ratio(times['computing'], bare):.2f}×; for reference, a window with a "
                  f"line edit over a 5,000-row table of constant Chinese text: "
                  f"{paired_ratio(times['table'], bare):.2f}×"),
        ),
        Result(
            name=f"filter keystroke over {LICENSES:,} licenses (vs a bare QLineEdit)",
            measured=key_median, baseline=statistics.median(key_baseline), target="≤ 50 ms",
            passed=key_worst <= 0.050,
            note=f"median {key_median * 1000:.1f} ms, worst {key_worst * 1000:.1f} ms "
                 f"over {len(keys)} keystrokes",
        ),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="start-ups of each kind (default 15)")
    for result in run(parser.parse_args().runs):
        print(f"{result.name}: {result.measured * 1000:.1f} ms vs {result.baseline * 1000:.1f} ms "
              f"— {result.note} — {'PASS' if result.passed else 'MISS'}")
