"""Deleting to the 回收站, restoring and emptying it, on the large data folder of bench_backup.

Data: 5,000 licenses, 5,000 renewal cases with 100,000 checklist items, and 100 attachments of
200 KB (20 MB). A deletion is a backup (no backup, no deletion) and the marking of one row: the
baseline is the backup alone, and the deletion should cost no more than it (≤ 1.2×). A restore
and the marking without the backup are single-row updates: ≤ 50 ms each. Emptying is a backup,
then the rows and files removed for good: ≤ 1.5× the backup.

    python -m benchmarks.bench_trash
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from benchmarks.bench_backup import ATTACHMENT_SIZE, ATTACHMENTS, seed
from benchmarks.common import Result, best_of

ROUNDS = 3


def run() -> list[Result]:
    home = Path(tempfile.mkdtemp(prefix="lk-bench-trash-"))
    os.environ["LICENSE_KEEPER_HOME"] = str(home)
    from app.operations import open_store, trash
    from app.storage import backup

    db_path = home / "license-keeper.sqlite3"
    seed(db_path)
    store = open_store(db_path)
    backup_time = delete_time = mark_time = restore_time = empty_time = float("inf")
    backup_size = 0
    for round_number in range(ROUNDS):   # interleaved: disk load from elsewhere hits each alike
        elapsed, info = best_of(1, lambda: backup.backup_now(db_path, keep=3))
        backup_time, backup_size = min(backup_time, elapsed), info.size_bytes
        elapsed, entry = best_of(1, lambda: trash.delete_license(store, 1))
        delete_time = min(delete_time, elapsed)
        elapsed, _ = best_of(1, lambda made=entry: trash.restore(store, made.id))
        restore_time = min(restore_time, elapsed)
        elapsed, entry = best_of(1, lambda: trash.delete_license(store, 1, backup=False))
        mark_time = min(mark_time, elapsed)
        trash.restore(store, entry.id)
        license_id = 2 + round_number
        trash.delete_license(store, license_id, backup=False)
        elapsed, _ = best_of(1, lambda: trash.empty_trash(store))
        empty_time = min(empty_time, elapsed)
    store.close()
    note = (f"backup {backup_size / 1024 / 1024:.1f} MiB (database and {ATTACHMENTS} attachments of "
            f"{ATTACHMENT_SIZE // 1000} KB)")
    results = [
        Result("delete_license to the 回收站 (with its backup)", delete_time, backup_time, "≤ 1.2× the backup",
               delete_time <= 1.2 * backup_time, note=note),
        Result("delete_license, the marking alone (backup=False)", mark_time, None, "≤ 50 ms", mark_time <= 0.05),
        Result("restore from the 回收站", restore_time, None, "≤ 50 ms", restore_time <= 0.05),
        Result("empty_trash: one license with its case, 20 items (with its backup)", empty_time, backup_time,
               "≤ 1.5× the backup", empty_time <= 1.5 * backup_time),
    ]
    shutil.rmtree(home, ignore_errors=True)
    return results


if __name__ == "__main__":
    for result in run():
        ratio = f"{result.ratio:.2f}×" if result.ratio else ""
        baseline = f" vs {result.baseline * 1000:.0f} ms" if result.baseline else ""
        print(f"{result.name}: {result.measured * 1000:.1f} ms{baseline} {ratio} "
              f"[{result.target}] {'ok' if result.passed else 'MISSED'}  {result.note}")
