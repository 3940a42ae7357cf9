"""Reminders at start and the .ics export, over 5,000 licenses.

Baseline: loading the dashboard's rows (app.operations.obligations.overviews) from the same database in the same
run, which computes the same deadlines. Targets: the start-up reminders, reusing those rows, add
≤ 0.25× that load (computed on their own: ≤ 1.6×); the export, a menu action run off the UI
thread, takes ≤ 2 ms per event.
"""

from __future__ import annotations

import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

from app.domain.license import License
from app.operations import obligations as obligation_ops
from app.operations import open_store
from app.operations.reminders import due_reminders, export_calendar
from app.storage import licenses
from benchmarks.common import Result, best_of

LICENSES = 5_000
TODAY = date(2026, 10, 1)
PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新"


def fill(store, count: int = LICENSES, seed: int = 11) -> None:
    rng = random.Random(seed)
    first, last = date(2022, 1, 1).toordinal(), date(2031, 12, 31).toordinal()
    with store.atomic():
        for serial in range(count):
            expiry = date.fromordinal(rng.randint(first, last))
            issued = expiry - timedelta(days=5 * 365)
            number = f"{PROVINCES[serial % len(PROVINCES)]}B2-{issued.year}{serial:04d}"
            licenses.insert_license(store, License(
                number=number, company=f"示例呼叫服务有限公司{serial}", scope="provincial",
                issued=issued, expiry=expiry))


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.sqlite3")
        fill(store)
        base, rows = best_of(3, lambda: obligation_ops.overviews(store, today=TODAY))
        ours, reminders = best_of(3, lambda: due_reminders(store, TODAY))
        reused, again = best_of(3, lambda: due_reminders(store, TODAY, overviews=rows))
        out = Path(folder) / "all.ics"
        export, events = best_of(1, lambda: export_calendar(store, out, today=TODAY))
        size = out.stat().st_size
        store.close()
    return [
        Result(name=f"start-up reminders of {LICENSES:,} licenses, reusing the dashboard rows",
               measured=reused, baseline=base, target="≤ 0.25×", passed=reused <= 0.25 * base and again == reminders,
               note=f"{len(reminders):,} reminders, same as computed alone: {again == reminders}"),
        Result(name=f"start-up reminders of {LICENSES:,} licenses, computed alone",
               measured=ours, baseline=base, target="≤ 1.6×", passed=ours <= 1.6 * base,
               note=f"{len(rows):,} dashboard rows as baseline"),
        Result(name=f".ics export of {LICENSES:,} licenses (icalendar, off the UI thread)",
               measured=export, baseline=base, target="≤ 2 ms per event", passed=export <= 0.002 * events,
               note=f"{events:,} events, {export / events * 1000:.2f} ms per event, {size / 1e6:.1f} MB"),
    ]


if __name__ == "__main__":
    for result in run():
        print(f"{result.name}: {result.measured * 1000:.0f} ms vs {result.baseline * 1000:.0f} ms "
              f"({result.ratio:.2f}×) — {result.note} — target {result.target}: "
              f"{'PASS' if result.passed else 'MISS'}")
