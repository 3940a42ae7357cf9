"""Start-up and idle memory of the whole app, against a bare PySide6 QMainWindow in the same run.

(a) Start to the first painted window on an empty database (the first-run page): ≤ 1.3×.
(b) Start to the first painted dashboard with 5,000 licenses and 100,000 checklist items: ≤ 1.6×.
(c) Idle memory (resident, one second after the first paint) with (b)'s data: ≤ 1.5×.

Each start is a fresh process (benchmarks/start_probe.py), timed from launch; kinds interleaved,
medians reported. See bench_dashboard for the dashboard with licenses only and the filter.

    python -m benchmarks.bench_startup [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_dashboard import ROOT, _launch, paired_ratio
from benchmarks.common import Result
from benchmarks.fixtures import add_checklist_items, keep_dashboard_rows, make_licenses_db

LICENSES = 5_000
ITEMS = 100_000


def _rss_kb(args: list[str], *, pycache: Path) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(pycache),
           "START_PROBE_RSS": "1"}
    done = subprocess.run([sys.executable, "-m", "benchmarks.start_probe", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    line = next((x for x in done.stdout.splitlines() if x.startswith("rss_kb=")), None)
    if line is None:
        raise RuntimeError(f"start_probe {args[0]} gave no memory figure: {done.stderr.strip()}")
    return int(line.removeprefix("rss_kb="))


def run(runs: int = 15) -> list[Result]:
    from app.operations import open_store

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        empty = folder / "empty.sqlite3"
        open_store(empty).close()
        full = make_licenses_db(folder / "full.sqlite3", LICENSES)
        add_checklist_items(full, ITEMS)
        keep_dashboard_rows(full)                   # as a session of the app leaves it
        pycache = folder / "pycache"
        kinds = {"bare": ["bare"], "empty": ["app-window", str(empty)], "full": ["app", str(full)]}
        for args in kinds.values():                 # warm the file cache, write the bytecode
            _launch(args, pycache=pycache)
        times: dict[str, list[float]] = {k: [] for k in kinds}
        for _ in range(runs):
            for kind, args in kinds.items():
                times[kind].append(_launch(args, pycache=pycache))
        memory = {kind: statistics.median(_rss_kb(kinds[kind], pycache=pycache) for _ in range(3))
                  for kind in ("bare", "full")}
    bare = statistics.median(times["bare"])
    empty_s, full_s = statistics.median(times["empty"]), statistics.median(times["full"])
    empty_ratio, full_ratio = paired_ratio(times["empty"], times["bare"]), paired_ratio(times["full"], times["bare"])
    return [
        Result(name="start to first painted window, empty database (vs bare QMainWindow)",
               measured=empty_s, baseline=bare, target="≤ 1.3×", passed=empty_ratio <= 1.3,
               judged_ratio=empty_ratio,
               note=f"{empty_ratio:.2f}× (median of {runs} paired rounds); best {min(times['empty']) * 1000:.0f} ms "
                    f"vs {min(times['bare']) * 1000:.0f} ms"),
        Result(name=f"start to first painted dashboard, {LICENSES:,} licenses + {ITEMS:,} checklist items",
               measured=full_s, baseline=bare, target="≤ 1.6×", passed=full_ratio <= 1.6,
               judged_ratio=full_ratio,
               note=f"{full_ratio:.2f}× (median of {runs} paired rounds, rows kept); best {min(times['full']) * 1000:.0f} ms"),
        Result(name=f"idle memory, {LICENSES:,} licenses + {ITEMS:,} items (vs bare QMainWindow)",
               measured=memory["full"] * 1024, baseline=memory["bare"] * 1024, unit="B", target="≤ 1.5×",
               passed=memory["full"] / memory["bare"] <= 1.5,
               note=f"{memory['full'] / memory['bare']:.2f}× (resident, median of 3, 1 s after first paint)"),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    for result in run(parser.parse_args().runs):
        print(f"{result.name}: {result.note} — {'PASS' if result.passed else 'MISS'}")
