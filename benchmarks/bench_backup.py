"""Backing up and restoring a large data folder, against plain file copies of the same files.

Data: 5,000 licenses, 5,000 renewal cases with 100,000 checklist items, and 100 attachments of
200 KB (20 MB). The baseline copies the same files and flushes each to disk. A backup adds:
SQLite's online backup (a consistent snapshot while the app may write), a SHA-256 of every
file, the manifest, and rotation. A restore adds: checking every hash, setting the current
data aside. Target: each ≤ 2.5× the durable copy (both run off the UI thread or behind a confirmation).

    python -m benchmarks.bench_backup
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from benchmarks.common import Result, best_of

LICENSES = 5_000
ITEMS_PER_CASE = 20
ATTACHMENTS = 100
ATTACHMENT_SIZE = 200_000
ROUNDS = 5


def seed(db_path: Path) -> None:
    from app.storage.database import open_store

    store = open_store(db_path)
    with store.atomic():
        conn = store.conn
        conn.executemany(
            "INSERT INTO licenses (number, company, scope, issued, expiry, lead_times, created_at, updated_at)"
            " VALUES (?, ?, 'national', '2022-03-15', '2027-03-14', '[180, 90, 30, 7]', '', '')",
            [(f"B2-{2000 + i // 10000}{i % 10000:04d}", f"示例呼叫服务有限公司{i}") for i in range(LICENSES)])
        conn.executemany(
            "INSERT INTO cases (license_id, procedure, status, created_at, updated_at)"
            " VALUES (?, 'renewal', 'open', '', '')", [(i + 1,) for i in range(LICENSES)])
        conn.executemany(
            "INSERT INTO case_items (case_id, material_id, position, name, description, state, note)"
            " VALUES (?, ?, ?, ?, ?, 'in_progress', ?)",
            [(case, f"m{p}", p, f"材料{p}", "营业执照副本（扫描件，加盖公章）" * 3, f"备注 {case}-{p}")
             for case in range(1, LICENSES + 1) for p in range(ITEMS_PER_CASE)])
    store.close()
    folder = db_path.parent / "attachments"
    for i in range(ATTACHMENTS):
        path = folder / str(i % 50 + 1) / f"scan-{i}.pdf"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(os.urandom(ATTACHMENT_SIZE))


def durable_copy(source: Path | str, target: Path | str) -> None:
    shutil.copyfile(source, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def plain_copy(db_path: Path, target: Path) -> None:
    """The baseline: the same files copied and flushed to disk, nothing else."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    durable_copy(db_path, target / db_path.name)
    shutil.copytree(db_path.parent / "attachments", target / "attachments", copy_function=durable_copy)


def run() -> list[Result]:
    home = Path(tempfile.mkdtemp(prefix="lk-bench-backup-"))
    os.environ["LICENSE_KEEPER_HOME"] = str(home)
    from app.storage import backup

    db_path = home / "license-keeper.sqlite3"
    seed(db_path)
    size = db_path.stat().st_size
    copy_time = backup_time = restore_time = float("inf")
    for _ in range(ROUNDS):       # interleaved: disk load from elsewhere hits all three alike
        elapsed, _ = best_of(1, lambda: plain_copy(db_path, home.parent / (home.name + "-copy")))
        copy_time = min(copy_time, elapsed)
        elapsed, info = best_of(1, lambda: backup.backup_now(db_path, keep=3))
        backup_time = min(backup_time, elapsed)
        elapsed, _ = best_of(1, lambda made=info: backup.restore_backup(made, db_path))
        restore_time = min(restore_time, elapsed)
        for old in db_path.parent.glob("*before-restore*"):
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    note = f"database {size / 1024 / 1024:.1f} MiB + {ATTACHMENTS} attachments of {ATTACHMENT_SIZE // 1000} KB"
    results = [
        Result("backup_now: 5,000 licenses, 100,000 items, 20 MB attachments", backup_time, copy_time,
               "≤ 2.5× durable copy", backup_time <= 2.5 * copy_time, note=note),
        Result("restore_backup: the same data", restore_time, copy_time,
               "≤ 2.5× durable copy", restore_time <= 2.5 * copy_time, note="hashes checked, current data set aside"),
    ]
    shutil.rmtree(home, ignore_errors=True)
    shutil.rmtree(home.parent / (home.name + "-copy"), ignore_errors=True)
    return results


if __name__ == "__main__":
    for result in run():
        ratio = f"{result.ratio:.2f}×" if result.ratio else ""
        print(f"{result.name}: {result.measured * 1000:.0f} ms vs {result.baseline * 1000:.0f} ms {ratio} "
              f"[{result.target}] {'ok' if result.passed else 'MISSED'}  {result.note}")
